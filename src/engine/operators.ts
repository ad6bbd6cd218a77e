import { match } from "ts-pattern";
import type { LeafCondition } from "../schema/icp.js";
import { MISSING, readBoolean, readList, readNumber, readText, readTime, isPresent, type Unreadable } from "./coerce.js";
import type { FieldReader } from "./path.js";

/*
 * Operators compile to evaluators: `(lead, nowMs) => credit`. A credit is a number in [0, 1]
 * (1 = condition holds, 0 = it does not, in between = partial credit), or one of two negative
 * codes for "unknown": the field is missing, or it holds a value of the wrong type. Numbers keep
 * the hot path free of allocation.
 */

/** Credit code: the field is absent, null, blank or an empty list. */
export const UNKNOWN_MISSING = -1;
/** Credit code: the field holds a value of a type the operator cannot use. */
export const UNKNOWN_TYPE = -2;

/** `(lead, nowMs) => credit in [0, 1]`, or {@link UNKNOWN_MISSING} / {@link UNKNOWN_TYPE}. */
export type Evaluator = (lead: unknown, nowMs: number) => number;

/** Partial-credit settings a rule may add to its own leaf condition. */
export interface Shaping {
  readonly falloff?: number | undefined;
  readonly halfLife?: number | undefined;
}

const DAY_MS = 86_400_000;

function unreadable(code: Unreadable): number {
  return code === MISSING ? UNKNOWN_MISSING : UNKNOWN_TYPE;
}

function normaliser(caseSensitive: boolean | undefined): (text: string) => string {
  return caseSensitive === true ? (text) => text.trim() : (text) => text.trim().toLowerCase();
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

function textual(read: FieldReader, test: (text: string) => boolean): Evaluator {
  return (lead) => {
    const value = readText(read(lead));
    return typeof value === "string" ? (test(value) ? 1 : 0) : unreadable(value);
  };
}

function listed(read: FieldReader, test: (items: readonly string[]) => boolean): Evaluator {
  return (lead) => {
    const value = readList(read(lead));
    return Array.isArray(value) ? (test(value) ? 1 : 0) : unreadable(value);
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
      const members = new Set(c.value.map((item) => normalise(String(item))));
      const inside = c.op === "in";
      return textual(read, (text) => members.has(normalise(text)) === inside);
    })
    // A strict bound that is not met earns at most 99%, so a value on the bound never reads as a match.
    .with({ op: "gt" }, (c) => numeric(read, (v) => (v > c.value ? 1 : Math.min(0.99, creditBelow(v, c.value, falloff)))))
    .with({ op: "gte" }, (c) => numeric(read, (v) => creditBelow(v, c.value, falloff)))
    .with({ op: "lt" }, (c) => numeric(read, (v) => (v < c.value ? 1 : Math.min(0.99, creditAbove(v, c.value, falloff)))))
    .with({ op: "lte" }, (c) => numeric(read, (v) => creditAbove(v, c.value, falloff)))
    .with({ op: "between" }, (c) => {
      const [low, high] = c.value;
      return numeric(read, (v) => (v < low ? creditBelow(v, low, falloff) : creditAbove(v, high, falloff)));
    })
    .with({ op: "includesAny" }, { op: "includesAll" }, { op: "includesNone" }, (c) => {
      const normalise = normaliser(c.caseSensitive);
      const wanted = c.value.map(normalise);
      const quantifier = c.op;
      return listed(read, (items) => {
        const have = new Set(items.map(normalise));
        if (quantifier === "includesAll") return wanted.every((item) => have.has(item));
        const any = wanted.some((item) => have.has(item));
        return quantifier === "includesAny" ? any : !any;
      });
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
