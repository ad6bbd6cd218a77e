import { evaluate, lintIcp, type LintFinding } from "../../analyze/index.js";
import { renderReport } from "../../report/index.js";
import { EXIT, inputError } from "../cli-error.js";
import { commandInput, stringOption } from "../args.js";
import { INPUT_HELP, INPUT_OPTIONS } from "../input-options.js";
import { writeOutputText } from "../io/files.js";
import { readJson } from "../io/read-text.js";
import { loadRows } from "../analysis/load-rows.js";
import { OUTCOME_HELP, OUTCOME_OPTIONS, scoredOutcomes } from "../analysis/scored-results.js";
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

Exit codes: 0 success; 1 bad input (unreadable file, invalid ICP, no outcomes); 2 usage.`;

const OPTIONS = {
  ...INPUT_OPTIONS,
  ...OUTCOME_OPTIONS,
  out: { type: "string", short: "o" },
  title: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** `icpfit report`. */
export async function reportCommand(argv: readonly string[]): Promise<number> {
  const started = commandInput("report", argv, OPTIONS, REPORT_HELP, "a scored file");
  if (started === undefined) return EXIT.ok;
  const { values, input: path } = started;
  const loaded = await loadRows(path, values);
  const scored = scoredOutcomes(loaded, values, "report");
  if (scored.skipped > 0) process.stderr.write(`icpfit: ${scored.skipped} row(s) without a usable score or tier (e.g. tier "invalid") were left out\n`);
  if (scored.outcomes.every((outcome) => outcome === null)) throw inputError(`no row has a readable outcome in column "${stringOption(values, "outcome") ?? ""}" (expected 1/0, true/false or yes/no)`);
  const evaluation = evaluate(scored.results, scored.outcomes, {
    ...(scored.value === undefined ? {} : { value: scored.value }),
    ...(scored.churned === undefined ? {} : { churned: scored.churned }),
  });
  const icpPath = stringOption(values, "icp");
  const nowText = stringOption(values, "now");
  const now = parseNow(nowText);
  let lint: LintFinding[] | undefined;
  if (icpPath !== undefined && now !== undefined) lint = lintIcp(readJson(icpPath, "ICP file") as Parameters<typeof lintIcp>[0], { now });
  const html = renderReport(evaluation, {
    title: stringOption(values, "title") ?? (scored.icpName === undefined ? "ICP backtest" : `ICP backtest: ${scored.icpName}`),
    subtitle: `${loaded.rows.length.toLocaleString("en-US")} rows from ${path === "-" ? "stdin" : path}`,
    ...(now === undefined ? {} : { generatedAt: new Date(now).toISOString().slice(0, 10) }),
    results: scored.results,
    outcomes: scored.outcomes,
    ...(lint === undefined ? {} : { lint }),
  });
  const written = writeOutputText(stringOption(values, "out"), html);
  if (written !== undefined) process.stderr.write(`icpfit: wrote ${written}\n`);
  return EXIT.ok;
}
