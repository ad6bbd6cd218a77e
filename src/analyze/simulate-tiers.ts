import { IcpError } from "../errors.js";
import { DEFAULT_TIERS, tierFor } from "../engine/tiers.js";
import type { TierThresholds } from "../schema/tiers.js";
import type { IcpResult, Tier } from "../schema/result.js";
import { ratio, roundTo } from "./statistics.js";

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
  /** Plain-words caveats, e.g. more leads sharing the top score than `primary`'s target share. */
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
  /** Largest share of leads in `primary`, 0-1. */
  readonly primary: number;
  /** Largest share of leads in `secondary` alone, 0-1. */
  readonly secondary: number;
  /** Largest share of leads in `tertiary` alone, 0-1; the three add up to at most 1. */
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
   * Search the thresholds instead: for each tier the lowest threshold at which that tier and the
   * better ones hold at most their target share of all leads. Overrides `thresholds`.
   */
  readonly targetShares?: TargetShares;
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

/** Lowest threshold (a score that occurs, or 100) at which at most `limit` of `n` leads score at or above it. */
function thresholdFor(descending: readonly number[], n: number, limit: number): number {
  let threshold = 100;
  for (let index = 0; index < descending.length; ) {
    const score = descending[index] ?? 0;
    let end = index;
    while (end < descending.length && descending[end] === score) end++;
    if (end / n > limit + 1e-12) break;
    threshold = score;
    index = end;
  }
  return threshold;
}

function findThresholds(descending: readonly number[], n: number, targets: TargetShares): { thresholds: TierThresholds; warnings: string[] } {
  const warnings: string[] = [];
  let primary = Math.min(100, thresholdFor(descending, n, targets.primary));
  if (primary < 2) primary = 2;
  let secondary = Math.min(primary - 1, thresholdFor(descending, n, targets.primary + targets.secondary));
  if (secondary < 1) secondary = 1;
  let tertiary = Math.min(secondary - 1, thresholdFor(descending, n, targets.primary + targets.secondary + targets.tertiary));
  if (tertiary < 0) tertiary = 0;
  const top = descending[0] ?? 0;
  if (descending.length > 0 && top >= primary && descending.filter((s) => s >= primary).length / n > targets.primary + 1e-12) {
    warnings.push(`More than ${roundTo(targets.primary * 100, 1)}% of leads share the top score ${top}; primary holds them all`);
  }
  return { thresholds: { primary, secondary, tertiary }, warnings };
}

/**
 * Simulates tier thresholds on a set of scores (or results): the share of leads each tier would
 * hold, or, with `targetShares`, the thresholds that put at most those shares in each tier.
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
    const found = findThresholds([...open].sort((a, b) => b - a), Math.max(1, n), options.targetShares);
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
  const tiers = ORDER.filter((tier) => typeof scores[0] !== "number" || (tier !== "disqualified" && tier !== "insufficient-data")).map((tier) => {
    const count = counts.get(tier) ?? 0;
    cumulative += count;
    return { tier, count, share: roundTo(ratio(count, n), 6), cumulativeShare: roundTo(ratio(cumulative, n), 6) };
  });
  const simulation: TierSimulation = {
    n,
    thresholds: { primary: thresholds.primary, secondary: thresholds.secondary, tertiary: thresholds.tertiary },
    tiers,
    ...(options.targetShares !== undefined ? { targetShares: { ...options.targetShares } } : {}),
    warnings,
  };
  return simulation;
}
