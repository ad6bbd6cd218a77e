import { describe, expect, it } from "vitest";
import { IcpResultSchema, RuleOutcomeSchema, TierSchema, scoreLead, type IcpInput } from "../../src/index.js";

/* The result schema: results validate against it after a trip through JSON, and it rejects tampered ones. */

const icp: IcpInput = {
  id: "r",
  version: "1",
  name: "R",
  rules: [
    { id: "sw", field: "firmographic.industry", op: "eq", value: "Software", points: 30 },
    { id: "size", field: "firmographic.employees", op: "gte", value: 100, points: 20, falloff: 1 },
    { id: "visits", field: "behavioral.visits", op: "gte", value: 3, points: 10, axis: "engagement" },
    { id: "edu", field: "email", op: "contains", value: ".edu", effect: "exclude" },
  ],
};

const results = [
  scoreLead({ firmographic: { industry: "Software", employees: 60 }, behavioral: { visits: 5 } }, icp),
  scoreLead({ email: "a@b.edu" }, icp),
  scoreLead({}, icp),
];

describe("IcpResultSchema", () => {
  it("accepts every result after a JSON round trip, unchanged", () => {
    for (const result of results) {
      const stored: unknown = JSON.parse(JSON.stringify(result));
      expect(IcpResultSchema.parse(stored)).toStrictEqual(result);
    }
    expect(results.map((result) => result.tier)).toEqual(["primary", "disqualified", "insufficient-data"]);
    expect(results[0]).toMatchObject({ grade: "A1", fit: 84, engagement: 100 });
  });

  it("rejects results with an impossible score, tier or outcome", () => {
    const [result] = results;
    expect(IcpResultSchema.safeParse({ ...result, score: 101 }).success).toBe(false);
    expect(IcpResultSchema.safeParse({ ...result, score: 50.5 }).success).toBe(false);
    expect(IcpResultSchema.safeParse({ ...result, tier: "gold" }).success).toBe(false);
    expect(IcpResultSchema.safeParse({ ...result, confidence: 1.2 }).success).toBe(false);
    expect(IcpResultSchema.safeParse({ ...result, rules: [{ ...result?.rules[0], outcome: "maybe" }] }).success).toBe(false);
  });

  it("lists the tiers and outcomes the engine writes", () => {
    expect(TierSchema.options).toEqual(["primary", "secondary", "tertiary", "unqualified", "disqualified", "insufficient-data"]);
    expect(RuleOutcomeSchema.options).toEqual(["match", "partial", "miss", "unknown", "excluded"]);
  });
});
