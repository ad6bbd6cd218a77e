import { IcpError } from "../errors.js";
import { formatNumber } from "../engine/describe.js";
import { scoreLeads } from "../engine/score.js";
import type { Icp, IcpInput } from "../schema/icp.js";
import type { IcpResult } from "../schema/result.js";
import { captureAtShare } from "./capture-at-share.js";
import { delong } from "./delong.js";
import { normalQuantile, twoSidedP } from "./normal-distribution.js";
import { confidenceText, pText, signed } from "./stat-words.js";
import { roundTo } from "./statistics.js";
import { tierMigration, type TierMigration } from "./tier-migration.js";

/** One ICP's AUC on the compared leads, with its DeLong confidence interval.
 *
 * @example
 * ```ts
 * import type { AucEstimate } from "icpfit/analyze";
 * const auc: AucEstimate = { icpId: "mid-market", icpVersion: "3", auc: 0.78, standardError: 0.012, low: 0.756, high: 0.804 };
 * ```
 */
export interface AucEstimate {
  /** Id of the ICP (from its first result). */
  readonly icpId: string;
  /** Version of the ICP (from its first result). */
  readonly icpVersion: string;
  /** Area under the ROC curve of the score (disqualified results rank lowest, ties count one half). NaN with one class. */
  readonly auc: number;
  /** DeLong standard error of the AUC. */
  readonly standardError: number;
  /** Lower bound of the confidence interval (clipped to 0..1, as pROC does). */
  readonly low: number;
  /** Upper bound of the confidence interval. */
  readonly high: number;
}

/** DeLong's test for the paired difference of two AUCs (challenger − champion).
 *
 * @example
 * ```ts
 * import type { AucDifference } from "icpfit/analyze";
 * const difference: AucDifference = { estimate: 0.03, standardError: 0.01, low: 0.0104, high: 0.0496, z: 3, pValue: 0.0027, correlation: 0.8 };
 * ```
 */
export interface AucDifference {
  /** Challenger's AUC minus the champion's. */
  readonly estimate: number;
  /** Standard error of the difference: √(var₁ + var₂ − 2 cov). */
  readonly standardError: number;
  /** Lower bound of the difference's confidence interval. */
  readonly low: number;
  /** Upper bound of the difference's confidence interval. */
  readonly high: number;
  /** `estimate / standardError` (0 when both are 0). */
  readonly z: number;
  /** Two-sided p-value of `z`. */
  readonly pValue: number;
  /** Correlation of the two AUC estimates (they are measured on the same leads). */
  readonly correlation: number;
}

/** Capture of positive outcomes by both ICPs in the same top share of leads.
 *
 * @example
 * ```ts
 * import type { CaptureComparison } from "icpfit/analyze";
 * const row: CaptureComparison = { share: 0.2, leads: 370, champion: 0.41, challenger: 0.47, difference: 0.06 };
 * ```
 */
export interface CaptureComparison {
  /** The share of labelled leads worked, best-scored first, 0-1. */
  readonly share: number;
  /** Labelled leads in that share (`round(share × labelled)`). */
  readonly leads: number;
  /** Share of all conversions among the champion's top leads, 0-1 (leads tied at the cut taken pro rata). */
  readonly champion: number;
  /** Share of all conversions among the challenger's top leads, 0-1. */
  readonly challenger: number;
  /** `challenger − champion`. */
  readonly difference: number;
}

/** What the comparison supports: a better challenger, a better champion, no significant difference, or too little data to tell.
 *
 * @example
 * ```ts
 * import type { ComparisonVerdict } from "icpfit/analyze";
 * const verdict: ComparisonVerdict = "no-significant-difference";
 * ```
 */
export type ComparisonVerdict = "challenger-better" | "champion-better" | "no-significant-difference" | "undetermined";

/** Champion against challenger on the same leads and outcomes.
 *
 * @example
 * ```ts
 * import type { IcpComparison } from "icpfit/analyze";
 * const headline = (comparison: IcpComparison): string => `${comparison.verdict}: ${comparison.summary}`;
 * ```
 */
