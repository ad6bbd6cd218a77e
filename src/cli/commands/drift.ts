import { scoreDrift, type ScoreDrift } from "../../analyze/index.js";
import { EXIT, usageError } from "../cli-error.js";
import { commandInput, flagOption, listOption, stringOption } from "../args.js";
import { INPUT_HELP, INPUT_OPTIONS, mappingRequestOf } from "../input-options.js";
import { leadsOf, loadRows } from "../analysis/load-rows.js";
import { count, fixed, percent, textTable } from "../analysis/text-table.js";
import { loadIcp, nowFor, parseNow } from "../load-icp.js";
import { resolveMapping } from "../mapping.js";

export const DRIFT_HELP: string = `Usage: icpfit drift --icp <icp.json> --reference <leads file> [options] <current leads file|->

Drift between the leads an ICP was built or last checked on (--reference) and the leads arriving
now: the population stability index (PSI) of the score, of the tier shares and of each rule
field's values, and each field's coverage change. Bands: below 0.1 stable, 0.1 to 0.25 watch,
above 0.25 act (--watch and --act change them). Tables go to stderr; --json prints the result as
JSON on stdout.

Example:
  icpfit drift --icp icp.json --now 2026-11-23 --reference leads-2025.csv leads-2026-q1.csv
  icpfit drift --icp icp.json --reference leads-2025.csv --json leads-2026-q1.csv > drift.json

Options:
  -i, --icp <file>           the ICP (required): scores both samples; its rule fields are checked
      --reference <file>     the reference leads (required), in the same format as the input
      --now <date|now>       the date to score at (when the ICP has withinDays rules)
      --watch <number>       PSI from which a distribution is worth watching (default 0.1)
      --act <number>         PSI above which to act (default 0.25)
      --json                 print the drift as JSON on stdout
  -h, --help                 this help
${INPUT_HELP}

Exit codes: 0 success (whatever the bands); 1 bad input (unreadable file, invalid ICP); 2 usage.`;

const OPTIONS = {
  ...INPUT_OPTIONS,
  icp: { type: "string", short: "i" },
  reference: { type: "string" },
  now: { type: "string" },
  watch: { type: "string" },
  act: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

function bandOption(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (text.trim() === "" || !(value > 0)) throw usageError(`--${name} expects a PSI above 0 (e.g. 0.1), got "${text}"`);
  return value;
}

/** The drift as plain-text tables. */
export function formatDrift(drift: ScoreDrift, heading: string): string {
  const lines: string[] = [heading, `${count(drift.referenceSize)} reference leads, ${count(drift.currentSize)} current leads`, ""];
  const rows: string[][] = [];
  if (drift.score !== null) rows.push(["score", fixed(drift.score.psi, 3), drift.score.status, "", ""]);
  if (drift.tiers !== null) rows.push(["tier shares", fixed(drift.tiers.psi, 3), drift.tiers.status, "", ""]);
  for (const field of drift.fields) rows.push([field.field, fixed(field.psi, 3), field.status, percent(field.referenceCoverage), percent(field.currentCoverage)]);
  lines.push(textTable(["Distribution", "PSI", "Band", "Coverage before", "Coverage now"], rows), "");
  if (drift.tiers !== null) {
    lines.push(textTable(["Tier", "Reference", "Current", "Change"], drift.tiers.shifts.map((shift) => [shift.tier, percent(shift.reference), percent(shift.current), `${shift.change < 0 ? "−" : "+"}${percent(Math.abs(shift.change))}`])), "");
  }
  lines.push(drift.summary);
  if (drift.warnings.length > 0) lines.push("", "Warnings:", ...drift.warnings.map((warning) => `  - ${warning}`));
  return `${lines.join("\n")}\n`;
}

/** `icpfit drift`. */
export async function driftCommand(argv: readonly string[]): Promise<number> {
  const started = commandInput("drift", argv, OPTIONS, DRIFT_HELP, "the current leads file");
  if (started === undefined) return EXIT.ok;
  const { values, input: path } = started;
  const referencePath = stringOption(values, "reference");
  if (referencePath === undefined) throw usageError(`needs --reference <leads file> (the leads the ICP was built or last checked on).\nRun "icpfit drift --help" for usage.`);
  const bands = { watch: bandOption(stringOption(values, "watch"), "watch", 0.1), act: bandOption(stringOption(values, "act"), "act", 0.25) };
  if (!(bands.act > bands.watch)) throw usageError(`--act (${bands.act}) must be above --watch (${bands.watch})`);
  const scorer = loadIcp(stringOption(values, "icp"), "drift");
  const now = nowFor(scorer, parseNow(stringOption(values, "now")));
  const missingValues = listOption(values, "missing-value");
  const leads = async (file: string): Promise<Array<Record<string, unknown>>> => {
    const loaded = await loadRows(file, values);
    return leadsOf(loaded, resolveMapping(loaded.header, mappingRequestOf(values), scorer.fields), missingValues);
  };
  const reference = await leads(referencePath);
  const current = await leads(path);
  const drift = scoreDrift({ leads: reference }, { leads: current }, { icp: scorer.icp, bands, ...(now === undefined ? {} : { now }) });
  process.stderr.write(formatDrift(drift, `ICP ${scorer.icp.name}${scorer.icp.version === "" ? "" : ` (version ${scorer.icp.version})`}`));
  if (flagOption(values, "json") === true) process.stdout.write(`${JSON.stringify(drift, null, 2)}\n`);
  return EXIT.ok;
}
