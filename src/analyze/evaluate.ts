import { IcpError } from "../errors.js";
import type { IcpResult, Tier } from "../schema/result.js";
import { rocAuc } from "./roc-auc.js";
import { ratio, roundTo } from "./statistics.js";
import { evaluationWarnings } from "./evaluation-warnings.js";

/** One tenth of the labelled leads, ranked by score (decile 1 = highest scores).
 *
 * @example
 * ```ts
 * import type { DecileRow } from "icpfit/analyze";
 * const row: DecileRow = { decile: 1, count: 10, conversions: 6, conversion: 0.6, lift: 2, cumulativeShare: 0.1, capture: 0.2, minScore: 80, maxScore: 100 };
 * ```
 */
export interface DecileRow {
  /** 1 to 10; 1 holds the highest scores. */
  readonly decile: number;
  /** Labelled leads in the decile. */
  readonly count: number;
  /** Leads in the decile with a positive outcome. */
  readonly conversions: number;
  /** Conversion rate in the decile (`conversions / count`), 0-1. */
  readonly conversion: number;
  /** conversion / base rate. */
  readonly lift: number;
  /** Share of labelled leads in this decile and the ones above. */
  readonly cumulativeShare: number;
  /** Share of all conversions in this decile and the ones above (the gains curve). */
  readonly capture: number;
  /** Lowest score in the decile (-1 stands for a disqualified result). */
  readonly minScore: number;
  /** Highest score in the decile (-1 stands for a disqualified result). */
  readonly maxScore: number;
}

/** Outcomes within one tier.
 *
 * @example
 * ```ts
 * import type { TierRow } from "icpfit/analyze";
 * const row: TierRow = { tier: "primary", count: 10, share: 0.1, labelled: 10, conversions: 6, conversion: 0.6, lift: 2, capture: 0.3, cumulativeShare: 0.1, cumulativeCapture: 0.3 };
 * ```
 */
export interface TierRow {
  /** The tier. */
  readonly tier: Tier;
  /** Results in the tier (labelled or not). */
  readonly count: number;
  /** Share of all results in the tier (`count / n`), 0-1. */
  readonly share: number;
  /** Results in the tier with a known outcome. */
  readonly labelled: number;
  /** Labelled results in the tier with a positive outcome. */
  readonly conversions: number;
  /** Conversion rate in the tier (`conversions / labelled`), 0-1. */
  readonly conversion: number;
  /** `conversion` / base rate: above 1, the tier converts better than average. */
  readonly lift: number;
  /** Share of all conversions that fall in this tier. */
  readonly capture: number;
  /** Share of results in this tier or a better one. */
  readonly cumulativeShare: number;
  /** Share of conversions in this tier or a better one. */
  readonly cumulativeCapture: number;
  /** Mean of `value` (e.g. lifetime value) over the tier's results that have one. */
  readonly meanValue?: number;
  /** Share churned among the tier's results with a known churn flag. */
  readonly churnRate?: number;
}

/** Observed conversion per score band.
 *
 * @example
 * ```ts
 * import type { CalibrationRow } from "icpfit/analyze";
 * const row: CalibrationRow = { from: 90, to: 100, count: 12, meanScore: 94, observed: 0.7 };
 * ```
 */
export interface CalibrationRow {
  /** Band start (inclusive). */
  readonly from: number;
  /** Band end (exclusive, except 100). */
  readonly to: number;
  /** Labelled results with a score in the band. */
  readonly count: number;
  /** Mean score in the band. */
  readonly meanScore: number;
  /** Observed conversion rate in the band, 0-1 (compare with `meanScore` / 100). */
  readonly observed: number;
}

/** A backtest of an ICP's results against outcomes.
 *
 * @example
 * ```ts
 * import type { Evaluation } from "icpfit/analyze";
 * const headline = (evaluation: Evaluation): string => `AUC ${evaluation.auc.toFixed(3)} on ${evaluation.n} leads`;
 * ```
 */
