import { describe, expect, it } from "vitest";
import { newcombeInterval, powerOf, sampleSizePerArm, twoProportionTest, wilsonInterval } from "../../src/analyze/proportions.js";

describe("Newcombe's hybrid score interval against published values", () => {
  // Newcombe (1998), "Interval estimation for the difference between independent proportions:
  // comparison of eleven methods", Statistics in Medicine 17:873–890, Table II, method 10, as
  // reproduced (with the HIV trial example) in WUSS 2016 paper 127, page 9, to four decimals.
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [10, 10, 0, 20, 0.6791, 1],
    [84, 101, 89, 105, -0.1177, 0.0851],
  ])("%d/%d − %d/%d", (x1, n1, x2, n2, low, high) => {
    const interval = newcombeInterval(x1, n1, x2, n2, 0.05);
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });
});

describe("the other statistics against R", () => {
  it("Wilson's interval is R's prop.test(56, 70, correct = FALSE) interval", () => {
    const interval = wilsonInterval(56, 70, 0.05);
    expect(interval.low).toBeCloseTo(0.6918336, 7);
    expect(interval.high).toBeCloseTo(0.8769526, 7);
  });

  it("z² is R's prop.test(c(56, 48), c(70, 80), correct = FALSE) X-squared, with its p", () => {
    const test = twoProportionTest(56, 70, 48, 80);
    expect(test.z * test.z).toBeCloseTo(7.023411371237, 9);
    expect(test.pValue).toBeCloseTo(0.0080450813682, 11);
  });

  it("the sample size is what R's power.prop.test solves for", () => {
    // R documentation example power.prop.test(p1 = .50, p2 = .75, power = .90): n = 76.7 per group
    // (76.7069 printed in full); power.prop.test(p1 = .10, p2 = .12, power = .80): n = 3840.847.
    expect(sampleSizePerArm(0.75, 0.5, 0.05, 0.9)).toBeCloseTo(76.7069, 3);
    expect(sampleSizePerArm(0.12, 0.1, 0.05, 0.8)).toBeCloseTo(3840.847, 2);
    expect(powerOf(0.5, 0.75, 76.7069301141077, 0.05)).toBeCloseTo(0.9, 7);
  });
});
