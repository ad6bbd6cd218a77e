import { describe, expect, it } from "vitest";
import { formatPath, safeParseIcp } from "../../src/index.js";

/* Every way a rule can be invalid, one at a time, with the path and message it is reported at. */

const base = { id: "x", version: "1", name: "X" };
const good = { id: "good", field: "firmographic.country", op: "eq", value: "US", points: 10 };

/** The "path: message" lines for an ICP holding `good` and then `rule`. */
function problemsWith(rule: unknown, extra: Record<string, unknown> = {}): string[] {
  const result = safeParseIcp({ ...base, ...extra, rules: [good, rule] });
  if (result.success) return [];
  return result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
}

describe("rule shape", () => {
  it.each([
    ["an unknown op", { id: "r", field: "domain", op: "matches", value: ".*", points: 1 }, "rules[1].op: expected op to be one of eq, neq, in, notIn, gt, gte, lt, lte, between, includesAny, includesAll, includesNone, exists, contains, startsWith, withinDays"],
    ["between with three bounds", { id: "r", field: "firmographic.employees", op: "between", value: [1, 2, 3], points: 1 }, "rules[1].value: Too big: expected array to have <=2 items"],
    ["between with min > max", { id: "r", field: "firmographic.employees", op: "between", value: [9, 1], points: 1 }, "rules[1].value: expected [min, max] with min <= max"],
    ["between with text", { id: "r", field: "firmographic.employees", op: "between", value: ["1", 2], points: 1 }, "rules[1].value[0]: expected number, received string"],
    ["gt with text", { id: "r", field: "firmographic.employees", op: "gt", value: "10", points: 1 }, "rules[1].value: expected number, received string"],
    ["an empty in list", { id: "r", field: "firmographic.industry", op: "in", value: [], points: 1 }, "rules[1].value: Too small: expected array to have >=1 items"],
    ["a blank list item", { id: "r", field: "technographic.technologies", op: "includesAny", value: [" "], points: 1 }, "rules[1].value[0]: Too small: expected string to have >=1 characters"],
    ["an empty contains", { id: "r", field: "email", op: "contains", value: "", points: 1 }, "rules[1].value: Too small: expected string to have >=1 characters"],
    ["withinDays 0", { id: "r", field: "behavioral.lastActivityAt", op: "withinDays", value: 0, points: 1 }, "rules[1].value: Too small: expected number to be >0"],
    ["points over 1000", { id: "r", field: "domain", op: "exists", points: 1001 }, "rules[1].points: Too big: expected number to be <=1000"],
    ["an unknown effect", { id: "r", field: "domain", op: "exists", effect: "boost" }, 'rules[1].effect: expected one of "score"|"require"|"exclude"'],
    ["falloff 0", { id: "r", field: "firmographic.employees", op: "gt", value: 1, points: 1, falloff: 0 }, "rules[1].falloff: Too small: expected number to be >0"],
    ["a misspelt property", { id: "r", field: "domain", op: "exists", points: 1, weight: 2 }, 'rules[1].weight: unknown property "weight"'],
    ["an empty all", { id: "r", all: [], points: 1 }, "rules[1].all: Too small: expected array to have >=1 items"],
    ["caseSensitive on a number rule", { id: "r", field: "firmographic.employees", op: "gt", value: 1, points: 1, caseSensitive: true }, 'rules[1].caseSensitive: unknown property "caseSensitive"'],
  ])("reports %s", (_, rule, problem) => {
    expect(problemsWith(rule)).toEqual([problem]);
  });

  it("reports a missing rule id and a non-object rule", () => {
    expect(problemsWith({ field: "domain", op: "exists", points: 1 })).toEqual(["rules[1].id: expected string, received undefined"]);
    expect(problemsWith("domain exists")).toEqual(["rules[1]: expected object, received string"]);
  });
});