export interface Evaluation {
  /** Id of the ICP that produced the results (from the first result). */
  readonly icpId: string;
  /** Version of that ICP (from the first result). */
  readonly icpVersion: string;
  /** Results evaluated. */
  readonly n: number;
  /** Results with a known outcome (and worked, when `worked` is given). */
  readonly labelled: number;
  /** Labelled results with a positive outcome. */
  readonly conversions: number;
  /** Conversion rate over all labelled results (`conversions / labelled`), 0-1. */
  readonly baseRate: number;
  /** Area under the ROC curve of the score (disqualified results rank lowest); NaN with one class. */
  readonly auc: number;
  /** Conversion, lift and capture per score decile of the labelled results, highest scores first. */
  readonly byDecile: readonly DecileRow[];
  /** Every tier, best first, including empty ones. */
  readonly byTier: readonly TierRow[];
  /** Observed conversion per 10-point score band; bands without labelled results are left out. */
  readonly calibration: readonly CalibrationRow[];
  /** Results per tier, labelled or not. */
  readonly tierDistribution: Readonly<Record<Tier, number>>;
  /** Plain-words caveats: small samples (fewer than 40 per class or per tier), selection bias, results without an outcome. */
  readonly warnings: readonly string[];
}

/** Options for {@link evaluate}: extra per-result data, each one entry per result.
 *
 * @example
 * ```ts
 * import type { EvaluateOptions } from "icpfit/analyze";
 * const options: EvaluateOptions = { value: [1200, null], churned: [false, null], worked: [true, false] };
 * ```
 */
export interface EvaluateOptions {
  /** Value per result (revenue, lifetime value); `null` when unknown. */
  readonly value?: readonly (number | null)[];
  /** Churn per result; `null` when unknown (not yet a customer). */
  readonly churned?: readonly (boolean | null)[];
  /** Whether sales worked each lead; outcomes of unworked leads are ignored and a selection-bias check runs. */
  readonly worked?: readonly boolean[];
}

const TIERS: readonly Tier[] = ["primary", "secondary", "tertiary", "unqualified", "insufficient-data", "disqualified"];
const rankKey = (result: IcpResult): number => (result.tier === "disqualified" ? -1 : result.score);

function checkLength(name: string, values: readonly unknown[] | undefined, n: number): void {
  if (values !== undefined && values.length !== n) {
    throw new IcpError("INVALID_OPTIONS", [{ path: [name], message: `expected one entry per result (${n}), got ${values.length}` }]);
  }
}

function deciles(rows: readonly { key: number; positive: boolean }[], conversions: number, base: number): DecileRow[] {
  const sorted = [...rows].sort((a, b) => b.key - a.key);
  const out: DecileRow[] = [];
  let cumulativeCount = 0;
  let cumulativeConversions = 0;
  for (let decile = 1; decile <= 10; decile++) {
    const slice = sorted.slice(Math.round(((decile - 1) * sorted.length) / 10), Math.round((decile * sorted.length) / 10));
    const hits = slice.filter((row) => row.positive).length;
    cumulativeCount += slice.length;
    cumulativeConversions += hits;
    const conversion = ratio(hits, slice.length);
    out.push({
      decile,
      count: slice.length,
      conversions: hits,
      conversion: roundTo(conversion, 6),
      lift: roundTo(ratio(conversion, base), 4),
      cumulativeShare: roundTo(ratio(cumulativeCount, sorted.length), 6),
      capture: roundTo(ratio(cumulativeConversions, conversions), 6),
      minScore: slice.length > 0 ? (slice[slice.length - 1]?.key ?? 0) : 0,
      maxScore: slice.length > 0 ? (slice[0]?.key ?? 0) : 0,
    });
  }
  return out;
}

function calibration(rows: readonly { score: number; positive: boolean }[]): CalibrationRow[] {
  const bands: CalibrationRow[] = [];
  for (let from = 0; from < 100; from += 10) {
    const to = from + 10;
    const band = rows.filter((row) => row.score >= from && (to === 100 ? row.score <= 100 : row.score < to));
    if (band.length === 0) continue;
    bands.push({
      from,
      to,
      count: band.length,
      meanScore: roundTo(band.reduce((sum, row) => sum + row.score, 0) / band.length, 2),
      observed: roundTo(band.filter((row) => row.positive).length / band.length, 6),
    });
  }
  return bands;
}

