import { IcpError, type IcpIssue } from "../errors.js";
import { IcpSchema, type Icp, type IcpInput } from "./icp.js";
import { RuleSchema } from "./rule.js";
import { LeadSchema, type Lead } from "./lead.js";
import { conditionDepthIssues } from "./condition-depth.js";
import { toIcpIssues } from "./issues.js";
import { ruleShapeIssues } from "./rule-issues.js";
import { checkFieldsOfInvalidRule, checkIcpSemantics, checkRuleSemantics, duplicateIdIssue } from "./validate-icp.js";
import { checkPersonasSemantics, isInsideAPersonaRule, personaIssuesOfInvalidIcp } from "./validate-personas.js";

/** The outcome of a `safeParse`-style call: the data, or the error that `parse` would throw.
 *
 * @example
 * ```ts
 * import { safeParseLead, type Lead, type SafeParseResult } from "icpfit";
 * const result: SafeParseResult<Lead> = safeParseLead({ firmographic: { employees: 12 } });
 * if (result.success) result.data.firmographic?.employees; // 12
 * ```
 */
export type SafeParseResult<T> =
  | {
      /** `true`: the input is valid and `data` holds it. */
      readonly success: true;
      /** The validated value. */
      readonly data: T;
    }
  | {
      /** `false`: the input is invalid and `error` says why. */
      readonly success: false;
      /** The error `parse` would throw, listing every problem with its path. */
      readonly error: IcpError;
    };

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * Validates an ICP without throwing: its shape (every zod issue), then its meaning (field paths,
 * operators per field, points per effect, duplicate ids; persona rules read only `contact.*` and
 * `painPoints`). Unknown field paths are reported with
 * code `UNKNOWN_FIELD` when they are the only problem, `INVALID_ICP` otherwise. A rule nesting
 * `all` / `any` / `not` more than 32 levels deep (`MAX_CONDITION_DEPTH`) is refused first, on its
 * own (`INVALID_ICP` at `rules[i]`), before anything walks it.
 *
 * @example
 * ```ts
 * import { safeParseIcp } from "icpfit";
 * const result = safeParseIcp(JSON.parse('{"id":"x"}'));
 * if (!result.success) console.log(result.error.issues.map((issue) => issue.path.join(".")));
 * ```
 */
export function safeParseIcp(input: unknown): SafeParseResult<Icp> {
  // Before zod, whose parse of all / any / not recurses: too deep a rule would overflow the stack.
  const tooDeep = conditionDepthIssues(input);
  if (tooDeep.length > 0) return { success: false, error: new IcpError("INVALID_ICP", tooDeep) };
  const parsed = IcpSchema.safeParse(input);
  if (!parsed.success) {
    const issues = uniqueIssues([
      ...toIcpIssues(parsed.error.issues.filter((issue) => !isInsideARule(issue.path) && !isInsideAPersonaRule(issue.path))),
      ...shapeIssuesOfRules(input),
      ...semanticIssuesOfRules(input),
      ...personaIssuesOfInvalidIcp(input),
    ]).sort(comparePaths);
    return { success: false, error: new IcpError("INVALID_ICP", issues) };
  }
  const rules = checkIcpSemantics(parsed.data);
  const personas = checkPersonasSemantics(parsed.data);
  const invalid = [...rules.invalid, ...personas.invalid];
  const unknownFields = [...rules.unknownFields, ...personas.unknownFields];
  if (invalid.length > 0 || unknownFields.length > 0) {
    const issues: IcpIssue[] = [...invalid, ...unknownFields].sort(comparePaths);
    return { success: false, error: new IcpError(invalid.length === 0 ? "UNKNOWN_FIELD" : "INVALID_ICP", issues) };
  }
  return { success: true, data: deepFreeze(parsed.data) };
}

function rulesOf(input: unknown): unknown[] {
  const rules = (input as { rules?: unknown } | null | undefined)?.rules;
  return Array.isArray(rules) ? rules : [];
}

