import { TIER_ORDER } from "../../index.js";
import { INVALID_TIER } from "./result-columns.js";

/** Counters of a scoring run. */
export interface ScoreStats {
  read: number;
  scored: number;
  rejected: number;
  readonly tiers: Map<string, number>;
}

/** Adds `count` rows to a tier's count. */
export function addToTier(tiers: Map<string, number>, tier: string, count: number): void {
  tiers.set(tier, (tiers.get(tier) ?? 0) + count);
}

/** Fresh counters. */
export function newStats(): ScoreStats {
  return { read: 0, scored: 0, rejected: 0, tiers: new Map() };
}

const integer = new Intl.NumberFormat("en-US");

/** The end-of-run summary for stderr: rows read, scored, rejected, and the tier distribution. */
export function formatSummary(stats: ScoreStats, elapsedMs: number, rejectsTo: string | undefined): string {
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? Math.round(stats.read / seconds) : stats.read;
  const rejected =
    stats.rejected === 0 ? "0 rejected" : `${integer.format(stats.rejected)} rejected (${rejectsTo === undefined ? `kept in the output with tier "${INVALID_TIER}"` : `written to ${rejectsTo}`})`;
  const lines = [
    `icpfit: ${integer.format(stats.read)} ${stats.read === 1 ? "row" : "rows"} read, ${integer.format(stats.scored)} scored, ${rejected} in ${seconds.toFixed(1)} s (${integer.format(rate)} rows/s)`,
  ];
  const order = [...TIER_ORDER, INVALID_TIER];
  const parts: string[] = [];
  for (const tier of order) {
    const count = stats.tiers.get(tier) ?? 0;
    if (count === 0 && tier === INVALID_TIER) continue;
    const share = stats.read > 0 ? ((100 * count) / stats.read).toFixed(1) : "0.0";
    parts.push(`${tier} ${integer.format(count)} (${share}%)`);
  }
  if (stats.read > 0) lines.push(`icpfit: tiers: ${parts.join(", ")}`);
  return `${lines.join("\n")}\n`;
}
