import { IcpError } from "../errors.js";
import { formatNumber } from "../engine/describe.js";
import { DEFAULT_TIERS, tierFor } from "../engine/tiers.js";
import type { TierThresholds } from "../schema/tiers.js";
import type { IcpResult, Tier } from "../schema/result.js";
import { ratio, roundTo } from "./statistics.js";
import { thresholdsFromShares, type ShareMatch } from "./tiers-from-shares.js";

/** One tier's share under simulated thresholds.
 *
 * @example
 * ```ts
 * import type { TierShare } from "icpfit/analyze";
 * const row: TierShare = { tier: "primary", count: 10, share: 0.1, cumulativeShare: 0.1 };
 * ```
 */
export interface TierShare {
  /** The tier. */
  readonly tier: Tier;
  /** Leads in the tier. */
  readonly count: number;
  /** Share of all leads in the tier (`count / n`), 0-1. */
  readonly share: number;
  /** Share in this tier or a better one. */
  readonly cumulativeShare: number;
  /** The tier's own target share, when the thresholds were searched from `targetShares` (primary, secondary and tertiary only). */
  readonly targetShare?: number;
}

/** The tiers a set of scores would get under some thresholds.
 *
 * @example
 * ```ts
 * import { simulateTiers, type TierSimulation } from "icpfit/analyze";
 * const simulation: TierSimulation = simulateTiers([95, 70, 50, 10], { thresholds: { primary: 90, secondary: 60, tertiary: 40 } });
 * simulation.tiers[0]?.count; // 1
 * ```
 */
export interface TierSimulation {
  /** Scores or results simulated. */
  readonly n: number;
  /** The thresholds simulated: given, the results' own or defaults, or found from `targetShares`. */
  readonly thresholds: TierThresholds;
  /** Tiers best first: primary, secondary, tertiary, unqualified, then (for results) insufficient-data and disqualified. */
  readonly tiers: readonly TierShare[];
  /** The per-tier target shares the thresholds were searched for, when given. */
  readonly targetShares?: TargetShares;
  /**
   * Plain-words caveats: a tier left empty (fewer distinct scores than tiers), two targets closest to
   * the same score, a tier more than 5 points off its target, no lead left unqualified.
   */
  readonly warnings: readonly string[];
}

/** Wanted share of leads per tier (each tier on its own, not cumulative).
 *
 * @example
 * ```ts
 * import type { TargetShares } from "icpfit/analyze";
 * const targets: TargetShares = { primary: 0.1, secondary: 0.2, tertiary: 0.3 };
 * ```
 */
export interface TargetShares {
  /** Wanted share of leads in `primary`, 0-1. */
  readonly primary: number;
  /** Wanted share of leads in `secondary` alone, 0-1. */
  readonly secondary: number;
  /** Wanted share of leads in `tertiary` alone, 0-1; the three add up to at most 1. */
  readonly tertiary: number;
}

/** Options for {@link simulateTiers}.
 *
 * @example
 * ```ts
 * import type { SimulateTiersOptions } from "icpfit/analyze";
 * const options: SimulateTiersOptions = { targetShares: { primary: 0.1, secondary: 0.2, tertiary: 0.3 } };
 * ```
 */
export interface SimulateTiersOptions {
  /**
   * Thresholds to simulate.
   * @default the results' own thresholds, else primary 80 / secondary 60 / tertiary 40
   */
  readonly thresholds?: TierThresholds;
  /**
   * Search the thresholds instead: each tier's threshold is the observed score at which the share
   * of leads in that tier or a better one comes closest to its cumulative target, keeping
   * primary > secondary > tertiary and every tier non-empty when there are at least three distinct
   * scores. With coarse scores the achieved shares can be far from the targets: see each tier's
   * `share` beside its `targetShare`, and the warnings. Overrides `thresholds`.
   */
  readonly targetShares?: TargetShares;
  /**
   * With `targetShares`: `"closest"` places each threshold where the cumulative share comes
   * closest to the target; `"atMost"` where it comes closest without going over (for a capacity:
   * "sales can work at most 35% of leads"), going over only when even the top score is shared by
   * more, or to keep a tier non-empty.
   * @default "closest"
   */
  readonly shareMatch?: ShareMatch;
}

const ORDER: readonly Tier[] = ["primary", "secondary", "tertiary", "unqualified", "insufficient-data", "disqualified"];

function checkShares(targets: TargetShares): void {
  for (const tier of ["primary", "secondary", "tertiary"] as const) {
    const share = targets[tier];
    if (!(share >= 0 && share <= 1)) {
      throw new IcpError("INVALID_OPTIONS", [{ path: ["targetShares", tier], message: `expected a share between 0 and 1, got ${String(share)}` }]);
    }
  }
  if (targets.primary + targets.secondary + targets.tertiary > 1 + 1e-9) {
    throw new IcpError("INVALID_OPTIONS", [{ path: ["targetShares"], message: "expected the three shares to add up to at most 1" }]);
  }
}

const percent = (share: number): string => `${formatNumber(roundTo(share * 100, 1))}%`;