/* zod's issues inside a rule are replaced by ruleShapeIssues, which reads each rule as the branch
 * it was written for instead of the union branch with the fewest issues. */
function isInsideARule(path: readonly PropertyKey[]): boolean {
  return path[0] === "rules" && typeof path[1] === "number";
}

function shapeIssuesOfRules(input: unknown): IcpIssue[] {
  return rulesOf(input).flatMap((rule: unknown, index) => ruleShapeIssues(rule, ["rules", index]));
}

/* When the ICP's shape is wrong, still check the meaning of its rules, so one run reports every
 * problem (a typo'd field path next to a bad tier threshold, say): all of it for the rules that
 * are well formed, duplicate ids and field paths for the others. */
function semanticIssuesOfRules(input: unknown): IcpIssue[] {
  const issues: IcpIssue[] = [];
  const seen = new Map<string, number>();
  rulesOf(input).forEach((rule: unknown, index) => {
    // Duplicate ids are worth reporting even among rules that are malformed in other ways.
    const id = (rule as { id?: unknown } | null)?.id;
    if (typeof id === "string" && id.trim() !== "") {
      const first = seen.get(id.trim());
      if (first === undefined) seen.set(id.trim(), index);
      else issues.push(duplicateIdIssue(id.trim(), index, first));
    }
    const parsed = RuleSchema.safeParse(rule);
    const { invalid, unknownFields } = parsed.success ? checkRuleSemantics(parsed.data, ["rules", index]) : checkFieldsOfInvalidRule(rule, ["rules", index]);
    issues.push(...invalid, ...unknownFields);
  });
  return issues;
}

/* Two readings of one rule (its shape and its meaning) can find the same problem; say it once. */
function uniqueIssues(issues: readonly IcpIssue[]): IcpIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${JSON.stringify(issue.path)} ${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function comparePaths(a: IcpIssue, b: IcpIssue): number {
  const length = Math.min(a.path.length, b.path.length);
  for (let index = 0; index < length; index++) {
    const x = a.path[index];
    const y = b.path[index];
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.path.length - b.path.length;
}

/**
 * Validates an ICP (TypeScript object or parsed JSON) and returns it typed and deeply frozen.
 * Throws {@link IcpError} listing every problem with its path (conditions may nest 32 levels
 * deep at most, `MAX_CONDITION_DEPTH`).
 *
 * @example
 * ```ts
 * import { defineIcp } from "icpfit";
 * const icp = defineIcp({
 *   id: "smb-saas", version: "1", name: "SMB SaaS",
 *   rules: [
 *     { id: "industry", field: "firmographic.industry", op: "in", value: ["Software"], points: 30 },
 *     { id: "size", field: "firmographic.employees", op: "between", value: [10, 200], points: 20 },
 *   ],
 * });
 * ```
 */
export function defineIcp(icp: IcpInput): Icp {
  const result = safeParseIcp(icp);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Strictly validates a lead against {@link LeadSchema}: the gate for data entering your system.
 * Scoring does not need it (it reads leads leniently and never throws).
 *
 * @example
 * ```ts
 * import { parseLead } from "icpfit";
 * const lead = parseLead({ firmographic: { industry: "Software", employees: 120 } });
 * ```
 */
export function parseLead(input: unknown): Lead {
  const result = safeParseLead(input);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Like {@link parseLead} but returns `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { safeParseLead } from "icpfit";
 * const result = safeParseLead({ firmographic: { employees: "many" } });
 * if (!result.success) console.log(result.error.message);
 * ```
 */
export function safeParseLead(input: unknown): SafeParseResult<Lead> {
  const parsed = LeadSchema.safeParse(input);
  return parsed.success
    ? { success: true, data: parsed.data }
    : { success: false, error: new IcpError("INVALID_LEAD", toIcpIssues(parsed.error.issues)) };
}
