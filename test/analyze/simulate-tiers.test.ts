import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreLeads } from "../../src/index.js";
import { simulateTiers } from "../../src/analyze/index.js";

describe("simulateTiers", () => {
  const scores = [98, 91, 85, 77, 70, 64, 55, 48, 30, 12];

  it("counts tiers for given thresholds", () => {
    const simulation = simulateTiers(scores, { thresholds: { primary: 80, secondary: 60, tertiary: 40 } });
    expect(simulation.tiers.map((row) => row.count)).toEqual([3, 3, 2, 2]);
    expect(simulation.tiers[1]?.cumulativeShare).toBe(0.6);
  });

  it("finds the lowest thresholds that keep each tier within its target share", () => {
    const simulation = simulateTiers(scores, { targetShares: { primary: 0.2, secondary: 0.3, tertiary: 0.3 } });
    expect(simulation.thresholds).toEqual({ primary: 91, secondary: 70, tertiary: 48 });
    expect(simulation.targetShares).toEqual({ primary: 0.2, secondary: 0.3, tertiary: 0.3 });
  });

  it("keeps disqualified and insufficient-data results in their tier", () => {
    const icp = { id: "a", version: "1", name: "A", rules: [
      { id: "sw", field: "firmographic.industry", op: "eq", value: "Software", points: 10 },
      { id: "kp", field: "firmographic.country", op: "eq", value: "KP", effect: "exclude" },
    ] } as const;
    const results = scoreLeads([{ firmographic: { industry: "Software" } }, { firmographic: { industry: "Software", country: "KP" } }, {}], icp);
    const simulation = simulateTiers(results, { thresholds: { primary: 90, secondary: 50, tertiary: 10 } });
    expect(simulation.tiers.map((row) => [row.tier, row.count])).toEqual([
      ["primary", 1], ["secondary", 0], ["tertiary", 0], ["unqualified", 0], ["insufficient-data", 1], ["disqualified", 1],
    ]);
  });

  it("never exceeds a cumulative target when it can be met (property)", () => {
    fc.assert(fc.property(
      fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 20, maxLength: 300 }),
      fc.double({ min: 0.01, max: 0.3, noNaN: true }),
      fc.double({ min: 0.01, max: 0.3, noNaN: true }),
      (values, primary, secondary) => {
        const simulation = simulateTiers(values, { targetShares: { primary, secondary, tertiary: 0.2 } });
        const { thresholds } = simulation;
        expect(thresholds.primary).toBeGreaterThan(thresholds.secondary);
        expect(thresholds.secondary).toBeGreaterThan(thresholds.tertiary);
        const shareAtLeast = (t: number): number => values.filter((v) => v >= t).length / values.length;
        if (simulation.warnings.length === 0 && shareAtLeast(100) <= primary) expect(shareAtLeast(thresholds.primary)).toBeLessThanOrEqual(primary + 1e-9);
      },
    ));
  });

  it("rejects impossible targets and unordered thresholds", () => {
    expect(() => simulateTiers(scores, { targetShares: { primary: 0.5, secondary: 0.5, tertiary: 0.5 } })).toThrow(/add up/);
    expect(() => simulateTiers(scores, { targetShares: { primary: -1, secondary: 0.5, tertiary: 0.5 } })).toThrow(/targetShares/);
    expect(() => simulateTiers(scores, { thresholds: { primary: 10, secondary: 60, tertiary: 40 } })).toThrow(/primary > secondary/);
  });
});