export interface IcpComparison {
  /** Leads compared. */
  readonly n: number;
  /** Leads with a known outcome (the AUCs and captures use these). */
  readonly labelled: number;
  /** Labelled leads with a positive outcome. */
  readonly conversions: number;
  /** Significance level of the test; the intervals are at 1 − alpha. */
  readonly alpha: number;
  /** The ICP in use. */
  readonly champion: AucEstimate;
  /** The ICP proposed to replace it. */
  readonly challenger: AucEstimate;
  /** DeLong's test of challenger − champion. */
  readonly difference: AucDifference;
  /** Capture at each lead share in `options.shares`. */
  readonly capture: readonly CaptureComparison[];
  /** How leads move between tiers, with observed conversion per cell. */
  readonly migration: TierMigration;
  /** What the test supports. Never a winner when `difference.pValue >= alpha`. */
  readonly verdict: ComparisonVerdict;
  /** The verdict in plain words, with the AUCs, the difference, its interval and the p-value. */
  readonly summary: string;
  /** Caveats: small classes, leads without an outcome, identical rankings. */
  readonly warnings: readonly string[];
}

/** Options for {@link compareIcps} and {@link compareResults}.
 *
 * @example
 * ```ts
 * import type { CompareIcpsOptions } from "icpfit/analyze";
 * const options: CompareIcpsOptions = { now: "2026-11-23", alpha: 0.01, shares: [0.1, 0.25] };
 * ```
 */
export interface CompareIcpsOptions {
  /** The moment to score at, for `withinDays` rules (compareIcps only; the library never reads the clock). */
  readonly now?: Date | string | number;
  /**
   * Significance level of DeLong's test; the confidence intervals are at 1 − alpha.
   * @default 0.05
   */
  readonly alpha?: number;
  /**
   * Lead shares (0-1) at which to compare capture.
   * @default [0.1, 0.2, 0.3]
   */
  readonly shares?: readonly number[];
}

const MIN_PER_CLASS = 40;
const rankKey = (result: IcpResult): number => (result.tier === "disqualified" ? -1 : result.score);

function checkOptions(options: CompareIcpsOptions): { alpha: number; shares: readonly number[] } {
  const alpha = options.alpha ?? 0.05;
  if (!(alpha > 0 && alpha < 1)) throw new IcpError("INVALID_OPTIONS", [{ path: ["alpha"], message: `expected a number between 0 and 1, got ${String(alpha)}` }]);
  const shares = options.shares ?? [0.1, 0.2, 0.3];
  shares.forEach((share, index) => {
    if (!(share > 0 && share <= 1)) throw new IcpError("INVALID_OPTIONS", [{ path: ["shares", index], message: `expected a share above 0 and at most 1, got ${String(share)}` }]);
  });
  return { alpha, shares };
}

function checkLengths(champion: readonly unknown[], challenger: readonly unknown[], outcomes: readonly unknown[], what: string): void {
  if (!Array.isArray(outcomes) || outcomes.length !== champion.length) {
    throw new IcpError("INVALID_OPTIONS", [{ path: ["outcomes"], message: `expected one outcome per ${what} (${champion.length}), got ${Array.isArray(outcomes) ? outcomes.length : typeof outcomes}` }]);
  }
  if (challenger.length !== champion.length) {
    throw new IcpError("INVALID_OPTIONS", [{ path: ["challenger"], message: `expected as many challenger results as champion results (${champion.length}), got ${challenger.length}` }]);
  }
}

function aucText(estimate: AucEstimate): string {
  return `${estimate.auc.toFixed(3)} (${estimate.low.toFixed(3)}–${estimate.high.toFixed(3)})`;
}

function verdictOf(difference: AucDifference, alpha: number): ComparisonVerdict {
  if (Number.isNaN(difference.pValue)) return "undetermined";
  if (difference.pValue >= alpha) return "no-significant-difference";
  return difference.estimate > 0 ? "challenger-better" : "champion-better";
}

