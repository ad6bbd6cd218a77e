import { compareResults, type IcpComparison } from "../../analyze/index.js";
import { EXIT, usageError } from "../cli-error.js";
import { flagOption, commandInput, stringOption } from "../args.js";
import { INPUT_HELP, INPUT_OPTIONS } from "../input-options.js";
import { loadRows } from "../analysis/load-rows.js";
import { OUTCOME_OPTIONS, scoredOutcomes } from "../analysis/scored-results.js";
import { count, fixed, percent, textTable } from "../analysis/text-table.js";

export const COMPARE_HELP: string = `Usage: icpfit compare --champion <icp.json> --challenger <icp.json> --outcome <column> [options] <leads file|->

Champion against challenger: scores the same leads with both ICPs and compares them against real
outcomes. Each ICP's AUC with a confidence interval, DeLong's test for the difference, capture of
conversions in the top 10/20/30% of leads, the tier migration matrix with observed conversion per
cell, and a verdict that names a winner only when the test supports one. Tables go to stderr;
--json prints the comparison as JSON on stdout.

Example:
  icpfit compare --champion icp-v1.json --challenger icp-v2.json --outcome Converted leads.csv
  icpfit compare --champion icp-v1.json --challenger icp-v2.json --outcome Converted --json leads.csv > comparison.json

Options:
      --champion <file>      the ICP in use (required)
      --challenger <file>    the ICP proposed to replace it (required)
      --outcome <column>     the outcome column: 1/0, true/false, yes/no (required; blank = unknown)
      --now <date|now>       the date to score at (when an ICP has withinDays rules)
      --alpha <number>       significance level of the test (default 0.05)
      --shares <list>        lead shares for the capture table (default 10,20,30, in percent)
      --json                 print the comparison as JSON on stdout
  -h, --help                 this help
${INPUT_HELP}

Exit codes: 0 success (whatever the verdict); 1 bad input (unreadable file, invalid ICP, no
readable outcome); 2 usage.`;

const OPTIONS = {
  ...INPUT_OPTIONS,
  ...OUTCOME_OPTIONS,
  champion: { type: "string" },
  challenger: { type: "string" },
  alpha: { type: "string" },
  shares: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

function numberOption(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value)) throw usageError(`${name} expects a number, got "${text}"`);
  return value;
}

function sharesOption(text: string | undefined): number[] | undefined {
  if (text === undefined) return undefined;
  return text.split(",").map((part) => {
    const value = Number(part.trim());
    if (part.trim() === "" || !(value > 0 && value <= 100)) throw usageError(`--shares expects percentages above 0 and at most 100, separated by commas (e.g. 10,20,30), got "${text}"`);
    return value / 100;
  });
}

const interval = (low: number, high: number): string => `${fixed(low, 3)}–${fixed(high, 3)}`;
const signedFixed = (value: number): string => `${value < 0 ? "−" : "+"}${fixed(Math.abs(value), 3)}`;

/** The comparison as plain-text tables. */
export function formatComparison(comparison: IcpComparison, names: { readonly champion: string; readonly challenger: string }): string {
  const level = `${Number(((1 - comparison.alpha) * 100).toPrecision(4))}% CI`;
  const lines: string[] = [
    `Champion: ${names.champion}`,
    `Challenger: ${names.challenger}`,
    `${count(comparison.n)} leads, ${count(comparison.labelled)} with an outcome, ${count(comparison.conversions)} converted`,
    "",
    textTable(
      ["", "AUC", level],
      [
        ["champion", fixed(comparison.champion.auc, 3), interval(comparison.champion.low, comparison.champion.high)],
        ["challenger", fixed(comparison.challenger.auc, 3), interval(comparison.challenger.low, comparison.challenger.high)],
        ["difference", signedFixed(comparison.difference.estimate), `${signedFixed(comparison.difference.low)} to ${signedFixed(comparison.difference.high)}`],
      ],
    ),
    "",
    textTable(
      ["Top leads", "Leads", "Champion capture", "Challenger capture", "Difference"],
      comparison.capture.map((row) => [percent(row.share), count(row.leads), percent(row.champion), percent(row.challenger), `${row.difference < 0 ? "−" : "+"}${percent(Math.abs(row.difference))}`]),
    ),
    "",
    `Tier migration (rows: champion tier; columns: challenger tier; leads, and conversion where known): ${count(comparison.migration.up)} up, ${count(comparison.migration.down)} down, ${count(comparison.migration.unchanged)} unchanged`,
  ];
  const tiers = comparison.migration.tiers.filter((tier) => comparison.migration.cells.some((cell) => cell.from === tier || cell.to === tier));
  lines.push(
    textTable(
      ["", ...tiers],
      tiers.map((from) => [
        from,
        ...tiers.map((to) => {
          const cell = comparison.migration.cells.find((entry) => entry.from === from && entry.to === to);
          if (cell === undefined) return "-";
          return cell.conversion === null ? count(cell.count) : `${count(cell.count)} (${percent(cell.conversion)})`;
        }),
      ]),
    ),
    "",
    comparison.summary,
  );
  if (comparison.warnings.length > 0) lines.push("", "Warnings:", ...comparison.warnings.map((warning) => `  - ${warning}`));
  return `${lines.join("\n")}\n`;
}

/** `icpfit compare`. */
export async function compareCommand(argv: readonly string[]): Promise<number> {
  const started = commandInput("compare", argv, OPTIONS, COMPARE_HELP, "a leads file");
  if (started === undefined) return EXIT.ok;
  const { values, input: path } = started;
  for (const name of ["icp", "value", "churned", "prefix"] as const) {
    if (values[name] !== undefined) throw usageError(`--${name} does not apply to compare: pass the two ICPs as --champion and --challenger.\nRun "icpfit compare --help" for usage.`);
  }
  const champion = stringOption(values, "champion");
  const challenger = stringOption(values, "challenger");
  if (champion === undefined || challenger === undefined) throw usageError(`needs --champion <icp.json> and --challenger <icp.json>.\nRun "icpfit compare --help" for usage.`);
  const alpha = numberOption(stringOption(values, "alpha"), "--alpha", 0.05);
  const shares = sharesOption(stringOption(values, "shares"));
  const loaded = await loadRows(path, values);
  const before = scoredOutcomes(loaded, { ...values, icp: champion }, "compare", path);
  const after = scoredOutcomes(loaded, { ...values, icp: challenger }, "compare", path);
  const comparison = compareResults(before.results, after.results, before.outcomes, { alpha, ...(shares === undefined ? {} : { shares }) });
  process.stderr.write(formatComparison(comparison, { champion: before.source, challenger: after.source }));
  if (flagOption(values, "json") === true) process.stdout.write(`${JSON.stringify(comparison, null, 2)}\n`);
  return EXIT.ok;
}
