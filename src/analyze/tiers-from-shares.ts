import type { TierThresholds } from "../schema/tiers.js";
import { formatNumber } from "../engine/describe.js";
import { roundTo } from "./statistics.js";

/*
 * Tier thresholds from target shares. A threshold t puts every lead scoring at least t in the tier
 * (or a better one), so the only shares a threshold can achieve are the cumulative shares at the
 * distinct scores observed: with coarse scores (a few rules, all-or-nothing credit) those are few,
 * and a search for "at most the target share" lands far from the target or leaves tiers empty.
 *
 * Each tier's threshold is placed at the distinct score whose cumulative share is closest to the
 * tier's cumulative target (with "atMost": the largest share not above it), subject to
 * primary > secondary > tertiary. Both the achievable and the wanted cumulative shares rise tier
 * by tier, so the tiers' own choices are already in order unless two targets land on one score; a
 * small dynamic programme over the distinct scores finds the assignment that (1) leaves the fewest
 * tiers with a positive target empty, then (2) for "atMost" goes least over the targets, then (3)
 * has the smallest total distance |achieved - target| of the three cumulative shares, then (4)
 * prefers the higher thresholds. A tier is left empty only when there are fewer distinct scores
 * than tiers; its threshold is then placed in the gap between two scores.
 */

/** Wanted cumulative shares, primary first. */
type Targets = readonly [number, number, number];

const TIERS = ["primary", "secondary", "tertiary"] as const;

/** How `simulateTiers` holds the achieved tier shares to `targetShares`: the closest share, or the closest not above the target.
 *
 * @example
 * ```ts
 * import type { ShareMatch } from "icpfit/analyze";
 * const match: ShareMatch = "atMost";
 * ```
 */
export type ShareMatch = "closest" | "atMost";

interface Cost {
  readonly empty: number;
  /** Total share above the targets: counted only for "atMost". */
  readonly over: number;
  readonly distance: number;
  readonly slots: number;
}

const differ = (a: number, b: number): boolean => Math.abs(a - b) > 1e-12;

const better = (a: Cost, b: Cost): boolean =>
  a.empty !== b.empty ? a.empty < b.empty
  : differ(a.over, b.over) ? a.over < b.over
  : differ(a.distance, b.distance) ? a.distance < b.distance
  : a.slots < b.slots;

const add = (a: Cost, empty: number, over: number, distance: number, slot: number): Cost => ({
  empty: a.empty + empty,
  over: a.over + over,
  distance: a.distance + distance,
  slots: a.slots + slot,
});

/** Distinct scores within 0..100, highest first, and the share of `n` leads scoring at least each. */
function scoreBoundaries(scores: readonly number[], n: number): { scores: number[]; cumulative: number[] } {
  // A threshold is between 0 and 100, so a score above 100 ranks as 100 and one below 0 reaches no tier.
  const clamped = scores.filter((score) => score >= 0).map((score) => Math.min(100, score)).sort((a, b) => b - a);
  const distinct: number[] = [];
  const cumulative: number[] = [];
  clamped.forEach((score, index) => {
    if (distinct[distinct.length - 1] !== score) distinct.push(score);
    cumulative[distinct.length - 1] = (index + 1) / n;
  });
  return { scores: distinct, cumulative };
}

/**
 * The slot of each tier: 0 is "above every score" (an empty tier at the top), i >= 1 the i-th
 * distinct score. Slots never decrease; a tier sharing the slot of the tier above is empty.
 */
function chooseSlots(boundaries: { scores: readonly number[]; cumulative: readonly number[] }, targets: Targets, match: ShareMatch): [number, number, number] {
  const k = boundaries.scores.length;
  const share = (slot: number): number => (slot === 0 ? 0 : (boundaries.cumulative[slot - 1] ?? 0));
  // Slot 0 needs room above the top score (thresholds stop at 100); an empty tier below the
  // lowest score needs room above 0.
  const room = (slot: number): boolean => (slot === 0 ? (boundaries.scores[0] ?? 0) < 100 : slot < k || (boundaries.scores[k - 1] ?? 0) > 0);
  let costs: (Cost | undefined)[] = [{ empty: 0, over: 0, distance: 0, slots: 0 }];
  const cameFrom: number[][] = [];
  TIERS.forEach((_, tier) => {
    const target = targets[tier] ?? 0;
    const emptyPenalty = target - (tier === 0 ? 0 : (targets[tier - 1] ?? 0)) > 1e-12 ? 1 : 0;
    const next: (Cost | undefined)[] = [];
    const from: number[] = [];
    let before: { cost: Cost; slot: number } | undefined; // cheapest tier above at an earlier slot
    for (let slot = 0; slot <= k; slot++) {
      const distance = Math.abs(share(slot) - target);
      const over = match === "atMost" ? Math.max(0, share(slot) - target - 1e-12) : 0;
      let chosen = before === undefined ? undefined : { cost: add(before.cost, 0, over, distance, slot), slot: before.slot };
      const same = costs[slot];
      if (same !== undefined && room(slot)) {
        const cost = add(same, emptyPenalty, over, distance, slot);
        if (chosen === undefined || better(cost, chosen.cost)) chosen = { cost, slot };
      }
      next.push(chosen?.cost);
      from.push(chosen?.slot ?? 0);
      if (same !== undefined && (before === undefined || better(same, before.cost))) before = { cost: same, slot };
    }
    costs = next;
    cameFrom.push(from);
  });
  let tertiary = 0;
  costs.forEach((cost, slot) => {
    const current = costs[tertiary];
    if (cost !== undefined && (current === undefined || better(cost, current))) tertiary = slot;
  });
  const secondary = cameFrom[2]?.[tertiary] ?? 0;
  const primary = cameFrom[1]?.[secondary] ?? 0;
  return [primary, secondary, tertiary];
}

