import { lintIcp, type LintFinding } from "../../analyze/index.js";
import { renderReport } from "../../report/index.js";
import { EXIT } from "../cli-error.js";
import { commandInput, stringOption } from "../args.js";
import { INPUT_HELP, INPUT_OPTIONS } from "../input-options.js";
import { writeOutputText } from "../io/files.js";
import { readJson } from "../io/read-text.js";
import { loadRows } from "../analysis/load-rows.js";
import { OUTCOME_HELP, OUTCOME_OPTIONS, scoredOutcomes, type ScoredOutcomes } from "../analysis/scored-results.js";
import { evaluateScored } from "../analysis/evaluate-scored.js";
import { count } from "../analysis/text-table.js";
import { parseNow } from "../load-icp.js";

export const REPORT_HELP: string = `Usage: icpfit report --outcome <column> [options] <scored file|->

Writes a self-contained HTML report (inline SVG charts, no scripts, no network): tier
distribution, gains and lift, score histogram by outcome, calibration, warnings; with --icp and
--now also the ICP's lint findings.

Example:
  icpfit score --icp icp.json --now 2026-11-23 leads.csv > scored.csv
  icpfit report --outcome Converted --out report.html scored.csv

Options:
  -o, --out <file>           the HTML file (default: stdout)
      --title <text>         the report title (default "ICP backtest")
  -h, --help                 this help
${OUTCOME_HELP}
${INPUT_HELP}

On a scored file, which does not record the ICP's tier thresholds, the tiers are the file's own and
the histogram marks each tier at the lowest score seen in it; the report and a warning on stderr
say so. With --icp it uses the ICP's thresholds, or the defaults (80 / 60 / 40), with a warning and
a note in the report, when the ICP sets none.

Exit codes: 0 success; 1 bad input (unreadable file, invalid ICP, no readable outcome); 2 usage.`;

const OPTIONS = {
  ...INPUT_OPTIONS,
  ...OUTCOME_OPTIONS,
  out: { type: "string", short: "o" },
  title: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** The subtitle: rows, source, and where the tiers and the histogram's tier lines come from. */
function subtitleOf(rows: number, path: string, scored: ScoredOutcomes): string {
  const from = `${count(rows)} rows from ${path === "-" ? "stdin" : path}`;
  const inferred = scored.inferredThresholds;
  if (inferred === undefined) return scored.tierNote === undefined ? from : `${from}. Note: ${scored.tierNote}.`;
  const tiers = Object.entries(inferred).map(([tier, score]) => `${tier} ${score}`);
  const pass = " Pass --icp with the ICP file to use its own thresholds.";
  if (tiers.length === 0) return `${from}. No row is primary, secondary or tertiary, so the histogram has no tier lines.${pass}`;
  return `${from}. A scored file does not record the ICP's tier thresholds: the tiers are the file's own, and the histogram's tier lines mark the lowest score seen in each tier (${tiers.join(", ")}).${pass}`;
}

/** `icpfit report`. */
export async function reportCommand(argv: readonly string[]): Promise<number> {
  const started = commandInput("report", argv, OPTIONS, REPORT_HELP, "a scored file");
  if (started === undefined) return EXIT.ok;
  const { values, input: path } = started;
  const loaded = await loadRows(path, values);
  const scored = scoredOutcomes(loaded, values, "report", path);
  if (scored.tierNote !== undefined) process.stderr.write(`icpfit: warning: ${scored.tierNote}\n`);
  if (scored.skipped > 0) process.stderr.write(`icpfit: ${count(scored.skipped)} row(s) without a usable score or tier (e.g. tier "invalid") were left out\n`);
  const evaluation = evaluateScored(scored);
  const icpPath = stringOption(values, "icp");
  const nowText = stringOption(values, "now");
  const now = parseNow(nowText);
  let lint: LintFinding[] | undefined;
  if (icpPath !== undefined && now !== undefined) lint = lintIcp(readJson(icpPath, "ICP file") as Parameters<typeof lintIcp>[0], { now });
  const html = renderReport(evaluation, {
    title: stringOption(values, "title") ?? (scored.icpName === undefined ? "ICP backtest" : `ICP backtest: ${scored.icpName}`),
    subtitle: subtitleOf(loaded.rows.length, path, scored),
    ...(now === undefined ? {} : { generatedAt: new Date(now).toISOString().slice(0, 10) }),
    results: scored.results,
    outcomes: scored.outcomes,
    ...(scored.inferredThresholds === undefined ? {} : { tierLines: scored.inferredThresholds }),
    ...(lint === undefined ? {} : { lint }),
  });
  const written = writeOutputText(stringOption(values, "out"), html);
  if (written !== undefined) process.stderr.write(`icpfit: wrote ${written}\n`);
  return EXIT.ok;
}
