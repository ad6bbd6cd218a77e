import { describe, expect, it } from "vitest";
import { formatPath, safeParseIcp } from "../../src/index.js";

/* An ICP with several mistakes reports every one at once: each rule (and condition) is judged
 * against the branch it was written for, and field paths are checked even when the shape fails. */

const base = { id: "x", version: "1", name: "X" };
const good = { id: "good", field: "firmographic.country", op: "eq", value: "US", points: 10 };

/** The "path: message" lines of an ICP that must be invalid. */
function linesOf(input: unknown): string[] {
  const result = safeParseIcp(input);
  if (result.success) throw new Error("expected the ICP to be invalid");
  return result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
}

/** The lines for an ICP holding `good` and then `rule`. */
function linesWith(rule: unknown, extra: Record<string, unknown> = {}): string[] {
  return linesOf({ ...base, ...extra, rules: [good, rule] });
}

const OPS = "eq, neq, in, notIn, gt, gte, lt, lte, between, includesAny, includesAll, includesNone, exists, contains, startsWith, withinDays";

// The file from the bug report, as `icpfit lint` reads it.
const manyMistakes = JSON.parse(`{ "id": "", "version": 3, "name": "T", "tiers": {"primary": 30, "secondary": 60, "tertiary": 40},
  "rules": [
    { "id": "emp", "field": "firmographic.employes", "op": "between", "value": [100], "points": 20 },
    { "id": "emp", "field": "firmographic.industry", "op": "eqq", "value": "x", "points": "20" },
    { "field": "__proto__.x", "op": "eq", "value": 1, "points": 5 },
    { "id": "d", "field": "firmographic.country", "op": "in", "value": "US", "points": 10, "effect": "maybe" }
  ] }`) as unknown;

describe("an ICP with many mistakes", () => {
  it("reports every problem with its path, in path order", () => {
    expect(linesOf(manyMistakes)).toEqual([
      "id: Too small: expected string to have >=1 characters",
      'rules[0].field: "firmographic.employes" is not a lead field; did you mean "firmographic.employees"? Custom fields go under "attributes.<name>"',
      "rules[0].value: Too small: expected array to have >=2 items",
      'rules[1].id: duplicate rule id "emp" (also rules[0])',
      `rules[1].op: expected op to be one of ${OPS}`,
      "rules[1].points: expected number, received string",
      'rules[2].field: "__proto__.x" names __proto__, constructor or prototype, which are never lead fields',
      "rules[2].id: expected string, received undefined",
      'rules[3].effect: expected one of "score"|"require"|"exclude"',
      "rules[3].value: expected array, received string",
      "tiers: expected primary > secondary > tertiary",
      "version: expected string, received number",
    ]);
  });

  it("names every path that has a problem, and none that does not", () => {
    const result = safeParseIcp(manyMistakes);
    if (result.success) throw new Error("expected the ICP to be invalid");
    const paths = new Set(result.error.issues.map((issue) => formatPath(issue.path)));
    for (const path of ["id", "version", "tiers", "rules[0].field", "rules[0].value", "rules[1].id", "rules[1].op", "rules[1].points", "rules[2].id", "rules[2].field", "rules[3].value", "rules[3].effect"]) {
      expect(paths).toContain(path);
    }
    for (const path of ["rules[3].all", "rules[3].field", "rules[3].op"]) expect(paths).not.toContain(path);
    expect(result.error.code).toBe("INVALID_ICP");
  });

  it("gives the same issues every time, each once", () => {
    const first = linesOf(manyMistakes);
    expect(linesOf(structuredClone(manyMistakes))).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });
});