/** Warnings for tiers whose achieved share is more than 5 points off the target (empty tiers are warned about already). */
function offTargetWarnings(tiers: readonly TierShare[], open: readonly number[], n: number): string[] {
  // A loop, not Math.max(...open): spreading a million scores overflows the call stack.
  let top = -Infinity;
  for (const score of open) top = Math.max(top, Math.min(100, score));
  const atTop = open.filter((score) => Math.min(100, score) >= top).length / n;
  return tiers.flatMap((row) => {
    if (row.targetShare === undefined || row.count === 0 || Math.abs(row.share - row.targetShare) <= 0.05) return [];
    const why = row.tier === "primary" && row.share > row.targetShare && atTop > row.targetShare
      ? `${percent(atTop)} of leads share the top score ${formatNumber(top)}`
      : "no threshold between the observed scores comes closer";
    return [`${row.tier} holds ${percent(row.share)} of leads against a target of ${percent(row.targetShare)}: ${why}`];
  });
}

/** A warning when no lead is left unqualified though the targets leave room for some. */
function noneUnqualifiedWarning(tiers: readonly TierShare[], targets: TargetShares, distinct: number): string[] {
  const rest = 1 - targets.primary - targets.secondary - targets.tertiary;
  const unqualified = tiers.find((row) => row.tier === "unqualified");
  if (unqualified === undefined || unqualified.count > 0 || rest <= 0.05) return [];
  return [`No lead is unqualified (the targets leave ${percent(rest)}): with ${distinct} distinct scores, keeping primary, secondary and tertiary non-empty puts the lowest score in tertiary`];
}

/**
 * Simulates tier thresholds on a set of scores (or results): the share of leads each tier would
 * hold, or, with `targetShares`, the thresholds at the observed scores that come closest to those
 * shares (a threshold t puts every lead scoring at least t in the tier or a better one).
 * Results that are disqualified or lack data keep that tier. Pure and deterministic.
 * Throws `INVALID_OPTIONS` for shares outside 0..1 or thresholds not in descending order.
 *
 * @example
 * ```ts
 * import { simulateTiers } from "icpfit/analyze";
 * const scores = [98, 91, 85, 77, 70, 64, 55, 48, 30, 12];
 * simulateTiers(scores, { targetShares: { primary: 0.2, secondary: 0.3, tertiary: 0.3 } }).thresholds;
 * // { primary: 91, secondary: 70, tertiary: 48 }
 * ```
 */
export function simulateTiers(scores: readonly number[] | readonly IcpResult[], options: SimulateTiersOptions = {}): TierSimulation {
  const fixed: Tier[] = [];
  const open: number[] = [];
  let ownThresholds: TierThresholds | undefined;
  for (const entry of scores) {
    if (typeof entry === "number") {
      if (!Number.isFinite(entry)) throw new IcpError("INVALID_OPTIONS", [{ path: ["scores"], message: `expected finite scores, got ${entry}` }]);
      open.push(entry);
    } else if (entry.tier === "disqualified" || entry.tier === "insufficient-data") {
      fixed.push(entry.tier);
    } else {
      ownThresholds ??= { primary: entry.thresholds.primary, secondary: entry.thresholds.secondary, tertiary: entry.thresholds.tertiary };
      open.push(entry.score);
    }
  }
  const n = scores.length;
  let warnings: string[] = [];
  let thresholds = options.thresholds ?? ownThresholds ?? DEFAULT_TIERS;
  if (options.targetShares !== undefined) {
    checkShares(options.targetShares);
    const found = open.length === 0
      ? { thresholds: DEFAULT_TIERS, warnings: ["No scores to place tier thresholds on; the defaults are used"] }
      : thresholdsFromShares(open, Math.max(1, n), options.targetShares, options.shareMatch ?? "closest");
    thresholds = found.thresholds;
    warnings = found.warnings;
  } else if (!(thresholds.primary > thresholds.secondary && thresholds.secondary > thresholds.tertiary)) {
    throw new IcpError("INVALID_OPTIONS", [{ path: ["thresholds"], message: "expected primary > secondary > tertiary" }]);
  }
  const counts = new Map<Tier, number>(ORDER.map((tier) => [tier, 0]));
  for (const score of open) {
    const tier = tierFor(score, thresholds);
    counts.set(tier, (counts.get(tier) ?? 0) + 1);
  }
  for (const tier of fixed) counts.set(tier, (counts.get(tier) ?? 0) + 1);
  let cumulative = 0;
  const targets = options.targetShares;
  const tiers = ORDER.filter((tier) => typeof scores[0] !== "number" || (tier !== "disqualified" && tier !== "insufficient-data")).map((tier): TierShare => {
    const count = counts.get(tier) ?? 0;
    cumulative += count;
    const row = { tier, count, share: roundTo(ratio(count, n), 6), cumulativeShare: roundTo(ratio(cumulative, n), 6) };
    return targets !== undefined && (tier === "primary" || tier === "secondary" || tier === "tertiary") ? { ...row, targetShare: targets[tier] } : row;
  });
  if (targets !== undefined && open.length > 0) {
    warnings.push(...offTargetWarnings(tiers, open, Math.max(1, n)), ...noneUnqualifiedWarning(tiers, targets, new Set(open).size));
  }
  const simulation: TierSimulation = {
    n,
    thresholds: { primary: thresholds.primary, secondary: thresholds.secondary, tertiary: thresholds.tertiary },
    tiers,
    ...(options.targetShares !== undefined ? { targetShares: { ...options.targetShares } } : {}),
    warnings,
  };
  return simulation;
}
