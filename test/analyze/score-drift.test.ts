import { describe, expect, it } from "vitest";
import { scoreLeads, type IcpResult } from "../../src/index.js";
import { scoreDrift } from "../../src/analyze/index.js";

const icp = {
  id: "drift",
  version: "1",
  name: "Drift",
  rules: [
    { id: "sw", field: "firmographic.industry", op: "eq", value: "Software", points: 10 },
    { id: "size", field: "firmographic.employees", op: "gte", value: 100, points: 10 },
  ],
} as const;
const lead = (industry: string | undefined, employees: number | undefined): unknown => ({ firmographic: { ...(industry === undefined ? {} : { industry }), ...(employees === undefined ? {} : { employees }) } });
/** n leads, `software` of them in Software, employees 1..n. */
const sample = (n: number, software: number): unknown[] => Array.from({ length: n }, (_, i) => lead(i < software ? "Software" : "Retail", i + 1));

describe("scoreDrift", () => {
  it("finds no drift between a sample and itself", () => {
    const leads = sample(200, 50);
    const drift = scoreDrift({ leads }, { leads }, { icp });
    expect(drift.status).toBe("stable");
    expect(drift.score?.psi).toBe(0);
    expect(drift.tiers?.psi).toBe(0);
    expect(drift.fields.map((field) => [field.field, field.psi])).toEqual([["firmographic.industry", 0], ["firmographic.employees", 0]]);
  });

  it("computes the PSI of value shares: 50/50 → 80/20 is 0.3 ln 1.6 + 0.3 ln 2.5 = 0.4159 (act)", () => {
    const drift = scoreDrift({ leads: sample(100, 50) }, { leads: sample(100, 80) }, { fields: ["firmographic.industry"] });
    const [industry] = drift.fields;
    expect(industry?.psi).toBeCloseTo(0.3 * Math.log(1.6) + 0.3 * Math.log(2.5), 6);
    expect(industry?.status).toBe("act");
    expect(industry?.bins.map((bin) => [bin.label, bin.reference, bin.current])).toEqual([
      ["Software", 0.5, 0.8],
      ["Retail", 0.5, 0.2],
      ["(other)", 0, 0],
      ["(missing)", 0, 0],
    ]);
    expect(drift.score).toBeNull();
    expect(drift.summary).toMatch(/^Act: fields to act on: firmographic\.industry 0\.416/);
  });

  it("counts an empty bin as epsilon and treats missing values as a bin, with the coverage change", () => {
    const reference = sample(100, 50);
    const current = [...sample(90, 45), ...Array.from({ length: 10 }, () => lead(undefined, 5))];
    const [industry] = scoreDrift({ leads: reference }, { leads: current }, { fields: ["firmographic.industry"] }).fields;
    expect(industry).toMatchObject({ referenceCoverage: 1, currentCoverage: 0.9, coverageChange: -0.1 });
    const missing = industry?.bins.find((bin) => bin.label === "(missing)");
    expect(missing?.contribution).toBeCloseTo((0.1 - 0.0001) * Math.log(0.1 / 0.0001), 6);
    const looser = scoreDrift({ leads: reference }, { leads: current }, { fields: ["firmographic.industry"], epsilon: 0.01 }).fields[0];
    expect(looser?.psi).toBeLessThan(industry?.psi ?? 0);
  });

  it("bins numbers at the reference's deciles", () => {
    const reference = sample(100, 0);
    const shifted = Array.from({ length: 100 }, (_, i) => lead("Retail", i + 51));
    const [employees] = scoreDrift({ leads: reference }, { leads: shifted }, { fields: ["firmographic.employees"] }).fields;
    expect(employees?.kind).toBe("numeric");
    expect(employees?.bins.slice(0, 10).map((bin) => bin.reference)).toEqual(Array(10).fill(0.1));
    expect(employees?.bins[0]?.label).toBe("≤ 10.9");
    expect(employees?.bins.at(-2)?.current).toBe(0.6); // 91..150 lie above the reference's 90th percentile
    expect(employees?.status).toBe("act");
  });

  it("uses configurable bands", () => {
    const options = { fields: ["firmographic.industry"], bands: { watch: 0.5, act: 1 } };
    expect(scoreDrift({ leads: sample(100, 50) }, { leads: sample(100, 80) }, options).status).toBe("stable");
    expect(scoreDrift({ leads: sample(100, 50) }, { leads: sample(100, 80) }, { ...options, bands: { watch: 0.4, act: 1 } }).status).toBe("watch");
  });

  it("takes results already scored, with each tier's shift", () => {
    const reference: IcpResult[] = scoreLeads(sample(200, 100), icp);
    // Reference: 199 leads score 50 (tertiary), one 100 (primary); current: every lead scores 0.
    const current: IcpResult[] = scoreLeads(Array.from({ length: 200 }, () => lead("Retail", 5)), icp);
    const drift = scoreDrift({ results: reference }, { results: current });
    expect(drift.fields).toEqual([]);
    expect(drift.score?.status).toBe("act");
    expect(drift.tiers?.shifts.filter((shift) => shift.change !== 0)).toEqual([
      { tier: "primary", reference: 0.005, current: 0, change: -0.005 },
      { tier: "tertiary", reference: 0.995, current: 0, change: -0.995 },
      { tier: "unqualified", reference: 0, current: 1, change: 1 },
    ]);
    expect(drift.tiers?.shifts.map((shift) => shift.tier)).toEqual(["primary", "secondary", "tertiary", "unqualified", "insufficient-data", "disqualified"]);
  });

  it("warns when the samples are too small for the bands to mean much", () => {
    const drift = scoreDrift({ leads: sample(30, 10) }, { leads: sample(30, 12) }, { icp });
    expect(drift.noiseFloor).toBeGreaterThan(0.05);
    expect(drift.warnings.join(" ")).toMatch(/Small samples \(30 and 30\)/);
  });

  it("rejects nothing to compare and options out of range", () => {
    expect(() => scoreDrift({ leads: sample(10, 1) }, {}, {})).toThrow(expect.objectContaining({ code: "INVALID_OPTIONS" }));
    expect(() => scoreDrift({ leads: sample(10, 1) }, { leads: sample(10, 1) }, { bands: { watch: 0.3, act: 0.2 } })).toThrow(/watch < act/);
    expect(() => scoreDrift({ leads: sample(10, 1) }, { leads: sample(10, 1) }, { bins: 1 })).toThrow(/bins|2 to 100/);
    expect(() => scoreDrift({ leads: sample(10, 1) }, { leads: sample(10, 1) }, { epsilon: 0 })).toThrow(/epsilon|above 0/);
    expect(() => scoreDrift(null as never, { leads: [] })).toThrow(/reference/);
  });
});
