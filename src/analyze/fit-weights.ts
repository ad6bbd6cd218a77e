import { IcpError } from "../errors.js";
import { readTime } from "../engine/coerce.js";
import type { Icp, IcpInput } from "../schema/icp.js";
import type { MissingPolicy } from "../schema/rule-options.js";
import { defineIcp } from "../schema/parse.js";
import { fitLogisticColumns } from "./logistic-regression.js";
import { rocAuc } from "./roc-auc.js";
import { pointsFromCoefficients, ruleFeatures } from "./rule-features.js";
import { roundTo } from "./statistics.js";

/** One rule's fitted coefficient and its new points.
 *
 * @example
 * ```ts
 * import type { RuleCoefficient } from "icpfit/analyze";
 * const row: RuleCoefficient = { ruleId: "size", coefficient: 0.8, oddsRatio: 2.23, previousPoints: 20, points: 35, matchShare: 0.3, unknownShare: 0.1, missing: "neutral" };
 * ```
 */
export interface RuleCoefficient {
  /** Id of the scoring rule. */
  readonly ruleId: string;
  /** Change in log-odds of the outcome when the rule is fully met. */
  readonly coefficient: number;
  /** `exp(coefficient)`: how many times the odds of the outcome multiply when the rule is fully met. */
  readonly oddsRatio: number;
  /** The rule's points in the ICP that was fitted. */
  readonly previousPoints: number;
  /** The rule's points in the re-weighted ICP, proportional to the coefficient. */
  readonly points: number;
  /** Share of fitted records that earn some credit from the rule. */
  readonly matchShare: number;
  /** Share of fitted records the rule could not judge for lack of data. */
  readonly unknownShare: number;
  /** How the rule's unknown outcomes entered the fit (see {@link FitWeightsOptions.missing}). */
  readonly missing: MissingPolicy;
}

/** How the weights were fitted.
 *
 * @example
 * ```ts
 * import type { WeightFitReport } from "icpfit/analyze";
 * const converged = (report: WeightFitReport): boolean => report.converged;
 * ```
 */
export interface WeightFitReport {
  /** Records fitted (disqualified records are left out: their score does not matter). */
  readonly n: number;
  /** Fitted records with a positive outcome. */
  readonly positives: number;
  /** Records left out because the ICP disqualifies them. */
  readonly disqualified: number;
  /** Log-odds of the outcome for a record that earns no credit from any scoring rule. */
  readonly intercept: number;
  /** One entry per scoring rule, in ICP order. */
  readonly coefficients: readonly RuleCoefficient[];
  /** Mean negative log-likelihood of the fitted model. */
  readonly logLoss: number;
  /** Mean negative log-likelihood of the base rate alone, for comparison. */
  readonly baseLogLoss: number;
  /** Newton iterations the fit took. */
  readonly iterations: number;
  /** False when the fit stopped before the coefficients settled (see `warnings`). */
  readonly converged: boolean;
  /** The ridge penalty λ used. */
  readonly l2: number;
  /** AUC of the original ICP's score on the fitted records (in-sample). */
  readonly aucBefore: number;
  /** AUC of the new ICP's score on the fitted records (in-sample). */
  readonly aucAfter: number;
  /** Plain-words caveats: no convergence, unknown outcomes fitted otherwise than the ICP scores them, rules with negative points or met by no record. */
  readonly warnings: readonly string[];
}

/** A re-weighted ICP and its fit report.
 *
 * @example
 * ```ts
 * import type { WeightFit } from "icpfit/analyze";
 * const version = (fit: WeightFit): string => fit.icp.version;
 * ```
 */
export interface WeightFit {
  /** The re-weighted ICP: same rules, ids, tiers and knockouts, new points and version. */
  readonly icp: Icp;
  /** How the weights were fitted. */
  readonly report: WeightFitReport;
}

/** Options for {@link fitWeights}.
 *
 * @example
 * ```ts
 * import type { FitWeightsOptions } from "icpfit/analyze";
 * const options: FitWeightsOptions = { l2: 1, version: "2026-11-23", now: "2026-11-23", missing: "miss" };
 * ```
 */
export interface FitWeightsOptions {
  /**
   * Ridge penalty λ on the rule coefficients (larger: points closer to equal).
   * @default 1
   */
  readonly l2?: number;
  /**
   * Version of the new ICP.
   * @default `${icp.version}-fit`
   */
  readonly version?: string;
  /** Scoring time for `withinDays` rules; also recorded as the new ICP's `reviewedAt` date. */
  readonly now?: Date | string | number;
  /**
   * What an unknown rule outcome (no data for the rule) is worth in the regression. `"miss"`: no
   * credit (0), as the `miss` policy scores it. `"neutral"`: the rule's average credit among the
   * fitted records where it is known, so missing data neither raises nor lowers a record's
   * predicted odds against a typical record, as the `neutral` policy leaves the rule out of the
   * score. Coding unknown as 0 under `neutral` would read "no data" as "not met" and pull the
   * rule's coefficient towards 0 when data is missing at random.
   * @default each rule's own policy: its `missing`, else the ICP's, else `"neutral"`
   */
  readonly missing?: MissingPolicy;
}

