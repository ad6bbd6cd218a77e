import { describe, expect, it } from "vitest";
import { compareResults, compileIcp, matchIcps, type IcpResult, type Tier } from "../../src/index.js";
import { NOW, daysAgo, icpOf } from "./fixtures.js";

/* matchIcps and compareResults: best first by tier, then score, then confidence. */

const smb = icpOf([{ id: "small", field: "firmographic.employees", op: "lt", value: 50, points: 10 }], { id: "smb" });
const mid = icpOf(
  [
    { id: "size", field: "firmographic.employees", op: "between", value: [40, 500], points: 10 },
    { id: "saas", field: "firmographic.industry", op: "eq", value: "Software", points: 10 },
  ],
  { id: "mid" },
);
const ent = icpOf(
  [
    { id: "large", field: "firmographic.employees", op: "gte", value: 1000, points: 10 },
    { id: "active", field: "behavioral.lastActivityAt", op: "withinDays", value: 30, points: 30 },
  ],
  { id: "ent" },
);
const gov = icpOf(
  [
    { id: "any", field: "firmographic.employees", op: "gte", value: 1, points: 10 },
    { id: "edu", field: "email", op: "contains", value: ".edu", effect: "exclude" },
  ],
  { id: "gov" },
);

describe("matchIcps", () => {
  it("returns every ICP's result, best tier first", () => {
    const lead = { firmographic: { employees: 45, industry: "Retail" }, behavioral: { lastActivityAt: daysAgo(1) } };
    const results = matchIcps(lead, [ent, gov, mid, smb], { now: NOW });
    expect(results.map((result) => [result.icpId, result.tier, result.score])).toEqual([
      ["gov", "primary", 100],
      ["smb", "primary", 100],
      ["ent", "secondary", 75],
      ["mid", "tertiary", 50],
    ]);
  });

  it("breaks score ties by confidence and puts insufficient-data before disqualified", () => {
    const lead = { firmographic: { employees: 5000 }, email: "it@state.edu" };
    const results = matchIcps(lead, [gov, mid, ent, smb], { now: NOW });
    expect(results.map((result) => [result.icpId, result.tier])).toEqual([
      ["smb", "unqualified"],
      ["mid", "unqualified"],
      ["ent", "insufficient-data"],
      ["gov", "disqualified"],
    ]);
  });

  it("accepts compiled scorers alongside plain ICPs", () => {
    const results = matchIcps({ firmographic: { employees: 10 } }, [compileIcp(mid), smb]);
    expect(results.map((result) => result.icpId)).toEqual(["smb", "mid"]);
  });

  it("returns an empty list for no ICPs", () => {
    expect(matchIcps({}, [])).toEqual([]);
  });
});

describe("compareResults", () => {
  const result = (icpId: string, tier: Tier, score: number, confidence: number): IcpResult => ({
    icpId,
    icpVersion: "1",
    tier,
    score,
    confidence,
    points: score,
    maxPoints: 100,
    thresholds: { primary: 80, secondary: 60, tertiary: 40, minConfidence: 0.5 },
    rules: [],
  });

  it("orders by tier, then score, then confidence, keeping ties in input order", () => {
    const results = [
      result("a", "secondary", 70, 1),
      result("b", "disqualified", 100, 1),
      result("c", "secondary", 75, 0.6),
      result("d", "secondary", 75, 0.9),
      result("e", "insufficient-data", 100, 0.1),
      result("f", "primary", 80, 0.5),
      result("g", "secondary", 75, 0.9),
      result("h", "unqualified", 39, 1),
      result("i", "tertiary", 59, 1),
    ];
    expect(results.sort(compareResults).map((r) => r.icpId)).toEqual(["f", "d", "g", "c", "a", "i", "h", "e", "b"]);
  });

  it("is zero only for results it cannot tell apart", () => {
    expect(compareResults(result("a", "primary", 90, 1), result("b", "primary", 90, 1))).toBe(0);
    expect(compareResults(result("a", "primary", 90, 1), result("b", "primary", 90, 0.9))).toBeLessThan(0);
    expect(compareResults(result("a", "tertiary", 59, 1), result("b", "secondary", 60, 0.5))).toBeGreaterThan(0);
  });
});
