import { match } from "ts-pattern";
import type { LeafCondition } from "../schema/condition.js";
import { MISSING, readBoolean, readList, readNumber, readText, readTime, isPresent, type Unreadable } from "./coerce.js";
import { detached } from "./detach.js";
import type { FieldReader } from "../schema/field-path.js";
import { foldText } from "./fold-text.js";

/*
 * Operators compile to evaluators: `(scope, nowMs) => credit`, where `scope` holds the lead's
 * root objects as read once per lead (see `readRoots` in src/schema/field-path.ts) and `read` picks the field.
 * A credit is a number in [0, 1] (1 = condition holds, 0 = it does not, in between = partial credit), or one of two negative
 * codes for "unknown": the field is missing, or it holds a value of the wrong type. Numbers keep
 * the hot path free of allocation.
 */

/** Credit code: the field is absent, null, blank or an empty list. */
export const UNKNOWN_MISSING = -1;
/** Credit code: the field holds a value of a type the operator cannot use. */
export const UNKNOWN_TYPE = -2;

/** `(scope, nowMs) => credit in [0, 1]`, or {@link UNKNOWN_MISSING} / {@link UNKNOWN_TYPE}. */
export type Evaluator = (scope: unknown, nowMs: number) => number;

/** Partial-credit settings a rule may add to its own leaf condition. */
export interface Shaping {
  readonly falloff?: number | undefined;
  readonly halfLife?: number | undefined;
}

const DAY_MS = 86_400_000;

function unreadable(code: Unreadable): number {
  return code === MISSING ? UNKNOWN_MISSING : UNKNOWN_TYPE;
}

/* Text is compared folded (see fold-text.ts), or only trimmed when the condition is case-sensitive. */
function normaliser(caseSensitive: boolean | undefined): (text: string) => string {
  return caseSensitive === true ? (text) => text.trim() : foldText;
}

/**
 * Credit for a number that should be at least `bound`: 1 at or above it, then falling linearly to
 * 0 at `falloff` × |bound| below it (or `falloff` itself when the bound is 0).
 */
function creditBelow(value: number, bound: number, falloff: number | undefined): number {
  if (value >= bound) return 1;
  if (falloff === undefined) return 0;
  const span = bound === 0 ? falloff : Math.abs(bound) * falloff;
  return Math.max(0, 1 - (bound - value) / span);
}

function creditAbove(value: number, bound: number, falloff: number | undefined): number {
  if (value <= bound) return 1;
  if (falloff === undefined) return 0;
  const span = bound === 0 ? falloff : Math.abs(bound) * falloff;
  return Math.max(0, 1 - (value - bound) / span);
}

function numeric(read: FieldReader, test: (value: number) => number): Evaluator {
  return (lead) => {
    const value = readNumber(read(lead));
    return typeof value === "number" ? test(value) : unreadable(value);
  };
}

/* A text test on one value; what a raw text gives is remembered (see `memoised`), since folding allocates. */
function textual(read: FieldReader, test: (text: string) => boolean): Evaluator {
  const ofText = memoised((raw) => textualValue(raw, test));
  return (lead) => {
    const raw = read(lead);
    return typeof raw === "string" ? ofText(raw) : textualValue(raw, test);
  };
}

function textualValue(raw: unknown, test: (text: string) => boolean): number {
  const value = readText(raw);
  return typeof value === "string" ? (test(value) ? 1 : 0) : unreadable(value);
}

function listed(read: FieldReader, test: (items: readonly string[]) => boolean): Evaluator {
  return (lead) => listedValue(read(lead), test);
}

function listedValue(raw: unknown, test: (items: readonly string[]) => boolean): number {
  const value = readList(raw);
  return Array.isArray(value) ? (test(value) ? 1 : 0) : unreadable(value);
}

/*
 * Lead text repeats a lot (the same industries and tools on every row), and folding it (foldText)
 * allocates a string per read. Each rule therefore remembers what a raw text value it has seen
 * evaluates to. The memo is bounded in entries and in text length, and once full it stops
 * remembering (no eviction), so results never depend on what was scored before. A field whose
 * values hardly repeat (company names) would pay a failed lookup on every read once the memo is
 * full; when fewer than half of the next MEMO_ENTRIES reads hit, the rule stops looking.
 */
