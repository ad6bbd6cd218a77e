import type { GradeThresholds, TierThresholds } from "../schema/tiers.js";
import type { Tier } from "../schema/result.js";
import { isObject, wrongArgument } from "./arguments.js";

/** Tier thresholds used when an ICP sets none: primary >= 80, secondary >= 60, tertiary >= 40.
 *
 * @example
 * ```ts
 * import { DEFAULT_TIERS } from "icpfit";
 * DEFAULT_TIERS.primary; // 80
 * ```
 */
export const DEFAULT_TIERS: Readonly<TierThresholds> = Object.freeze({ primary: 80, secondary: 60, tertiary: 40 });

/** Engagement thresholds for grades when an ICP sets none: 1 at >= 60, 2 at >= 30, 3 below.
 *
 * @example
 * ```ts
 * import { DEFAULT_GRADES } from "icpfit";
 * DEFAULT_GRADES.engagementHigh; // 60
 * ```
 */
export const DEFAULT_GRADES: Readonly<GradeThresholds> = Object.freeze({ engagementHigh: 60, engagementMedium: 30 });

/** The `minConfidence` used when an ICP sets none.
 *
 * @example
 * ```ts
 * import { DEFAULT_MIN_CONFIDENCE } from "icpfit";
 * DEFAULT_MIN_CONFIDENCE; // 0.5
 * ```
 */
export const DEFAULT_MIN_CONFIDENCE = 0.5;

/** Tiers from best to worst, the order {@link compareResults} and `matchIcps` sort by.
 *
 * @example
 * ```ts
 * import { TIER_ORDER } from "icpfit";
 * TIER_ORDER[0]; // "primary"
 * ```
 */
export const TIER_ORDER: readonly Tier[] = Object.freeze([
  "primary",
  "secondary",
  "tertiary",
  "unqualified",
  "insufficient-data",
  "disqualified",
]);

/**
 * The tier for a score: `disqualified` if a knockout fired, `insufficient-data` when confidence is
 * below `minConfidence`, otherwise the highest tier whose threshold the score reaches
 * (score >= threshold), else `unqualified`.
 *
 * @example
 * ```ts
 * import { tierFor } from "icpfit";
 * tierFor(72, { primary: 80, secondary: 60, tertiary: 40 }); // "secondary"
 * ```
 */
export function tierFor(
  score: number,
  thresholds: TierThresholds,
  state?: { readonly confidence?: number; readonly minConfidence?: number; readonly disqualified?: boolean },
): Tier {
  if (!isObject(thresholds)) throw wrongArgument(["thresholds"], "tier thresholds ({ primary, secondary, tertiary })", thresholds);
  // No `= {}` default: the scorer calls this per lead without a state, and the default is an object each time.
  if (state !== undefined) {
    if (!isObject(state)) throw wrongArgument(["state"], "an object ({ confidence, minConfidence, disqualified }) or nothing", state);
    if (state.disqualified === true) return "disqualified";
    if ((state.confidence ?? 1) < (state.minConfidence ?? 0)) return "insufficient-data";
  }
  if (score >= thresholds.primary) return "primary";
  if (score >= thresholds.secondary) return "secondary";
  if (score >= thresholds.tertiary) return "tertiary";
  return "unqualified";
}

/**
 * The two-character grade: a fit letter A–D (A at the primary threshold, B at secondary, C at
 * tertiary, D below) and an engagement digit 1–3 (1 at `engagementHigh`, 2 at `engagementMedium`,
 * 3 below). "A1" is the best lead: ideal fit, highly engaged.
 *
 * @example
 * ```ts
 * import { gradeFor } from "icpfit";
 * gradeFor(85, 20, { primary: 80, secondary: 60, tertiary: 40 }, { engagementHigh: 60, engagementMedium: 30 }); // "A3"
 * ```
 */
export function gradeFor(fit: number, engagement: number, tiers: TierThresholds, grades: GradeThresholds): string {
  if (!isObject(tiers)) throw wrongArgument(["tiers"], "tier thresholds ({ primary, secondary, tertiary })", tiers);
  if (!isObject(grades)) throw wrongArgument(["grades"], "grade thresholds ({ engagementHigh, engagementMedium })", grades);
  const letter = fit >= tiers.primary ? "A" : fit >= tiers.secondary ? "B" : fit >= tiers.tertiary ? "C" : "D";
  const digit = engagement >= grades.engagementHigh ? "1" : engagement >= grades.engagementMedium ? "2" : "3";
  return letter + digit;
}
