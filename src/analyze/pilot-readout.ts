import { IcpError } from "../errors.js";
import { formatNumber } from "../engine/describe.js";
import type { Tier } from "../schema/result.js";
import { newcombeInterval, sampleSizePerArm, twoProportionTest, wilsonInterval } from "./proportions.js";
import { confidenceText, percentText, pointsText, pText, signed } from "./stat-words.js";
import { roundTo } from "./statistics.js";
import { TIER_ORDER } from "./tier-migration.js";

/** Leads and conversions in one arm of a pilot (or one tier of it).
 *
 * @example
 * ```ts
 * import type { PilotCounts } from "icpfit/analyze";
 * const counts: PilotCounts = { leads: 400, conversions: 52 };
 * ```
 */
export interface PilotCounts {
  /** Leads (or accounts) in the arm. */
  readonly leads: number;
  /** Of those, how many converted. */
  readonly conversions: number;
}

/** One arm of a pilot: its counts, and optionally the same counts per ICP tier.
 *
 * @example
 * ```ts
 * import type { PilotArm } from "icpfit/analyze";
 * const arm: PilotArm = { leads: 400, conversions: 52, byTier: { primary: { leads: 150, conversions: 31 }, secondary: { leads: 250, conversions: 21 } } };
 * ```
 */
export interface PilotArm extends PilotCounts {
  /** The same counts per tier, for a readout per tier (tiers present in both arms). */
  readonly byTier?: Partial<Record<Tier, PilotCounts>>;
}

/** An arm's conversion with its Wilson score interval.
 *
 * @example
 * ```ts
 * import type { ArmConversion } from "icpfit/analyze";
 * const arm: ArmConversion = { leads: 70, conversions: 56, conversion: 0.8, low: 0.6918, high: 0.877 };
 * ```
 */
export interface ArmConversion extends PilotCounts {
  /** `conversions / leads`, 0-1. */
  readonly conversion: number;
  /** Lower bound of the Wilson score interval. */
  readonly low: number;
  /** Upper bound of the Wilson score interval. */
  readonly high: number;
}

/** Targeted against control: the difference of conversion rates, its interval and the test.
 *
 * @example
 * ```ts
 * import type { PilotComparison } from "icpfit/analyze";
 * const significant = (comparison: PilotComparison): boolean => comparison.low > 0 || comparison.high < 0;
 * ```
 */
export interface PilotComparison {
  /** The targeted arm (the campaign on ICP-matched accounts). */
  readonly targeted: ArmConversion;
  /** The control arm. */
  readonly control: ArmConversion;
  /** Targeted conversion minus control conversion (an absolute difference, 0.05 = 5 points). */
  readonly difference: number;
  /** Lower bound of Newcombe's hybrid score interval of the difference. */
  readonly low: number;
  /** Upper bound of that interval. */
  readonly high: number;
  /** `targeted / control − 1`; null when the control converted nobody. */
  readonly relativeUplift: number | null;
  /** Pooled two-proportion z statistic (z² is R's `prop.test(..., correct = FALSE)` X-squared). */
  readonly z: number;
  /** Two-sided p-value of `z`. */
  readonly pValue: number;
}

/** One tier's readout.
 *
 * @example
 * ```ts
 * import type { TierPilotComparison } from "icpfit/analyze";
 * const label = (row: TierPilotComparison): string => `${row.tier}: ${(row.difference * 100).toFixed(1)} points`;
 * ```
 */
export interface TierPilotComparison extends PilotComparison {
  /** The tier. */
  readonly tier: Tier;
}

/** The leads per arm a pilot needs to detect an uplift.
 *
 * @example
 * ```ts
 * import type { SampleSizePlan } from "icpfit/analyze";
 * const plan: SampleSizePlan = { baseRate: 0.1, uplift: 0.02, alpha: 0.05, power: 0.8, perArm: 3841 };
 * ```
 */
export interface SampleSizePlan {
  /** The control's conversion rate the plan starts from. */
  readonly baseRate: number;
  /** The absolute uplift to detect (0.02 = 2 points). */
  readonly uplift: number;
  /** Two-sided significance level. */
  readonly alpha: number;
  /** Chance of detecting the uplift when it is real. */
  readonly power: number;
  /** Leads needed in each arm (rounded up). */
  readonly perArm: number;
}

/** What the pilot supports.
 *
 * @example
 * ```ts
 * import type { PilotVerdict } from "icpfit/analyze";
 * const verdict: PilotVerdict = "targeted-better";
 * ```
 */
export type PilotVerdict = "targeted-better" | "control-better" | "no-significant-difference";

/** A pilot campaign's readout.
 *
 * @example
 * ```ts
 * import type { PilotReadout } from "icpfit/analyze";
 * const headline = (readout: PilotReadout): string => readout.summary;
 * ```
 */
