import { readNumber } from "../engine/coerce.js";
import { foldText } from "../engine/fold-text.js";

/*
 * Reading lead records field by field for analysis. Records are lead-shaped objects
 * (`firmographic.*`, `attributes.*`, `painPoints`, ...); a field is a dotted path of at most two
 * segments, read through own properties only, the way the engine reads them. Text values are
 * grouped by their folded form (trimmed, NFKC, case-folded: `foldText`), the form the engine
 * compares, and shown as first seen.
 */

/** What kind of values an attribute holds in a set of records: text-like values, numbers or lists.
 *
 * @example
 * ```ts
 * import type { AttributeKind } from "icpfit/analyze";
 * const kind: AttributeKind = "numeric";
 * ```
 */
export type AttributeKind = "categorical" | "numeric" | "list";

const FORBIDDEN: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);
const NESTED: ReadonlySet<string> = new Set(["firmographic", "technographic", "behavioral", "psychographic", "attributes"]);
const PLAIN_NUMBER = /^\s*-?\d+(?:\.\d+)?\s*$/;
const hasOwn = Object.prototype.hasOwnProperty;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date);
}

/** Every field path seen in the records, in order of first appearance (ids and names skipped). */
export function fieldPaths(records: readonly unknown[]): string[] {
  const seen = new Set<string>();
  for (const record of records) {
    if (!isRecord(record)) continue;
    for (const key of Object.keys(record)) {
      if (FORBIDDEN.has(key) || key === "id" || key === "name" || key === "email") continue;
      const value = record[key];
      if (NESTED.has(key) && isRecord(value)) {
        for (const leaf of Object.keys(value)) if (!FORBIDDEN.has(leaf)) seen.add(`${key}.${leaf}`);
      } else if (!NESTED.has(key)) {
        seen.add(key);
      }
    }
  }
  return [...seen];
}

/** Reads a dotted path through own properties; never throws. */
export function readPath(record: unknown, path: string): unknown {
  let value: unknown = record;
  for (const segment of path.split(".")) {
    if (FORBIDDEN.has(segment) || !isRecord(value) || !hasOwn.call(value, segment)) return undefined;
    value = value[segment];
  }
  return value;
}

function isMissingScalar(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (typeof value === "number") return !Number.isFinite(value);
  return false;
}

/**
 * True when a value is absent: undefined, null, blank text, NaN, or a list (nested or not) of
 * nothing else. Walks nested lists with a stack, not recursion, so that a list nested thousands
 * deep in a record cannot overflow the call stack (and a list that contains itself ends).
 */
export function isMissing(value: unknown): boolean {
  if (!Array.isArray(value)) return isMissingScalar(value);
  const pending: unknown[] = [value];
  const seen = new Set<unknown>();
  while (pending.length > 0) {
    const item = pending.pop();
    if (!Array.isArray(item)) {
      if (!isMissingScalar(item)) return false;
    } else if (!seen.has(item)) {
      seen.add(item);
      for (const inner of item) pending.push(inner);
    }
  }
  return true;
}

/** Text form of a scalar for grouping and display. */
export function displayValue(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return listText(value);
  return typeof value === "string" ? value.trim() : String(value);
}

/**
 * What `String(list)` gives (items joined by commas, nested lists flattened), built with a stack:
 * `String` itself recurses into nested lists and overflows on one nested thousands deep.
 */
function listText(list: readonly unknown[]): string {
  const parts: string[] = [];
  const stack: Array<{ readonly items: readonly unknown[]; index: number }> = [{ items: list, index: 0 }];
  const seen = new Set<unknown>([list]);
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { readonly items: readonly unknown[]; index: number };
    if (top.index >= top.items.length) {
      stack.pop();
      continue;
    }
    const item = top.items[top.index++];
    if (!Array.isArray(item)) parts.push(item === null || item === undefined ? "" : String(item));
    else if (!seen.has(item)) {
      seen.add(item);
      stack.push({ items: item, index: 0 });
    }
  }
  return parts.join(",");
}

/** The key a text value is grouped by: its folded form, as the engine compares text (`foldText`). */
export function valueKey(value: unknown): string {
  return foldText(displayValue(value));
}

/** The items of a list value (arrays, or text split on `;` and `,`), de-duplicated by key. */
export function listItems(value: unknown): string[] {
  const raw = Array.isArray(value) ? value : typeof value === "string" ? value.split(/[;,]/) : [value];
  const items = new Map<string, string>();
  for (const item of raw) {
    if (isMissing(item) || (typeof item === "object" && !(item instanceof Date))) continue;
    const key = valueKey(item);
    if (!items.has(key)) items.set(key, displayValue(item));
  }
  return [...items.values()];
}

/** A number from a numeric value or plain numeric text, else undefined. */
export function numericValue(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string" && PLAIN_NUMBER.test(value)) {
    const parsed = readNumber(value);
    return typeof parsed === "number" ? parsed : undefined;
  }
  return undefined;
}

/**
 * The kind of an attribute from its present values: `list` when most values are arrays, `numeric`
 * when at least 95% are numbers (or plain numeric text) other than only 0 and 1 (a 0/1 flag
 * reads better as categorical), else `categorical`.
 */
export function attributeKind(values: readonly unknown[]): AttributeKind {
  let lists = 0;
  let numbers = 0;
  let flagLike = true;
  for (const value of values) {
    if (Array.isArray(value)) lists++;
    const number = numericValue(value);
    if (number !== undefined) {
      numbers++;
      if (number !== 0 && number !== 1) flagLike = false;
    }
  }
  if (values.length === 0) return "categorical";
  if (lists * 2 > values.length) return "list";
  return numbers >= 0.95 * values.length && !flagLike ? "numeric" : "categorical";
}

/** True when every present value of a categorical attribute is a boolean. */
export function allBoolean(values: readonly unknown[]): boolean {
  return values.length > 0 && values.every((value) => typeof value === "boolean");
}
