import type { IcpIssue } from "../errors.js";
import { checkFieldPath, child, type FieldKind } from "./field-path.js";
import type { Condition, Operator } from "./condition.js";
import type { Icp } from "./icp.js";
import type { Rule } from "./rule.js";
import { branchOf } from "./rule-issues.js";

/*
 * Checks an ICP beyond its shape: field paths exist on a lead, operators suit the field, shaping
 * options suit the operator, points suit the effect, rule ids are unique, and at least one rule
 * can earn points. Returns issues instead of throwing so callers can report them all at once.
 */

const OPS_BY_KIND: Readonly<Record<FieldKind, ReadonlySet<Operator>>> = {
  text: new Set<Operator>(["eq", "neq", "in", "notIn", "exists", "contains", "startsWith", "includesAny", "includesAll", "includesNone"]),
  number: new Set<Operator>(["eq", "neq", "in", "notIn", "gt", "gte", "lt", "lte", "between", "exists"]),
  boolean: new Set<Operator>(["eq", "neq", "exists"]),
  list: new Set<Operator>(["includesAny", "includesAll", "includesNone", "exists"]),
  date: new Set<Operator>(["withinDays", "exists"]),
  id: new Set<Operator>(["eq", "neq", "in", "notIn", "exists", "contains", "startsWith"]),
  any: new Set<Operator>(["eq", "neq", "in", "notIn", "gt", "gte", "lt", "lte", "between", "includesAny", "includesAll", "includesNone", "exists", "contains", "startsWith", "withinDays"]),
};

const KIND_WORDS: Readonly<Record<FieldKind, string>> = {
  text: "text",
  number: "a number",
  boolean: "true or false",
  list: "a list",
  date: "a date",
  id: "an identifier",
  any: "any value",
};

const FALLOFF_OPS: ReadonlySet<Operator> = new Set<Operator>(["gt", "gte", "lt", "lte", "between"]);

/** Semantic problems, split so that an ICP whose only problems are unknown field paths gets its own code. */
export interface PathIssues {
  /** Problems other than field paths: operators, points, partial credit, duplicate ids. */
  readonly invalid: IcpIssue[];
  /** Field paths that are not lead fields, or that name `__proto__`, `constructor` or `prototype`. */
  readonly unknownFields: IcpIssue[];
}

/**
 * Which lead fields a group of rules may read: undefined when a field is allowed, else why not
 * (persona rules read the contact only). Top-level rules read every lead field.
 */
export type FieldRestriction = (fieldPath: string) => string | undefined;

const anyField: FieldRestriction = () => undefined;

function checkCondition(condition: Condition, path: Array<string | number>, out: PathIssues, restrict: FieldRestriction): void {
  if ("all" in condition) {
    condition.all.forEach((inner, index) => checkCondition(inner, [...path, "all", index], out, restrict));
    return;
  }
  if ("any" in condition) {
    condition.any.forEach((inner, index) => checkCondition(inner, [...path, "any", index], out, restrict));
    return;
  }
  if ("not" in condition) {
    checkCondition(condition.not, [...path, "not"], out, restrict);
    return;
  }
  checkLeaf(condition.field, condition.op, path, out, restrict);
}

/* `op` is unknown when the leaf failed the schema: an operator that is not one gets no fit check. */
function checkLeaf(fieldPath: string, op: unknown, path: Array<string | number>, out: PathIssues, restrict: FieldRestriction): void {
  const field = checkFieldPath(fieldPath);
  if (!field.ok) {
    out.unknownFields.push({ path: [...path, "field"], message: field.message });
    return;
  }
  const refused = restrict(fieldPath);
  if (refused !== undefined) {
    out.invalid.push({ path: [...path, "field"], message: refused });
    return;
  }
  if (typeof op !== "string" || !OPS_BY_KIND.any.has(op as Operator)) return;
  if (!OPS_BY_KIND[field.kind].has(op as Operator)) {
    const allowed = [...OPS_BY_KIND[field.kind]].join(", ");
    out.invalid.push({
      path: [...path, "op"],
      message: `"${String(op)}" does not apply to ${fieldPath}, which holds ${KIND_WORDS[field.kind]}; expected one of ${allowed}`,
    });
  }
}

/* The same walk over input that failed the schema: each node is read as the branch it was written
 * for, and a leaf is checked when its field is text, whatever else is wrong with it. */
