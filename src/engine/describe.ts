import { match } from "ts-pattern";
import { IcpError } from "../errors.js";
import type { Condition, LeafCondition } from "../schema/condition.js";
import { exceedsConditionDepth, MAX_CONDITION_DEPTH } from "../schema/condition-depth.js";
import type { ReadonlyDeep } from "../schema/icp.js";
import { isObject, wrongArgument } from "./arguments.js";

/*
 * Plain-words descriptions of conditions, built once per rule when an ICP is compiled, so that
 * scoring does not build strings. Numbers are formatted by hand (not toLocaleString) so the text
 * is the same on every runtime and locale.
 */

/** Formats a number with thousands separators and at most two decimals: 5000000 -> "5,000,000".
 *
 * @example
 * ```ts
 * import { formatNumber } from "icpfit";
 * formatNumber(5_000_000); // "5,000,000"
 * ```
 */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  const [whole = "0", fraction] = String(Math.abs(rounded)).split(".");
  let grouped = "";
  for (let index = 0; index < whole.length; index++) {
    if (index > 0 && (whole.length - index) % 3 === 0) grouped += ",";
    grouped += whole[index];
  }
  return `${rounded < 0 ? "-" : ""}${grouped}${fraction === undefined ? "" : `.${fraction}`}`;
}

/** A field path as words: "firmographic.annualRevenue" -> "annual revenue". */
export function fieldWords(path: string): string {
  const leaf = path.slice(path.lastIndexOf(".") + 1);
  // "lastActivityAt" -> "last activity"; a one-letter word before a capital stays apart: "choosingACourse" -> "choosing a course".
  const words = leaf.replace(/At$/, "").replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z])([A-Z][a-z])/g, "$1 $2");
  return words.toLowerCase();
}

function quote(value: string | number | boolean): string {
  return typeof value === "number" ? formatNumber(value) : typeof value === "string" ? value : String(value);
}

function list(values: ReadonlyArray<string | number>): string {
  return values.map(quote).join(", ");
}

function describeLeaf(condition: LeafCondition): string {
  const field = fieldWords(condition.field);
  return match(condition)
    .with({ op: "eq" }, (c) => `${field} is ${quote(c.value)}`)
    .with({ op: "neq" }, (c) => `${field} is not ${quote(c.value)}`)
    .with({ op: "in" }, (c) => `${field} is one of ${list(c.value)}`)
    .with({ op: "notIn" }, (c) => `${field} is none of ${list(c.value)}`)
    .with({ op: "gt" }, (c) => `${field} above ${formatNumber(c.value)}`)
    .with({ op: "gte" }, (c) => `${field} at least ${formatNumber(c.value)}`)
    .with({ op: "lt" }, (c) => `${field} below ${formatNumber(c.value)}`)
    .with({ op: "lte" }, (c) => `${field} at most ${formatNumber(c.value)}`)
    .with({ op: "between" }, (c) => `${field} between ${formatNumber(c.value[0])} and ${formatNumber(c.value[1])}`)
    .with({ op: "includesAny" }, (c) => `${field} include any of ${list(c.value)}`)
    .with({ op: "includesAll" }, (c) => `${field} include all of ${list(c.value)}`)
    .with({ op: "includesNone" }, (c) => `${field} include none of ${list(c.value)}`)
    .with({ op: "exists" }, () => `${field} is known`)
    .with({ op: "contains" }, (c) => `${field} contains "${c.value}"`)
    .with({ op: "startsWith" }, (c) => `${field} starts with "${c.value}"`)
    .with({ op: "withinDays" }, (c) => `${field} within the last ${formatNumber(c.value)} days`)
    .exhaustive();
}

/**
 * Describes a condition in plain words, e.g. "employees between 50 and 500". Throws `IcpError`
 * (`INVALID_ICP`) for a condition nesting `all` / `any` / `not` deeper than `MAX_CONDITION_DEPTH`.
 *
 * @example
 * ```ts
 * import { describeCondition } from "icpfit";
 * describeCondition({ field: "firmographic.employees", op: "between", value: [50, 500] });
 * // "employees between 50 and 500"
 * ```
 */
export function describeCondition(condition: ReadonlyDeep<Condition>): string {
  // Conditions from a validated ICP are within the limit; one built by hand is checked, so that the
  // recursion below never overflows the stack.
  if (exceedsConditionDepth(condition)) {
    throw new IcpError("INVALID_ICP", [{ path: [], message: `expected all / any / not nested at most ${MAX_CONDITION_DEPTH} levels deep` }]);
  }
  return describe(condition);
}

function describe(condition: ReadonlyDeep<Condition>): string {
  if (!isObject(condition)) throw wrongArgument([], "a condition (a leaf such as { field, op, value }, or all / any / not)", condition, "INVALID_ICP");
  if ("all" in condition) return condition.all.map(nested).join(" and ");
  if ("any" in condition) return condition.any.map(nested).join(" or ");
  if ("not" in condition) return `not ${nested(condition.not)}`;
  return describeLeaf(condition as LeafCondition);
}

function nested(condition: ReadonlyDeep<Condition>): string {
  const text = describe(condition);
  return "field" in condition ? text : `(${text})`;
}

/** The leaf conditions inside a condition, depth first. */
export function leafConditions(condition: Condition): LeafCondition[] {
  if ("all" in condition) return condition.all.flatMap(leafConditions);
  if ("any" in condition) return condition.any.flatMap(leafConditions);
  if ("not" in condition) return leafConditions(condition.not);
  return [condition];
}

/** Every field path a condition reads, in order of first appearance. */
export function conditionFields(condition: Condition): string[] {
  return [...new Set(leafConditions(condition).map((leaf) => leaf.field))];
}