/**
 * Re-estimates an ICP's points from outcomes: an L2-regularised logistic regression of the
 * outcome on each scoring rule's credit (as the engine scores it; an unknown outcome as the
 * `missing` option says, by default as the rule's own missing-data policy scores it), with
 * points proportional to the coefficients, the positive ones adding up to 100. Rules, ids, tiers
 * and knockouts are kept; the result is a new ICP version and a report of the fit.
 * Throws `INVALID_OPTIONS` on mismatched lengths or a single outcome class, `INVALID_ICP` for an
 * invalid ICP.
 *
 * @example
 * ```ts
 * import { fitWeights } from "icpfit/analyze";
 * const icp = { id: "a", version: "1", name: "A", missing: "miss", rules: [
 *   { id: "sw", field: "firmographic.industry", op: "eq", value: "Software", points: 10 },
 *   { id: "us", field: "firmographic.country", op: "eq", value: "US", points: 10 },
 * ] } as const;
 * const leads = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => ({ firmographic: { industry: i < 4 ? "Software" : "Retail", country: i % 2 ? "US" : "DE" } }));
 * const { icp: weighted } = fitWeights(icp, leads, [1, 1, 1, 0, 0, 1, 0, 0]);
 * weighted.version; // "1-fit"
 * ```
 */