function checkConditionOfInvalidRule(node: unknown, path: Array<string | number>, out: PathIssues, restrict: FieldRestriction): void {
  const branch = branchOf(node);
  if (branch === undefined) return;
  const inner = child(node, branch === "leaf" ? "field" : branch);
  if (branch === "leaf") {
    // zod trims field paths; a blank one is already reported as too short.
    if (typeof inner === "string" && inner.trim() !== "") checkLeaf(inner.trim(), child(node, "op"), path, out, restrict);
  } else if (branch === "not") {
    checkConditionOfInvalidRule(inner, [...path, "not"], out, restrict);
  } else if (Array.isArray(inner)) {
    inner.forEach((condition: unknown, index) => checkConditionOfInvalidRule(condition, [...path, branch, index], out, restrict));
  }
}

function checkRule(rule: Rule, base: ReadonlyArray<string | number>, out: PathIssues, restrict: FieldRestriction): void {
  const path: Array<string | number> = [...base];
  checkCondition(rule as Condition, path, out, restrict);
  const effect = rule.effect ?? "score";
  const op = "op" in rule ? rule.op : undefined;
  if (effect === "score" && (rule.points === undefined || rule.points === 0)) {
    out.invalid.push({ path: [...path, "points"], message: "expected non-zero points for a scoring rule (or effect \"require\" / \"exclude\")" });
  }
  if (effect !== "score" && rule.points !== undefined) {
    out.invalid.push({ path: [...path, "points"], message: `a rule with effect "${effect}" earns no points; remove points or use effect "score"` });
  }
  if (rule.falloff !== undefined && (op === undefined || !FALLOFF_OPS.has(op))) {
    out.invalid.push({ path: [...path, "falloff"], message: "falloff applies only to gt, gte, lt, lte and between rules" });
  }
  if (rule.falloff !== undefined && effect !== "score") {
    out.invalid.push({ path: [...path, "falloff"], message: "falloff gives partial credit and applies only to scoring rules" });
  }
  if (rule.halfLife !== undefined && op !== "withinDays") {
    out.invalid.push({ path: [...path, "halfLife"], message: "halfLife applies only to withinDays rules" });
  }
  if (rule.halfLife !== undefined && effect !== "score") {
    out.invalid.push({ path: [...path, "halfLife"], message: "halfLife gives partial credit and applies only to scoring rules" });
  }
}

/** Returns the semantic problems of one shape-valid rule at `path` (`["rules", 3]`). */
export function checkRuleSemantics(rule: Rule, path: ReadonlyArray<string | number>, restrict: FieldRestriction = anyField): PathIssues {
  const out: PathIssues = { invalid: [], unknownFields: [] };
  checkRule(rule, path, out, restrict);
  return out;
}

/**
 * Returns the field-path problems of a rule at `path` that failed the schema: unknown or
 * forbidden paths in every leaf whose `field` is text, and operators that do not suit their field.
 */
export function checkFieldsOfInvalidRule(rule: unknown, path: ReadonlyArray<string | number>, restrict: FieldRestriction = anyField): PathIssues {
  const out: PathIssues = { invalid: [], unknownFields: [] };
  checkConditionOfInvalidRule(rule, [...path], out, restrict);
  return out;
}

/** The issue for a rule id at `list[index]` already used by `list[first]` (`list` is `["rules"]` or `["personas", 0, "rules"]`). */
export function duplicateIdIssue(id: string, index: number, first: number, list: ReadonlyArray<string | number> = ["rules"]): IcpIssue {
  return { path: [...list, index, "id"], message: `duplicate rule id "${id}" (also ${listName(list)}[${first}])` };
}

function listName(list: ReadonlyArray<string | number>): string {
  return list.map((segment, index) => (typeof segment === "number" ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join("");
}

/** Returns every semantic problem of a shape-valid ICP, split into invalid rules and unknown fields. */
export function checkIcpSemantics(icp: Icp): PathIssues {
  const out: PathIssues = { invalid: [], unknownFields: [] };
  const seen = new Map<string, number>();
  icp.rules.forEach((rule, index) => {
    const first = seen.get(rule.id);
    if (first !== undefined) {
      out.invalid.push(duplicateIdIssue(rule.id, index, first));
    } else {
      seen.set(rule.id, index);
    }
    checkRule(rule, ["rules", index], out, anyField);
  });
  const canScore = icp.rules.some((rule) => (rule.effect ?? "score") === "score" && (rule.points ?? 0) > 0);
  if (!canScore) {
    out.invalid.push({ path: ["rules"], message: "expected at least one scoring rule with positive points" });
  }
  return out;
}
