import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitLogistic, predictLogistic } from "../../src/analyze/index.js";

describe("fitLogistic", () => {
  it("recovers known coefficients from a large synthetic sample", () => {
    // Deterministic pseudo-random data from a fixed LCG.
    let seed = 12345;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const rows: number[][] = [];
    const y: boolean[] = [];
    for (let i = 0; i < 20000; i++) {
      const a = random() < 0.5 ? 1 : 0;
      const b = random() * 2 - 1;
      const p = 1 / (1 + Math.exp(-(-1 + 2 * a - 1.5 * b)));
      rows.push([a, b]);
      y.push(random() < p);
    }
    const fit = fitLogistic(rows, y, { l2: 0.01 });
    expect(fit.converged).toBe(true);
    expect(fit.intercept).toBeCloseTo(-1, 0);
    expect(fit.coefficients[0]).toBeCloseTo(2, 0);
    expect(fit.coefficients[1]).toBeCloseTo(-1.5, 0);
    expect(fit.iterations).toBeLessThan(15);
  });

  it("stays finite on perfectly separable data thanks to the ridge penalty", () => {
    const fit = fitLogistic([[0], [0], [1], [1]], [0, 0, 1, 1], { l2: 1 });
    expect(Number.isFinite(fit.coefficients[0] ?? Number.NaN)).toBe(true);
    expect(predictLogistic(fit, [1])).toBeGreaterThan(0.5);
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: -3, max: 3, noNaN: true }), fc.boolean()), { minLength: 4, maxLength: 40 }), (data) => {
        const rows = data.map(([x]) => [x]);
        const y = data.map(([, label]) => label);
        expect(fitLogistic(rows, y)).toEqual(fitLogistic(rows, y));
      }),
      { numRuns: 30 },
    );
  });

  it("rejects mismatched lengths and non-finite features", () => {
    expect(() => fitLogistic([[1]], [true, false])).toThrow(/one outcome per row/);
    expect(() => fitLogistic([[Number.NaN]], [true])).toThrow(/finite/);
  });
});
