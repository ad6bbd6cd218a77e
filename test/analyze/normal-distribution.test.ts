import { describe, expect, it } from "vitest";
import { normalCdf, normalQuantile, twoSidedP } from "../../src/analyze/normal-distribution.js";

// Reference values: R 4.2 pnorm / qnorm, printed with 17 significant digits.
describe("normalCdf", () => {
  it.each([
    [-8, 6.2209605742717849e-16],
    [-5, 2.8665157187919391e-7],
    [-3, 0.0013498980316300946],
    [-1.96, 0.024997895148220428],
    [-1, 0.15865525393145705],
    [0, 0.5],
    [0.5, 0.69146246127401301],
    [1.96, 0.97500210485177963],
    [6, 0.9999999990134123],
  ])("pnorm(%d)", (x, expected) => {
    expect(Math.abs(normalCdf(x) - expected) / expected).toBeLessThan(1e-8);
  });

  it("is 0 and 1 far out, NaN for NaN", () => {
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
    expect(normalCdf(Number.NaN)).toBeNaN();
  });
});

describe("normalQuantile", () => {
  it.each([
    [1e-12, -7.0344838253011321],
    [1e-6, -4.7534243088228987],
    [0.001, -3.0902323061678132],
    [0.025, -1.9599639845400538],
    [0.1, -1.2815515655446008],
    [0.8, 0.84162123357291441],
    [0.975, 1.9599639845400536],
  ])("qnorm(%d)", (p, expected) => {
    expect(Math.abs(normalQuantile(p) - expected)).toBeLessThan(1e-9 * Math.abs(expected));
  });

  it("is infinite at 0 and 1 and NaN outside", () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(-0.1)).toBeNaN();
  });
});

describe("twoSidedP", () => {
  it("gives pROC's p for its roc.test Z (2 * pnorm(-2.20898359144091) in R)", () => {
    expect(twoSidedP(2.20898359144091)).toBeCloseTo(0.027175782229188, 13);
    expect(twoSidedP(-2.20898359144091)).toBeCloseTo(0.027175782229188, 13);
    expect(twoSidedP(0)).toBe(1);
    expect(twoSidedP(Infinity)).toBe(0);
  });
});
