import { IcpError } from "../errors.js";
import { conditionFields } from "../engine/describe.js";
import { scoreLeads } from "../engine/score.js";
import type { Condition } from "../schema/condition.js";
import type { Icp, IcpInput } from "../schema/icp.js";
import { safeParseIcp } from "../schema/parse.js";
import type { IcpResult, Tier } from "../schema/result.js";
import type { AttributeKind } from "./field-values.js";
import { fieldPaths } from "./field-values.js";
import { fieldPsi, numericPsi, psiOf, type DriftBin } from "./population-stability.js";
import { roundTo } from "./statistics.js";
import { TIER_ORDER } from "./tier-migration.js";

/** A PSI band: below `watch` stable, from `watch` to `act` watch, above `act` act.
 *
 * @example
 * ```ts
 * import type { DriftStatus } from "icpfit/analyze";
 * const status: DriftStatus = "watch";
 * ```
 */
export type DriftStatus = "stable" | "watch" | "act";

/** The PSI thresholds between the bands.
 *
 * @example
 * ```ts
 * import type { DriftBands } from "icpfit/analyze";
 * const strict: DriftBands = { watch: 0.05, act: 0.15 };
 * ```
 */
export interface DriftBands {
  /** PSI from which a distribution is worth watching. */
  readonly watch: number;
  /** PSI above which the shift calls for action (re-derive, re-weight or review the ICP). */
  readonly act: number;
}

/** One sample for {@link scoreDrift}: leads, their results, or both.
 *
 * @example
 * ```ts
 * import type { DriftSample } from "icpfit/analyze";
 * const sample: DriftSample = { leads: [{ firmographic: { industry: "Software" } }] };
 * ```
 */
export interface DriftSample {
  /** Lead records: field drift, and score drift when `options.icp` is given and `results` is not. */
  readonly leads?: readonly unknown[];
  /** Results already scored (by the same ICP in both samples): score and tier drift. */
  readonly results?: readonly IcpResult[];
}

/** A distribution's PSI and band.
 *
 * @example
 * ```ts
 * import type { DistributionDrift } from "icpfit/analyze";
 * const drift: DistributionDrift = { psi: 0.04, status: "stable", bins: [] };
 * ```
 */
export interface DistributionDrift {
  /** Population stability index, 0 when the shares are equal. */
  readonly psi: number;
  /** The PSI's band. */
  readonly status: DriftStatus;
  /** The bins it was computed over. */
  readonly bins: readonly DriftBin[];
}

/** One field's drift: value shares and coverage.
 *
 * @example
 * ```ts
 * import type { FieldDrift } from "icpfit/analyze";
 * const drift: FieldDrift = { field: "attributes.origin", kind: "categorical", psi: 0.3, status: "act", bins: [], referenceCoverage: 0.99, currentCoverage: 0.97, coverageChange: -0.02 };
 * ```
 */
export interface FieldDrift extends DistributionDrift {
  /** The field path. */
  readonly field: string;
  /** How the field was binned (read from the reference). */
  readonly kind: AttributeKind;
  /** Share of reference leads with a value. */
  readonly referenceCoverage: number;
  /** Share of current leads with a value. */
  readonly currentCoverage: number;
  /** `currentCoverage − referenceCoverage`. */
  readonly coverageChange: number;
}

/** One tier's share in both samples.
 *
 * @example
 * ```ts
 * import type { TierShift } from "icpfit/analyze";
 * const shift: TierShift = { tier: "primary", reference: 0.12, current: 0.07, change: -0.05 };
 * ```
 */
export interface TierShift {
  /** The tier. */
  readonly tier: Tier;
  /** Share of reference results in the tier. */
  readonly reference: number;
  /** Share of current results in the tier. */
  readonly current: number;
  /** `current − reference`. */
  readonly change: number;
}

/** The tier shares' PSI, with each tier's shift.
 *
 * @example
 * ```ts
 * import type { TierDrift } from "icpfit/analyze";
 * const primaryChange = (drift: TierDrift): number => drift.shifts.find((shift) => shift.tier === "primary")?.change ?? 0;
 * ```
 */
