import { describe, expect, it } from "vitest";
import { compareProfiles, profileCustomers } from "../../src/analyze/index.js";

const all = [
  ...Array.from({ length: 20 }, (_, i) => ({ firmographic: { industry: i < 5 ? "Software" : "Retail", employees: 10 * (i + 1) } })),
];
const best = all.filter((_, i) => i < 5 || i === 10);

describe("compareProfiles", () => {
  const comparison = compareProfiles(profileCustomers(best), profileCustomers(all), { minSupport: 1 });

  it("gives share among best, share among all and their lift per value", () => {
    const software = comparison.values.find((v) => v.value === "Software");
    expect(software).toMatchObject({ field: "firmographic.industry", bestCount: 5, allCount: 5, bestShare: 0.833333, allShare: 0.25, support: 5 });
    expect(software?.lift).toBeCloseTo(3.3333, 3);
  });

  it("matches a value among the best with its folded form among all", () => {
    const everyone = [...Array.from({ length: 4 }, () => ({ attributes: { city: "ISTANBUL" } })), ...Array.from({ length: 4 }, () => ({ attributes: { city: "Köln" } }))];
    const top = [{ attributes: { city: "İstanbul" } }, { attributes: { city: "istanbul" } }];
    const istanbul = compareProfiles(profileCustomers(top), profileCustomers(everyone), { minSupport: 1 }).values[0];
    expect(istanbul).toMatchObject({ value: "İstanbul", bestCount: 2, allCount: 4, lift: 2 });
  });

  it("sorts values by lift, highest first", () => {
    const lifts = comparison.values.map((v) => v.lift);
    expect([...lifts].sort((a, b) => b - a)).toEqual(lifts);
  });

  it("puts numeric quantiles side by side with the median shift in IQRs", () => {
    const employees = comparison.attributes.find((a) => a.field === "firmographic.employees");
    expect(employees?.numeric?.best.median).toBe(35);
    expect(employees?.numeric?.all.median).toBe(105);
    expect(employees?.numeric?.medianShift).toBeLessThan(0);
  });

  it("drops values below minSupport", () => {
    const strict = compareProfiles(profileCustomers(best), profileCustomers(all), { minSupport: 2 });
    expect(strict.values.map((v) => v.value)).toEqual(["Software"]);
  });

  it("rejects a negative minSupport", () => {
    expect(() => compareProfiles(profileCustomers(best), profileCustomers(all), { minSupport: -1 })).toThrow(/minSupport/);
  });
});
