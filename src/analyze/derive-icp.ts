import { IcpError } from "../errors.js";
import { compileIcp } from "../engine/compile.js";
import { describeCondition } from "../engine/describe.js";
import type { Condition } from "../schema/condition.js";
import type { Icp, IcpInput } from "../schema/icp.js";
import { defineIcp } from "../schema/parse.js";
import { buildCandidates } from "./candidate-rules.js";
import { explainRule, pct, ruleFor, ruleIdFor, strengthOf } from "./derived-rules.js";
import { fieldPaths } from "./field-values.js";
import { checkFieldPath } from "../schema/field-path.js";
import { forwardSelect } from "./forward-selection.js";
import { bestLabels } from "./best-labels.js";
import { pointsFromCoefficients } from "./rule-features.js";
import { rocAuc } from "./roc-auc.js";
import { simulateTiers, type TargetShares, type TierShare } from "./simulate-tiers.js";
import { ratio, roundTo } from "./statistics.js";

/** Why one derived rule is in the ICP.
 *
 * @example
 * ```ts
 * import type { DerivedRuleReport } from "icpfit/analyze";
 * const row: DerivedRuleReport = { ruleId: "industry-software", field: "firmographic.industry", label: "industry is Software", why: "…", lift: 2.1, support: 40, bestShare: 0.5, allShare: 0.24, rate: 0.6, coefficient: 1.2, points: 30, statistic: 25, pValue: 0.000001, strength: "strong" };
 * ```
 */
export interface DerivedRuleReport {
  /** Id of the rule in the derived ICP, e.g. `industry-software`. */
  readonly ruleId: string;
  /** Field path the rule tests. */
  readonly field: string;
  /** Plain-words description of the rule's condition, e.g. `industry is Software`. */
  readonly label: string;
  /** One sentence with the evidence. */
  readonly why: string;
  /** Best rate among records that fully match / best rate overall. */
  readonly lift: number;
  /** Records that fully match the rule. */
  readonly support: number;
  /** Share of best records that fully match. */
  readonly bestShare: number;
  /** Share of all records that fully match. */
  readonly allShare: number;
  /** Best rate among the records that fully match. */
  readonly rate: number;
  /** Logistic coefficient of the rule in the final model (log-odds per unit of credit). */
  readonly coefficient: number;
  /** Points of the rule in the derived ICP: its coefficient scaled so that the points add up to about 100. */
  readonly points: number;
  /** Score-test chi-square when the rule was chosen (evidence given the rules before it). */
  readonly statistic: number;
  /** p-value of `statistic` (chi-square, 1 degree of freedom): the chance of evidence this strong from a rule that adds nothing. */
  readonly pValue: number;
  /**
   * Evidence and effect together. strong: p < 0.001 and lift at least 1.25; moderate: p < 0.05
   * and lift at least 1.1; weak: anything else, such as a rule kept only to reach `minRules`, or one
   * that helps only alongside the other rules while its matches convert about as often as all
   * records (a lift near 1). A tiny p-value alone is not strength: on thousands of records a lift
   * of 1.05 is significant too.
   */
  readonly strength: "strong" | "moderate" | "weak";
}

/** An ICP derived from data, with the reasons for every rule.
 *
 * @example
 * ```ts
 * import type { DerivedIcp } from "icpfit/analyze";
 * const rules = (derived: DerivedIcp): number => derived.icp.rules.length;
 * ```
 */
