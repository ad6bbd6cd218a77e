import { autoMapping, isLeadPath, type FieldMapping } from "../adapters/index.js";
import { usageError, inputError } from "./cli-error.js";
import { readJson } from "./io/read-text.js";

/** What the user said about columns: a --map file, --field overrides, and whether to guess. */
export interface MappingRequest {
  /** From --map: lead path → column, or null to drop a guessed mapping. */
  readonly file: Readonly<Record<string, string | null>>;
  /** From --field path=column (repeatable). */
  readonly fields: readonly string[];
  /** Guess from header names (--no-auto-map turns it off). */
  readonly auto: boolean;
}

/** Reads a --map file: `{ "firmographic.employees": "Employees", ... }` (lead path → column). */
export function readMappingFile(path: string | undefined): Readonly<Record<string, string | null>> {
  if (path === undefined) return {};
  const value = readJson(path, "mapping file");
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw inputError(`mapping file ${path} must be a JSON object of lead path → column name, e.g. {"firmographic.employees": "Employees"}`);
  }
  const problems: string[] = [];
  const mapping: Record<string, string | null> = {};
  for (const [path_, column] of Object.entries(value as Record<string, unknown>)) {
    if (path_ === "$schema" || path_ === "$comment") continue;
    if (!isLeadPath(path_)) problems.push(`  - ${path_}: not a lead path (e.g. "firmographic.employees", "attributes.<key>")`);
    else if (typeof column !== "string" && column !== null) problems.push(`  - ${path_}: expected a column name or null, got ${JSON.stringify(column)}`);
    else mapping[path_] = column;
  }
  if (problems.length > 0) throw inputError(`mapping file ${path} has problems:\n${problems.join("\n")}`);
  return mapping;
}

/** Splits a --field value `path=column`. */
function splitField(text: string): [string, string] {
  const at = text.indexOf("=");
  if (at <= 0 || at === text.length - 1) throw usageError(`--field expects <lead path>=<column>, e.g. firmographic.employees=Employees; got "${text}"`);
  return [text.slice(0, at).trim(), text.slice(at + 1)];
}

/**
 * The mapping for one input: guessed from the header (unknown columns become `attributes.<key>`),
 * then the --map file, then --field. Explicit columns must exist in the header (unless
 * `requireColumns` is false: JSON objects of other shapes may lack them). With `needed`,
 * only the paths the ICP reads are kept, so unused columns cost nothing per row.
 */
export function resolveMapping(header: readonly string[], request: MappingRequest, needed?: readonly string[], requireColumns = true): FieldMapping {
  const mapping: Record<string, string> = request.auto ? { ...autoMapping(header, { unmapped: "attributes" }) } : {};
  const columns = new Set(header);
  const explicit: Array<[string, string | null, string]> = [
    ...Object.entries(request.file).map(([path, column]): [string, string | null, string] => [path, column, "--map"]),
    ...request.fields.map((text): [string, string | null, string] => [...splitField(text), "--field"]),
  ];
  for (const [path, column, source] of explicit) {
    if (!isLeadPath(path)) throw usageError(`${source}: "${path}" is not a lead path (e.g. "firmographic.employees", "attributes.<key>")`);
    if (column === null) {
      delete mapping[path];
      continue;
    }
    if (!columns.has(column)) {
      if (!requireColumns) continue;
      throw usageError(`${source}: column "${column}" (for ${path}) is not in the input; its columns are: ${header.map((name) => JSON.stringify(name)).join(", ")}`);
    }
    mapping[path] = column;
  }
  if (needed === undefined) return mapping;
  const wanted = new Set(needed);
  const groups = new Set(needed.map((path) => path.split(".")[0] ?? path));
  const kept: Record<string, string> = {};
  for (const [path, column] of Object.entries(mapping)) {
    if (wanted.has(path) || (!path.includes(".") && groups.has(path))) kept[path] = column;
  }
  return kept;
}

/** ICP fields that no column feeds: every row will be `unknown` for their rules. */
export function unmappedFields(mapping: FieldMapping, needed: readonly string[]): string[] {
  return needed.filter((path) => mapping[path] === undefined && mapping[path.split(".")[0] ?? path] === undefined);
}