export function fitWeights(icp: IcpInput | Icp, records: readonly unknown[], outcomes: readonly (boolean | 0 | 1)[], options: FitWeightsOptions = {}): WeightFit {
  if (!Array.isArray(records) || records.length !== outcomes.length) {
    throw new IcpError("INVALID_OPTIONS", [{ path: ["outcomes"], message: `expected one outcome per record (${Array.isArray(records) ? records.length : "no records"}), got ${outcomes.length}` }]);
  }
  const l2 = options.l2 ?? 1;
  if (!(l2 >= 0) || !Number.isFinite(l2)) throw new IcpError("INVALID_OPTIONS", [{ path: ["l2"], message: `expected a penalty of 0 or more, got ${String(l2)}` }]);
  let reviewedAt: string | undefined;
  if (options.now !== undefined) {
    const time = readTime(options.now);
    if (typeof time !== "number") throw new IcpError("INVALID_OPTIONS", [{ path: ["now"], message: `expected a Date, ISO text or epoch ms, got ${JSON.stringify(String(options.now))}` }]);
    reviewedAt = new Date(time).toISOString().slice(0, 10);
  }
  if (options.missing !== undefined && options.missing !== "neutral" && options.missing !== "miss") {
    throw new IcpError("INVALID_OPTIONS", [{ path: ["missing"], message: `expected "neutral" or "miss", got ${JSON.stringify(String(options.missing))}` }]);
  }
  const features = ruleFeatures(icp, records, options.now);
  const source = features.icp;
  const keep = features.disqualified.flatMap((dq, i) => (dq ? [] : [i]));
  const y = Float64Array.from(keep, (i) => (outcomes[i] === true || outcomes[i] === 1 ? 1 : 0));
  const positives = y.reduce((sum, value) => sum + value, 0);
  if (positives === 0 || positives === y.length) {
    throw new IcpError("INVALID_OPTIONS", [{ path: ["outcomes"], message: `expected both outcomes among the ${y.length} records that are not disqualified, got ${positives} positive` }]);
  }
  if (features.ruleIndexes.length === 0) throw new IcpError("INVALID_ICP", [{ path: ["rules"], message: "expected at least one scoring rule to weight" }]);
  // Each rule's policy as the ICP scores it, and as the fit uses it.
  const scoredAs = features.ruleIndexes.map((ruleIndex): MissingPolicy => source.rules[ruleIndex]?.missing ?? source.missing ?? "neutral");
  const fittedAs = scoredAs.map((policy) => options.missing ?? policy);
  const known = features.columns.map((column) => Float64Array.from(keep, (i) => column[i] ?? 0));
  const unknown = features.unknown.map((flags) => Uint8Array.from(keep, (i) => flags[i] ?? 0));
  const columns = known.map((column, j) => (fittedAs[j] === "neutral" ? withMeanForUnknown(column, unknown[j] as Uint8Array) : column));
  const fit = fitLogisticColumns(columns, y, { l2 });
  const points = pointsFromCoefficients(fit.coefficients);
  const rules = source.rules.map((rule, index) => {
    const j = features.ruleIndexes.indexOf(index);
    return j < 0 ? rule : { ...rule, points: points[j] ?? 0 };
  });
  const weighted = defineIcp({
    ...source,
    version: options.version ?? `${source.version}-fit`.slice(0, 100),
    ...(reviewedAt !== undefined ? { reviewedAt } : {}),
    rules,
  } as IcpInput);

  const warnings: string[] = [];
  if (!fit.converged) warnings.push(`The fit did not converge in ${fit.iterations} iterations; raise l2`);
  const unknownShares = unknown.map((flags) => flags.reduce((sum, flag) => sum + flag, 0) / Math.max(1, keep.length));
  const idsWhere = (test: (j: number) => boolean): string[] => features.ruleIndexes.flatMap((ruleIndex, j) => ((unknownShares[j] ?? 0) > 0 && test(j) ? [source.rules[ruleIndex]?.id ?? String(ruleIndex)] : []));
  const refitted = idsWhere((j) => fittedAs[j] !== scoredAs[j]);
  if (refitted.length > 0) {
    warnings.push(`Unknown outcomes of ${quoteIds(refitted)} were fitted as missing: "${options.missing}", but the ICP scores them otherwise; set the same policy on the ICP for scores that order leads as the fitted model does`);
  }
  const neutral = idsWhere((j) => fittedAs[j] === "neutral" && scoredAs[j] === "neutral");
  if (neutral.length > 0) {
    const one = neutral.length === 1;
    warnings.push(
      `${quoteIds(neutral)} ${one ? "lacks" : "lack"} data for some records and ${one ? "is" : "are"} scored as missing: "neutral": the ICP then judges such a lead on its known rules alone, while the fit counts an unknown as the rule's average credit, so the two can order those leads differently. missing: "miss" makes the score follow the fitted model exactly`,
    );
  }
  const coefficients = features.ruleIndexes.map((ruleIndex, j) => {
    const rule = source.rules[ruleIndex];
    const coefficient = fit.coefficients[j] ?? 0;
    // Credit actually earned: an imputed average is not a match.
    const column = known[j] as Float64Array;
    let matched = 0;
    for (const credit of column) if (credit > 0) matched++;
    if (coefficient < 0 && (rule?.points ?? 0) > 0) warnings.push(`Rule "${rule?.id}" now has negative points: meeting it goes with fewer positive outcomes`);
    if (matched === 0) warnings.push(`Rule "${rule?.id}" is met by no record; its points are only the penalty's guess`);
    return {
      ruleId: rule?.id ?? String(ruleIndex),
      coefficient: roundTo(coefficient, 6),
      oddsRatio: roundTo(Math.exp(coefficient), 4),
      previousPoints: rule?.points ?? 0,
      points: points[j] ?? 0,
      matchShare: roundTo(matched / Math.max(1, keep.length), 6),
      unknownShare: roundTo(unknownShares[j] ?? 0, 6),
      missing: fittedAs[j] ?? "neutral",
    };
  });
  const base = positives / y.length;
  const labels = [...y].map((value) => value === 1);
  const scoresOf = (scoreIcp: Icp): number[] => {
    const rescored = features.icp === scoreIcp ? features.results : ruleFeatures(scoreIcp, keep.map((i) => records[i]), options.now).results;
    return features.icp === scoreIcp ? keep.map((i) => rescored[i]?.score ?? 0) : rescored.map((result) => result.score);
  };
  const report: WeightFitReport = {
    n: y.length,
    positives,
    disqualified: records.length - keep.length,
    intercept: roundTo(fit.intercept, 6),
    coefficients,
    logLoss: roundTo(fit.logLoss, 6),
    baseLogLoss: roundTo(-(base * Math.log(base) + (1 - base) * Math.log(1 - base)), 6),
    iterations: fit.iterations,
    converged: fit.converged,
    l2,
    aucBefore: roundTo(rocAuc(scoresOf(features.icp), labels), 6),
    aucAfter: roundTo(rocAuc(scoresOf(weighted), labels), 6),
    warnings,
  };
  return { icp: weighted, report };
}

/*
 * A feature column with its unknown entries set to the mean credit of its known entries (0 when
 * none is known): the regression counterpart of the "neutral" policy.
 */
function withMeanForUnknown(column: Float64Array, unknown: Uint8Array): Float64Array {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < column.length; i++) {
    if (unknown[i] === 1) continue;
    sum += column[i] ?? 0;
    count++;
  }
  const mean = count > 0 ? sum / count : 0;
  return column.map((credit, i) => (unknown[i] === 1 ? mean : credit));
}

function quoteIds(ids: readonly string[]): string {
  const quoted = ids.map((id) => `"${id}"`);
  return ids.length === 1 ? `Rule ${quoted[0]}` : `Rules ${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}
