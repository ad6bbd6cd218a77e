import { describe, expect, it } from "vitest";
import { compareProfiles, profileCustomers, simulateTiers } from "../../src/analyze/index.js";
import { defineIcp } from "../../src/index.js";
import { calibrationChart, gainsChart, liftBars, profileVsIcpChart, scoreHistogram, tierDistributionChart } from "../../src/report/index.js";
import { comparison, derived, evaluation, outcomes, results } from "./fixtures.js";

const count = (svg: string, pattern: RegExp): number => (svg.match(pattern) ?? []).length;
const wellFormed = (svg: string): void => {
  expect(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")).toBe(true);
  expect(svg.endsWith("</svg>")).toBe(true);
  expect(svg).toMatch(/<title>[^<]+<\/title>/);
  expect(svg).not.toMatch(/NaN|undefined|Infinity/);
  expect(count(svg, /<rect\b/g)).toBe(count(svg, /<\/rect>|<rect\b[^>]*\/>/g));
};

describe("SVG charts", () => {
  it("tierDistributionChart draws one bar per tier from an evaluation, a simulation or counts", () => {
    const svg = tierDistributionChart(evaluation);
    wellFormed(svg);
    const extra = ["insufficient-data", "disqualified"].filter((tier) => evaluation.tierDistribution[tier as "disqualified"] > 0).length;
    expect(count(svg, /class="bar"/g)).toBe(4 + extra);
    expect(count(tierDistributionChart({ ...evaluation, tierDistribution: { ...evaluation.tierDistribution, disqualified: 3 } }), /data-tier="disqualified"/g)).toBe(1);
    expect(count(tierDistributionChart(simulateTiers([10, 50, 90])), /class="bar"/g)).toBe(4);
    expect(count(tierDistributionChart({ primary: 1, secondary: 2 }), /class="bar"/g)).toBe(2);
  });

  it("scoreHistogram stacks outcomes and marks thresholds", () => {
    const svg = scoreHistogram(results, { outcomes, bins: 10, thresholds: { primary: 80, secondary: 60, tertiary: 40 } });
    wellFormed(svg);
    expect(count(svg, /class="bar"/g)).toBeGreaterThan(3);
    expect(count(svg, /class="threshold"/g)).toBe(3);
    expect(svg).toContain("converted");
  });

  it("gainsChart draws a curve per evaluation and the random diagonal", () => {
    const svg = gainsChart([{ label: "derived", evaluation }, { label: "copy", evaluation }]);
    wellFormed(svg);
    expect(count(svg, /class="gains-curve"/g)).toBe(2);
    expect(count(svg, /class="baseline"/g)).toBe(1);
    expect(count(svg, /<circle/g)).toBe(20);
  });

  it("calibrationChart draws a bar per score band and the base rate", () => {
    const svg = calibrationChart(evaluation);
    wellFormed(svg);
    expect(count(svg, /class="bar"/g)).toBe(evaluation.calibration.length);
    expect(svg).toContain("base rate");
  });

  it("liftBars and profileVsIcpChart accept analysis results and escape labels", () => {
    wellFormed(liftBars(derived));
    wellFormed(liftBars(comparison, { limit: 5 }));
    expect(count(liftBars(comparison, { limit: 5 }), /class="bar"/g)).toBe(5);
    const risky = liftBars([{ label: "<script>alert(1)</script>", lift: 2 }]);
    expect(risky).not.toContain("<script>");
    expect(risky).toContain("&lt;script&gt;");
    const svg = profileVsIcpChart(comparison, { icp: derived.icp, limit: 6 });
    wellFormed(svg);
    expect(count(svg, /class="bar best"/g)).toBe(6);
    expect(svg).toContain("★");
  });

  it("profileVsIcpChart stars a value the ICP names in another case or form, as the engine matches it", () => {
    const city = (name: string): unknown => ({ attributes: { city: name } });
    const all = [city("ISTANBUL"), city("ISTANBUL"), city("Köln"), city("Köln")];
    const versus = compareProfiles(profileCustomers(all.slice(0, 2)), profileCustomers(all), { minSupport: 1 });
    const icp = { id: "c", version: "1", name: "C", rules: [{ id: "city", field: "attributes.city", op: "eq", value: "İstanbul", points: 5 }] } as const;
    expect(profileVsIcpChart(versus, { icp: defineIcp(icp) })).toContain("★ city = ISTANBUL");
  });

  it("is deterministic", () => {
    expect(gainsChart(evaluation)).toBe(gainsChart(evaluation));
  });
});