function summaryOf(verdict: ComparisonVerdict, comparison: Omit<IcpComparison, "summary" | "verdict" | "warnings">): string {
  const { champion, challenger, difference, alpha } = comparison;
  const level = confidenceText(alpha);
  const leads = `${formatNumber(comparison.labelled)} labelled leads`;
  const test = `${signed(difference.estimate, 3)} (${level} CI ${signed(difference.low, 3)} to ${signed(difference.high, 3)}; DeLong's test z = ${difference.z.toFixed(2)}, ${pText(difference.pValue)})`;
  const aucs = `AUC ${aucText(challenger)} for the challenger against ${aucText(champion)} for the champion (${level} CIs)`;
  if (verdict === "undetermined") {
    return `Cannot compare: DeLong's test needs at least two converted and two unconverted leads with an outcome; there are ${formatNumber(comparison.conversions)} and ${formatNumber(comparison.labelled - comparison.conversions)}.`;
  }
  if (verdict === "no-significant-difference") {
    return `No significant difference: ${aucs}; the difference ${test} is within what chance gives on ${leads} at alpha ${alpha}, so the data does not show that either ICP ranks converters better.`;
  }
  const better = verdict === "challenger-better" ? "The challenger ranks converters better than the champion" : "The champion ranks converters better than the challenger";
  return `${better}: ${aucs}; difference ${test} on ${leads}.`;
}

function warningsOf(comparison: Omit<IcpComparison, "summary" | "verdict" | "warnings">): string[] {
  const warnings: string[] = [];
  const negatives = comparison.labelled - comparison.conversions;
  if (comparison.conversions < MIN_PER_CLASS || negatives < MIN_PER_CLASS) {
    warnings.push(`Small sample: ${formatNumber(comparison.conversions)} conversions and ${formatNumber(negatives)} non-conversions (fewer than ${MIN_PER_CLASS} in a class); DeLong's normal approximation is rough and a real difference may go undetected`);
  }
  const unknown = comparison.n - comparison.labelled;
  if (unknown > 0) warnings.push(`${formatNumber(unknown)} of ${formatNumber(comparison.n)} leads have no outcome: they count in the migration matrix but not in the AUCs or captures`);
  if (comparison.difference.standardError === 0 && comparison.difference.estimate === 0) {
    warnings.push("Both ICPs order every converted lead against every unconverted one the same way: their AUCs cannot differ on these leads");
  }
  return warnings;
}

/**
 * Champion against challenger on results already scored for the same leads, in the same order:
 * see {@link compareIcps}, which scores the leads and calls this.
 * Throws `INVALID_OPTIONS` when the lists differ in length or an option is out of range.
 *
 * @example
 * ```ts
 * import { scoreLeads } from "icpfit";
 * import { compareResults } from "icpfit/analyze";
 * const a = { id: "a", version: "1", name: "A", rules: [{ id: "sw", field: "firmographic.industry", op: "eq", value: "Software", points: 10 }] } as const;
 * const b = { id: "b", version: "1", name: "B", rules: [{ id: "big", field: "firmographic.employees", op: "gte", value: 100, points: 10 }] } as const;
 * const leads = [{ firmographic: { industry: "Software", employees: 500 } }, { firmographic: { industry: "Retail", employees: 20 } }];
 * compareResults(scoreLeads(leads, a), scoreLeads(leads, b), [true, false]).verdict; // "undetermined": two leads are too few
 * ```
 */
