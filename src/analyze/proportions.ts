import { normalCdf, normalQuantile, twoSidedP } from "./normal-distribution.js";

/*
 * Two independent proportions: Wilson's score interval for each, Newcombe's hybrid score interval
 * for their difference (method 10 of Newcombe 1998, the one he recommends), the pooled
 * two-proportion z test (R's prop.test without continuity correction: z² is its X-squared), and
 * the sample size per arm for a given difference (the formula R's power.prop.test solves, the
 * normal approximation without continuity correction; Fleiss, Levin & Paik, §4.2). Internal.
 */

/** Wilson score interval of x successes in n trials at confidence 1 − alpha. */
export function wilsonInterval(x: number, n: number, alpha: number): { low: number; high: number } {
  if (n <= 0) return { low: Number.NaN, high: Number.NaN };
  const z = normalQuantile(1 - alpha / 2);
  const p = x / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** Newcombe's hybrid score interval for p1 − p2 (x1/n1 − x2/n2), from the two Wilson intervals. */
export function newcombeInterval(x1: number, n1: number, x2: number, n2: number, alpha: number): { low: number; high: number } {
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const a = wilsonInterval(x1, n1, alpha);
  const b = wilsonInterval(x2, n2, alpha);
  const difference = p1 - p2;
  return {
    low: difference - Math.sqrt((p1 - a.low) ** 2 + (b.high - p2) ** 2),
    high: difference + Math.sqrt((a.high - p1) ** 2 + (p2 - b.low) ** 2),
  };
}

/** Pooled two-proportion z test of p1 = p2: z and the two-sided p-value (z = 0, p = 1 when both rates are 0 or both 1). */
export function twoProportionTest(x1: number, n1: number, x2: number, n2: number): { z: number; pValue: number } {
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  const difference = x1 / n1 - x2 / n2;
  if (!(se > 0)) return { z: 0, pValue: 1 };
  const z = difference / se;
  return { z, pValue: twoSidedP(z) };
}

/**
 * Leads per arm (not rounded) to detect rates p1 against p2 with a two-sided test at alpha and the
 * given power: n = (z₁₋α/₂ √(2 p̄ q̄) + z_power √(p1 q1 + p2 q2))² / (p1 − p2)².
 */
export function sampleSizePerArm(p1: number, p2: number, alpha: number, power: number): number {
  const mean = (p1 + p2) / 2;
  const zAlpha = normalQuantile(1 - alpha / 2);
  const zPower = normalQuantile(power);
  const top = zAlpha * Math.sqrt(2 * mean * (1 - mean)) + zPower * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  return (top * top) / ((p1 - p2) * (p1 - p2));
}

/** Power of the two-sided test with n leads per arm (the other tail ignored, as R's power.prop.test does by default). */
export function powerOf(p1: number, p2: number, n: number, alpha: number): number {
  const mean = (p1 + p2) / 2;
  const zAlpha = normalQuantile(1 - alpha / 2);
  return normalCdf((Math.sqrt(n) * Math.abs(p1 - p2) - zAlpha * Math.sqrt(2 * mean * (1 - mean))) / Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2)));
}