export interface DerivedIcp {
  /** A valid ICP (passes `compileIcp`), ready to edit and commit as JSON. */
  readonly icp: Icp;
  /** One entry per rule, in rule order. */
  readonly report: readonly DerivedRuleReport[];
  /** Records used (outcome known). */
  readonly n: number;
  /** Best records among them. */
  readonly positives: number;
  /** Share of best records among the records used (`positives / n`), 0-1. */
  readonly baseRate: number;
  /** AUC of the derived ICP's score on the records it was derived from (in-sample: optimistic). */
  readonly trainingAuc: number;
  /** Candidate conditions tried. */
  readonly candidates: number;
  /**
   * The training records per tier under the derived thresholds (primary, secondary, tertiary,
   * unqualified), each with its `share` beside the `targetShare` it was placed for: with few
   * distinct scores the two can differ a lot.
   */
  readonly tierShares: readonly TierShare[];
  /**
   * Plain-words caveats: small samples, fewer rules than `minRules`, keys that are not lead
   * fields, tiers left empty or far from their target share.
   */
  readonly warnings: readonly string[];
}

/** Options for {@link deriveIcp}; give `isBest` or `outcome`.
 *
 * @example
 * ```ts
 * import type { DeriveIcpOptions } from "icpfit/analyze";
 * const options: DeriveIcpOptions = { outcome: [true, false, true], maxRules: 8, id: "derived", name: "Derived ICP" };
 * ```
 */
export interface DeriveIcpOptions {
  /** Marks the best records (e.g. shortest sales cycle). */
  readonly isBest?: (record: unknown, index: number) => boolean;
  /**
   * One outcome per record: booleans or 0/1 (converted or not); other numbers are values (revenue,
   * lifetime value) and the records at or above `bestQuantile` count as best; `null` leaves a record out.
   */
  readonly outcome?: readonly (boolean | number | null)[];
  /**
   * With a numeric value outcome: the quantile from which a record counts as best.
   * @default 0.75
   */
  readonly bestQuantile?: number;
  /**
   * At most this many rules (the literature's 5–10 attributes); an integer from 1 to 200.
   * @default 10
   */
  readonly maxRules?: number;
  /**
   * Keep adding the strongest positive rule, even if weak (labelled `weak`), until there are this
   * many; an integer from 0 to 200, capped at `maxRules`. A warning says when fewer rules raise the
   * best rate at all.
   * @default 5
   */
  readonly minRules?: number;
  /**
   * At most this many rules on one field (e.g. one `in` and one `notIn` on the industry); an
   * integer from 1 to 200.
   * @default 2
   */
  readonly maxRulesPerField?: number;
  /**
   * Fields to consider: lead paths such as `firmographic.industry` or `attributes.plan`. Record
   * keys that are not lead fields (a flat `{ Product: "A" }`) are not used, with a warning, or an
   * `UNKNOWN_FIELD` error naming them when nothing else is left.
   * @default every field path seen in the records
   */
  readonly fields?: readonly string[];
  /** Fields never to use (e.g. the outcome itself, or anything filled in after contact). */
  readonly exclude?: readonly string[];
  /**
   * A value or rule needs at least this many records.
   * @default max(10, 1% of the records)
   */
  readonly minSupport?: number;
  /**
   * Ridge penalty of the logistic model behind the points.
   * @default 1
   */
  readonly l2?: number;
  /**
   * Share of the records wanted in each tier: each threshold is placed at the observed score whose
   * cumulative share comes closest (see `simulateTiers`); `tierShares` reports what was achieved.
   * @default { primary: 0.1, secondary: 0.2, tertiary: 0.3 }
   */
  readonly targetShares?: TargetShares;
  /** @default "derived-icp" */
  readonly id?: string;
  /** @default "Derived ICP" */
  readonly name?: string;
  /** @default "1" */
  readonly version?: string;
  /** ISO date to record as the review date (the library never reads the clock). */
  readonly reviewedAt?: string;
}

const DEFAULT_TARGET_SHARES: TargetShares = { primary: 0.1, secondary: 0.2, tertiary: 0.3 };

/** Record keys (or `fields`) no rule may name: flat columns such as `Product` instead of `attributes.Product`. */
function notLeadFields(fields: readonly string[]): string[] {
  return fields.filter((field) => !checkFieldPath(field).ok);
}

