/*
 * Feature encoding for the plain logistic-regression baseline the derived ICP is compared with:
 * one-hot columns for text and boolean fields (values seen at least `minCount` times in the
 * training records), and for numbers the standardised value plus a missing flag. Fitted on the
 * training records only and then applied unchanged to the test records (no leakage). Imports
 * nothing, so Node and Deno notebooks can both use it.
 */

export interface Encoder {
  readonly columns: readonly string[];
  encode(record: unknown): number[];
}

function read(record: unknown, path: string): unknown {
  let value: unknown = record;
  for (const key of path.split(".")) {
    if (value === null || typeof value !== "object" || !Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

const isMissing = (value: unknown): boolean => value === undefined || value === null || value === "" || (typeof value === "number" && !Number.isFinite(value));

/** Learns the encoding from training records; numbers are standardised with the training mean and spread. */
export function fitOneHot(records: readonly unknown[], fields: readonly string[], minCount = 10): Encoder {
  const specs: ({ field: string; kind: "number"; mean: number; sd: number } | { field: string; kind: "missing" } | { field: string; kind: "value"; value: string })[] = [];
  for (const field of fields) {
    const values = records.map((record) => read(record, field)).filter((value) => !isMissing(value));
    if (values.length > 0 && values.every((value) => typeof value === "number")) {
      const numbers = values as number[];
      const mean = numbers.reduce((sum, value) => sum + value, 0) / numbers.length;
      const sd = Math.sqrt(numbers.reduce((sum, value) => sum + (value - mean) ** 2, 0) / numbers.length) || 1;
      specs.push({ field, kind: "number", mean, sd });
      if (values.length < records.length) specs.push({ field, kind: "missing" });
      continue;
    }
    const counts = new Map<string, number>();
    for (const value of values) counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
    // One level per kept value; the most frequent is the reference level, so columns are not collinear.
    const kept = [...counts.entries()].filter(([, count]) => count >= minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    for (const [value] of kept.slice(1)) specs.push({ field, kind: "value", value });
    if (values.length < records.length) specs.push({ field, kind: "missing" });
  }
  return {
    columns: specs.map((spec) => (spec.kind === "value" ? `${spec.field}=${spec.value}` : spec.kind === "missing" ? `${spec.field} missing` : spec.field)),
    encode(record: unknown): number[] {
      return specs.map((spec) => {
        const value = read(record, spec.field);
        if (spec.kind === "missing") return isMissing(value) ? 1 : 0;
        if (spec.kind === "number") return typeof value === "number" && Number.isFinite(value) ? (value - spec.mean) / spec.sd : 0;
        return !isMissing(value) && String(value) === spec.value ? 1 : 0;
      });
    },
  };
}
