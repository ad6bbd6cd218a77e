import { describe, expect, it } from "vitest";
import { scoreLeads, type IcpResult } from "../../src/index.js";
import { evaluate } from "../../src/analyze/index.js";

const icp = {
  id: "e",
  version: "1",
  name: "E",
  missing: "miss",
  minConfidence: 0,
  rules: [
    { id: "sw", field: "firmographic.industry", op: "eq", value: "Software", points: 50 },
    { id: "big", field: "firmographic.employees", op: "gte", value: 100, points: 50 },
    { id: "gov", field: "firmographic.country", op: "eq", value: "KP", effect: "exclude", reason: "Sanctions" },
  ],
} as const;

const leads = Array.from({ length: 200 }, (_, i) => ({
  firmographic: { industry: i % 2 === 0 ? "Software" : "Retail", employees: i % 4 < 2 ? 500 : 20, country: i % 40 === 0 ? "KP" : "US" },
}));
const results: IcpResult[] = scoreLeads(leads, icp);
const outcomes = results.map((result, i) => (result.score === 100 ? i % 10 < 8 : result.score === 50 ? i % 10 < 3 : i % 10 < 1));

describe("evaluate", () => {
  const evaluation = evaluate(results, outcomes, { value: results.map((r) => r.score * 10), churned: results.map((_, i) => (i % 5 === 0 ? true : i % 3 === 0 ? null : false)) });

  it("computes AUC, base rate and counts", () => {
    expect(evaluation.n).toBe(200);
    expect(evaluation.labelled).toBe(200);
    expect(evaluation.baseRate).toBeCloseTo(outcomes.filter(Boolean).length / 200, 6);
    expect(evaluation.auc).toBeGreaterThan(0.7);
    expect(evaluation.icpId).toBe("e");
  });

  it("breaks down by tier with capture, cumulative share, mean value and churn", () => {
    const primary = evaluation.byTier.find((row) => row.tier === "primary");
    expect(primary?.count).toBe(results.filter((r) => r.tier === "primary").length);
    expect(primary?.meanValue).toBe(1000);
    expect(primary?.churnRate).toBeGreaterThan(0);
    expect(evaluation.byTier.find((row) => row.tier === "disqualified")?.count).toBe(5);
    const last = evaluation.byTier[evaluation.byTier.length - 1];
    expect(last?.cumulativeShare).toBe(1);
    expect(last?.cumulativeCapture).toBe(1);
  });

  it("has ten deciles whose capture rises to 1 and a calibration that rises with score", () => {
    expect(evaluation.byDecile).toHaveLength(10);
    expect(evaluation.byDecile[9]?.capture).toBe(1);
    expect(evaluation.byDecile[0]?.lift).toBeGreaterThan(1);
    const observed = evaluation.calibration.map((row) => row.observed);
    expect(observed[observed.length - 1]).toBeGreaterThan(observed[0] ?? 1);
  });

  it("leaves unknown outcomes out of the rates but in the tier distribution", () => {
    const partial = evaluate(results, outcomes.map((o, i) => (i < 50 ? null : o)));
    expect(partial.labelled).toBe(150);
    expect(Object.values(partial.tierDistribution).reduce((a, b) => a + b, 0)).toBe(200);
    expect(partial.warnings.join(" ")).toMatch(/have no outcome/);
  });

  it("warns about small samples and selection bias", () => {
    const small = evaluate(results.slice(0, 30), outcomes.slice(0, 30));
    expect(small.warnings[0]).toMatch(/Small sample/);
    const worked = results.map((r) => r.score === 100 || r.tier === "primary");
    const biased = evaluate(results, outcomes, { worked });
    expect(biased.labelled).toBe(worked.filter(Boolean).length);
    expect(biased.warnings.join(" ")).toMatch(/Selection bias/);
    expect(biased.warnings.join(" ")).toMatch(/tiers steered the outcomes/);
  });

  it("rejects options of the wrong length", () => {
    expect(() => evaluate(results, outcomes.slice(1))).toThrow(/outcomes/);
    expect(() => evaluate(results, outcomes, { value: [1] })).toThrow(/value/);
  });
});
