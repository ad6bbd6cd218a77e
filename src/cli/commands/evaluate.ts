import type { Evaluation } from "../../analyze/index.js";
import { decileScores } from "../../analyze/decile-scores.js";
import { EXIT } from "../cli-error.js";
import { flagOption, commandInput } from "../args.js";
import { INPUT_HELP, INPUT_OPTIONS } from "../input-options.js";
import { loadRows } from "../analysis/load-rows.js";
import { OUTCOME_HELP, OUTCOME_OPTIONS, scoredOutcomes } from "../analysis/scored-results.js";
import { evaluateScored } from "../analysis/evaluate-scored.js";
import { amount, count, fixed, percent, textTable } from "../analysis/text-table.js";

export const EVALUATE_HELP: string = `Usage: icpfit evaluate --outcome <column> [options] <scored file|->

Backtests an ICP against real outcomes: AUC, lift and capture by tier and by score decile,
calibration and warnings (small samples, selection bias). Reads the output of "icpfit score", or
scores the input first with --icp.

Example:
  icpfit score --icp icp.json --now 2026-11-23 leads.csv > scored.csv
  icpfit evaluate --outcome Converted scored.csv
  icpfit evaluate --icp icp.json --outcome Converted --json leads.csv > evaluation.json

Options:
      --json                 print the evaluation as JSON instead of tables
  -h, --help                 this help
${OUTCOME_HELP}
${INPUT_HELP}

With --value and --churned the tier table gains the columns "Mean value" and "Churn".

A scored file does not record the ICP's tier thresholds: its own tier column is used, and a warning
on stderr names the thresholds it implies (the lowest score seen per tier). With --icp the ICP's
thresholds are used, or the defaults (80 / 60 / 40) with a warning when it sets none.

Exit codes: 0 success; 1 bad input (unreadable file, invalid ICP, no readable outcome); 2 usage.`;

const OPTIONS = { ...INPUT_OPTIONS, ...OUTCOME_OPTIONS, json: { type: "boolean" }, help: { type: "boolean", short: "h" } } as const;

/** What the text tables show besides the evaluation: a heading, and the optional per-tier columns. */
export interface EvaluationText {
  /** The first line, e.g. `ICP X Education (version 1)` or `Scored file scored.csv`. */
  readonly heading: string;
  /** Show each tier's mean value (--value). */
  readonly value: boolean;
  /** Show each tier's churn rate (--churned). */
  readonly churn: boolean;
}

/** The evaluation as plain-text tables. */
export function formatEvaluation(evaluation: Evaluation, text: EvaluationText): string {
  const lines: string[] = [];
  lines.push(text.heading);
  lines.push(
    `${count(evaluation.n)} leads, ${count(evaluation.labelled)} with an outcome, ${count(evaluation.conversions)} converted (base rate ${percent(evaluation.baseRate)})`,
  );
  lines.push(`AUC ${fixed(evaluation.auc, 3)}`, "");
  lines.push(
    textTable(
      ["Tier", "Leads", "Share", "Labelled", "Converted", "Conversion", "Lift", "Capture", "Cum. capture", ...(text.value ? ["Mean value"] : []), ...(text.churn ? ["Churn"] : [])],
      evaluation.byTier.map((row) => [
        row.tier, count(row.count), percent(row.share), count(row.labelled), count(row.conversions),
        row.labelled > 0 ? percent(row.conversion) : "-", row.labelled > 0 ? `${fixed(row.lift, 2)}x` : "-", percent(row.capture), percent(row.cumulativeCapture),
        ...(text.value ? [row.meanValue === undefined ? "-" : amount(row.meanValue)] : []),
        ...(text.churn ? [row.churnRate === undefined ? "-" : percent(row.churnRate)] : []),
      ]),
    ),
    "",
  );
  lines.push(
    textTable(
      ["Decile", "Leads", "Scores", "Conversion", "Lift", "Cum. capture"],
      evaluation.byDecile.map((row) => [
        String(row.decile), count(row.count), row.count > 0 ? decileScores(row, "-") : "-", row.count > 0 ? percent(row.conversion) : "-",
        row.count > 0 ? `${fixed(row.lift, 2)}x` : "-", percent(row.capture),
      ]),
    ),
  );
  if (evaluation.warnings.length > 0) lines.push("", "Warnings:", ...evaluation.warnings.map((warning) => `  - ${warning}`));
  return `${lines.join("\n")}\n`;
}

/** `icpfit evaluate`. */
export async function evaluateCommand(argv: readonly string[]): Promise<number> {
  const started = commandInput("evaluate", argv, OPTIONS, EVALUATE_HELP, "a scored file");
  if (started === undefined) return EXIT.ok;
  const { values, input: path } = started;
  const loaded = await loadRows(path, values);
  const scored = scoredOutcomes(loaded, values, "evaluate", path);
  if (scored.tierNote !== undefined) process.stderr.write(`icpfit: warning: ${scored.tierNote}\n`);
  const evaluation = evaluateScored(scored);
  if (scored.skipped > 0) process.stderr.write(`icpfit: ${count(scored.skipped)} row(s) without a usable score or tier (e.g. tier "invalid") were left out\n`);
  if (flagOption(values, "json") === true) process.stdout.write(`${JSON.stringify(evaluation, null, 2)}\n`);
  else process.stdout.write(formatEvaluation(evaluation, { heading: scored.source, value: scored.value !== undefined, churn: scored.churned !== undefined }));
  return EXIT.ok;
}
