import type { Condition } from "../schema/condition.js";
import type { Icp } from "../schema/icp.js";
import type { Rule } from "../schema/rule.js";
import type { TierThresholds } from "../schema/tiers.js";
import { leafConditions } from "../engine/describe.js";

/*
 * Which scores an ICP can produce when every rule is either met, missed or (under the neutral
 * policy) unknown: enumerated exactly for small ICPs. Rules with partial credit (falloff,
 * halfLife, or combinators of them) make the scale continuous, so the check is skipped.
 */

const MAX_STATES = 200_000;

/** The tiers no combination of rule outcomes can reach, or undefined when not checkable. */
export function unreachableTiers(icp: Icp, tiers: TierThresholds): ("primary" | "secondary" | "tertiary")[] | undefined {
  const scoring = icp.rules.filter((rule) => (rule.effect ?? "score") === "score" && (rule.points ?? 0) !== 0);
  const partial = scoring.some((rule: Rule) => rule.falloff !== undefined || rule.halfLife !== undefined || leafConditions(rule as Condition).some((leaf) => leaf.op === "withinDays"));
  if (partial) return undefined;
  const states = scoring.map((rule) => ((rule.missing ?? icp.missing ?? "neutral") === "neutral" ? 3 : 2));
  const total = states.reduce((product, count) => product * count, 1);
  if (total > MAX_STATES) return undefined;
  const scores = new Set<number>();
  for (let code = 0; code < total; code++) {
    let rest = code;
    let points = 0;
    let max = 0;
    scoring.forEach((rule, index) => {
      const count = states[index] ?? 2;
      const state = rest % count; // 0 miss, 1 match, 2 unknown (neutral only)
      rest = Math.floor(rest / count);
      const weight = rule.points ?? 0;
      if (state === 2) return;
      if (weight > 0) max += weight;
      if (state === 1) points += weight;
    });
    if (max > 0) scores.add(Math.min(100, Math.round((100 * Math.max(0, points)) / max)));
  }
  const reachable = (low: number, high: number): boolean => [...scores].some((score) => score >= low && score < high);
  const out: ("primary" | "secondary" | "tertiary")[] = [];
  if (!reachable(tiers.primary, Infinity)) out.push("primary");
  if (!reachable(tiers.secondary, tiers.primary)) out.push("secondary");
  if (!reachable(tiers.tertiary, tiers.secondary)) out.push("tertiary");
  return out;
}
