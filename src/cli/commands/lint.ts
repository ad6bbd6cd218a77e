import { lintIcp, type LintFinding } from "../../analyze/index.js";
import { formatPath } from "../../index.js";
import { EXIT } from "../cli-error.js";
import { flagOption, listOption, onePositional, parseCommandArgs, stringOption } from "../args.js";
import { INPUT_HELP, INPUT_OPTIONS, mappingRequestOf } from "../input-options.js";
import { loadIcp, parseNow } from "../load-icp.js";
import { leadsOf, loadRows } from "../analysis/load-rows.js";
import { resolveMapping } from "../mapping.js";

export const LINT_HELP: string = `Usage: icpfit lint <icp.json> [options]

Checks an ICP: invalid rules (every problem with its path), fewer than 5 or more than 10
attributes, unreachable tiers, contradictory or duplicate rules, not reviewed in 12 months, and
with --sample, rules that match most leads (too broad) or almost none (too narrow).

Example:
  icpfit lint icp.json --now 2026-11-23
  icpfit lint icp.json --now 2026-11-23 --sample leads.csv

Options:
      --now <date|now>       today, for the review check (default: the clock)
      --sample <file>        leads (CSV, JSONL, JSON) to test breadth and data coverage on
      --json                 print the findings as JSON
      --strict               exit 1 on warnings too
  -h, --help                 this help
${INPUT_HELP.replace("Input:", "Sample input:")}

Exit codes: 0 no errors; 1 an invalid ICP, an error finding (or a warning with --strict); 2 usage.`;

const OPTIONS = {
  ...INPUT_OPTIONS,
  now: { type: "string" },
  sample: { type: "string" },
  json: { type: "boolean" },
  strict: { type: "boolean" },
  "max-errors": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

function formatFinding(finding: LintFinding): string {
  const where = finding.path === undefined ? (finding.ruleId === undefined ? "" : ` rule ${finding.ruleId}:`) : ` ${formatPath(finding.path)}${finding.ruleId === undefined ? "" : ` (${finding.ruleId})`}:`;
  return `${finding.severity.padEnd(7)} ${finding.code}${where} ${finding.message}`;
}

/** `icpfit lint`. */
export async function lintCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs("lint", argv, OPTIONS);
  if (values["help"] === true) {
    process.stdout.write(`${LINT_HELP}\n`);
    return EXIT.ok;
  }
  const path = onePositional("lint", positionals, "an ICP file");
  const scorer = loadIcp(path, "lint");
  const now = parseNow(stringOption(values, "now")) ?? Date.now();
  const samplePath = stringOption(values, "sample");
  let sample: Array<Record<string, unknown>> | undefined;
  if (samplePath !== undefined) {
    const loaded = await loadRows(samplePath, values);
    sample = leadsOf(loaded, resolveMapping(loaded.header, mappingRequestOf(values), scorer.fields), listOption(values, "missing-value"));
  }
  const findings = lintIcp(scorer.icp, { now, ...(sample === undefined ? {} : { sample }) });
  if (flagOption(values, "json") === true) process.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
  else if (findings.length === 0) process.stdout.write(`${path}: no findings\n`);
  else process.stdout.write(`${findings.map(formatFinding).join("\n")}\n`);
  const errors = findings.filter((finding) => finding.severity === "error").length;
  const warnings = findings.filter((finding) => finding.severity === "warning").length;
  process.stderr.write(`icpfit: ${path}: ${errors} error(s), ${warnings} warning(s), ${findings.length - errors - warnings} note(s)\n`);
  return errors > 0 || (flagOption(values, "strict") === true && warnings > 0) ? EXIT.badInput : EXIT.ok;
}
