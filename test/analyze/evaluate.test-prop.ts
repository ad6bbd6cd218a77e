import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { IcpResult, Tier } from "../../src/index.js";
import { evaluate } from "../../src/analyze/index.js";

const tiers: Tier[] = ["primary", "secondary", "tertiary", "unqualified", "insufficient-data", "disqualified"];
const result = (score: number, tier: Tier): IcpResult => ({
  icpId: "p",
  icpVersion: "1",
  score,
  tier,
  confidence: 1,
  points: score,
  maxPoints: 100,
  thresholds: { primary: 80, secondary: 60, tertiary: 40, minConfidence: 0.5 },
  rules: [],
});
const rows = fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.constantFrom(...tiers), fc.option(fc.boolean(), { nil: null })), { minLength: 1, maxLength: 300 });

describe("evaluate properties", () => {
  it("tier counts sum to n and cumulative capture is monotone", () => {
    fc.assert(fc.property(rows, (data) => {
      const evaluation = evaluate(data.map(([s, t]) => result(s, t)), data.map(([, , o]) => o));
      expect(evaluation.byTier.reduce((sum, row) => sum + row.count, 0)).toBe(data.length);
      expect(Object.values(evaluation.tierDistribution).reduce((a, b) => a + b, 0)).toBe(data.length);
      const captures = evaluation.byDecile.map((row) => row.capture);
      for (let i = 1; i < captures.length; i++) expect(captures[i]).toBeGreaterThanOrEqual(captures[i - 1] ?? 0);
      const cumulative = evaluation.byTier.map((row) => row.cumulativeCapture);
      for (let i = 1; i < cumulative.length; i++) expect(cumulative[i]).toBeGreaterThanOrEqual(cumulative[i - 1] ?? 0);
      expect(evaluation.byDecile.reduce((sum, row) => sum + row.count, 0)).toBe(evaluation.labelled);
    }));
  });

  it("AUC is in [0, 1] (or NaN with one class) and 1 for a perfect ranking", () => {
    fc.assert(fc.property(rows, (data) => {
      const evaluation = evaluate(data.map(([s]) => result(s, "unqualified")), data.map(([, , o]) => o));
      if (Number.isNaN(evaluation.auc)) return;
      expect(evaluation.auc).toBeGreaterThanOrEqual(0);
      expect(evaluation.auc).toBeLessThanOrEqual(1);
      const outcomes = data.map(([, , o]) => o);
      const perfect = evaluate(outcomes.map((o) => result(o === true ? 90 : 10, "unqualified")), outcomes);
      expect(perfect.auc).toBe(1);
    }));
  });
});
