import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { simulateTiers, type ShareMatch, type TargetShares } from "../../src/analyze/index.js";

// Brute force, independent of the dynamic programme: every strictly decreasing triple of
// thresholds from a grid that holds each observed score and several points in every gap.
interface Cost {
  readonly empty: number;
  readonly over: number;
  readonly distance: number;
}

// Tiers with a target left empty, then (for "atMost") the total share above the targets, then the total distance.
function costOf(shares: readonly number[], targets: TargetShares, match: ShareMatch): Cost {
  const own = [targets.primary, targets.secondary, targets.tertiary];
  const wanted = [targets.primary, targets.primary + targets.secondary, targets.primary + targets.secondary + targets.tertiary];
  return {
    empty: shares.filter((share, i) => (own[i] ?? 0) > 1e-12 && share - (i === 0 ? 0 : (shares[i - 1] ?? 0)) === 0).length,
    over: match === "atMost" ? shares.reduce((sum, share, i) => sum + Math.max(0, share - (wanted[i] ?? 0) - 1e-12), 0) : 0,
    distance: shares.reduce((sum, share, i) => sum + Math.abs(share - (wanted[i] ?? 0)), 0),
  };
}

const lower = (a: Cost, b: Cost): boolean =>
  a.empty !== b.empty ? a.empty < b.empty : Math.abs(a.over - b.over) > 1e-9 ? a.over < b.over : a.distance < b.distance - 1e-9;

function bestAchievable(scores: readonly number[], targets: TargetShares, match: ShareMatch): Cost {
  const n = scores.length;
  const distinct = [...new Set(scores)];
  const grid = [...new Set([0, 100, 99.75, 99.5, 99.25, ...distinct.flatMap((s) => [s, s - 0.25, s - 0.5, s - 0.75])])]
    .filter((t) => t >= 0 && t <= 100)
    .sort((a, b) => b - a);
  const cumulative = (t: number): number => scores.filter((s) => s >= t).length / n;
  let best: Cost = { empty: Infinity, over: Infinity, distance: Infinity };
  for (let a = 0; a < grid.length; a++) {
    for (let b = a + 1; b < grid.length; b++) {
      for (let c = b + 1; c < grid.length; c++) {
        const cost = costOf([cumulative(grid[a] ?? 0), cumulative(grid[b] ?? 0), cumulative(grid[c] ?? 0)], targets, match);
        if (lower(cost, best)) best = cost;
      }
    }
  }
  return best;
}

const coarseScores = fc
  .uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 7 })
  .chain((values) => fc.array(fc.constantFrom(...values), { minLength: 1, maxLength: 60 }));

const targetShares = fc
  .tuple(fc.integer({ min: 0, max: 33 }), fc.integer({ min: 0, max: 33 }), fc.integer({ min: 0, max: 34 }))
  .map(([p, s, t]): TargetShares => ({ primary: p / 100, secondary: s / 100, tertiary: t / 100 }));

describe("thresholds from target shares (properties)", () => {
  it("achieve the closest cumulative shares possible at the distinct scores, leaving the fewest tiers empty", () => {
    fc.assert(
      fc.property(coarseScores, targetShares, fc.constantFrom<ShareMatch>("closest", "atMost"), (scores, targets, match) => {
        const simulation = simulateTiers(scores, { targetShares: targets, shareMatch: match });
        const { primary, secondary, tertiary } = simulation.thresholds;
        expect(primary).toBeLessThanOrEqual(100);
        expect(primary).toBeGreaterThan(secondary);
        expect(secondary).toBeGreaterThan(tertiary);
        expect(tertiary).toBeGreaterThanOrEqual(0);
        const n = scores.length;
        const shares = [primary, secondary, tertiary].map((t) => scores.filter((s) => s >= t).length / n);
        const own = [targets.primary, targets.secondary, targets.tertiary];
        const cost = costOf(shares, targets, match);
        const best = bestAchievable(scores, targets, match);
        expect(cost.empty).toBe(best.empty);
        expect(cost.over).toBeLessThanOrEqual(best.over + 1e-9);
        expect(cost.distance).toBeLessThanOrEqual(best.distance + 1e-9);
        // A non-empty tier starts at a score that occurs.
        [primary, secondary, tertiary].forEach((t, i) => {
          if (simulation.tiers[i]?.count !== 0) expect(scores).toContain(t);
        });
        // Three distinct scores are enough to give every tier with a target its own leads.
        if (new Set(scores).size >= 3) expect(cost.empty).toBe(0);
        // Every empty tier with a target is named in a warning.
        simulation.tiers.slice(0, 3).forEach((row, i) => {
          if (row.count === 0 && (own[i] ?? 0) > 0) expect(simulation.warnings.some((w) => w.startsWith(`${row.tier} is empty`))).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
});
