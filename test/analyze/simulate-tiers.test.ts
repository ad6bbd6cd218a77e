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

  it("finds the thresholds at the observed scores for the target shares", () => {
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

  it("finds the thresholds whose cumulative shares come closest to the targets", () => {
    const simulation = simulateTiers(scores, { targetShares: { primary: 0.2, secondary: 0.3, tertiary: 0.3 } });
    expect(simulation.tiers.slice(0, 3).map((row) => [row.share, row.targetShare])).toEqual([[0.2, 0.2], [0.3, 0.3], [0.3, 0.3]]);
    expect(simulation.warnings).toEqual([]);
  });

  it("keeps every tier non-empty when the scores take only 3 distinct values (issue 14)", () => {
    // As a 2-rule derived ICP on Olist's MQL origins: 13.7% score 100, 54.8% score 69, 31.5% score 0.
    const coarse = [...Array<number>(137).fill(100), ...Array<number>(548).fill(69), ...Array<number>(315).fill(0)];
    const simulation = simulateTiers(coarse, { targetShares: { primary: 0.1, secondary: 0.2, tertiary: 0.3 } });
    expect(simulation.thresholds).toEqual({ primary: 100, secondary: 69, tertiary: 0 });
    expect(simulation.tiers.map((row) => [row.tier, row.share, row.targetShare])).toEqual([
      ["primary", 0.137, 0.1], ["secondary", 0.548, 0.2], ["tertiary", 0.315, 0.3], ["unqualified", 0, undefined],
    ]);
    expect(simulation.warnings.join("\n")).toMatch(/primary and secondary targets \(10% and 30% cumulative\) both fall on score 100/);
    expect(simulation.warnings.join("\n")).toMatch(/secondary holds 54\.8% of leads against a target of 20%/);
    expect(simulation.warnings.join("\n")).toMatch(/No lead is unqualified/);
  });

  it("places thresholds between tied scores at the boundary closest to each target", () => {
    const tied = [...Array<number>(5).fill(90), ...Array<number>(5).fill(80), ...Array<number>(30).fill(70), ...Array<number>(30).fill(50), ...Array<number>(30).fill(10)];
    const simulation = simulateTiers(tied, { targetShares: { primary: 0.1, secondary: 0.2, tertiary: 0.3 } });
    expect(simulation.thresholds).toEqual({ primary: 80, secondary: 70, tertiary: 50 });
    expect(simulation.tiers.slice(0, 3).map((row) => row.share)).toEqual([0.1, 0.3, 0.3]);
    expect(simulation.warnings).toEqual(["secondary holds 30% of leads against a target of 20%: no threshold between the observed scores comes closer"]);
  });

  it("puts all-equal scores in the one tier closest to its target and warns that the others are empty", () => {
    const middling = simulateTiers(Array<number>(50).fill(55), { targetShares: { primary: 0.1, secondary: 0.2, tertiary: 0.3 } });
    expect(middling.thresholds).toEqual({ primary: 100, secondary: 99, tertiary: 55 });
    expect(middling.tiers.map((row) => row.count)).toEqual([0, 0, 50, 0]);
    expect(middling.warnings.filter((warning) => /is empty/.test(warning))).toEqual([
      "primary is empty (target 10%): the scores take only 1 distinct value(s), too few to give every tier its own",
      "secondary is empty (target 20%): the scores take only 1 distinct value(s), too few to give every tier its own",
    ]);
    // At 100 nothing can sit above the scores, so they are all primary.
    const top = simulateTiers(Array<number>(50).fill(100), { targetShares: { primary: 0.1, secondary: 0.2, tertiary: 0.3 } });
    expect(top.thresholds).toEqual({ primary: 100, secondary: 99, tertiary: 98 });
    expect(top.tiers.map((row) => row.count)).toEqual([50, 0, 0, 0]);
    expect(top.warnings.some((warning) => warning.startsWith("secondary is empty"))).toBe(true);
  });

  it("finds room for an empty tier in a one-point gap, and a tier with a 0 target may stay empty", () => {
    const twoScores = [...Array<number>(10).fill(100), ...Array<number>(90).fill(99)];
    const simulation = simulateTiers(twoScores, { targetShares: { primary: 0.1, secondary: 0.2, tertiary: 0.3 } });
    const { primary, secondary, tertiary } = simulation.thresholds;
    expect(primary).toBeGreaterThan(secondary);
    expect(secondary).toBeGreaterThan(tertiary);
    expect(simulation.tiers.filter((row) => row.count > 0).length).toBe(2);
    const noPrimary = simulateTiers(scores, { targetShares: { primary: 0, secondary: 0.3, tertiary: 0.3 } });
    expect(noPrimary.tiers[0]?.count).toBe(0);
    expect(noPrimary.warnings.some((warning) => warning.startsWith("primary is empty"))).toBe(false);
  });

  it("handles half a million scores (no argument spread over the scores)", () => {
    const many = Array.from({ length: 500_000 }, (_, i) => (i % 10 === 0 ? 100 : i % 3 === 0 ? 60 : 20));
    const simulation = simulateTiers(many, { targetShares: { primary: 0.02, secondary: 0.2, tertiary: 0.3 } });
    expect(simulation.thresholds).toEqual({ primary: 100, secondary: 60, tertiary: 20 });
    expect(simulation.warnings.some((warning) => warning.startsWith("primary holds 10% of leads against a target of 2%: 10% of leads share the top score 100"))).toBe(true);
  });

  it("rejects impossible targets and unordered thresholds", () => {
    expect(() => simulateTiers(scores, { targetShares: { primary: 0.5, secondary: 0.5, tertiary: 0.5 } })).toThrow(/add up/);
    expect(() => simulateTiers(scores, { targetShares: { primary: -1, secondary: 0.5, tertiary: 0.5 } })).toThrow(/targetShares/);
    expect(() => simulateTiers(scores, { thresholds: { primary: 10, secondary: 60, tertiary: 40 } })).toThrow(/primary > secondary/);
  });
});
