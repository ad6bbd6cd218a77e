import { compileIcp } from "../engine/compile.js";
import type { Icp, IcpInput } from "../schema/icp.js";
import type { IcpResult } from "../schema/result.js";

/*
 * The credit each scoring rule of an ICP gives each record, as the engine scores it: a match is
 * 1, a partial match its share of the rule's points, a miss 0, and an unknown 0 with its place
 * marked in `unknown` (fitWeights decides what an unknown is worth). These are the features
 * fitWeights regresses outcomes on.
 */

export interface RuleFeatures {
  readonly icp: Icp;
  /** Indexes (into icp.rules) of the scoring rules, one feature each. */
  readonly ruleIndexes: readonly number[];
  /** `columns[j][i]`: credit of scoring rule j for record i (0 when unknown). */
  readonly columns: readonly Float64Array[];
  /** `unknown[j][i]`: 1 when scoring rule j could not judge record i for lack of data. */
  readonly unknown: readonly Uint8Array[];
  /** Records disqualified by a require / exclude rule. */
  readonly disqualified: readonly boolean[];
  readonly results: readonly IcpResult[];
}

export function ruleFeatures(input: IcpInput | Icp, records: readonly unknown[], now: Date | string | number | undefined): RuleFeatures {
  const scorer = compileIcp(input);
  const icp = scorer.icp;
  const ruleIndexes = icp.rules.flatMap((rule, index) => ((rule.effect ?? "score") === "score" ? [index] : []));
  const columns = ruleIndexes.map(() => new Float64Array(records.length));
  const unknown = ruleIndexes.map(() => new Uint8Array(records.length));
  const disqualified: boolean[] = [];
  const results = records.map((record, i) => {
    const result = scorer.score(record, now === undefined ? undefined : { now });
    disqualified.push(result.disqualifiedBy !== undefined);
    ruleIndexes.forEach((ruleIndex, j) => {
      const entry = result.rules[ruleIndex];
      if (entry === undefined) return;
      const credit =
        entry.outcome === "match" ? 1 : entry.outcome === "partial" ? (entry.weight !== 0 ? entry.points / entry.weight : 0.5) : 0;
      (columns[j] as Float64Array)[i] = credit;
      if (entry.outcome === "unknown") (unknown[j] as Uint8Array)[i] = 1;
    });
    return result;
  });
  return { icp, ruleIndexes, columns, unknown, disqualified, results };
}

/**
 * Points from logistic coefficients: proportional to them, scaled so the positive points add up
 * to 100 and rounded to whole points (never rounded to 0). Proportional points make an ICP score
 * (with `missing: "miss"`) a monotone function of the model's log-odds.
 */
export function pointsFromCoefficients(coefficients: readonly number[]): number[] {
  const positive = coefficients.reduce((sum, value) => sum + Math.max(0, value), 0);
  const total = positive > 0 ? positive : coefficients.reduce((sum, value) => sum + Math.abs(value), 0);
  if (total === 0) return coefficients.map(() => 0);
  return coefficients.map((value) => {
    const points = Math.round((100 * value) / total);
    return points === 0 ? (value > 0 ? 1 : value < 0 ? -1 : 0) : Math.max(-1000, Math.min(1000, points));
  });
}
