import type { CsvLineEncoder } from "../io/csv-line.js";

/** A JSON value as one CSV cell: text as is, lists of text joined with ";", objects as JSON. */
export function cellText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === undefined || value === null) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === "string" || typeof item === "number")) return value.join(";");
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value) ?? "";
}

/**
 * The keys of a CSV header in JSON output, one per column: an empty name becomes `column_<n>` and a
 * repeated one `<name>_<k>`, so no cell is overwritten by a later one of the same name.
 */
export function recordKeys(header: readonly string[]): string[] {
  const seen = new Set<string>();
  return header.map((name, index) => {
    const base = name === "" ? `column_${index + 1}` : name;
    let key = base;
    for (let copy = 2; seen.has(key); copy++) key = `${base}_${copy}`;
    seen.add(key);
    return key;
  });
}

/** The columns {@link recordKeys} renames, in words for a warning: `column 3 ("Plan") as "Plan_2"`. */
export function renamedColumns(header: readonly string[], keys: readonly string[] = recordKeys(header)): string[] {
  return keys.flatMap((key, index) => (key === header[index] ? [] : [`column ${index + 1} (${JSON.stringify(header[index])}) as "${key}"`]));
}

/** CSV cells as an object keyed by {@link recordKeys} of the header (for JSON output of CSV input). */
export function cellsToRecord(keys: readonly string[], cells: readonly string[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  const count = Math.max(keys.length, cells.length);
  for (let index = 0; index < count; index++) {
    const key = keys[index] ?? `column_${index + 1}`;
    Object.defineProperty(record, key, { value: cells[index] ?? "", enumerable: true, writable: true, configurable: true });
  }
  return record;
}

/** Input cells padded or cut to the header's width, for a malformed CSV row kept in CSV output. */
export function fitCells(cells: readonly string[], width: number): readonly string[] {
  if (cells.length === width) return cells;
  const fitted = cells.slice(0, width);
  while (fitted.length < width) fitted.push("");
  return fitted;
}

/** Appends added cells to already-encoded input cells. */
export function joinCsv(encode: CsvLineEncoder, delimiter: string, input: readonly string[], added: readonly string[]): string {
  return input.length === 0 ? encode(added) : `${encode(input)}${delimiter}${encode(added)}`;
}
