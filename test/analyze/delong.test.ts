import { describe, expect, it } from "vitest";
import { delong, midranks } from "../../src/analyze/delong.js";
import { normalQuantile, twoSidedP } from "../../src/analyze/normal-distribution.js";
import { loadAsah } from "./asah-fixture.js";

/*
 * Reference values: pROC (R), on its aSAH data (test/fixtures/asah, with source and licence).
 * roc.test / auc / ci.auc values are the ones pROC's own test suite asserts
 * (tests/testthat/test-roc.test.R, test-auc.R, test-ci.auc.R); the s100b and wfns AUCs
 * 0.7314 / 0.8237 are the ones pROC's documentation prints for roc.test(roc1, roc2).
 * pROC's roc() orients each predictor with cases (Poor) above controls (Good), as these are.
 */
const rows = loadAsah();
const poor = rows.map((row) => row.poor);
const wfns = rows.map((row) => row.wfns);
const s100b = rows.map((row) => row.s100b);
const ndka = rows.map((row) => row.ndka);

/** pROC's roc.test(first, second): Z, p and the interval of AUC(first) − AUC(second). */
function rocTest(first: number[], second: number[]): { z: number; p: number; low: number; high: number } {
  const { aucs, covariance } = delong([first, second], poor);
  const se = Math.sqrt((covariance[0]?.[0] ?? 0) + (covariance[1]?.[1] ?? 0) - 2 * (covariance[0]?.[1] ?? 0));
  const difference = (aucs[0] ?? 0) - (aucs[1] ?? 0);
  const z = normalQuantile(0.975);
  return { z: difference / se, p: twoSidedP(difference / se), low: difference - z * se, high: difference + z * se };
}

describe("delong against pROC on aSAH", () => {
  it("reads the 113 patients, 41 with a poor outcome", () => {
    expect(rows).toHaveLength(113);
    expect(poor.filter(Boolean)).toHaveLength(41);
  });

  it("gives pROC's AUCs (0.7314 s100b, 0.8237 wfns, 0.6120 ndka)", () => {
    const { aucs } = delong([s100b, wfns, ndka], poor);
    expect(aucs[0]).toBeCloseTo(0.731368563685637, 12);
    expect(aucs[1]).toBeCloseTo(0.823678861788618, 12);
    expect(aucs[2]).toBeCloseTo(0.611957994579946, 12);
  });

  it("gives pROC's DeLong confidence interval of the ndka AUC (ci.auc)", () => {
    const { aucs, covariance } = delong([ndka], poor);
    const se = Math.sqrt(covariance[0]?.[0] ?? 0);
    const z = normalQuantile(0.975);
    expect((aucs[0] ?? 0) - z * se).toBeCloseTo(0.501244999271703, 10);
    expect((aucs[0] ?? 0) + z * se).toBeCloseTo(0.722670989888189, 10);
  });

  it.each([
    ["wfns vs s100b", wfns, s100b, 2.20898359144091, 0.0271757822291882, 0.0104061769564846, 0.174214419249478],
    ["wfns vs ndka", wfns, ndka, 2.79777591868904, 0.00514557970691098, 0.0634011709339876, 0.3600405634833566],
    ["ndka vs s100b", ndka, s100b, -1.39077002573558, 0.164295175223054, -0.2876917446341914, 0.0488706064228094],
  ])("roc.test %s: Z, p and the interval of the difference", (_, first, second, z, p, low, high) => {
    const result = rocTest(first, second);
    expect(result.z).toBeCloseTo(z, 10);
    expect(result.p).toBeCloseTo(p, 10);
    expect(result.low).toBeCloseTo(low, 10);
    expect(result.high).toBeCloseTo(high, 10);
  });

  it("gives Z = 0 and p = 1 for identical curves, as pROC does", () => {
    const result = rocTest(wfns, wfns);
    expect(Number.isNaN(result.z) || result.z === 0).toBe(true);
    const { covariance } = delong([wfns, wfns], poor);
    expect((covariance[0]?.[0] ?? 0) + (covariance[1]?.[1] ?? 0) - 2 * (covariance[0]?.[1] ?? 0)).toBeCloseTo(0, 15);
  });
});

describe("midranks", () => {
  it("averages the ranks of ties", () => {
    expect(midranks([10, 20, 10, 30, 20, 20])).toEqual([1.5, 4, 1.5, 6, 4, 4]);
    expect(midranks([])).toEqual([]);
  });
});

describe("delong edge cases", () => {
  it("returns NaN without both classes", () => {
    const result = delong([[1, 2, 3]], [true, true, true]);
    expect(result.aucs[0]).toBeNaN();
    expect(result.covariance[0]?.[0]).toBeNaN();
  });
});
