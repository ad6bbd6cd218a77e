import { basename, extname } from "node:path";
import { attributeKey, compileMapping } from "../../adapters/index.js";
import { DEFAULT_MIN_CONFIDENCE, DEFAULT_TIERS, readNumber, TierSchema, type IcpResult, type Tier } from "../../index.js";
import { listOption, stringOption, type OptionValues } from "../args.js";
import { inputError, usageError } from "../cli-error.js";
import { mappingRequestOf } from "../input-options.js";
import { count } from "./text-table.js";
import { loadIcp, nowFor, parseNow } from "../load-icp.js";
import { resolveMapping } from "../mapping.js";
import { columnIndex, outcomeOf, type LoadedRows } from "./load-rows.js";

/** Results with their outcomes (and optional value and churn), one entry per usable row. */
export interface ScoredOutcomes {
  readonly results: IcpResult[];
  readonly outcomes: Array<boolean | null>;
  readonly value: Array<number | null> | undefined;
  readonly churned: Array<boolean | null> | undefined;
  /** The --outcome column. */
  readonly outcomeColumn: string;
  /** Rows left out (tier `invalid` or unreadable score), for the warning. */
  readonly skipped: number;
  /** The ICP's name (with --icp), or undefined for a scored file, which does not record it. */
  readonly icpName: string | undefined;
  /** What the scores come from, for a heading: `ICP X Education (version 1)` or `Scored file scored.csv`. */
  readonly source: string;
  /**
   * The tier thresholds a scored file implies: the lowest score seen in each tier (tiers with no
   * rows are left out). Undefined with --icp, whose results carry the ICP's own thresholds.
   */
  readonly inferredThresholds: Partial<Record<ThresholdTier, number>> | undefined;
  /**
   * Where the tier thresholds come from when the run cannot use an ICP's own: a scored file's tier
   * column, or an ICP without `tiers` (the defaults). Undefined when the ICP sets its tiers.
   */
  readonly tierNote: string | undefined;
}

type ThresholdTier = "primary" | "secondary" | "tertiary";
const THRESHOLD_TIERS: readonly ThresholdTier[] = ["primary", "secondary", "tertiary"];

const TIERS: ReadonlySet<string> = new Set(TierSchema.options);

/** Options shared by evaluate and report. */
export const OUTCOME_OPTIONS = {
  outcome: { type: "string" },
  value: { type: "string" },
  churned: { type: "string" },
  icp: { type: "string", short: "i" },
  now: { type: "string" },
  prefix: { type: "string" },
  "max-errors": { type: "string" },
} as const;

/** Help lines for {@link OUTCOME_OPTIONS}. */
export const OUTCOME_HELP = `Outcomes and scores:
      --outcome <column>     the outcome column: 1/0, true/false, yes/no (required)
      --value <column>       a value column (revenue, lifetime value) for mean value per tier
      --churned <column>     a churn column (1/0) for churn per tier
  -i, --icp <file>           score the input with this ICP first (otherwise the input must be the
                             output of "icpfit score", with icp_score and icp_tier columns)
      --now <date|now>       the date to score at (with --icp, when it has withinDays rules)
      --prefix <text>        prefix of the score columns (default "icp_")`;

/**
 * Scores (with --icp) or reads (icp_score / icp_tier columns) the results, and reads the outcomes.
 * `path` is the input ("-" for stdin), to name a scored file. No readable outcome is an error.
 */
