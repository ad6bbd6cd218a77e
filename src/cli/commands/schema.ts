import { icpJsonSchema, leadJsonSchema } from "../../index.js";
import { EXIT, usageError } from "../cli-error.js";
import { parseCommandArgs } from "../args.js";

export const SCHEMA_HELP: string = `Usage: icpfit schema [icp|lead]

Prints the JSON Schema (draft 2020-12) of the ICP file format (default) or of a lead, for editor
validation and for checking files in CI.

Example:
  icpfit schema > icp.schema.json
  icpfit schema lead

Options:
  -h, --help   this help

Exit codes: 0 success; 2 usage.`;

/** `icpfit schema`. */
export function schemaCommand(argv: readonly string[]): number {
  const { values, positionals } = parseCommandArgs("schema", argv, { help: { type: "boolean", short: "h" } });
  if (values["help"] === true) {
    process.stdout.write(`${SCHEMA_HELP}\n`);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw usageError(`takes at most one argument (icp or lead), got: ${positionals.join(" ")}`);
  const which = positionals[0] ?? "icp";
  if (which !== "icp" && which !== "lead") throw usageError(`prints the schema of "icp" or "lead", got "${which}"`);
  const schema = which === "icp" ? icpJsonSchema() : leadJsonSchema();
  process.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
  return EXIT.ok;
}
