import { leadFields, readNumber, readTime } from "../../index.js";
import type { MappedField } from "../../adapters/index.js";

/**
 * For --strict: a check that every mapped number and date cell can be read, so a row with
 * "lots" in its employee column is rejected instead of scored with that rule unknown. The reason
 * names every such cell of the row.
 */
export function valueChecker(fields: readonly MappedField[], missingValues: readonly string[]): ((values: ArrayLike<unknown>) => string | undefined) | undefined {
  const missing = new Set(missingValues);
  const checks: Array<{ field: MappedField; kind: "number" | "date" }> = [];
  for (const field of fields) {
    const kind = leadFields().get(field.path);
    if (kind === "number" || kind === "date") checks.push({ field, kind });
  }
  if (checks.length === 0) return undefined;
  // Every unreadable cell of the row is named, so one pass over the rejects finds them all.
  return (values) => {
    let reason: string | undefined;
    for (const { field, kind } of checks) {
      const value = values[field.index];
      if (value === undefined || value === null || value === "" || (typeof value === "string" && (value.trim() === "" || missing.has(value)))) continue;
      const read = kind === "number" ? readNumber(value) : readTime(value);
      if (typeof read !== "number") {
        const problem = `column "${field.column}" (${field.path}) has ${JSON.stringify(value)}, which is not a ${kind === "number" ? "number" : "date (ISO 8601) that exists"}`;
        reason = reason === undefined ? problem : `${reason}; ${problem}`;
      }
    }
    return reason;
  };
}
