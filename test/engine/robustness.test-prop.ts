import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  IcpResultSchema,
  compileIcp,
  explain,
  readBoolean,
  readList,
  readNumber,
  readText,
  readTime,
  safeParseIcp,
  safeParseLead,
  type IcpInput,
} from "../../src/index.js";
import { icpArbitrary, nowArbitrary } from "./arbitraries.js";
import { NOW } from "./fixtures.js";

/* Scoring never throws on a malformed lead: any JSON value, any JavaScript value, anywhere in the lead. */

const everyOperator: IcpInput = {
  id: "every-operator",
  version: "1",
  name: "Every operator",
  rules: [
    { id: "eq", field: "firmographic.industry", op: "eq", value: "Software", points: 10 },
    { id: "neq", field: "firmographic.employees", op: "neq", value: 5, points: 10 },
    { id: "bool", field: "attributes.partner", op: "eq", value: true, points: 10 },
    { id: "in", field: "firmographic.country", op: "in", value: ["US", 1], points: 10 },
    { id: "notIn", field: "firmographic.industry", op: "notIn", value: ["Gov"], points: 10 },
    { id: "gt", field: "firmographic.employees", op: "gt", value: 10, points: 10, falloff: 0.5 },
    { id: "gte", field: "firmographic.annualRevenue", op: "gte", value: 1e6, points: 10 },
    { id: "lt", field: "behavioral.intentScore", op: "lt", value: 10, points: -10 },
    { id: "lte", field: "attributes.seats", op: "lte", value: 10, points: 10 },
    { id: "between", field: "firmographic.foundedYear", op: "between", value: [2000, 2020], points: 10, falloff: 0.1 },
    { id: "any", field: "technographic.technologies", op: "includesAny", value: ["Slack"], points: 10 },
    { id: "all", field: "painPoints", op: "includesAll", value: ["cost"], points: 10 },
    { id: "none", field: "goals", op: "includesNone", value: ["x"], points: 10 },
    { id: "exists", field: "domain", op: "exists", effect: "require", missing: "miss" },
    { id: "contains", field: "email", op: "contains", value: ".edu", effect: "exclude" },
    { id: "startsWith", field: "name", op: "startsWith", value: "A", points: 10 },
    { id: "within", field: "behavioral.lastActivityAt", op: "withinDays", value: 30, points: 10, halfLife: 7, axis: "engagement" },
    { id: "combo", any: [{ not: { field: "id", op: "eq", value: "x" } }, { all: [{ field: "attributes.a.b", op: "exists" }] }], points: 10 },
  ],
};
const scorer = compileIcp(everyOperator);
const PATHS = [["firmographic"], ["technographic"], ["behavioral"], ["attributes"], ["painPoints"], ["goals"], ["firmographic", "employees"], ["firmographic", "industry"], ["behavioral", "lastActivityAt"], ["attributes", "a"], ["technographic", "technologies"]];

/** A lead with `value` placed at `path`. */
function leadWith(path: readonly string[], value: unknown): unknown {
  return path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);
}

function scoresCleanly(lead: unknown, icp = scorer, now: Date | string | number = NOW): void {
  const result = icp.score(lead, { now });
  expect(IcpResultSchema.safeParse(result).success).toBe(true);
  expect(() => explain(result)).not.toThrow();
}

describe("robustness", () => {
  it("scores any JSON value as a lead", () => {
    fc.assert(fc.property(fc.jsonValue(), (lead) => scoresCleanly(lead)));
  });

  it("scores any JavaScript value as a lead", () => {
    fc.assert(fc.property(fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withObjectString: true, withNullPrototype: true, withBigInt: true, withDate: true, withTypedArray: true, withSparseArray: true }), (lead) => scoresCleanly(lead)));
  });

  it("scores any value placed at any field", () => {
    fc.assert(fc.property(fc.constantFrom(...PATHS), fc.oneof(fc.jsonValue(), fc.anything({ withDate: true, withBigInt: true, withNullPrototype: true })), (path, value) => scoresCleanly(leadWith(path, value))));
  });

  it("scores any JSON lead against any random ICP", () => {
    fc.assert(fc.property(icpArbitrary, fc.jsonValue(), nowArbitrary, (icp, lead, now) => scoresCleanly(lead, compileIcp(icp), now)));
  });

  it("never throws from safeParseLead or safeParseIcp", () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withDate: true, withBigInt: true }), (value) => {
        expect(typeof safeParseLead(value).success).toBe("boolean");
        expect(typeof safeParseIcp(value).success).toBe("boolean");
        expect(typeof safeParseIcp({ ...everyOperator, rules: [value] }).success).toBe("boolean");
      }),
    );
  });

  it("never throws from the readers, even on long text", () => {
    const text = fc.oneof(fc.string({ maxLength: 3000 }), fc.array(fc.constantFrom("1", " ", ",", "-", "k", ".", "$", "+", "to", "–"), { maxLength: 3000 }).map((parts) => parts.join("")));
    fc.assert(
      fc.property(fc.oneof(text, fc.anything({ withDate: true, withBigInt: true })), (value) => {
        for (const read of [readNumber, readTime, readText, readList, readBoolean]) expect(() => read(value)).not.toThrow();
      }),
    );
  });
});