export interface PilotReadout extends PilotComparison {
  /** Significance level; the intervals are at 1 − alpha. */
  readonly alpha: number;
  /** What the test supports: a winner only when p < alpha. */
  readonly verdict: PilotVerdict;
  /** Leads per arm to detect `options.uplift` (else the observed uplift when positive) from the control's rate; null when there is no uplift to plan for. */
  readonly sampleSize: SampleSizePlan | null;
  /** The readout per tier present in both arms, best tier first; empty without `byTier`. */
  readonly byTier: readonly TierPilotComparison[];
  /** The result in plain words. */
  readonly summary: string;
  /** Caveats: small arms, few conversions, tiers missing from one arm. */
  readonly warnings: readonly string[];
}

/** Options for {@link pilotReadout}.
 *
 * @example
 * ```ts
 * import type { PilotReadoutOptions } from "icpfit/analyze";
 * const options: PilotReadoutOptions = { alpha: 0.05, power: 0.9, uplift: 0.03 };
 * ```
 */
export interface PilotReadoutOptions {
  /**
   * Two-sided significance level; intervals are at 1 − alpha.
   * @default 0.05
   */
  readonly alpha?: number;
  /**
   * Power for the sample-size plan.
   * @default 0.8
   */
  readonly power?: number;
  /**
   * Absolute uplift in conversion rate to plan the sample size for (0.02 = 2 points).
   * @default the observed difference, when positive
   */
  readonly uplift?: number;
}

function checkCounts(counts: PilotCounts | undefined, path: readonly (string | number)[]): PilotCounts {
  const leads = counts?.leads;
  const conversions = counts?.conversions;
  if (typeof leads !== "number" || !Number.isInteger(leads) || leads < 1) {
    throw new IcpError("INVALID_OPTIONS", [{ path: [...path, "leads"], message: `expected a whole number of leads of at least 1, got ${String(leads)}` }]);
  }
  if (typeof conversions !== "number" || !Number.isInteger(conversions) || conversions < 0 || conversions > leads) {
    throw new IcpError("INVALID_OPTIONS", [{ path: [...path, "conversions"], message: `expected a whole number of conversions from 0 to ${leads}, got ${String(conversions)}` }]);
  }
  return { leads, conversions };
}

function checkShare(value: number | undefined, name: string, fallback: number): number {
  const share = value ?? fallback;
  if (!(share > 0 && share < 1)) throw new IcpError("INVALID_OPTIONS", [{ path: [name], message: `expected a number between 0 and 1, got ${String(value)}` }]);
  return share;
}

function arm(counts: PilotCounts, alpha: number): ArmConversion {
  const { low, high } = wilsonInterval(counts.conversions, counts.leads, alpha);
  return { ...counts, conversion: roundTo(counts.conversions / counts.leads, 6), low: roundTo(low, 6), high: roundTo(high, 6) };
}

function compare(targeted: PilotCounts, control: PilotCounts, alpha: number): PilotComparison {
  const interval = newcombeInterval(targeted.conversions, targeted.leads, control.conversions, control.leads, alpha);
  const test = twoProportionTest(targeted.conversions, targeted.leads, control.conversions, control.leads);
  const controlRate = control.conversions / control.leads;
  return {
    targeted: arm(targeted, alpha),
    control: arm(control, alpha),
    difference: roundTo(targeted.conversions / targeted.leads - controlRate, 6),
    low: roundTo(interval.low, 6),
    high: roundTo(interval.high, 6),
    relativeUplift: controlRate > 0 ? roundTo(targeted.conversions / targeted.leads / controlRate - 1, 6) : null,
    z: roundTo(test.z, 6),
    pValue: test.pValue,
  };
}

function plan(comparison: PilotComparison, alpha: number, power: number, uplift: number | undefined): SampleSizePlan | null {
  const wanted = uplift ?? (comparison.difference > 0 ? comparison.difference : undefined);
  const baseRate = comparison.control.conversion;
  if (wanted === undefined || !(wanted > 0) || baseRate + wanted >= 1) return null;
  const perArm = Math.ceil(sampleSizePerArm(baseRate + wanted, baseRate, alpha, power) - 1e-9);
  return { baseRate, uplift: wanted, alpha, power, perArm };
}