const MEMO_ENTRIES = 4096;
const MEMO_TEXT_LENGTH = 128;

function memoised<T>(compute: (raw: string) => T): (raw: string) => T {
  const memo = new Map<string, T>();
  let looking = true;
  // Reads since the memo filled up, and how many of them it answered (counted up to MEMO_ENTRIES).
  let probed = 0;
  let hits = 0;
  return (raw) => {
    // Text too long to be remembered is never in the memo.
    if (!looking || raw.length > MEMO_TEXT_LENGTH) return compute(raw);
    const known = memo.get(raw);
    if (memo.size >= MEMO_ENTRIES && probed < MEMO_ENTRIES) {
      probed++;
      if (known !== undefined) hits++;
      if (probed === MEMO_ENTRIES && hits * 2 < MEMO_ENTRIES) {
        looking = false;
        memo.clear();
      }
    }
    if (known !== undefined) return known;
    const value = compute(raw);
    if (memo.size < MEMO_ENTRIES) memo.set(detached(raw), value);
    return value;
  };
}

/*
 * includesAny / includesNone over an array, without building the item list and a Set per lead
 * (the general path, `listed`, still serves CRM text such as "Slack;Jira"). Same outcome as
 * `readList` + the Set test: a hit on any readable item decides; with no readable item the field
 * is missing (empty, or only null / undefined / "") or of the wrong type.
 */
function includesAnyOrNone(
  read: FieldReader,
  wanted: ReadonlySet<string>,
  normalise: (text: string) => string,
  any: boolean,
  general: (items: readonly string[]) => boolean,
): Evaluator {
  const hit = any ? 1 : 0;
  // Per item: 1 = a wanted item, 0 = some other readable item, UNKNOWN_MISSING = blank text.
  const classify = memoised((item) => {
    const text = readText(item);
    return typeof text === "string" ? (wanted.has(normalise(text)) ? 1 : 0) : UNKNOWN_MISSING;
  });
  return (lead) => {
    const value = read(lead);
    if (!Array.isArray(value)) return listedValue(value, general);
    let readable = false;
    let onlyBlanks = true;
    for (const item of value as readonly unknown[]) {
      if (typeof item === "string") {
        const kind = classify(item);
        if (kind === 1) return hit;
        if (kind === 0) readable = true;
        continue;
      }
      const text = readText(item);
      if (typeof text === "string") {
        if (wanted.has(normalise(text))) return hit;
        readable = true;
      } else if (item !== null && item !== undefined) {
        onlyBlanks = false;
      }
    }
    if (readable) return 1 - hit;
    return onlyBlanks ? UNKNOWN_MISSING : UNKNOWN_TYPE;
  };
}

function equality(condition: Extract<LeafCondition, { op: "eq" | "neq" }>, read: FieldReader): Evaluator {
  const target = condition.value;
  const hit = condition.op === "eq" ? 1 : 0;
  if (typeof target === "number") return numeric(read, (value) => (value === target ? hit : 1 - hit));
  if (typeof target === "boolean") {
    return (lead) => {
      const value = readBoolean(read(lead));
      return typeof value === "boolean" ? (value === target ? hit : 1 - hit) : unreadable(value);
    };
  }
  const normalise = normaliser(condition.caseSensitive);
  const wanted = normalise(target);
  return textual(read, (text) => (normalise(text) === wanted) === (hit === 1));
}

