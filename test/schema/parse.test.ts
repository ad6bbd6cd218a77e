import { describe, expect, it } from "vitest";
import { IcpError, compileIcp, defineIcp, formatPath, safeParseIcp, type IcpInput } from "../../src/index.js";

/* defineIcp / safeParseIcp: the validated, frozen ICP, and errors that list every issue with its path. */

const valid = {
  id: "mid-market-saas",
  version: "2026-11-01",
  name: "Mid-market SaaS",
  reviewedAt: "2026-11-01",
  tiers: { primary: 80, secondary: 60, tertiary: 40 },
  missing: "neutral",
  minConfidence: 0.5,
  rules: [
    { id: "industry", field: "firmographic.industry", op: "in", value: ["Software", "IT Services"], points: 25 },
    { id: "size", field: "firmographic.employees", op: "between", value: [50, 500], points: 20, falloff: 0.5 },
    { id: "active", field: "behavioral.lastActivityAt", op: "withinDays", value: 30, points: 10, halfLife: 14, axis: "engagement" },
    { id: "gov", field: "firmographic.industry", op: "eq", value: "Government", effect: "exclude", reason: "No public sector" },
    { id: "na", any: [{ field: "firmographic.country", op: "in", value: ["US", "CA"] }, { not: { field: "email", op: "contains", value: ".edu" } }], points: 5 },
  ],
} as const satisfies IcpInput;