describe("rule meaning", () => {
  it.each([
    ["a scoring rule without points", { id: "r", field: "domain", op: "exists" }, 'rules[1].points: expected non-zero points for a scoring rule (or effect "require" / "exclude")'],
    ["a scoring rule with 0 points", { id: "r", field: "domain", op: "exists", points: 0 }, 'rules[1].points: expected non-zero points for a scoring rule (or effect "require" / "exclude")'],
    ["points on a knockout", { id: "r", field: "domain", op: "exists", effect: "require", points: 5 }, 'rules[1].points: a rule with effect "require" earns no points; remove points or use effect "score"'],
    ["falloff on eq", { id: "r", field: "firmographic.country", op: "eq", value: "US", points: 1, falloff: 0.5 }, "rules[1].falloff: falloff applies only to gt, gte, lt, lte and between rules"],
    ["falloff on a combinator", { id: "r", any: [{ field: "firmographic.employees", op: "gt", value: 1 }], points: 1, falloff: 0.5 }, "rules[1].falloff: falloff applies only to gt, gte, lt, lte and between rules"],
    ["falloff on a knockout", { id: "r", field: "firmographic.employees", op: "gt", value: 1, effect: "exclude", falloff: 0.5 }, "rules[1].falloff: falloff gives partial credit and applies only to scoring rules"],
    ["halfLife on gt", { id: "r", field: "firmographic.employees", op: "gt", value: 1, points: 1, halfLife: 7 }, "rules[1].halfLife: halfLife applies only to withinDays rules"],
    ["halfLife on a knockout", { id: "r", field: "behavioral.lastActivityAt", op: "withinDays", value: 7, effect: "require", halfLife: 7 }, "rules[1].halfLife: halfLife gives partial credit and applies only to scoring rules"],
    ["a duplicate id", { ...good, value: "CA" }, 'rules[1].id: duplicate rule id "good" (also rules[0])'],
  ])("reports %s", (_, rule, problem) => {
    expect(problemsWith(rule)).toEqual([problem]);
  });

  it.each([
    ["gt on a list", "technographic.technologies", "gt", 1, 'rules[1].op: "gt" does not apply to technographic.technologies, which holds a list; expected one of includesAny, includesAll, includesNone, exists'],
    ["includesAny on a number", "firmographic.employees", "includesAny", ["1"], 'rules[1].op: "includesAny" does not apply to firmographic.employees, which holds a number; expected one of eq, neq, in, notIn, gt, gte, lt, lte, between, exists'],
    ["withinDays on text", "firmographic.industry", "withinDays", 30, 'rules[1].op: "withinDays" does not apply to firmographic.industry, which holds text; expected one of eq, neq, in, notIn, exists, contains, startsWith, includesAny, includesAll, includesNone'],
    ["eq on a date", "behavioral.lastActivityAt", "eq", "2026-11-01", 'rules[1].op: "eq" does not apply to behavioral.lastActivityAt, which holds a date; expected one of withinDays, exists'],
    ["gte on an id", "id", "gte", 5, 'rules[1].op: "gte" does not apply to id, which holds an identifier; expected one of eq, neq, in, notIn, exists, contains, startsWith'],
  ])("rejects %s", (_, field, op, value, problem) => {
    expect(problemsWith({ id: "r", field, op, value, points: 1 })).toEqual([problem]);
  });

  it("checks operators inside combinators", () => {
    const rule = { id: "r", all: [{ field: "domain", op: "exists" }, { not: { field: "goals", op: "contains", value: "x" } }], points: 1 };
    expect(problemsWith(rule)).toEqual([
      'rules[1].all[1].not.op: "contains" does not apply to goals, which holds a list; expected one of includesAny, includesAll, includesNone, exists',
    ]);
  });

  it("allows every operator on custom attributes", () => {
    for (const [op, value] of [["gt", 1], ["withinDays", 7], ["includesAll", ["a"]], ["startsWith", "a"], ["eq", false]] as const) {
      expect(problemsWith({ id: "r", field: "attributes.custom", op, value, points: 1 })).toEqual([]);
    }
  });

  it("needs at least one scoring rule with positive points", () => {
    const result = safeParseIcp({ ...base, rules: [{ id: "neg", field: "domain", op: "exists", points: -5 }, { id: "k", field: "email", op: "exists", effect: "require" }] });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues).toEqual([{ path: ["rules"], message: "expected at least one scoring rule with positive points" }]);
  });
});

describe("ICP options", () => {
  it.each([
    [{ tiers: { primary: 80, secondary: 80, tertiary: 40 } }, "tiers: expected primary > secondary > tertiary"],
    [{ tiers: { primary: 80, secondary: 60 } }, "tiers.tertiary: expected number, received undefined"],
    [{ grades: { engagementHigh: 30, engagementMedium: 30 } }, "grades: expected engagementHigh > engagementMedium"],
    [{ missing: "skip" }, 'missing: expected one of "neutral"|"miss"'],
    [{ minConfidence: 1.5 }, "minConfidence: Too big: expected number to be <=1"],
    [{ reviewedAt: "last year" }, "reviewedAt: Invalid ISO date"],
    [{ version: "  " }, "version: Too small: expected string to have >=1 characters"],
  ])("rejects %j", (extra, problem) => {
    expect(problemsWith({ ...good, id: "other" }, extra)).toEqual([problem]);
  });

  it("accepts $schema and a description", () => {
    expect(problemsWith({ ...good, id: "other" }, { $schema: "./node_modules/icpfit/dist/schema/icp.schema.json", description: "Ours" })).toEqual([]);
  });
});