describe("a rule is judged as the branch it was written for", () => {
  it("checks the other properties of a rule with an unknown op", () => {
    expect(linesWith({ id: "r", field: "domain", op: "eqq", value: "x", points: "20", label: "", colour: "red" })).toEqual([
      'rules[1].colour: unknown property "colour"',
      "rules[1].label: Too small: expected string to have >=1 characters",
      `rules[1].op: expected op to be one of ${OPS}`,
      "rules[1].points: expected number, received string",
    ]);
  });

  it("reports a missing op once, beside a missing field", () => {
    expect(linesWith({ id: "r", field: "domain", points: 1 })).toEqual([`rules[1].op: expected op to be one of ${OPS}`]);
    expect(linesWith({ id: "r", op: "eqq", points: 1 })).toEqual([
      "rules[1].field: expected string, received undefined",
      `rules[1].op: expected op to be one of ${OPS}`,
    ]);
  });

  it("reports a bad effect on a leaf rule as that, not as a group without all", () => {
    expect(linesWith({ id: "r", field: "firmographic.country", op: "in", value: "US", points: 10, effect: "maybe" })).toEqual([
      'rules[1].effect: expected one of "score"|"require"|"exclude"',
      "rules[1].value: expected array, received string",
    ]);
    expect(linesWith({ id: "r", field: "domain", op: "exists", effect: "maybe", points: 1 })).toEqual([
      'rules[1].effect: expected one of "score"|"require"|"exclude"',
    ]);
  });

  it("judges a group rule against that group", () => {
    expect(linesWith({ id: "r", any: [{ field: "domain", op: "exists" }], effect: "maybe", points: 1 })).toEqual([
      'rules[1].effect: expected one of "score"|"require"|"exclude"',
    ]);
    expect(linesWith({ id: "r", all: [{ field: "domain", op: "exists" }], any: [{ field: "domain", op: "exists" }], points: 1 })).toEqual([
      'rules[1].any: unknown property "any"',
    ]);
    expect(linesWith({ id: "r", not: "x", points: 1 })).toEqual(["rules[1].not: expected object, received string"]);
  });

  it("judges each condition inside a group as its own branch", () => {
    const rule = {
      id: "r",
      all: [
        { field: "domain", op: "in", value: "x" },
        { not: { field: "firmographic.country", op: "eq", value: "US", effect: "exclude" } },
        { field: "email", op: "startz", value: "x", extra: 1 },
      ],
      points: 1,
    };
    expect(linesWith(rule)).toEqual([
      "rules[1].all[0].value: expected array, received string",
      'rules[1].all[1].not.effect: unknown property "effect"',
      'rules[1].all[2].extra: unknown property "extra"',
      `rules[1].all[2].op: expected op to be one of ${OPS}`,
    ]);
  });

  it("keeps zod's reading for a rule that names no branch or is not an object", () => {
    expect(linesWith({ id: "r", points: 1 })).toEqual([`rules[1].op: expected op to be one of ${OPS}`]);
    expect(linesWith(null)).toEqual(["rules[1]: expected object, received null"]);
  });
});

describe("field paths are checked whatever else fails", () => {
  it("checks a condition nested in all while the ICP and the rule fail the schema", () => {
    const rule = {
      id: "r",
      all: [
        { field: "firmographic.industy", op: "eq", value: "Software" },
        { field: "domain", op: "in", value: "acme.com" },
      ],
      points: 5,
    };
    expect(linesWith(rule, { version: 3 })).toEqual([
      'rules[1].all[0].field: "firmographic.industy" is not a lead field; did you mean "firmographic.industry"? Custom fields go under "attributes.<name>"',
      "rules[1].all[1].value: expected array, received string",
      "version: expected string, received number",
    ]);
  });

  it("checks a well-formed rule's nested field while the top level fails the schema", () => {
    const rule = { id: "r", any: [{ not: { field: "firmographic.countri", op: "eq", value: "US" } }], points: 5 };
    expect(linesWith(rule, { id: "" })).toEqual([
      "id: Too small: expected string to have >=1 characters",
      'rules[1].any[0].not.field: "firmographic.countri" is not a lead field; did you mean "firmographic.country"? Custom fields go under "attributes.<name>"',
    ]);
  });

  it("rejects __proto__, constructor and prototype in a malformed rule", () => {
    for (const field of ["__proto__.x", " constructor ", "attributes.prototype"]) {
      expect(linesWith({ id: "r", field, op: "eq", value: 1, points: "5" })).toEqual([
        `rules[1].field: "${field.trim()}" names __proto__, constructor or prototype, which are never lead fields`,
        "rules[1].points: expected number, received string",
      ]);
    }
  });

  it("checks that a known op suits its field in a malformed rule", () => {
    expect(linesWith({ id: "r", field: "technographic.technologies", op: "gt", value: "1", points: 1 })).toEqual([
      'rules[1].op: "gt" does not apply to technographic.technologies, which holds a list; expected one of includesAny, includesAll, includesNone, exists',
      "rules[1].value: expected number, received string",
    ]);
  });

  it("leaves a blank field to the schema and ignores fields under an unknown property", () => {
    expect(linesWith({ id: "r", field: " ", op: "exists", points: 1 })).toEqual(["rules[1].field: Too small: expected string to have >=1 characters"]);
    expect(linesWith({ id: "r", field: "domain", op: "exists", all: [{ field: "bogus", op: "exists" }], points: 1 })).toEqual([
      'rules[1].all: unknown property "all"',
    ]);
  });
});