/**
 * `count` thresholds for empty tiers in the gap below `high` (included for primary, which may sit
 * at 100) and above `low` (excluded; undefined: 0 included): whole numbers when they fit.
 */
function gapValues(high: number, inclusiveHigh: boolean, low: number | undefined, count: number): number[] {
  const start = inclusiveHigh ? Math.floor(high) : Math.ceil(high) - 1;
  if (start - count + 1 > (low ?? -1)) return Array.from({ length: count }, (_, i) => start - i);
  const floor = low ?? 0;
  const steps = inclusiveHigh && low !== undefined ? count : count + 1;
  return Array.from({ length: count }, (_, i) => high - ((high - floor) * (inclusiveHigh && low !== undefined ? i : i + 1)) / steps);
}

/** One tier's slot on its own: the closest cumulative share, or with "atMost" the largest not above the target (else the top score). */
function ownSlot(cumulative: readonly number[], target: number, match: ShareMatch): number {
  let best = 0;
  cumulative.forEach((share, index) => {
    const slot = index + 1;
    if (match === "atMost") {
      if (best === 0 || share <= target + 1e-12) best = slot;
      return;
    }
    if (best === 0 || Math.abs(share - target) < Math.abs((cumulative[best - 1] ?? 0) - target) - 1e-12) best = slot;
  });
  return best;
}

/** Thresholds, achieved cumulative shares and warnings for the given per-tier target shares. */
export function thresholdsFromShares(
  scores: readonly number[],
  n: number,
  shares: { readonly primary: number; readonly secondary: number; readonly tertiary: number },
  match: ShareMatch,
): { thresholds: TierThresholds; warnings: string[] } {
  const boundaries = scoreBoundaries(scores, n);
  const targets: Targets = [shares.primary, shares.primary + shares.secondary, shares.primary + shares.secondary + shares.tertiary];
  const slots = chooseSlots(boundaries, targets, match);
  const values: number[] = [];
  for (let tier = 0; tier < 3; tier++) {
    const slot = slots[tier] ?? 0;
    if (tier === 0 ? slot > 0 : slot > (slots[tier - 1] ?? 0)) {
      values.push(boundaries.scores[slot - 1] ?? 0);
      continue;
    }
    // A run of empty tiers shares the gap between the threshold above (or 100) and the next score below.
    let run = 1;
    while (tier + run < 3 && slots[tier + run] === slot) run++;
    values.push(...gapValues(tier === 0 ? 100 : (values[tier - 1] ?? 100), tier === 0, boundaries.scores[slot], run));
    tier += run - 1;
  }
  const [primary = 100, secondary = 99, tertiary = 98] = values;
  const warnings: string[] = [];
  const percent = (share: number): string => `${formatNumber(roundTo(share * 100, 1))}%`;
  const distinct = boundaries.scores.length;
  slots.forEach((slot, tier) => {
    const above = tier === 0 ? 0 : (slots[tier - 1] ?? 0);
    const wanted = (targets[tier] ?? 0) - (tier === 0 ? 0 : (targets[tier - 1] ?? 0));
    if (slot === above && wanted > 1e-12) {
      warnings.push(`${TIERS[tier]} is empty (target ${percent(wanted)}): the scores take only ${distinct} distinct value(s), too few to give every tier its own`);
    }
  });
  // Each tier's own score, ignoring the others: two targets landing on one score collapse.
  const own = targets.map((target) => ownSlot(boundaries.cumulative, target, match));
  for (let tier = 1; tier < 3; tier++) {
    const slot = own[tier] ?? 0;
    if (slot > 0 && slot === own[tier - 1] && (targets[tier] ?? 0) - (targets[tier - 1] ?? 0) > 1e-12) {
      const where = `${formatNumber(boundaries.scores[slot - 1] ?? 0)} (${percent(boundaries.cumulative[slot - 1] ?? 0)} of leads at or above it)`;
      warnings.push(
        `The ${TIERS[tier - 1]} and ${TIERS[tier]} targets (${percent(targets[tier - 1] ?? 0)} and ${percent(targets[tier] ?? 0)} cumulative) both fall on score ${where}; ${TIERS[tier]} was moved off it`,
      );
    }
  }
  return { thresholds: { primary, secondary, tertiary }, warnings };
}
