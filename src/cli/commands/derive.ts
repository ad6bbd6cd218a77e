import { deriveIcp, type DerivedIcp } from "../../analyze/index.js";
import { attributeKey } from "../../adapters/index.js";
import { formatNumber } from "../../index.js";
import { EXIT, usageError } from "../cli-error.js";
import { listOption, commandInput, stringOption } from "../args.js";
import { INPUT_HELP, INPUT_OPTIONS, mappingRequestOf } from "../input-options.js";
import { writeOutputText } from "../io/files.js";
import { columnIndex, leadsOf, loadRows } from "../analysis/load-rows.js";
import { readOutcomeColumn } from "../analysis/outcome-column.js";
import { deriveSettings } from "../analysis/derive-settings.js";
import { bestFilter, BEST_HELP } from "../analysis/best-filter.js";
import { excludedPaths } from "../analysis/exclude-fields.js";
import { count, fixed, percent, textTable } from "../analysis/text-table.js";
import { resolveMapping } from "../mapping.js";
import { parseNow } from "../load-icp.js";

export const DERIVE_HELP: string = `Usage: icpfit derive (--outcome <column> | --best <column>=<value>) [options] <leads|->

Derives an editable ICP (5-10 readable rules, points from the data, tiers from target shares)
from records whose outcome is known, and explains on stderr why each rule is there. The outcome
column is never used as a predictor; leave out other columns filled in after contact (--exclude).

Example:
  icpfit derive --outcome Converted --missing-value Select --exclude Tags --exclude "Lead Quality" \\
    --id x-education --name "X Education" leads.csv > icp.json

Options:
      --outcome <column>     the outcome: a column with two values that read as good and bad
                             (1/0, true/false, yes/no, Won/Lost, "Closed Won"/"Closed Lost"), or
                             numbers (revenue: the top quarter is best); blank cells are left out.
                             Other values are an error naming them: use --best <column>=<value>,
                             or --missing-value for an undecided one
      --max-rules <n>        at most this many rules (default 10, at most 200)
      --min-rules <n>        keep adding the strongest rule, even a weak one, up to this many
                             (default 5, capped at --max-rules)
      --max-rules-per-field <n>
                             at most this many rules on one field (default 2)
      --tier-shares <p,s,t>  percent of the records wanted in primary, secondary and tertiary, each
                             on its own (default 10,20,30; the rest is unqualified); thresholds go
                             to the scores that come closest, and stderr shows what was achieved
      --exclude <field>      a lead path (attributes.tags) or input column ("Tags") never to use
                             (repeatable); one that names neither is an error (exit 2)
      --id <id>              the ICP's id
      --name <name>          the ICP's name
      --version <v>          the ICP's version
      --now <date>           recorded as reviewedAt
  -o, --out <file>           write the ICP there (default: stdout)
      --schema <path>        the "$schema" reference written into the ICP
  -h, --help                 this help
${BEST_HELP.replace("keep only rows", "mark as best the rows")}
${INPUT_HELP}

Exit codes: 0 success; 1 bad input (no outcomes, an outcome column with three values, too few best
records); 2 usage (e.g. an --exclude that names no field or column, --tier-shares that add up to
more than 100).`;

