import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { IcpResult } from "../../src/index.js";
import { compareResults } from "../../src/analyze/index.js";

const result = (score: number): IcpResult => ({ icpId: "x", icpVersion: "1", score, tier: "unqualified" }) as unknown as IcpResult;
const rows = fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.boolean()), { minLength: 4, maxLength: 150 });

describe("compareResults properties", () => {
  it("names a winner only when p < alpha, and then the one with the higher AUC", () => {
    fc.assert(
      fc.property(rows, fc.constantFrom(0.01, 0.05, 0.1), (data, alpha) => {
        const comparison = compareResults(data.map(([a]) => result(a)), data.map(([, b]) => result(b)), data.map(([, , y]) => y), { alpha });
        const { pValue, estimate } = comparison.difference;
        if (comparison.verdict === "challenger-better") expect(pValue < alpha && estimate > 0).toBe(true);
        if (comparison.verdict === "champion-better") expect(pValue < alpha && estimate < 0).toBe(true);
        if (comparison.verdict === "no-significant-difference") {
          expect(pValue).toBeGreaterThanOrEqual(alpha);
          expect(comparison.summary).toMatch(/^No significant difference/);
          // The interval of the difference then holds 0, as the test and the interval agree.
          expect(comparison.difference.low).toBeLessThanOrEqual(1e-12);
          expect(comparison.difference.high).toBeGreaterThanOrEqual(-1e-12);
        }
        if (comparison.verdict === "undetermined") expect(Number.isNaN(pValue)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("swapping champion and challenger flips the difference and keeps p", () => {
    fc.assert(
      fc.property(rows, (data) => {
        const a = data.map(([x]) => result(x));
        const b = data.map(([, y]) => result(y));
        const outcomes = data.map(([, , y]) => y);
        const forward = compareResults(a, b, outcomes);
        const backward = compareResults(b, a, outcomes);
        if (Number.isNaN(forward.difference.pValue)) return;
        expect(backward.difference.estimate).toBeCloseTo(-forward.difference.estimate, 12);
        expect(backward.difference.pValue).toBeCloseTo(forward.difference.pValue, 12);
      }),
    );
  });

  it("captures between 0 and 1, rising with the share", () => {
    fc.assert(
      fc.property(rows.filter((data) => data.some(([, , y]) => y)), (data) => {
        const capture = compareResults(data.map(([a]) => result(a)), data.map(([, b]) => result(b)), data.map(([, , y]) => y), { shares: [0.1, 0.5, 1] }).capture;
        for (const row of capture) for (const value of [row.champion, row.challenger]) expect(value).toBeGreaterThanOrEqual(0), expect(value).toBeLessThanOrEqual(1);
        expect(capture[0]?.champion ?? 0).toBeLessThanOrEqual(capture[1]?.champion ?? 0);
        expect(capture[2]?.champion).toBe(1);
      }),
    );
  });
});
