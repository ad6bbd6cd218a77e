import { foldText } from "../engine/fold-text.js";
import type { Condition, LeafCondition } from "../schema/condition.js";

/*
 * Static reasoning about rule conditions for lintIcp: a canonical key (to find duplicates) and a
 * check whether two leaf conditions on one field can ever hold together (to find contradictory
 * requirements). Only what is certain is reported: when in doubt, conditions are compatible.
 */

type Interval = { readonly low: number; readonly high: number; readonly lowOpen: boolean; readonly highOpen: boolean };
type Shape =
  | { readonly kind: "set"; readonly values: ReadonlySet<string> }
  | { readonly kind: "not-set"; readonly values: ReadonlySet<string> }
  | { readonly kind: "interval"; readonly interval: Interval }
  | { readonly kind: "other" };

/** A canonical text key of a condition: equal keys mean the same test. */
export function conditionKey(condition: Condition): string {
  if ("all" in condition) return `all(${condition.all.map(conditionKey).sort().join(",")})`;
  if ("any" in condition) return `any(${condition.any.map(conditionKey).sort().join(",")})`;
  if ("not" in condition) return `not(${conditionKey(condition.not)})`;
  const sensitive = "caseSensitive" in condition && condition.caseSensitive === true;
  const norm = (value: unknown): string => (typeof value === "string" && !sensitive ? foldText(value) : JSON.stringify(value));
  const value = "value" in condition ? condition.value : undefined;
  const shown = Array.isArray(value) && condition.op !== "between" ? [...value].map(norm).sort().join("|") : norm(value);
  return `${condition.field}:${condition.op}:${shown}`;
}

function shapeOf(condition: LeafCondition): Shape {
  const lower = (value: string | number): string => foldText(String(value));
  const caseSensitive = "caseSensitive" in condition && condition.caseSensitive === true;
  if (caseSensitive) return { kind: "other" };
  switch (condition.op) {
    case "eq":
      return typeof condition.value === "number"
        ? { kind: "interval", interval: { low: condition.value, high: condition.value, lowOpen: false, highOpen: false } }
        : typeof condition.value === "string"
          ? { kind: "set", values: new Set([lower(condition.value)]) }
          : { kind: "set", values: new Set([String(condition.value)]) };
    case "in":
      return { kind: "set", values: new Set(condition.value.map(lower)) };
    case "neq":
      return typeof condition.value === "string" ? { kind: "not-set", values: new Set([lower(condition.value)]) } : { kind: "other" };
    case "notIn":
      return { kind: "not-set", values: new Set(condition.value.map(lower)) };
    case "gt":
      return { kind: "interval", interval: { low: condition.value, high: Infinity, lowOpen: true, highOpen: false } };
    case "gte":
      return { kind: "interval", interval: { low: condition.value, high: Infinity, lowOpen: false, highOpen: false } };
    case "lt":
      return { kind: "interval", interval: { low: -Infinity, high: condition.value, lowOpen: false, highOpen: true } };
    case "lte":
      return { kind: "interval", interval: { low: -Infinity, high: condition.value, lowOpen: false, highOpen: false } };
    case "between":
      return { kind: "interval", interval: { low: condition.value[0], high: condition.value[1], lowOpen: false, highOpen: false } };
    default:
      return { kind: "other" };
  }
}

function intervalsMeet(a: Interval, b: Interval): boolean {
  const low = Math.max(a.low, b.low);
  const high = Math.min(a.high, b.high);
  if (low < high) return true;
  if (low > high) return false;
  const lowOpen = (a.low === low && a.lowOpen) || (b.low === low && b.lowOpen);
  const highOpen = (a.high === high && a.highOpen) || (b.high === high && b.highOpen);
  return !lowOpen && !highOpen;
}

/** False only when no value of the field can satisfy both leaf conditions. */
export function canHoldTogether(a: LeafCondition, b: LeafCondition): boolean {
  if (a.field !== b.field) return true;
  const x = shapeOf(a);
  const y = shapeOf(b);
  if (x.kind === "interval" && y.kind === "interval") return intervalsMeet(x.interval, y.interval);
  if (x.kind === "set" && y.kind === "set") return [...x.values].some((value) => y.values.has(value));
  if (x.kind === "set" && y.kind === "not-set") return [...x.values].some((value) => !y.values.has(value));
  if (x.kind === "not-set" && y.kind === "set") return [...y.values].some((value) => !x.values.has(value));
  return true;
}