const OPTIONS = {
  ...INPUT_OPTIONS,
  outcome: { type: "string" },
  best: { type: "string" },
  "max-rules": { type: "string" },
  "min-rules": { type: "string" },
  "max-rules-per-field": { type: "string" },
  "tier-shares": { type: "string" },
  exclude: { type: "string", multiple: true },
  id: { type: "string" },
  name: { type: "string" },
  version: { type: "string" },
  now: { type: "string" },
  out: { type: "string", short: "o" },
  schema: { type: "string" },
  "max-errors": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

function formatReport(derived: DerivedIcp): string {
  const rows = derived.report.map((rule) => [rule.ruleId, String(rule.points), `${fixed(rule.lift, 2)}x`, count(rule.support), rule.strength, rule.why]);
  const lines = [
    `icpfit: derived ${derived.icp.rules.length} rules from ${count(derived.n)} records (${count(derived.positives)} best, base rate ${percent(derived.baseRate)}); in-sample AUC ${fixed(derived.trainingAuc, 3)}`,
    textTable(["Rule", "Points", "Lift", "Support", "Strength", "Why"], rows, [0, 4, 5]),
  ];
  const tiers = derived.icp.tiers;
  const shares = derived.tierShares.map((row) => {
    const threshold = row.tier === "unqualified" || tiers === undefined ? "" : ` (score >= ${formatNumber(tiers[row.tier as "primary" | "secondary" | "tertiary"])})`;
    const target = row.targetShare === undefined ? "" : `, target ${percent(row.targetShare)}`;
    return `${row.tier}${threshold} ${percent(row.share)}${target}`;
  });
  lines.push(`Tiers (share of the ${count(derived.n)} records): ${shares.join("; ")}`);
  if (derived.warnings.length > 0) lines.push("Warnings:", ...derived.warnings.map((warning) => `  - ${warning}`));
  return `${lines.join("\n")}\n`;
}

/** `icpfit derive`. */
export async function deriveCommand(argv: readonly string[]): Promise<number> {
  const started = commandInput("derive", argv, OPTIONS, DERIVE_HELP, "a leads file");
  if (started === undefined) return EXIT.ok;
  const { values, input: path } = started;
  const outcomeColumn = stringOption(values, "outcome");
  const best = stringOption(values, "best");
  if ((outcomeColumn === undefined) === (best === undefined)) throw usageError('needs exactly one of --outcome <column> or --best <column>=<value>.\nRun "icpfit derive --help" for usage.');
  const loaded = await loadRows(path, values);
  const labelColumn = outcomeColumn ?? best?.slice(0, best.indexOf("=")) ?? "";
  const labelAt = columnIndex(loaded.header, labelColumn, outcomeColumn === undefined ? "--best" : "--outcome");
  const settings = deriveSettings(values);
  let outcome: Array<boolean | number | null>;
  if (outcomeColumn !== undefined) {
    const read = readOutcomeColumn(loaded.rows.map((row) => row.values[labelAt]), labelColumn, listOption(values, "missing-value"));
    outcome = read.outcome;
    if (read.reading !== undefined) process.stderr.write(`icpfit: --outcome ${labelColumn}: ${read.reading}\n`);
    if (read.blank > 0) process.stderr.write(`icpfit: ${count(read.blank)} row(s) with no outcome in column "${labelColumn}" are left out\n`);
  } else {
    const isBest = bestFilter(loaded, best);
    outcome = loaded.rows.map((row) => (isBest?.(row.values) ?? false));
  }
  // The label must never become a rule: drop its column from the mapping.
  const mapping = Object.fromEntries(Object.entries(resolveMapping(loaded.header, mappingRequestOf(values))).filter(([, column]) => column !== labelColumn));
  const leads = leadsOf(loaded, mapping, listOption(values, "missing-value"));
  const exclude = excludedPaths(listOption(values, "exclude"), loaded.header, mapping, leads);
  const now = parseNow(stringOption(values, "now"));
  const version = stringOption(values, "version");
  const id = stringOption(values, "id");
  const name = stringOption(values, "name");
  const derived = deriveIcp(leads, {
    outcome,
    ...settings,
    exclude: [...exclude, `attributes.${attributeKey(labelColumn)}`],
    ...(id === undefined ? {} : { id }),
    ...(name === undefined ? {} : { name }),
    ...(version === undefined ? {} : { version }),
    ...(now === undefined ? {} : { reviewedAt: new Date(now).toISOString().slice(0, 10) }),
  });
  const icp = { $schema: stringOption(values, "schema") ?? "./node_modules/icpfit/dist/schema/icp.schema.json", ...derived.icp };
  const text = `${JSON.stringify(icp, null, 2)}\n`;
  writeOutputText(stringOption(values, "out"), text);
  process.stderr.write(formatReport(derived));
  return EXIT.ok;
}
