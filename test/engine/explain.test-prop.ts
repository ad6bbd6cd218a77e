import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explain, scoreLead, type IcpResult, type RuleResult } from "../../src/index.js";
import { icpArbitrary, leadArbitrary, nowArbitrary } from "./arbitraries.js";

/* explain() against brute force: nextTier and dataNeeded are the smallest sets that work. */

const scored = fc.record({ icp: icpArbitrary, lead: leadArbitrary, now: nowArbitrary }).map(({ icp, lead, now }) => scoreLead(lead, icp, { now }));

const percent = (points: number, max: number): number => (max > 0 ? Math.min(100, Math.round((100 * Math.max(0, points)) / max)) : 0);

/** Every subset of `items`, as arrays (the ICPs here have at most 8 rules). */
function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((all, item) => [...all, ...all.map((subset) => [...subset, item])], [[]]);
}

/** Points and denominator when the given rules are fully met instead. */
function lifted(result: IcpResult, rules: readonly RuleResult[]): { points: number; maxPoints: number } {
  let points = result.points;
  let maxPoints = result.maxPoints;
  for (const rule of rules) {
    points += rule.weight - rule.points;
    maxPoints += rule.weight - rule.maxPoints;
  }
  return { points, maxPoints };
}

describe("explain properties", () => {
  it("nextTier names a smallest set of rules that reaches the tier, or says none can", () => {
    fc.assert(
      fc.property(scored, (result) => {
        const next = explain(result).nextTier;
        if (next === undefined) {
          expect(["primary", "insufficient-data", "disqualified"]).toContain(result.tier);
          return;
        }
        const candidates = result.rules.filter((rule) => rule.effect === "score" && rule.weight > 0 && ["miss", "partial", "unknown"].includes(rule.outcome));
        const ratios = subsets(candidates).map((subset) => {
          const { points, maxPoints } = lifted(result, subset);
          return { size: subset.length, ratio: maxPoints > 0 ? (100 * Math.max(0, points)) / maxPoints : 0, score: percent(points, maxPoints) };
        });
        // Skip the rare cases where float noise could decide a rounding exactly at x.5.
        fc.pre(ratios.every(({ ratio }) => Math.abs(ratio - Math.round(ratio - 0.5) - 0.5) > 1e-6));
        const reaching = ratios.filter(({ score }) => score >= next.threshold);
        expect(next.threshold).toBe(result.thresholds[next.tier as "primary" | "secondary" | "tertiary"]);
        expect(next.reachable).toBe(reaching.length > 0);
        const ids = next.changes.map((change) => change.id);
        expect(new Set(ids).size).toBe(ids.length);
        const chosen = candidates.filter((rule) => ids.includes(rule.id));
        expect(chosen).toHaveLength(ids.length);
        const after = lifted(result, chosen);
        expect(next.scoreAfter).toBe(percent(after.points, after.maxPoints));
        if (next.reachable) {
          expect(next.scoreAfter).toBeGreaterThanOrEqual(next.threshold);
          expect(ids.length).toBe(Math.min(...reaching.map(({ size }) => size)));
        } else {
          expect(next.scoreAfter).toBeLessThan(next.threshold);
        }
        for (const change of next.changes) {
          const rule = candidates.find((candidate) => candidate.id === change.id);
          expect(change.gain).toBeCloseTo((rule?.weight ?? 0) - (rule?.points ?? 0), 6);
          expect(change.outcome).toBe(rule?.outcome);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("dataNeeded names the fewest unknown rules that lift confidence to minConfidence", () => {
    fc.assert(
      fc.property(scored, (result) => {
        const needed = explain(result).dataNeeded;
        if (result.tier !== "insufficient-data") {
          expect(needed).toEqual([]);
          return;
        }
        const positive = result.rules.filter((rule) => rule.effect === "score" && rule.weight > 0);
        const total = positive.reduce((sum, rule) => sum + rule.weight, 0);
        const known = positive.filter((rule) => rule.outcome !== "unknown").reduce((sum, rule) => sum + rule.weight, 0);
        const confidence = (extra: number): number => Math.round(((known + extra) / total) * 1000) / 1000;
        const unknown = positive.filter((rule) => rule.outcome === "unknown");
        const enough = subsets(unknown).filter((subset) => confidence(subset.reduce((sum, rule) => sum + rule.weight, 0)) >= result.thresholds.minConfidence);
        expect(enough.length).toBeGreaterThan(0);
        expect(needed.length).toBe(Math.min(...enough.map((subset) => subset.length)));
        expect(needed.every((change) => change.outcome === "unknown")).toBe(true);
        const gained = needed.reduce((sum, change) => sum + change.gain, 0);
        expect(confidence(gained)).toBeGreaterThanOrEqual(result.thresholds.minConfidence);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws, keeps reasons within maxReasons and leads with the knockout", () => {
    fc.assert(
      fc.property(scored, fc.integer({ min: 0, max: 10 }), (result, maxReasons) => {
        const why = explain(result, { maxReasons });
        expect(why.reasons.length).toBeLessThanOrEqual(maxReasons);
        expect(why.summary).toContain(`score ${result.score}/100`);
        const unknown = result.rules.filter((rule) => rule.outcome === "unknown").sort((a, b) => b.weight - a.weight);
        expect(why.unknown).toHaveLength(unknown.length);
        unknown.forEach((rule, index) => expect(why.unknown[index]?.startsWith(`${rule.label}: `)).toBe(true));
        if (result.disqualifiedBy !== undefined && maxReasons > 0) {
          const knockouts = result.rules.filter((rule) => rule.effect !== "score").map((rule) => rule.reason);
          expect(knockouts).toContain(why.reasons[0]);
        }
      }),
    );
  });
});