/**
 * Backtests results against outcomes: AUC, conversion, lift and capture by score decile and by
 * tier, mean value and churn per tier, observed conversion per score band (calibration), the tier
 * distribution, and warnings for small samples (fewer than 40 per class or per tier) and for
 * selection bias when only worked leads have outcomes. Outcomes `null` (unknown) are left out of
 * the rates but counted in the tier distribution. Throws `INVALID_OPTIONS` on mismatched lengths.
 *
 * @example
 * ```ts
 * import { scoreLeads } from "icpfit";
 * import { evaluate } from "icpfit/analyze";
 * const icp = { id: "a", version: "1", name: "A", rules: [{ id: "sw", field: "firmographic.industry", op: "eq", value: "Software", points: 10 }] } as const;
 * const leads = [{ firmographic: { industry: "Software" } }, { firmographic: { industry: "Retail" } }];
 * evaluate(scoreLeads(leads, icp), [true, false]).auc; // 1
 * ```
 */
export function evaluate(results: readonly IcpResult[], outcomes: readonly (boolean | 0 | 1 | null)[], options: EvaluateOptions = {}): Evaluation {
  const n = results.length;
  checkLength("outcomes", outcomes, n);
  checkLength("value", options.value, n);
  checkLength("churned", options.churned, n);
  checkLength("worked", options.worked, n);
  const labelledRows: { key: number; score: number; positive: boolean; tier: Tier }[] = [];
  const perTier = new Map<Tier, { count: number; labelled: number; conversions: number; value: number; valued: number; churned: number; churnKnown: number }>(
    TIERS.map((tier) => [tier, { count: 0, labelled: 0, conversions: 0, value: 0, valued: 0, churned: 0, churnKnown: 0 }]),
  );
  results.forEach((result, i) => {
    const stats = perTier.get(result.tier);
    if (stats === undefined) return;
    stats.count++;
    const value = options.value?.[i];
    if (typeof value === "number" && Number.isFinite(value)) {
      stats.value += value;
      stats.valued++;
    }
    const churn = options.churned?.[i];
    if (typeof churn === "boolean") {
      stats.churnKnown++;
      if (churn) stats.churned++;
    }
    const outcome = outcomes[i];
    if (outcome === null || outcome === undefined || options.worked?.[i] === false) return;
    const positive = outcome === true || outcome === 1;
    stats.labelled++;
    if (positive) stats.conversions++;
    labelledRows.push({ key: rankKey(result), score: result.score, positive, tier: result.tier });
  });
  const labelled = labelledRows.length;
  const conversions = labelledRows.filter((row) => row.positive).length;
  const base = ratio(conversions, labelled);
  let cumulativeCount = 0;
  let cumulativeConversions = 0;
  const byTier: TierRow[] = TIERS.map((tier) => {
    const stats = perTier.get(tier) ?? { count: 0, labelled: 0, conversions: 0, value: 0, valued: 0, churned: 0, churnKnown: 0 };
    cumulativeCount += stats.count;
    cumulativeConversions += stats.conversions;
    const conversion = ratio(stats.conversions, stats.labelled);
    return {
      tier,
      count: stats.count,
      share: roundTo(ratio(stats.count, n), 6),
      labelled: stats.labelled,
      conversions: stats.conversions,
      conversion: roundTo(conversion, 6),
      lift: roundTo(ratio(conversion, base), 4),
      capture: roundTo(ratio(stats.conversions, conversions), 6),
      cumulativeShare: roundTo(ratio(cumulativeCount, n), 6),
      cumulativeCapture: roundTo(ratio(cumulativeConversions, conversions), 6),
      ...(stats.valued > 0 ? { meanValue: roundTo(stats.value / stats.valued, 4) } : {}),
      ...(stats.churnKnown > 0 ? { churnRate: roundTo(stats.churned / stats.churnKnown, 6) } : {}),
    };
  });
  const tierDistribution = Object.fromEntries(TIERS.map((tier) => [tier, perTier.get(tier)?.count ?? 0])) as Record<Tier, number>;
  const auc = rocAuc(labelledRows.map((row) => row.key), labelledRows.map((row) => row.positive));
  const evaluation: Evaluation = {
    icpId: results[0]?.icpId ?? "",
    icpVersion: results[0]?.icpVersion ?? "",
    n,
    labelled,
    conversions,
    baseRate: roundTo(base, 6),
    auc: Number.isNaN(auc) ? auc : roundTo(auc, 6),
    byDecile: deciles(labelledRows, conversions, base),
    byTier,
    calibration: calibration(labelledRows),
    tierDistribution,
    warnings: evaluationWarnings({ results, outcomes, worked: options.worked, byTier, labelled, conversions }),
  };
  return evaluation;
}