function notLeadMessage(notLead: readonly string[], total: number): string {
  const shown = notLead.slice(0, 8).map((field) => JSON.stringify(field)).join(", ");
  const more = notLead.length > 8 ? ` and ${notLead.length - 8} more` : "";
  const example = notLead.find((field) => !field.includes(".")) ?? "Product";
  return `${notLead.length} of ${total} key(s) are not lead fields: ${shown}${more}. A lead has firmographic.*, technographic.*, behavioral.*, contact.* (and so on) fields; put other columns under attributes (a record { attributes: { ${JSON.stringify(example)}: … } } gives the field "attributes.${example}"), or let the CLI map them (icpfit derive reads unmapped columns as attributes.*; --field <path>=<column> maps one)`;
}

/**
 * Derives an editable ICP of 5–10 readable rules from records whose outcome is known: candidate
 * conditions per field (value sets by lift, data-driven numeric ranges and thresholds, list items)
 * are chosen step by step by the evidence they add given the rules already chosen (a logistic
 * score test), points come from the fitted model (positive, adding up to 100), and tier
 * thresholds from `targetShares`. The ICP scores missing data as no credit (`missing: "miss"`).
 * Pure and deterministic. Throws `INVALID_OPTIONS` without outcomes, with too few best records or
 * with out-of-range options, and `UNKNOWN_FIELD` when no rule can be found and some record keys are
 * not lead fields (flat records: put custom columns under `attributes`).
 *
 * @example
 * ```ts
 * import { deriveIcp } from "icpfit/analyze";
 * const records = Array.from({ length: 200 }, (_, i) => ({
 *   firmographic: { industry: i % 3 === 0 ? "Software" : "Retail", employees: 10 + (i % 50) * 10 },
 * }));
 * const derived = deriveIcp(records, { isBest: (_, i) => i % 3 === 0 && i % 2 === 0, minRules: 1 });
 * derived.icp.rules[0]?.id; // "industry-software"
 * ```
 */