export interface TierDrift extends DistributionDrift {
  /** Each tier's share in both samples, best tier first. */
  readonly shifts: readonly TierShift[];
}

/** Drift between a reference sample and a current one.
 *
 * @example
 * ```ts
 * import type { ScoreDrift } from "icpfit/analyze";
 * const act = (drift: ScoreDrift): string[] => drift.fields.filter((field) => field.status === "act").map((field) => field.field);
 * ```
 */
export interface ScoreDrift {
  /** Leads (or results) in the reference sample. */
  readonly referenceSize: number;
  /** Leads (or results) in the current sample. */
  readonly currentSize: number;
  /** The bands used. */
  readonly bands: DriftBands;
  /** The share an empty bin counts as. */
  readonly epsilon: number;
  /** The worst band over the score, the tiers and the fields. */
  readonly status: DriftStatus;
  /** PSI of the score over the reference's score deciles; null without results or an ICP. */
  readonly score: DistributionDrift | null;
  /** PSI of the tier shares, with each tier's shift; null without results or an ICP. */
  readonly tiers: TierDrift | null;
  /** Each field's drift, largest PSI first; empty without leads. */
  readonly fields: readonly FieldDrift[];
  /** PSI that sampling noise alone gives on average for the score at these sample sizes: (bins − 1) × (1/n₁ + 1/n₂). */
  readonly noiseFloor: number | null;
  /** The result in plain words. */
  readonly summary: string;
  /** Caveats: small samples, a score noise floor near the bands. */
  readonly warnings: readonly string[];
}

/** Options for {@link scoreDrift}.
 *
 * @example
 * ```ts
 * import type { ScoreDriftOptions } from "icpfit/analyze";
 * const options: ScoreDriftOptions = { now: "2026-11-23", bands: { watch: 0.1, act: 0.25 }, fields: ["attributes.origin"] };
 * ```
 */
export interface ScoreDriftOptions {
  /** The ICP to score leads with (when the samples carry leads but no results); its rule fields are the default `fields`. */
  readonly icp?: IcpInput | Icp;
  /** The moment to score at, for `withinDays` rules (the library never reads the clock). */
  readonly now?: Date | string | number;
  /**
   * Fields to check.
   * @default the ICP's rule fields when `icp` is given, else every field of the reference leads
   */
  readonly fields?: readonly string[];
  /**
   * Band thresholds.
   * @default { watch: 0.1, act: 0.25 }
   */
  readonly bands?: DriftBands;
  /**
   * Bins for scores and numeric fields: the reference's quantiles at 1/bins, 2/bins, … (ties merge bins).
   * @default 10
   */
  readonly bins?: number;
  /**
   * Most frequent reference values kept as their own bins for a text field; the rest are pooled as "(other)".
   * @default 20
   */
  readonly maxCategories?: number;
  /**
   * Share an empty bin counts as, so that the PSI stays finite: with 0.0001, a bin empty in one
   * sample and holding 1% of the other adds 0.01 × ln(100) ≈ 0.046.
   * @default 0.0001
   */
  readonly epsilon?: number;
}

const DEFAULT_BANDS: DriftBands = { watch: 0.1, act: 0.25 };
const RANK: Record<DriftStatus, number> = { stable: 0, watch: 1, act: 2 };

function bandOf(psi: number, bands: DriftBands): DriftStatus {
  return psi > bands.act ? "act" : psi >= bands.watch ? "watch" : "stable";
}

function fail(path: string, message: string): never {
  throw new IcpError("INVALID_OPTIONS", [{ path: [path], message }]);
}