export function scoredOutcomes(loaded: LoadedRows, values: OptionValues, command: string, path: string): ScoredOutcomes {
  const outcomeColumn = stringOption(values, "outcome");
  if (outcomeColumn === undefined) throw usageError(`needs --outcome <column> (e.g. --outcome Converted).\nRun "icpfit ${command} --help" for usage.`);
  const header = loaded.header;
  const outcomeAt = columnIndex(header, outcomeColumn, "--outcome");
  const valueColumn = stringOption(values, "value");
  const valueAt = valueColumn === undefined ? undefined : columnIndex(header, valueColumn, "--value");
  const churnColumn = stringOption(values, "churned");
  const churnAt = churnColumn === undefined ? undefined : columnIndex(header, churnColumn, "--churned");

  const results: IcpResult[] = [];
  const outcomes: Array<boolean | null> = [];
  const value: Array<number | null> | undefined = valueAt === undefined ? undefined : [];
  const churned: Array<boolean | null> | undefined = churnAt === undefined ? undefined : [];
  let skipped = 0;
  // Outcome cells that hold something other than an outcome: the column is likely the wrong one.
  const missingValues = new Set(listOption(values, "missing-value"));
  const unreadable = { count: 0, examples: new Set<string>() };
  const keep = (result: IcpResult, row: readonly unknown[]): void => {
    results.push(result);
    const cell = row[outcomeAt];
    const outcome = outcomeOf(cell);
    if (outcome === null && cell !== undefined && cell !== null && !(typeof cell === "string" && (cell.trim() === "" || missingValues.has(cell)))) {
      unreadable.count++;
      if (unreadable.examples.size < 3) unreadable.examples.add(JSON.stringify(cell));
    }
    outcomes.push(outcome);
    if (value !== undefined && valueAt !== undefined) {
      const number = readNumber(row[valueAt]);
      value.push(typeof number === "number" ? number : null);
    }
    if (churned !== undefined && churnAt !== undefined) churned.push(outcomeOf(row[churnAt]));
  };

  const icpPath = stringOption(values, "icp");
  if (icpPath !== undefined) {
    const scorer = loadIcp(icpPath, command);
    const now = nowFor(scorer, parseNow(stringOption(values, "now")));
    const request = mappingRequestOf(values);
    // The outcome must never feed the score.
    const mapping = resolveMapping(header, request, scorer.fields.filter((path) => path !== `attributes.${attributeKey(outcomeColumn)}`));
    const mapper = compileMapping(header, mapping, { missingValues: listOption(values, "missing-value"), typed: true });
    const options = now === undefined ? undefined : { now };
    for (const row of loaded.rows) {
      const result = scorer.score(mapper.toLead(row.values), options);
      keep({ ...result, rules: [] }, row.values);
    }
    requireOutcomes(outcomes, outcomeColumn, unreadable);
    const source = `ICP ${scorer.icp.name}${scorer.icp.version === "" ? "" : ` (version ${scorer.icp.version})`}`;
    const tierNote = scorer.icp.tiers !== undefined ? undefined
      : `the ICP sets no tiers, so the default thresholds are used (primary >= ${DEFAULT_TIERS.primary}, secondary >= ${DEFAULT_TIERS.secondary}, tertiary >= ${DEFAULT_TIERS.tertiary}); add "tiers" to it (icpfit derive sets them from target shares)`;
    return { results, outcomes, value, churned, outcomeColumn, skipped, icpName: scorer.icp.name, source, inferredThresholds: undefined, tierNote };
  }

  const prefix = stringOption(values, "prefix") ?? "icp_";
  const scoreAt = columnIndex(header, `${prefix}score`, "scored file (or pass --icp)");
  const tierAt = columnIndex(header, `${prefix}tier`, "scored file (or pass --icp)");
  const confidenceAt = header.indexOf(`${prefix}confidence`);
  const usable: Array<{ score: number; tier: Tier; confidence: number; values: readonly unknown[] }> = [];
  const lowest: Partial<Record<ThresholdTier, number>> = {};
  for (const row of loaded.rows) {
    const score = readNumber(row.values[scoreAt]);
    const tier = String(row.values[tierAt] ?? "").trim();
    if (typeof score !== "number" || !TIERS.has(tier)) {
      skipped++;
      continue;
    }
    const confidence = confidenceAt < 0 ? 1 : readNumber(row.values[confidenceAt]);
    usable.push({ score, tier: tier as Tier, confidence: typeof confidence === "number" ? confidence : 1, values: row.values });
    if ((THRESHOLD_TIERS as readonly string[]).includes(tier)) {
      const key = tier as ThresholdTier;
      lowest[key] = Math.min(lowest[key] ?? score, score);
    }
  }
  // A scored file does not record the ICP or its thresholds. Every row of a tier scored at least
  // its threshold, so the lowest score seen in the tier is the best estimate the file gives.
  const inferred: Partial<Record<ThresholdTier, number>> = Object.fromEntries(THRESHOLD_TIERS.flatMap((tier) => (lowest[tier] === undefined ? [] : [[tier, lowest[tier]]])));
  const thresholds = { ...DEFAULT_TIERS, ...inferred, minConfidence: DEFAULT_MIN_CONFIDENCE };
  const name = path === "-" ? undefined : basename(path);
  const icpId = name === undefined ? "a scored file" : basename(name, extname(name));
  for (const row of usable) {
    keep({ icpId, icpVersion: "", score: row.score, tier: row.tier, confidence: row.confidence, points: row.score, maxPoints: 100, thresholds, rules: [] }, row.values);
  }
  requireOutcomes(outcomes, outcomeColumn, unreadable);
  const source = name === undefined ? "A scored file on stdin" : `Scored file ${name}`;
  return { results, outcomes, value, churned, outcomeColumn, skipped, icpName: undefined, source, inferredThresholds: inferred, tierNote: scoredFileNote(inferred, `${prefix}tier`) };
}

/** What a scored file's tiers rest on: its tier column, with the thresholds its scores imply. */
function scoredFileNote(inferred: Partial<Record<ThresholdTier, number>>, tierColumn: string): string {
  const implied = THRESHOLD_TIERS.map((tier) => (inferred[tier] === undefined ? `no row is ${tier}` : `${tier} >= ${inferred[tier]}`)).join(", ");
  return `a scored file does not record the ICP's tier thresholds: the tiers are read from its ${tierColumn} column, whose lowest score per tier implies ${implied}; pass --icp <icp.json> to score the leads with the ICP's own thresholds`;
}

/**
 * No readable outcome at all, or outcome cells that are neither an outcome nor blank (a count
 * column's "5"), is bad input: tables of zeros, or the rows that happen to hold 0 or 1, would hide
 * the mistake. Blank cells and --missing-value cells are "no outcome", which evaluate() warns about.
 */
function requireOutcomes(outcomes: ReadonlyArray<boolean | null>, column: string, unreadable: { readonly count: number; readonly examples: ReadonlySet<string> }): void {
  if (outcomes.every((outcome) => outcome === null)) {
    const held = unreadable.count === 0 ? "" : `; it holds ${[...unreadable.examples].join(", ")}`;
    throw inputError(`no row has a readable outcome in column "${column}" (expected 1/0, true/false or yes/no${held})`);
  }
  if (unreadable.count > 0) {
    throw inputError(
      `column "${column}" has ${count(unreadable.count)} outcome cell(s) that are not 1/0, true/false or yes/no (e.g. ${[...unreadable.examples].join(", ")}); is it the outcome column? Blank cells (or --missing-value ones) mean no outcome`,
    );
  }
}
