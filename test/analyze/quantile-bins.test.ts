import { describe, expect, it } from "vitest";
import { quantileBins } from "../../src/analyze/quantile-bins.js";

describe("quantileBins", () => {
  it("cuts at the reference's deciles", () => {
    const { labels, binOf } = quantileBins(Array.from({ length: 100 }, (_, i) => i + 1), 10);
    expect(labels).toHaveLength(10);
    expect(labels[0]).toBe("≤ 10.9");
    expect(labels[9]).toBe("> 90.1");
    expect([1, 10, 11, 90, 91, 1000].map(binOf)).toEqual([0, 0, 1, 8, 9, 9]);
  });

  it("gives a value holding a tenth or more of the reference a bin of its own", () => {
    // 60% of the reference scores 50: leads moving to 0 or to 55 must not share its bin.
    const reference = [...Array(60).fill(50), ...Array.from({ length: 40 }, (_, i) => 60 + i)];
    const { labels, binOf } = quantileBins(reference, 10);
    expect(labels.slice(0, 2)).toEqual(["x < 50", "= 50"]);
    expect(binOf(50)).toBe(1);
    expect(binOf(0)).toBe(0);
    // The 60% quantile falls between 50 and 60 (type 7 interpolation): 54.
    expect(labels[2]).toBe("50 < x ≤ 54");
    expect(binOf(52)).toBe(2);
    expect(binOf(55)).toBe(3);
  });

  it("has one bin for an empty reference", () => {
    const { labels, binOf } = quantileBins([], 10);
    expect(labels).toEqual(["all values"]);
    expect(binOf(3)).toBe(0);
  });
});