export function deriveIcp(records: readonly unknown[], options: DeriveIcpOptions): DerivedIcp {
  const labels = bestLabels(records, options);
  const kept = labels.flatMap((label, index) => (label === null ? [] : [index]));
  const rows = kept.map((index) => records[index]);
  const y = Float64Array.from(kept, (index) => (labels[index] === true ? 1 : 0));
  const n = rows.length;
  const positives = y.reduce((sum, value) => sum + value, 0);
  if (positives < 2 || n - positives < 2) {
    throw new IcpError("INVALID_OPTIONS", [{ path: [options.isBest ? "isBest" : "outcome"], message: `expected at least 2 best and 2 other records, got ${positives} best of ${n}` }]);
  }
  const maxRules = options.maxRules ?? 10;
  const minRules = Math.min(options.minRules ?? 5, maxRules);
  const maxRulesPerField = options.maxRulesPerField ?? 2;
  for (const [name, value, low] of [["maxRules", maxRules, 1], ["minRules", options.minRules ?? 5, 0], ["maxRulesPerField", maxRulesPerField, 1]] as const) {
    if (!Number.isInteger(value) || value < low || value > 200) {
      throw new IcpError("INVALID_OPTIONS", [{ path: [name], message: `expected an integer from ${low} to 200, got ${String(value)}` }]);
    }
  }
  const excluded = new Set(options.exclude ?? []);
  const fields = (options.fields ?? fieldPaths(rows)).filter((field) => !excluded.has(field));
  const notLead = notLeadFields(fields);
  const minSupport = options.minSupport ?? Math.max(10, Math.ceil(n * 0.01));
  const l2 = options.l2 ?? 1;
  const candidates = buildCandidates(rows, fields, y, { minSupport, maxValuesPerRule: 6 });
  const selection = forwardSelect(candidates, y, {
    maxRules,
    minRules,
    maxRulesPerField,
    minStatistic: 10.83, // p < 0.001
    l2,
  });
  const warnings: string[] = [];
  if (selection.chosen.length === 0) {
    if (notLead.length > 0) throw new IcpError("UNKNOWN_FIELD", [{ path: [options.fields === undefined ? "records" : "fields"], message: notLeadMessage(notLead, fields.length) }]);
    throw new IcpError("INVALID_OPTIONS", [{ path: ["fields"], message: `no condition on ${fields.length} field(s) raises the best rate with at least ${minSupport} records; add fields or lower minSupport` }]);
  }
  if (notLead.length > 0) warnings.push(`Not used: ${notLeadMessage(notLead, fields.length)}`);
  if (selection.chosen.length < minRules) warnings.push(`Only ${selection.chosen.length} rule(s) raise the best rate; fewer than minRules (${minRules})`);
  if (positives < 40 || n - positives < 40) warnings.push(`Small sample: ${positives} best and ${n - positives} other records (fewer than 40 in a class)`);

  const points = pointsFromCoefficients(selection.fit.coefficients);
  const taken = new Set<string>();
  const base = positives / n;
  const rules: IcpInput["rules"][number][] = [];
  const report: DerivedRuleReport[] = [];
  selection.chosen.forEach((chosen, j) => {
    const id = ruleIdFor(chosen.candidate, taken);
    const rule = ruleFor(chosen.candidate, id, points[j] ?? 0);
    rules.push(rule);
    let support = 0;
    let bestMatched = 0;
    chosen.candidate.credits.forEach((credit, i) => {
      if (credit === 1) {
        support++;
        bestMatched += y[i] ?? 0;
      }
    });
    const rate = ratio(bestMatched, support);
    const stats = { bestShare: ratio(bestMatched, positives), allShare: ratio(support, n), rate, lift: ratio(rate, base), support };
    const label = describeCondition(rule as Condition);
    const partial = "falloff" in rule && rule.falloff !== undefined;
    report.push({
      ruleId: id,
      field: chosen.candidate.field,
      label,
      why: explainRule(label, partial, stats, base, options.outcome !== undefined, n),
      lift: roundTo(stats.lift, 4),
      support,
      bestShare: roundTo(stats.bestShare, 4),
      allShare: roundTo(stats.allShare, 4),
      rate: roundTo(rate, 4),
      coefficient: roundTo(selection.fit.coefficients[j] ?? 0, 4),
      points: points[j] ?? 0,
      statistic: roundTo(chosen.statistic, 2),
      pValue: chosen.pValue,
      strength: strengthOf(chosen.pValue, stats.lift),
    });
  });

  const draft: IcpInput = {
    id: options.id ?? "derived-icp",
    version: options.version ?? "1",
    name: options.name ?? "Derived ICP",
    description: `Derived by icpfit from ${n} records (${positives} best, ${pct(base)}); points from an L2 logistic model (λ = ${l2}).`,
    ...(options.reviewedAt !== undefined ? { reviewedAt: options.reviewedAt } : {}),
    missing: "miss",
    rules,
  };
  const scorer = compileIcp(draft);
  const trainingScores = rows.map((row) => scorer.score(row).score);
  const tiers = simulateTiers(trainingScores, { targetShares: options.targetShares ?? DEFAULT_TARGET_SHARES });
  warnings.push(...tiers.warnings.map((warning) => `Tiers: ${warning}`));
  const icp = defineIcp({ ...draft, tiers: tiers.thresholds });
  const derived: DerivedIcp = {
    icp,
    report,
    n,
    positives,
    baseRate: roundTo(base, 6),
    trainingAuc: roundTo(rocAuc(trainingScores, [...y].map((value) => value === 1)), 6),
    candidates: candidates.length,
    tierShares: tiers.tiers.filter((row) => row.tier !== "insufficient-data" && row.tier !== "disqualified"),
    warnings,
  };
  return derived;
}