/** The issues of an invalid ICP as "path: message" lines. */
function issuesOf(input: unknown): { code: string; lines: string[] } {
  const result = safeParseIcp(input);
  if (result.success) throw new Error("expected the ICP to be invalid");
  return { code: result.error.code, lines: result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`) };
}

describe("defineIcp", () => {
  it("returns the validated ICP, deeply frozen, without freezing its input", () => {
    const icp = defineIcp(valid);
    expect(icp).toEqual(valid);
    expect(icp).not.toBe(valid);
    for (const part of [icp, icp.rules, icp.rules[1], (icp.rules[1] as { value: unknown }).value, icp.tiers, icp.rules[4]]) {
      expect(Object.isFrozen(part)).toBe(true);
    }
    expect(() => {
      (icp.rules as unknown[]).push({});
    }).toThrow(TypeError);
    const input: IcpInput = structuredClone(valid);
    defineIcp(input);
    expect(Object.isFrozen(input) || Object.isFrozen(input.rules) || Object.isFrozen(input.rules[0])).toBe(false);
  });

  it("trims identifiers and field paths", () => {
    const icp = defineIcp({ id: " x ", version: " 1 ", name: " X ", rules: [{ id: " r ", field: " domain ", op: "exists", points: 1 }] });
    expect(icp).toMatchObject({ id: "x", version: "1", name: "X", rules: [{ id: "r", field: "domain" }] });
  });

  it("accepts an ICP parsed from JSON", () => {
    expect(defineIcp(JSON.parse(JSON.stringify(valid)) as IcpInput)).toEqual(valid);
  });

  it("throws the same IcpError that safeParseIcp returns", () => {
    const input = { ...valid, rules: [] };
    const error = (() => {
      try {
        defineIcp(input);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(IcpError);
    const result = safeParseIcp(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues).toEqual((error as IcpError).issues);
  });
});

describe("IcpError", () => {
  it("carries code, path of the first issue, every issue and a readable message", () => {
    const result = safeParseIcp({ id: "x", version: "1", name: "X", minConfidence: 2, rules: [] });
    if (result.success) throw new Error("expected failure");
    const error = result.error;
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("IcpError");
    expect(error.code).toBe("INVALID_ICP");
    expect(error.path).toEqual(["minConfidence"]);
    expect(error.issues.map((issue) => issue.path)).toEqual([["minConfidence"], ["rules"]]);
    expect(error.message).toBe("Invalid ICP:\n  - minConfidence: Too big: expected number to be <=1\n  - rules: Too small: expected array to have >=1 items");
  });

  it("formats paths the way JavaScript reads them", () => {
    expect(formatPath([])).toBe("(root)");
    expect(formatPath(["rules", 2, "value"])).toBe("rules[2].value");
    expect(formatPath(["rules", 0, "any", 1, "not", "field"])).toBe("rules[0].any[1].not.field");
    expect(formatPath([0, "x"])).toBe("[0].x");
  });

  it("uses [] as the path of an error without issues", () => {
    const error = new IcpError("INVALID_OPTIONS", []);
    expect(error.path).toEqual([]);
    expect(error.message).toBe("Invalid options:\n");
  });
});

describe("invalid ICPs", () => {
  it("rejects values that are not ICPs", () => {
    for (const input of [null, undefined, 42, "icp", [], [valid]]) {
      expect(issuesOf(input)).toEqual({ code: "INVALID_ICP", lines: ["(root): expected object, received " + describeType(input)] });
    }
  });

  it("lists every missing property", () => {
    expect(issuesOf({}).lines).toEqual([
      "id: expected string, received undefined",
      "name: expected string, received undefined",
      "rules: expected array, received undefined",
      "version: expected string, received undefined",
    ]);
  });

  it("lists every issue at once, in document order, shape and meaning together", () => {
    const input = {
      id: "",
      version: "1",
      name: "X",
      extra: true,
      tiers: { primary: 40, secondary: 60, tertiary: 20 },
      grades: { engagementHigh: 10, engagementMedium: 20 },
      minConfidence: -0.1,
      reviewedAt: "2026-02-30",
      rules: [
        { id: "a", field: "firmographic.employees", op: "between", value: [500, 50], points: 5 },
        { id: "b", field: "firmographic.industy", op: "eq", value: "x", points: 5 },
        { id: "a", field: "technographic.technologies", op: "gt", value: 1, points: 5 },
        { id: "c", field: "firmographic.employees", op: "gte", value: 1, point: 5 },
      ],
    };
    expect(issuesOf(input)).toEqual({
      code: "INVALID_ICP",
      lines: [
        'extra: unknown property "extra"',
        "grades: expected engagementHigh > engagementMedium",
        "id: Too small: expected string to have >=1 characters",
        "minConfidence: Too small: expected number to be >=0",
        "reviewedAt: Invalid ISO date",
        "rules[0].value: expected [min, max] with min <= max",
        'rules[1].field: "firmographic.industy" is not a lead field; did you mean "firmographic.industry"? Custom fields go under "attributes.<name>"',
        'rules[2].id: duplicate rule id "a" (also rules[0])',
        'rules[2].op: "gt" does not apply to technographic.technologies, which holds a list; expected one of includesAny, includesAll, includesNone, exists',
        'rules[3].point: unknown property "point"',
        "tiers: expected primary > secondary > tertiary",
      ],
    });
  });

  it("uses UNKNOWN_FIELD when field paths are the only problem", () => {
    const input = {
      ...valid,
      rules: [
        ...valid.rules,
        { id: "typo", field: "technographic.technology", op: "includesAny", value: ["Slack"], points: 5 },
        { id: "deep", all: [{ field: "firmographic.industry", op: "eq", value: "x" }, { not: { field: "firmographic.countri", op: "eq", value: "US" } }], points: 5 },
      ],
    };
    const { code, lines } = issuesOf(input);
    expect(code).toBe("UNKNOWN_FIELD");
    expect(lines).toEqual([
      'rules[5].field: "technographic.technology" is not a lead field; did you mean "technographic.technologies"? Custom fields go under "attributes.<name>"',
      'rules[6].all[1].not.field: "firmographic.countri" is not a lead field; did you mean "firmographic.country"? Custom fields go under "attributes.<name>"',
    ]);
    expect(() => compileIcp(input as IcpInput)).toThrow(expect.objectContaining({ code: "UNKNOWN_FIELD", path: ["rules", 5, "field"] }));
  });
});

function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
