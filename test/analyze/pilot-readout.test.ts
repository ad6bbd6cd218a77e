import { describe, expect, it } from "vitest";
import { pilotReadout } from "../../src/analyze/index.js";

describe("pilotReadout", () => {
  it("reads out Newcombe's example as a pilot", () => {
    const readout = pilotReadout({ targeted: { leads: 70, conversions: 56 }, control: { leads: 80, conversions: 48 } });
    expect(readout).toMatchObject({
      targeted: { leads: 70, conversions: 56, conversion: 0.8, low: 0.691834, high: 0.876953 },
      control: { conversion: 0.6 },
      difference: 0.2,
      low: 0.052431,
      high: 0.333873,
      relativeUplift: 0.333333,
      verdict: "targeted-better",
    });
    expect(readout.pValue).toBeCloseTo(0.0080450813682, 11);
    expect(readout.summary).toBe("The targeted arm converts better: targeted 80.0% (56 of 70) against control 60.0% (48 of 80), a difference of +20.0 points (95% CI +5.2 to +33.4 points; p = 0.008).");
  });

  it("says no significant difference when p >= alpha, with the leads an answer would take", () => {
    const readout = pilotReadout({ targeted: { leads: 300, conversions: 36 }, control: { leads: 300, conversions: 30 } }, { uplift: 0.02 });
    expect(readout.verdict).toBe("no-significant-difference");
    expect(readout.low).toBeLessThan(0);
    expect(readout.sampleSize).toEqual({ baseRate: 0.1, uplift: 0.02, alpha: 0.05, power: 0.8, perArm: 3841 });
    expect(readout.summary).toMatch(/^No significant difference: .* The pilot does not show that targeting changes conversion\. Detecting an uplift of \+2\.0 points from 10\.0% with 80% power takes 3,841 leads per arm\.$/);
  });

  it("plans with power.prop.test's example: 77 leads per arm for 50% → 75% at 90% power", () => {
    const readout = pilotReadout({ targeted: { leads: 20, conversions: 15 }, control: { leads: 20, conversions: 10 } }, { uplift: 0.25, power: 0.9 });
    expect(readout.sampleSize?.perArm).toBe(77);
  });

  it("reads out each tier present in both arms, best first", () => {
    const readout = pilotReadout({
      targeted: { leads: 400, conversions: 60, byTier: { secondary: { leads: 250, conversions: 25 }, primary: { leads: 150, conversions: 35 } } },
      control: { leads: 400, conversions: 40, byTier: { primary: { leads: 140, conversions: 20 }, secondary: { leads: 240, conversions: 18 }, tertiary: { leads: 20, conversions: 2 } } },
    });
    expect(readout.byTier.map((row) => row.tier)).toEqual(["primary", "secondary"]);
    expect(readout.byTier[0]).toMatchObject({ targeted: { conversion: 0.233333 }, control: { conversion: 0.142857 } });
    expect(readout.warnings).toEqual(["Tiers without leads in both arms, left out of the per-tier readout: tertiary"]);
  });

  it("warns about arms with fewer than 5 conversions", () => {
    const readout = pilotReadout({ targeted: { leads: 30, conversions: 3 }, control: { leads: 30, conversions: 1 } });
    expect(readout.warnings.join(" ")).toMatch(/The targeted arm has 3 conversions/);
    expect(readout.sampleSize).not.toBeNull();
  });

  it("rejects counts that cannot be, naming the field", () => {
    expect(() => pilotReadout({ targeted: { leads: 10, conversions: 11 }, control: { leads: 10, conversions: 1 } })).toThrow(expect.objectContaining({ code: "INVALID_OPTIONS", issues: [expect.objectContaining({ path: ["targeted", "conversions"] })] }));
    expect(() => pilotReadout({ targeted: { leads: 0, conversions: 0 }, control: { leads: 10, conversions: 1 } })).toThrow(/leads of at least 1/);
    expect(() => pilotReadout({ targeted: { leads: 10, conversions: 1.5 }, control: { leads: 10, conversions: 1 } })).toThrow(/whole number of conversions/);
    expect(() => pilotReadout({ targeted: { leads: 10, conversions: 1 }, control: { leads: 10, conversions: 1 } }, { alpha: 1 })).toThrow(/alpha/);
    expect(() => pilotReadout({ targeted: { leads: 10, conversions: 1 }, control: { leads: 10, conversions: 1 } }, { uplift: 2 })).toThrow(/uplift/);
  });
});
