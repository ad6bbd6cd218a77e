import { existsSync } from "node:fs";
import { compileIcp } from "../../index.js";
import { EXIT, inputError, usageError } from "../cli-error.js";
import { flagOption, parseCommandArgs, stringOption } from "../args.js";
import { writeTextFile } from "../io/files.js";

export const INIT_HELP: string = `Usage: icpfit init [file] [options]

Writes a starter ICP (default: icp.json) with a "$schema" line for editor completion, five
firmographic/technographic rules, an engagement rule and a public-sector exclusion. Edit it, then
check it with "icpfit lint".

Example:
  icpfit init icp.json --id mid-market-saas --name "Mid-market SaaS"

Options:
      --id <id>         the ICP id (default "my-icp")
      --name <name>     the ICP name (default "My ICP")
      --date <date>     version and reviewedAt date (default: today, YYYY-MM-DD)
      --schema <path>   the "$schema" reference (default: the copy in node_modules/icpfit)
  -f, --force           overwrite an existing file
  -h, --help            this help

Exit codes: 0 success; 1 the file exists (without --force) or cannot be written; 2 usage.`;

const OPTIONS = {
  id: { type: "string" },
  name: { type: "string" },
  date: { type: "string" },
  schema: { type: "string" },
  force: { type: "boolean", short: "f" },
  help: { type: "boolean", short: "h" },
} as const;

/** The starter ICP: a small, valid, editable example. */
export function starterIcp(id: string, name: string, date: string, schema: string): Record<string, unknown> {
  return {
    $schema: schema,
    id,
    version: date,
    name,
    description: "Describe the best-fit customer in one sentence: who they are, what they struggle with, what they already use.",
    reviewedAt: date,
    tiers: { primary: 80, secondary: 60, tertiary: 40 },
    missing: "neutral",
    minConfidence: 0.5,
    rules: [
      { id: "industry", label: "Target industry", field: "firmographic.industry", op: "in", value: ["Software", "Internet", "IT Services"], points: 25 },
      { id: "employees", label: "50-500 employees", field: "firmographic.employees", op: "between", value: [50, 500], points: 20, falloff: 0.5 },
      { id: "revenue", label: "$5M-$50M annual revenue", field: "firmographic.annualRevenue", op: "between", value: [5_000_000, 50_000_000], points: 15, falloff: 0.5 },
      { id: "country", label: "Sold-to country", field: "firmographic.country", op: "in", value: ["US", "United States", "GB", "United Kingdom", "DE", "Germany"], points: 10 },
      { id: "stack", label: "Uses a tool we integrate with", field: "technographic.technologies", op: "includesAny", value: ["Slack", "Jira"], points: 15 },
      { id: "engaged", label: "Active in the last 30 days", field: "behavioral.lastActivityAt", op: "withinDays", value: 30, halfLife: 14, points: 15, axis: "engagement" },
      { id: "public-sector", field: "firmographic.industry", op: "in", value: ["Government", "Public Sector"], effect: "exclude", reason: "We do not sell to the public sector" },
    ],
  };
}

/** `icpfit init`. */
export function initCommand(argv: readonly string[]): number {
  const { values, positionals } = parseCommandArgs("init", argv, OPTIONS);
  if (values["help"] === true) {
    process.stdout.write(`${INIT_HELP}\n`);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw usageError(`expects one file name, got ${positionals.length} arguments: ${positionals.join(" ")}`);
  const path = positionals[0] ?? "icp.json";
  const date = stringOption(values, "date") ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw usageError(`--date expects YYYY-MM-DD, got "${date}"`);
  const icp = starterIcp(
    stringOption(values, "id") ?? "my-icp",
    stringOption(values, "name") ?? "My ICP",
    date,
    stringOption(values, "schema") ?? "./node_modules/icpfit/dist/schema/icp.schema.json",
  );
  // The starter must always be a valid ICP; compiling it here turns a regression into a clear error.
  compileIcp(icp as Parameters<typeof compileIcp>[0]);
  const text = `${JSON.stringify(icp, null, 2)}\n`;
  if (path === "-") {
    process.stdout.write(text);
    return EXIT.ok;
  }
  if (existsSync(path) && flagOption(values, "force") !== true) throw inputError(`${path} already exists; use --force to overwrite it`);
  writeTextFile(path, text);
  process.stderr.write(`icpfit: wrote ${path}; edit its rules, then run "icpfit lint ${path}"\n`);
  return EXIT.ok;
}
