import type { IcpResult, Tier } from "../schema/result.js";
import { roundTo } from "./statistics.js";

/** One cell of the tier migration matrix: leads in tier `from` under the champion and `to` under the challenger.
 *
 * @example
 * ```ts
 * import type { TierMigrationCell } from "icpfit/analyze";
 * const cell: TierMigrationCell = { from: "secondary", to: "primary", count: 40, labelled: 40, conversions: 22, conversion: 0.55 };
 * ```
 */
export interface TierMigrationCell {
  /** The champion's tier. */
  readonly from: Tier;
  /** The challenger's tier. */
  readonly to: Tier;
  /** Leads in the cell (labelled or not). */
  readonly count: number;
  /** Leads in the cell with a known outcome. */
  readonly labelled: number;
  /** Labelled leads in the cell with a positive outcome. */
  readonly conversions: number;
  /** Observed conversion in the cell (`conversions / labelled`), 0-1; null when no lead in it has an outcome. */
  readonly conversion: number | null;
}

/** How leads move between tiers from the champion to the challenger.
 *
 * @example
 * ```ts
 * import type { TierMigration } from "icpfit/analyze";
 * const moved = (migration: TierMigration): number => migration.up + migration.down;
 * ```
 */
export interface TierMigration {
  /** The tiers in order, best first: primary, secondary, tertiary, unqualified, insufficient-data, disqualified. */
  readonly tiers: readonly Tier[];
  /** The non-empty cells, by the champion's tier then the challenger's, in `tiers` order. */
  readonly cells: readonly TierMigrationCell[];
  /** Leads the challenger puts in a better tier (earlier in `tiers`). */
  readonly up: number;
  /** Leads the challenger puts in a worse tier. */
  readonly down: number;
  /** Leads in the same tier under both. */
  readonly unchanged: number;
}

export const TIER_ORDER: readonly Tier[] = ["primary", "secondary", "tertiary", "unqualified", "insufficient-data", "disqualified"];

/** The migration matrix of two result lists over the same leads; `outcomes[i]` null = unknown. Internal. */
export function tierMigration(
  champion: readonly IcpResult[],
  challenger: readonly IcpResult[],
  outcomes: readonly (boolean | 0 | 1 | null)[],
): TierMigration {
  const rank = new Map(TIER_ORDER.map((tier, index) => [tier, index]));
  const counts = new Map<string, { count: number; labelled: number; conversions: number }>();
  let up = 0;
  let down = 0;
  let unchanged = 0;
  champion.forEach((before, index) => {
    const after = challenger[index];
    if (after === undefined) return;
    const from = rank.get(before.tier) ?? TIER_ORDER.length;
    const to = rank.get(after.tier) ?? TIER_ORDER.length;
    if (to < from) up++;
    else if (to > from) down++;
    else unchanged++;
    const key = `${from}:${to}`;
    const cell = counts.get(key) ?? { count: 0, labelled: 0, conversions: 0 };
    cell.count++;
    const outcome = outcomes[index];
    if (outcome !== null && outcome !== undefined) {
      cell.labelled++;
      if (outcome === true || outcome === 1) cell.conversions++;
    }
    counts.set(key, cell);
  });
  const cells: TierMigrationCell[] = [];
  TIER_ORDER.forEach((from, fromIndex) =>
    TIER_ORDER.forEach((to, toIndex) => {
      const cell = counts.get(`${fromIndex}:${toIndex}`);
      if (cell === undefined) return;
      cells.push({ from, to, ...cell, conversion: cell.labelled > 0 ? roundTo(cell.conversions / cell.labelled, 6) : null });
    }),
  );
  return { tiers: [...TIER_ORDER], cells, up, down, unchanged };
}
