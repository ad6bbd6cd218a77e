import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { delong } from "../../src/analyze/delong.js";

/*
 * The fast midrank algorithm (Sun & Xu 2014) against DeLong's structural components computed the
 * slow way: every positive compared with every negative, ties one half.
 */
function bruteForce(scores: readonly (readonly number[])[], positive: readonly boolean[]): { aucs: number[]; covariance: number[][] } {
  const xs = positive.flatMap((p, i) => (p ? [i] : []));
  const ys = positive.flatMap((p, i) => (p ? [] : [i]));
  const psi = (a: number, b: number): number => (a > b ? 1 : a === b ? 0.5 : 0);
  const v10 = scores.map((s) => xs.map((i) => ys.reduce((sum, j) => sum + psi(s[i] as number, s[j] as number), 0) / ys.length));
  const v01 = scores.map((s) => ys.map((j) => xs.reduce((sum, i) => sum + psi(s[i] as number, s[j] as number), 0) / xs.length));
  const aucs = v10.map((v) => v.reduce((a, b) => a + b, 0) / v.length);
  const cov = (a: number[], b: number[], ma: number, mb: number): number => a.reduce((sum, value, k) => sum + (value - ma) * ((b[k] as number) - mb), 0) / (a.length - 1);
  const covariance = scores.map((_, r) => scores.map((__, s) => cov(v10[r] as number[], v10[s] as number[], aucs[r] as number, aucs[s] as number) / xs.length + cov(v01[r] as number[], v01[s] as number[], aucs[r] as number, aucs[s] as number) / ys.length));
  return { aucs, covariance };
}

// Coarse scores (0..6) force many ties, as ICP scores have; a few rows hold large values.
const cases = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.oneof(fc.integer({ min: 0, max: 6 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), fc.boolean()), { minLength: 4, maxLength: 120 })
  .filter((rows) => rows.filter(([, , y]) => y).length >= 2 && rows.filter(([, , y]) => !y).length >= 2);

describe("delong properties", () => {
  it("equals the brute-force structural components (AUCs and covariance), ties included", () => {
    fc.assert(
      fc.property(cases, (rows) => {
        const scores = [rows.map(([a]) => a), rows.map(([, b]) => b)];
        const positive = rows.map(([, , y]) => y);
        const fast = delong(scores, positive);
        const slow = bruteForce(scores, positive);
        fast.aucs.forEach((auc, r) => expect(auc).toBeCloseTo(slow.aucs[r] as number, 12));
        fast.covariance.forEach((row, r) => row.forEach((value, s) => expect(value).toBeCloseTo(slow.covariance[r]?.[s] as number, 12)));
      }),
      { numRuns: 300 },
    );
  });

  it("gives a symmetric, positive semi-definite 2 × 2 covariance", () => {
    fc.assert(
      fc.property(cases, (rows) => {
        const { covariance } = delong([rows.map(([a]) => a), rows.map(([, b]) => b)], rows.map(([, , y]) => y));
        const [a = 0, b = 0] = covariance[0] ?? [];
        const [c = 0, d = 0] = covariance[1] ?? [];
        expect(b).toBeCloseTo(c, 14);
        expect(a).toBeGreaterThanOrEqual(-1e-15);
        expect(a * d - b * c).toBeGreaterThanOrEqual(-1e-12);
      }),
    );
  });
});