/** Compiles one leaf condition (with the rule's partial-credit settings, if any) to an evaluator. */
export function compileLeaf(condition: LeafCondition, read: FieldReader, shaping: Shaping = {}): Evaluator {
  const { falloff, halfLife } = shaping;
  return match(condition)
    .with({ op: "eq" }, { op: "neq" }, (c) => equality(c, read))
    .with({ op: "in" }, { op: "notIn" }, (c) => {
      const normalise = normaliser(c.caseSensitive);
      const listedText = c.value.map((item) => String(item));
      const members = new Set(listedText.map(normalise));
      const inside = c.op === "in";
      // Numbers listed compare as numbers too, so "1,200" is in [1200] just as it is eq 1200.
      const numbers = new Set(c.value.filter((item): item is number => typeof item === "number"));
      const isNumberMember = (text: string): boolean => {
        if (numbers.size === 0) return false;
        const value = readNumber(text);
        return typeof value === "number" && numbers.has(value);
      };
      return textual(read, (text) => (members.has(normalise(text)) || isNumberMember(text)) === inside);
    })
    // A strict bound that is not met earns at most 99%, so a value on the bound never reads as a match;
    // without falloff it earns nothing (creditBelow / creditAbove give 1 on the bound itself).
    .with({ op: "gt" }, (c) => numeric(read, (v) => (v > c.value ? 1 : falloff === undefined ? 0 : Math.min(0.99, creditBelow(v, c.value, falloff)))))
    .with({ op: "gte" }, (c) => numeric(read, (v) => creditBelow(v, c.value, falloff)))
    .with({ op: "lt" }, (c) => numeric(read, (v) => (v < c.value ? 1 : falloff === undefined ? 0 : Math.min(0.99, creditAbove(v, c.value, falloff)))))
    .with({ op: "lte" }, (c) => numeric(read, (v) => creditAbove(v, c.value, falloff)))
    .with({ op: "between" }, (c) => {
      const [low, high] = c.value;
      return numeric(read, (v) => (v < low ? creditBelow(v, low, falloff) : creditAbove(v, high, falloff)));
    })
    .with({ op: "includesAny" }, { op: "includesAll" }, { op: "includesNone" }, (c) => {
      const normalise = normaliser(c.caseSensitive);
      const wanted = c.value.map(normalise);
      const quantifier = c.op;
      // The folded text is kept, so it is detached from the (possibly long) text it was cut from.
      const normaliseItem = memoised((item) => detached(normalise(item)));
      const test = (items: readonly string[]): boolean => {
        const have = new Set(items.map(normaliseItem));
        if (quantifier === "includesAll") return wanted.every((item) => have.has(item));
        const any = wanted.some((item) => have.has(item));
        return quantifier === "includesAny" ? any : !any;
      };
      if (quantifier === "includesAll") return listed(read, test);
      return includesAnyOrNone(read, new Set(wanted), normalise, quantifier === "includesAny", test);
    })
    .with({ op: "exists" }, () => (lead: unknown) => (isPresent(read(lead)) ? 1 : 0))
    .with({ op: "contains" }, { op: "startsWith" }, (c) => {
      const normalise = normaliser(c.caseSensitive);
      const needle = normalise(c.value);
      return c.op === "contains"
        ? textual(read, (text) => normalise(text).includes(needle))
        : textual(read, (text) => normalise(text).startsWith(needle));
    })
    .with({ op: "withinDays" }, (c) => {
      const days = c.value;
      return (lead: unknown, nowMs: number) => {
        const time = readTime(read(lead));
        if (typeof time !== "number") return unreadable(time);
        // A timestamp after `now` (clock skew between systems) counts as activity today.
        const age = Math.max(0, (nowMs - time) / DAY_MS);
        if (age > days) return 0;
        return halfLife === undefined ? 1 : Math.pow(0.5, age / halfLife);
      };
    })
    .exhaustive();
}

/** Kleene logic over credits: all = weakest, any = strongest, not = complement; unknown propagates. */
export function compileAll(parts: readonly Evaluator[]): Evaluator {
  return (lead, nowMs) => {
    let credit = 1;
    let unknown = 0;
    for (const part of parts) {
      const value = part(lead, nowMs);
      if (value < 0) {
        if (unknown === 0 || value === UNKNOWN_MISSING) unknown = value;
      } else if (value < credit) {
        credit = value;
      }
    }
    if (credit === 0) return 0;
    return unknown < 0 ? unknown : credit;
  };
}

export function compileAny(parts: readonly Evaluator[]): Evaluator {
  return (lead, nowMs) => {
    let credit = 0;
    let unknown = 0;
    for (const part of parts) {
      const value = part(lead, nowMs);
      if (value < 0) {
        if (unknown === 0 || value === UNKNOWN_MISSING) unknown = value;
      } else if (value > credit) {
        credit = value;
      }
    }
    if (credit === 1) return 1;
    return unknown < 0 ? unknown : credit;
  };
}

export function compileNot(part: Evaluator): Evaluator {
  return (lead, nowMs) => {
    const value = part(lead, nowMs);
    return value < 0 ? value : 1 - value;
  };
}