export function compareResults(
  champion: readonly IcpResult[],
  challenger: readonly IcpResult[],
  outcomes: readonly (boolean | 0 | 1 | null)[],
  options: CompareIcpsOptions = {},
): IcpComparison {
  const { alpha, shares } = checkOptions(options);
  checkLengths(champion, challenger, outcomes, "result");
  const labelledIndexes = outcomes.flatMap((outcome, index) => (outcome === null || outcome === undefined ? [] : [index]));
  const positive = labelledIndexes.map((index) => outcomes[index] === true || outcomes[index] === 1);
  const keys = [champion, challenger].map((results) => labelledIndexes.map((index) => rankKey(results[index] as IcpResult)));
  const estimate = delong(keys, positive);
  const z = normalQuantile(1 - alpha / 2);
  const aucEstimate = (results: readonly IcpResult[], r: 0 | 1): AucEstimate => {
    const auc = estimate.aucs[r] as number;
    const variance = estimate.covariance[r]?.[r] as number;
    const se = Math.sqrt(variance);
    return {
      icpId: results[0]?.icpId ?? "",
      icpVersion: results[0]?.icpVersion ?? "",
      auc,
      standardError: se,
      low: Math.max(0, auc - z * se),
      high: Math.min(1, auc + z * se),
    };
  };
  const [varA, varB, cov] = [estimate.covariance[0]?.[0] as number, estimate.covariance[1]?.[1] as number, estimate.covariance[0]?.[1] as number];
  const diff = (estimate.aucs[1] as number) - (estimate.aucs[0] as number);
  const se = Math.sqrt(Math.max(0, varA + varB - 2 * cov));
  const zDiff = se > 0 ? diff / se : Number.isNaN(se) || Number.isNaN(diff) ? Number.NaN : diff === 0 ? 0 : Math.sign(diff) * Infinity;
  const difference: AucDifference = {
    estimate: diff,
    standardError: se,
    low: diff - z * se,
    high: diff + z * se,
    z: zDiff,
    pValue: twoSidedP(zDiff),
    correlation: varA > 0 && varB > 0 ? cov / Math.sqrt(varA * varB) : Number.NaN,
  };
  const rows = (r: 0 | 1): { key: number; positive: boolean }[] => (keys[r] as number[]).map((key, i) => ({ key, positive: positive[i] === true }));
  const capture = shares.map((share): CaptureComparison => {
    const a = captureAtShare(rows(0), share);
    const b = captureAtShare(rows(1), share);
    return { share, leads: Math.round(share * labelledIndexes.length), champion: roundTo(a, 6), challenger: roundTo(b, 6), difference: roundTo(b - a, 6) };
  });
  const base = {
    n: champion.length,
    labelled: labelledIndexes.length,
    conversions: estimate.positives,
    alpha,
    champion: aucEstimate(champion, 0),
    challenger: aucEstimate(challenger, 1),
    difference,
    capture,
    migration: tierMigration(champion, challenger, outcomes),
  };
  const verdict = verdictOf(difference, alpha);
  const comparison: IcpComparison = { ...base, verdict, summary: summaryOf(verdict, base), warnings: warningsOf(base) };
  return comparison;
}

/**
 * Champion against challenger: scores the same leads with both ICPs and compares them against
 * the leads' outcomes. Gives each ICP's AUC with a DeLong confidence interval; DeLong's test for
 * the paired difference (z, two-sided p, interval of challenger − champion), computed with Sun &
 * Xu's fast midrank algorithm and checked against pROC's `roc.test`; the capture of conversions
 * in the same top share of leads; the tier migration matrix with observed conversion per cell;
 * and a verdict in plain words that names a winner only when p < alpha. Disqualified results rank
 * below every score, as in {@link evaluate}; outcomes `null` are left out of the AUCs and captures.
 * Throws `INVALID_OPTIONS` on mismatched lengths or options out of range, and `IcpError` for an
 * invalid ICP.
 *
 * @example
 * ```ts
 * import { compareIcps } from "icpfit/analyze";
 * const champion = { id: "by-industry", version: "1", name: "By industry", rules: [{ id: "sw", field: "firmographic.industry", op: "eq", value: "Software", points: 10 }] } as const;
 * const challenger = { id: "by-size", version: "1", name: "By size", rules: [{ id: "big", field: "firmographic.employees", op: "gte", value: 100, points: 10 }] } as const;
 * const leads = Array.from({ length: 200 }, (_, i) => ({ firmographic: { industry: i % 3 === 0 ? "Software" : "Retail", employees: (i * 37) % 400 } }));
 * const outcomes = leads.map((lead, i) => lead.firmographic.employees >= 100 && i % 4 !== 0);
 * const comparison = compareIcps(champion, challenger, leads, outcomes);
 * comparison.verdict; // "challenger-better"
 * ```
 */
export function compareIcps(
  champion: IcpInput | Icp,
  challenger: IcpInput | Icp,
  records: readonly unknown[],
  outcomes: readonly (boolean | 0 | 1 | null)[],
  options: CompareIcpsOptions = {},
): IcpComparison {
  if (!Array.isArray(records)) throw new IcpError("INVALID_OPTIONS", [{ path: ["records"], message: `expected an array of leads, got ${records === null ? "null" : typeof records}` }]);
  checkOptions(options);
  const scoreOptions = options.now === undefined ? {} : { now: options.now };
  const championResults = scoreLeads(records, champion, scoreOptions);
  const challengerResults = scoreLeads(records, challenger, scoreOptions);
  checkLengths(championResults, challengerResults, outcomes, "lead");
  return compareResults(championResults, challengerResults, outcomes, options);
}
