import { profileCustomers, type AttributeProfile } from "../../analyze/index.js";
import { EXIT } from "../cli-error.js";
import { flagOption, integerOption, listOption, commandInput, stringOption } from "../args.js";
import { INPUT_HELP, INPUT_OPTIONS, mappingRequestOf } from "../input-options.js";
import { leadsOf, loadRows } from "../analysis/load-rows.js";
import { bestFilter, BEST_HELP } from "../analysis/best-filter.js";
import { count, percent } from "../analysis/text-table.js";
import { resolveMapping } from "../mapping.js";

export const PROFILE_HELP: string = `Usage: icpfit profile [options] <leads|->

Profiles records attribute by attribute (the Average Customer Profile): kind, coverage, the most
frequent values and their shares, quantiles of numbers. Run it on all customers, then on the best
ones (--best), and compare.

Example:
  icpfit profile customers.csv
  icpfit profile --best "Converted=1" --missing-value Select --json leads.csv > best-profile.json

Options:
      --fields <paths>       comma-separated lead paths to profile (default: every field)
      --top <n>              most frequent values per attribute (default 10)
      --json                 print the profile as JSON
  -h, --help                 this help
${BEST_HELP}
${INPUT_HELP}

Exit codes: 0 success; 1 bad input; 2 usage.`;

const OPTIONS = {
  ...INPUT_OPTIONS,
  fields: { type: "string" },
  top: { type: "string" },
  best: { type: "string" },
  json: { type: "boolean" },
  "max-errors": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

function formatAttribute(attribute: AttributeProfile): string {
  const head = `${attribute.field}  (${attribute.kind}, coverage ${percent(attribute.coverage)}, ${count(attribute.distinct)} distinct)`;
  if (attribute.numeric !== undefined) {
    const q = attribute.numeric;
    return `${head}\n  min ${q.min}  p25 ${q.p25}  median ${q.median}  p75 ${q.p75}  max ${q.max}  mean ${q.mean}`;
  }
  const values = attribute.top.map((entry) => `  ${percent(entry.share).padStart(6)}  ${entry.value} (${count(entry.count)})`);
  if (attribute.otherCount > 0) values.push(`  ${"".padStart(6)}  other values (${count(attribute.otherCount)})`);
  return [head, ...values].join("\n");
}

/** `icpfit profile`. */
export async function profileCommand(argv: readonly string[]): Promise<number> {
  const started = commandInput("profile", argv, OPTIONS, PROFILE_HELP, "a leads file");
  if (started === undefined) return EXIT.ok;
  const { values, input: path } = started;
  const loaded = await loadRows(path, values);
  const filter = bestFilter(loaded, stringOption(values, "best"));
  const rows = filter === undefined ? loaded : { ...loaded, rows: loaded.rows.filter((row) => filter(row.values)) };
  const leads = leadsOf(rows, resolveMapping(loaded.header, mappingRequestOf(values)), listOption(values, "missing-value"));
  const fields = stringOption(values, "fields")?.split(",").map((field) => field.trim()).filter((field) => field !== "");
  const profile = profileCustomers(leads, { topValues: integerOption(values, "top", 10), ...(fields === undefined ? {} : { fields }) });
  if (flagOption(values, "json") === true) process.stdout.write(`${JSON.stringify(profile, null, 2)}\n`);
  else process.stdout.write(`${count(profile.n)} records\n\n${profile.attributes.map(formatAttribute).join("\n\n")}\n`);
  return EXIT.ok;
}
