import { describe, expect, it } from "vitest";
import { IcpError, defineIcp } from "../../src/index.js";
import { fitWeights } from "../../src/analyze/index.js";

const icp = defineIcp({
  id: "hand",
  version: "3",
  name: "Hand-written",
  missing: "miss",
  rules: [
    { id: "software", field: "firmographic.industry", op: "eq", value: "Software", points: 10 },
    { id: "us", field: "firmographic.country", op: "eq", value: "US", points: 10 },
    { id: "size", field: "firmographic.employees", op: "gte", value: 100, falloff: 1, points: 10 },
    { id: "no-gov", field: "firmographic.industry", op: "eq", value: "Government", effect: "exclude", reason: "No public sector" },
  ],
});

// Software matters a lot, size a little, country not at all.
const leads: unknown[] = [];
const outcomes: boolean[] = [];
for (let i = 0; i < 400; i++) {
  const software = i % 2 === 0;
  const us = i % 3 === 0;
  const employees = (i % 5) * 40;
  leads.push({ firmographic: { industry: i % 50 === 7 ? "Government" : software ? "Software" : "Retail", country: us ? "US" : "DE", employees } });
  outcomes.push((software && i % 4 !== 2) || (!software && employees >= 120 && i % 7 === 0));
}

describe("fitWeights", () => {
  const fit = fitWeights(icp, leads, outcomes, { now: "2026-11-23" });

  it("returns a new version with re-estimated points and the knockout kept", () => {
    expect(fit.icp.version).toBe("3-fit");
    expect(fit.icp.reviewedAt).toBe("2026-11-23");
    const points = Object.fromEntries(fit.icp.rules.map((rule) => [rule.id, rule.points]));
    expect(points["software"]).toBeGreaterThan(points["size"] ?? 0);
    expect(Math.abs(points["us"] ?? 0)).toBeLessThan(10);
    expect(fit.icp.rules[3]).toMatchObject({ id: "no-gov", effect: "exclude" });
  });

  it("reports coefficients, odds ratios, loss and convergence", () => {
    const report = fit.report;
    expect(report.converged).toBe(true);
    expect(report.disqualified).toBe(8);
    expect(report.n).toBe(392);
    expect(report.logLoss).toBeLessThan(report.baseLogLoss);
    expect(report.coefficients.map((c) => c.ruleId)).toEqual(["software", "us", "size"]);
    const software = report.coefficients[0];
    expect(software?.oddsRatio).toBeCloseTo(Math.exp(software?.coefficient ?? 0), 3);
    expect(report.aucAfter).toBeGreaterThanOrEqual(report.aucBefore);
  });

  it("uses the custom version, and a larger penalty pulls points together", () => {
    const strong = fitWeights(icp, leads, outcomes, { l2: 500, version: "4" });
    expect(strong.icp.version).toBe("4");
    const spread = (f: typeof fit): number => Math.max(...f.report.coefficients.map((c) => c.coefficient)) - Math.min(...f.report.coefficients.map((c) => c.coefficient));
    expect(spread(strong)).toBeLessThan(spread(fit));
  });

  it("warns when the ICP scores missing data as neutral", () => {
    const neutral = fitWeights({ ...icp, missing: "neutral" }, leads, outcomes);
    expect(neutral.report.warnings.join(" ")).toMatch(/neutral/);
  });

  it("keeps JSON clean", () => {
    expect(Object.keys(fit)).toEqual(["icp", "report"]);
    expect(JSON.parse(JSON.stringify(fit)).report.l2).toBe(1);
  });

  it("rejects bad input with IcpError", () => {
    expect(() => fitWeights(icp, leads, outcomes.slice(1))).toThrow(IcpError);
    expect(() => fitWeights(icp, leads, leads.map(() => true))).toThrow(/both outcomes/);
    expect(() => fitWeights(icp, leads, outcomes, { l2: -1 })).toThrow(/l2/);
    expect(() => fitWeights({ id: "x", version: "1", name: "X", rules: [] }, leads, outcomes)).toThrow(/Invalid ICP/);
  });
});
