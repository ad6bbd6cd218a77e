import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rocAuc } from "../../src/analyze/index.js";

const labelled = fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.boolean()), { minLength: 2, maxLength: 200 }).filter((rows) => rows.some(([, y]) => y) && rows.some(([, y]) => !y));

describe("rocAuc properties", () => {
  it("lies in [0, 1]", () => {
    fc.assert(fc.property(labelled, (rows) => {
      const auc = rocAuc(rows.map(([s]) => s), rows.map(([, y]) => y));
      expect(auc).toBeGreaterThanOrEqual(0);
      expect(auc).toBeLessThanOrEqual(1);
    }));
  });

  it("is 1 for a perfect ranking and 0 for a reversed one", () => {
    fc.assert(fc.property(labelled, (rows) => {
      const outcomes = rows.map(([, y]) => y);
      expect(rocAuc(outcomes.map((y, i) => (y ? 1000 + i : i)), outcomes)).toBe(1);
      expect(rocAuc(outcomes.map((y, i) => (y ? i : 1000 + i)), outcomes)).toBe(0);
    }));
  });

  it("is 0.5 when every score ties", () => {
    fc.assert(fc.property(labelled, (rows) => {
      expect(rocAuc(rows.map(() => 7), rows.map(([, y]) => y))).toBe(0.5);
    }));
  });

  it("equals the brute-force pair count", () => {
    fc.assert(fc.property(labelled, (rows) => {
      let wins = 0;
      let pairs = 0;
      for (const [sp, yp] of rows) for (const [sn, yn] of rows) if (yp && !yn) {
        pairs++;
        wins += sp > sn ? 1 : sp === sn ? 0.5 : 0;
      }
      expect(rocAuc(rows.map(([s]) => s), rows.map(([, y]) => y))).toBeCloseTo(wins / pairs, 10);
    }));
  });

  it("skips null outcomes and is NaN with one class", () => {
    expect(rocAuc([1, 2, 3], [null, false, true])).toBe(1);
    expect(rocAuc([1, 2], [true, true])).toBeNaN();
  });
});