function checked(options: ScoreDriftOptions): { bands: DriftBands; bins: number; maxCategories: number; epsilon: number } {
  const bands = options.bands ?? DEFAULT_BANDS;
  if (!(bands.watch > 0 && bands.act > bands.watch)) fail("bands", `expected 0 < watch < act, got watch ${String(bands.watch)} and act ${String(bands.act)}`);
  const bins = options.bins ?? 10;
  if (!Number.isInteger(bins) || bins < 2 || bins > 100) fail("bins", `expected a whole number from 2 to 100, got ${String(bins)}`);
  const maxCategories = options.maxCategories ?? 20;
  if (!Number.isInteger(maxCategories) || maxCategories < 1) fail("maxCategories", `expected a whole number of at least 1, got ${String(maxCategories)}`);
  const epsilon = options.epsilon ?? 0.0001;
  if (!(epsilon > 0 && epsilon <= 0.01)) fail("epsilon", `expected a share above 0 and at most 0.01, got ${String(epsilon)}`);
  return { bands: { watch: bands.watch, act: bands.act }, bins, maxCategories, epsilon };
}

function resultsOf(sample: DriftSample, name: string, icp: IcpInput | Icp | undefined, now: ScoreDriftOptions["now"]): readonly IcpResult[] | undefined {
  if (sample.results !== undefined) {
    if (!Array.isArray(sample.results)) fail(name, "expected results to be an array of results");
    return sample.results;
  }
  if (icp === undefined || sample.leads === undefined) return undefined;
  return scoreLeads(sample.leads, icp, now === undefined ? {} : { now });
}

function tierDrift(reference: readonly IcpResult[], current: readonly IcpResult[], epsilon: number, bands: DriftBands): TierDrift {
  const share = (results: readonly IcpResult[], tier: Tier): number => (results.length > 0 ? results.filter((result) => result.tier === tier).length / results.length : 0);
  const before = TIER_ORDER.map((tier) => share(reference, tier));
  const after = TIER_ORDER.map((tier) => share(current, tier));
  const { psi, bins } = psiOf([...TIER_ORDER], before, after, epsilon);
  const shifts = TIER_ORDER.map((tier, index): TierShift => ({ tier, reference: roundTo(before[index] ?? 0, 6), current: roundTo(after[index] ?? 0, 6), change: roundTo((after[index] ?? 0) - (before[index] ?? 0), 6) }));
  return { psi, status: bandOf(psi, bands), bins, shifts };
}

function summaryOf(drift: Omit<ScoreDrift, "summary" | "warnings">): string {
  const parts: string[] = [];
  if (drift.score !== null) parts.push(`score PSI ${drift.score.psi.toFixed(3)} (${drift.score.status})`);
  if (drift.tiers !== null) parts.push(`tier shares PSI ${drift.tiers.psi.toFixed(3)} (${drift.tiers.status})`);
  const named = (status: DriftStatus): string[] => drift.fields.filter((field) => field.status === status).map((field) => `${field.field} ${field.psi.toFixed(3)}`);
  const act = named("act");
  const watch = named("watch");
  if (act.length > 0) parts.push(`fields to act on: ${act.join(", ")}`);
  if (watch.length > 0) parts.push(`fields to watch: ${watch.join(", ")}`);
  if (drift.fields.length > 0 && act.length === 0 && watch.length === 0) parts.push(`no field's PSI reaches ${drift.bands.watch}`);
  const head = { stable: "Stable", watch: "Watch", act: "Act" }[drift.status];
  return `${head}: ${parts.join("; ")} (bands: below ${drift.bands.watch} stable, ${drift.bands.watch}–${drift.bands.act} watch, above ${drift.bands.act} act).`;
}

/**
 * Drift between the leads an ICP was built or last checked on (`reference`) and the leads
 * arriving now (`current`): the population stability index (PSI) of the score over the
 * reference's score deciles, of the tier shares (with each tier's shift), and of each field's
 * values (text by the reference's most frequent values, numbers by the reference's deciles, and
 * missing values as a bin of their own), plus each field's coverage change. Each PSI falls in a
 * band: below `watch` (0.1) stable, up to `act` (0.25) watch, above `act` act. An empty bin
 * counts as `epsilon` (0.0001). Samples carry `results` (scored by the same ICP), `leads`, or
 * both; leads without results are scored with `options.icp`. Pure and deterministic.
 * Throws `INVALID_OPTIONS` when there is nothing to compare or an option is out of range.
 *
 * @example
 * ```ts
 * import { scoreDrift } from "icpfit/analyze";
 * const icp = { id: "a", version: "1", name: "A", rules: [{ id: "sw", field: "firmographic.industry", op: "eq", value: "Software", points: 10 }] } as const;
 * const lead = (industry: string) => ({ firmographic: { industry } });
 * const before = [...Array(80)].map((_, i) => lead(i % 4 === 0 ? "Software" : "Retail"));
 * const after = [...Array(80)].map((_, i) => lead(i % 4 === 0 ? "Retail" : "Software"));
 * scoreDrift({ leads: before }, { leads: after }, { icp }).status; // "act": Software went from 25% to 75% of leads
 * ```
 */
