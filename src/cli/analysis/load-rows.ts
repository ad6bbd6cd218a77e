import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { compileMapping, type FieldMapping } from "../../adapters/index.js";
import { usageError } from "../cli-error.js";
import { integerOption, type OptionValues } from "../args.js";
import { openLeadInput } from "../input-options.js";
import type { InputRow } from "../io/input-row.js";
import { createReader } from "../io/readers.js";
import { mostlyRejectedWarning, rowErrorReporter } from "../row-errors.js";
import { recordKeys, renamedColumns } from "../score/row-text.js";

/** A whole table in memory: analysis (AUC, derivation, profiles) needs every row at once. */
export interface LoadedRows {
  readonly header: readonly string[];
  /** Readable rows, each as values in header order. */
  readonly rows: ReadonlyArray<{ readonly line: number; readonly values: readonly unknown[] }>;
  /** Malformed rows, reported on stderr and left out. */
  readonly skipped: number;
  readonly unit: "line" | "item";
}

const hasOwn = Object.prototype.hasOwnProperty;

/** Reads every readable row of an input (CSV, JSONL, JSON); malformed rows are reported and counted. */
export async function loadRows(path: string, values: OptionValues): Promise<LoadedRows> {
  const input = await openLeadInput(path, values);
  for (const note of input.notes) process.stderr.write(`icpfit: ${note}\n`);
  const reader = createReader(input.format, { delimiter: input.delimiter, name: input.name });
  const errors = rowErrorReporter(process.stderr, reader.unit, integerOption(values, "max-errors", 20), () => undefined);
  const rows: Array<{ line: number; values: unknown[] }> = [];
  let skipped = 0;
  const sink = new Writable({
    objectMode: true,
    write(batch: readonly InputRow[], _encoding, callback) {
      const header = reader.header() ?? [];
      for (const row of batch) {
        if (row.error !== undefined) {
          skipped++;
          errors.report(row.line, `${row.error}; row left out`);
          continue;
        }
        if (row.cells !== undefined) rows.push({ line: row.line, values: row.cells as string[] });
        else if (row.record !== undefined) {
          const record = row.record;
          rows.push({ line: row.line, values: header.map((key) => (hasOwn.call(record, key) ? record[key] : undefined)) });
        }
      }
      callback();
    },
  });
  await pipeline(input.stream, reader.stream, sink);
  process.stderr.write(mostlyRejectedWarning(skipped, skipped + rows.length) ?? "");
  const header = reader.header() ?? [];
  if (input.format !== "csv") return { header, rows, skipped, unit: reader.unit };
  // A CSV header may repeat a name or leave one empty; each column gets its own name, or the
  // mapping would read the first column of a name twice and the other never.
  const names = recordKeys(header);
  const renamed = renamedColumns(header, names);
  if (renamed.length > 0) process.stderr.write(`icpfit: warning: the header has empty or repeated names; reading ${renamed.join(", ")}\n`);
  return { header: names, rows, skipped, unit: reader.unit };
}

/** The position of a named column, or a usage error listing the columns there are. */
export function columnIndex(header: readonly string[], name: string, option: string): number {
  const index = header.indexOf(name);
  if (index < 0 && header.length === 0) throw usageError(`${option}: column "${name}" is not in the input, which has no columns (is it empty?)`);
  if (index < 0) throw usageError(`${option}: column "${name}" is not in the input; its columns are: ${header.map((column) => JSON.stringify(column)).join(", ")}`);
  return index;
}

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/**
 * Leads for analysis: mapped fields read as numbers, dates and lists, and plain decimal text in
 * custom attributes read as numbers (CSV has no types; "1532" visits should profile as a number).
 */
export function leadsOf(loaded: LoadedRows, mapping: FieldMapping, missingValues: readonly string[]): Array<Record<string, unknown>> {
  const mapper = compileMapping(loaded.header, mapping, { missingValues, typed: true });
  return loaded.rows.map((row) => {
    const lead = mapper.toLead(row.values);
    const attributes = lead["attributes"];
    if (attributes !== null && typeof attributes === "object") {
      for (const [key, value] of Object.entries(attributes as Record<string, unknown>)) {
        if (typeof value === "string" && DECIMAL.test(value.trim())) (attributes as Record<string, unknown>)[key] = Number(value);
      }
    }
    return lead;
  });
}

/** Reads an outcome cell: 1/0, true/false, yes/no (any case); blank or unreadable is null. */
export function outcomeOf(value: unknown): boolean | null {
  if (typeof value === "boolean") return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value !== "string") return null;
  const text = value.trim().toLowerCase();
  if (text === "1" || text === "true" || text === "yes" || text === "y" || text === "won" || text === "converted") return true;
  if (text === "0" || text === "false" || text === "no" || text === "n" || text === "lost") return false;
  return null;
}