function summaryOf(readout: Omit<PilotReadout, "summary" | "warnings">): string {
  const { targeted, control, alpha } = readout;
  const rates = `targeted ${percentText(targeted.conversion)} (${formatNumber(targeted.conversions)} of ${formatNumber(targeted.leads)}) against control ${percentText(control.conversion)} (${formatNumber(control.conversions)} of ${formatNumber(control.leads)})`;
  const difference = `${pointsText(readout.difference)} (${confidenceText(alpha)} CI ${signed(readout.low * 100, 1)} to ${pointsText(readout.high)}; ${pText(readout.pValue)})`;
  const needed = readout.sampleSize === null
    ? ""
    : ` Detecting an uplift of ${pointsText(readout.sampleSize.uplift)} from ${percentText(readout.sampleSize.baseRate)} with ${percentText(readout.sampleSize.power, 0)} power takes ${formatNumber(readout.sampleSize.perArm)} leads per arm.`;
  if (readout.verdict === "no-significant-difference") {
    return `No significant difference: ${rates}, a difference of ${difference}. The pilot does not show that targeting changes conversion.${needed}`;
  }
  const which = readout.verdict === "targeted-better" ? "The targeted arm converts better" : "The control arm converts better";
  return `${which}: ${rates}, a difference of ${difference}.`;
}

function warningsOf(readout: Omit<PilotReadout, "summary" | "warnings">, skippedTiers: readonly string[]): string[] {
  const warnings: string[] = [];
  for (const [name, counts] of [["targeted", readout.targeted], ["control", readout.control]] as const) {
    const failures = counts.leads - counts.conversions;
    if (counts.conversions < 5 || failures < 5) warnings.push(`The ${name} arm has ${formatNumber(counts.conversions)} conversions and ${formatNumber(failures)} non-conversions: with fewer than 5 of either the normal approximation behind the p-value is rough (the Newcombe interval still holds up)`);
  }
  if (skippedTiers.length > 0) warnings.push(`Tiers without leads in both arms, left out of the per-tier readout: ${skippedTiers.join(", ")}`);
  return warnings;
}

/**
 * Reads out a pilot campaign run on ICP-matched accounts (`targeted`) against a control group:
 * each arm's conversion with a Wilson score interval; the difference with Newcombe's hybrid score
 * interval (method 10 of Newcombe 1998); the pooled two-proportion z test (R's
 * `prop.test(..., correct = FALSE)`); the leads per arm needed to detect an uplift at `alpha` and
 * `power` (the formula R's `power.prop.test` solves); the same per tier when both arms carry
 * `byTier`; and a verdict that names a winner only when p < alpha. Pure: counts in, plain data out.
 * Throws `INVALID_OPTIONS` for counts that are not whole numbers, conversions above leads, or
 * options out of range.
 *
 * @example
 * ```ts
 * import { pilotReadout } from "icpfit/analyze";
 * const readout = pilotReadout({ targeted: { leads: 70, conversions: 56 }, control: { leads: 80, conversions: 48 } });
 * [readout.difference, readout.low, readout.high]; // [0.2, 0.052431, 0.333873]: Newcombe (1998), 0.0524 to 0.3339
 * readout.verdict; // "targeted-better"
 * ```
 */
export function pilotReadout(arms: { readonly targeted: PilotArm; readonly control: PilotArm }, options: PilotReadoutOptions = {}): PilotReadout {
  const targeted = checkCounts(arms?.targeted, ["targeted"]);
  const control = checkCounts(arms?.control, ["control"]);
  const alpha = checkShare(options.alpha, "alpha", 0.05);
  const power = checkShare(options.power, "power", 0.8);
  if (options.uplift !== undefined && !(options.uplift > 0 && options.uplift < 1)) {
    throw new IcpError("INVALID_OPTIONS", [{ path: ["uplift"], message: `expected an absolute uplift between 0 and 1 (0.02 = 2 points), got ${String(options.uplift)}` }]);
  }
  const overall = compare(targeted, control, alpha);
  const skipped: string[] = [];
  const byTier: TierPilotComparison[] = [];
  if (arms.targeted.byTier !== undefined || arms.control.byTier !== undefined) {
    for (const tier of TIER_ORDER) {
      const a = arms.targeted.byTier?.[tier];
      const b = arms.control.byTier?.[tier];
      if (a === undefined && b === undefined) continue;
      if (a === undefined || b === undefined || a.leads === 0 || b.leads === 0) {
        skipped.push(tier);
        continue;
      }
      byTier.push({ tier, ...compare(checkCounts(a, ["targeted", "byTier", tier]), checkCounts(b, ["control", "byTier", tier]), alpha) });
    }
  }
  const verdict: PilotVerdict = overall.pValue >= alpha ? "no-significant-difference" : overall.difference > 0 ? "targeted-better" : "control-better";
  const base = { ...overall, alpha, verdict, sampleSize: plan(overall, alpha, power, options.uplift), byTier };
  const readout: PilotReadout = { ...base, summary: summaryOf(base), warnings: warningsOf(base, skipped) };
  return readout;
}