export function scoreDrift(reference: DriftSample, current: DriftSample, options: ScoreDriftOptions = {}): ScoreDrift {
  if (reference === null || typeof reference !== "object") fail("reference", `expected { leads?, results? }, got ${reference === null ? "null" : typeof reference}`);
  if (current === null || typeof current !== "object") fail("current", `expected { leads?, results? }, got ${current === null ? "null" : typeof current}`);
  const { bands, bins, maxCategories, epsilon } = checked(options);
  let ruleFields: string[] | undefined;
  if (options.icp !== undefined) {
    const parsed = safeParseIcp(options.icp);
    if (!parsed.success) throw parsed.error;
    ruleFields = [...new Set(parsed.data.rules.flatMap((rule) => conditionFields(rule as Condition)))];
  }
  const before = resultsOf(reference, "reference", options.icp, options.now);
  const after = resultsOf(current, "current", options.icp, options.now);
  const hasScores = before !== undefined && after !== undefined && before.length > 0 && after.length > 0;
  const hasLeads = reference.leads !== undefined && current.leads !== undefined && reference.leads.length > 0 && current.leads.length > 0;
  if (!hasScores && !hasLeads) {
    fail("reference", "expected results in both samples, or leads in both samples (with options.icp to score them), none of them empty");
  }
  const score = hasScores
    ? (() => {
        const { psi, bins: scoreBins } = numericPsi(before.map((result) => result.score), after.map((result) => result.score), bins, epsilon);
        return { psi, status: bandOf(psi, bands), bins: scoreBins };
      })()
    : null;
  const tiers = hasScores ? tierDrift(before, after, epsilon, bands) : null;
  const fields: FieldDrift[] = [];
  if (hasLeads) {
    const leadsBefore = reference.leads as readonly unknown[];
    const leadsAfter = current.leads as readonly unknown[];
    for (const field of options.fields ?? ruleFields ?? fieldPaths(leadsBefore)) {
      const result = fieldPsi(field, leadsBefore, leadsAfter, { bins, maxCategories, epsilon });
      if (result.referenceCoverage === 0 && result.currentCoverage === 0) continue;
      fields.push({ field, ...result, status: bandOf(result.psi, bands), coverageChange: roundTo(result.currentCoverage - result.referenceCoverage, 6) });
    }
    fields.sort((a, b) => b.psi - a.psi);
  }
  const statuses = [score?.status, tiers?.status, ...fields.map((field) => field.status)].filter((status): status is DriftStatus => status !== undefined);
  const status = statuses.reduce<DriftStatus>((worst, next) => (RANK[next] > RANK[worst] ? next : worst), "stable");
  const referenceSize = before?.length ?? reference.leads?.length ?? 0;
  const currentSize = after?.length ?? current.leads?.length ?? 0;
  const noiseFloor = score === null ? null : roundTo((score.bins.length - 1) * (1 / referenceSize + 1 / currentSize), 6);
  const base = { referenceSize, currentSize, bands, epsilon, status, score, tiers, fields, noiseFloor };
  const warnings: string[] = [];
  if (noiseFloor !== null && noiseFloor >= bands.watch / 2) {
    warnings.push(`Small samples (${referenceSize} and ${currentSize}): sampling noise alone gives a score PSI of about ${noiseFloor.toFixed(3)}, so bands near it mean little`);
  }
  const drift: ScoreDrift = { ...base, summary: summaryOf(base), warnings };
  return drift;
}
