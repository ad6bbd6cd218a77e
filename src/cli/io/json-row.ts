import { MAX_ROW_DEPTH } from "./input-limits.js";
import type { InputRow } from "./input-row.js";

/** True when `value` nests objects and arrays deeper than `max` levels. Iterative: safe at any depth. */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  if (value === null || typeof value !== "object") return false;
  const stack: unknown[] = [value];
  const depths: number[] = [1];
  while (stack.length > 0) {
    const node = stack.pop() as object;
    const depth = depths.pop() as number;
    if (depth > max) return true;
    const children = Array.isArray(node) ? (node as unknown[]) : Object.values(node);
    for (const child of children) {
      if (child !== null && typeof child === "object") {
        stack.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}

/** "null", "an array", "a string", ...: what a JSON value is, for messages. */
export function describeJsonValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/**
 * The input row for one parsed JSON value: a record when it is an object nested at most
 * {@link MAX_ROW_DEPTH} deep, else an error row keeping `raw`, its text as written.
 */
export function jsonValueRow(value: unknown, line: number, raw: string): InputRow {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return { line, raw, error: `expected a JSON object, got ${describeJsonValue(value)}` };
  if (nestedDeeperThan(value, MAX_ROW_DEPTH)) return { line, raw, error: `nested deeper than ${MAX_ROW_DEPTH} levels of objects and arrays` };
  return { line, record: value as Record<string, unknown> };
}
