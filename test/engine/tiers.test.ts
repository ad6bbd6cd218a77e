import { describe, expect, it } from "vitest";
import { DEFAULT_GRADES, DEFAULT_MIN_CONFIDENCE, DEFAULT_TIERS, TIER_ORDER, compileIcp, gradeFor, scoreLead, tierFor } from "../../src/index.js";
import { NOW, daysAgo, icpOf, type RuleInput } from "./fixtures.js";

/* Tier thresholds, custom thresholds, and the fit/engagement grade. */

describe("tierFor", () => {
  it.each([
    [100, "primary"],
    [80, "primary"],
    [79, "secondary"],
    [60, "secondary"],
    [59, "tertiary"],
    [40, "tertiary"],
    [39, "unqualified"],
    [0, "unqualified"],
  ] as const)("default thresholds: %d is %s", (score, tier) => {
    expect(tierFor(score, DEFAULT_TIERS)).toBe(tier);
  });

  it("uses custom thresholds inclusively", () => {
    const tiers = { primary: 90, secondary: 70, tertiary: 1 };
    expect([90, 89, 70, 69, 1, 0].map((score) => tierFor(score, tiers))).toEqual(["primary", "secondary", "secondary", "tertiary", "tertiary", "unqualified"]);
  });

  it("puts disqualification before confidence, and confidence before the score", () => {
    expect(tierFor(100, DEFAULT_TIERS, { confidence: 0, minConfidence: 0.5, disqualified: true })).toBe("disqualified");
    expect(tierFor(100, DEFAULT_TIERS, { confidence: 0.49, minConfidence: 0.5 })).toBe("insufficient-data");
    expect(tierFor(100, DEFAULT_TIERS, { confidence: 0.5, minConfidence: 0.5 })).toBe("primary");
  });

  it("has documented defaults and a best-first order", () => {
    expect(DEFAULT_TIERS).toEqual({ primary: 80, secondary: 60, tertiary: 40 });
    expect(DEFAULT_GRADES).toEqual({ engagementHigh: 60, engagementMedium: 30 });
    expect(DEFAULT_MIN_CONFIDENCE).toBe(0.5);
    expect(TIER_ORDER).toEqual(["primary", "secondary", "tertiary", "unqualified", "insufficient-data", "disqualified"]);
  });
});

describe("tiers in scoring", () => {
  const rules: RuleInput[] = [
    { id: "a", field: "attributes.a", op: "exists", points: 75 },
    { id: "b", field: "attributes.b", op: "exists", points: 25 },
  ];

  it("applies an ICP's custom thresholds and stores them in the result", () => {
    const icp = icpOf(rules, { tiers: { primary: 95, secondary: 75, tertiary: 50 } });
    const result = scoreLead({ attributes: { a: "x" } }, icp);
    expect(result).toMatchObject({ score: 75, tier: "secondary", thresholds: { primary: 95, secondary: 75, tertiary: 50 } });
    expect(scoreLead({ attributes: { b: "x" } }, icp).tier).toBe("unqualified");
    expect(scoreLead({ attributes: { a: "x" } }, icpOf(rules)).tier).toBe("secondary");
    expect(scoreLead({ attributes: { a: "x" } }, icpOf(rules, { tiers: { primary: 75, secondary: 50, tertiary: 25 } })).tier).toBe("primary");
  });

  it("rejects thresholds that are not strictly decreasing or outside 0-100", () => {
    for (const tiers of [
      { primary: 60, secondary: 60, tertiary: 40 },
      { primary: 80, secondary: 40, tertiary: 60 },
      { primary: 101, secondary: 60, tertiary: 40 },
      { primary: 80, secondary: 60, tertiary: -1 },
    ]) {
      expect(() => compileIcp(icpOf(rules, { tiers })), JSON.stringify(tiers)).toThrow(/tiers/);
    }
  });
});

describe("grades", () => {
  it("gradeFor combines a fit letter and an engagement digit", () => {
    const cases: Array<[number, number, string]> = [
      [80, 60, "A1"], [100, 59, "A2"], [79, 30, "B2"], [60, 29, "B3"], [59, 100, "C1"], [40, 0, "C3"], [39, 60, "D1"], [0, 0, "D3"],
    ];
    for (const [fit, engagement, grade] of cases) expect(gradeFor(fit, engagement, DEFAULT_TIERS, DEFAULT_GRADES)).toBe(grade);
    expect(gradeFor(85, 45, { primary: 90, secondary: 80, tertiary: 70 }, { engagementHigh: 40, engagementMedium: 20 })).toBe("B1");
  });

  const fit: RuleInput[] = [
    { id: "industry", field: "firmographic.industry", op: "eq", value: "Software", points: 60 },
    { id: "size", field: "firmographic.employees", op: "gte", value: 50, points: 40 },
  ];
  const engagement: RuleInput[] = [
    { id: "active", field: "behavioral.lastActivityAt", op: "withinDays", value: 30, points: 20, axis: "engagement" },
    { id: "visits", field: "behavioral.visits", op: "gte", value: 5, points: 20, axis: "engagement" },
  ];

  it("scores fit and engagement over their own rules and grades the lead", () => {
    const icp = icpOf([...fit, ...engagement]);
    expect(compileIcp(icp).hasEngagement).toBe(true);
    const lead = { firmographic: { industry: "Software", employees: 10 }, behavioral: { lastActivityAt: daysAgo(3), visits: 1 } };
    const result = scoreLead(lead, icp, { now: NOW });
    expect(result).toMatchObject({ fit: 60, engagement: 50, grade: "B2", points: 80, maxPoints: 140, score: 57, tier: "tertiary" });
  });

  it("uses the ICP's tier and grade thresholds", () => {
    const icp = icpOf([...fit, ...engagement], { tiers: { primary: 60, secondary: 50, tertiary: 10 }, grades: { engagementHigh: 50, engagementMedium: 10 } });
    const lead = { firmographic: { industry: "Software" }, behavioral: { visits: 9 } };
    expect(scoreLead(lead, icp, { now: NOW })).toMatchObject({ fit: 100, engagement: 100, grade: "A1" });
    const cold = { firmographic: { industry: "Software", employees: 5 }, behavioral: { visits: 0, lastActivityAt: daysAgo(99) } };
    expect(scoreLead(cold, icp, { now: NOW })).toMatchObject({ fit: 60, engagement: 0, grade: "A3" });
  });

  it("gives unknown engagement a 0 and a 3", () => {
    const result = scoreLead({ firmographic: { industry: "Software", employees: 80 } }, icpOf([...fit, ...engagement]), { now: NOW });
    expect(result).toMatchObject({ fit: 100, engagement: 0, grade: "A3", score: 100 });
  });

  it("leaves fit, engagement and grade out when no scoring rule is on the engagement axis", () => {
    const knockout: RuleInput = { id: "bot", field: "behavioral.events", op: "includesAny", value: ["bot"], effect: "exclude", axis: "engagement" };
    const icp = icpOf([...fit, knockout]);
    expect(compileIcp(icp).hasEngagement).toBe(false);
    const result = scoreLead({ firmographic: { industry: "Software" } }, icp);
    expect(result).not.toHaveProperty("fit");
    expect(result).not.toHaveProperty("engagement");
    expect(result).not.toHaveProperty("grade");
  });
});
