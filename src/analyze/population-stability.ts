import { attributeKind, displayValue, isMissing, listItems, numericValue, readPath, valueKey, type AttributeKind } from "./field-values.js";
import { quantileBins } from "./quantile-bins.js";
import { roundTo } from "./statistics.js";

/*
 * The population stability index (PSI) of two samples over shared bins:
 * PSI = Σ (current − reference) × ln(current / reference) over the bins' shares, with an empty
 * bin's share raised to `epsilon` so that the sum stays finite. Numbers are binned at the
 * reference's quantiles, text by the reference's most frequent values (the rest pooled as
 * "(other)"), and a field's missing values get a bin of their own. Internal: scoreDrift is the
 * public entry point.
 */

/** One bin: its label, the two samples' shares and its part of the PSI.
 *
 * @example
 * ```ts
 * import type { DriftBin } from "icpfit/analyze";
 * const bin: DriftBin = { label: "≤ 40", reference: 0.1, current: 0.18, contribution: 0.047 };
 * ```
 */
export interface DriftBin {
  /** The bin: "≤ 40", "40 < x ≤ 55", "> 90", a value, "(other)" or "(missing)". */
  readonly label: string;
  /** Share of the reference sample in the bin, 0-1. */
  readonly reference: number;
  /** Share of the current sample in the bin, 0-1. */
  readonly current: number;
  /** The bin's term of the PSI, (current − reference) × ln(current / reference), after the epsilon floor. */
  readonly contribution: number;
}

/** The PSI of two share vectors over the same bins; shares below epsilon count as epsilon. */
export function psiOf(labels: readonly string[], reference: readonly number[], current: readonly number[], epsilon: number): { psi: number; bins: DriftBin[] } {
  let psi = 0;
  const bins = labels.map((label, index): DriftBin => {
    const r = reference[index] ?? 0;
    const c = current[index] ?? 0;
    const rr = Math.max(r, epsilon);
    const cc = Math.max(c, epsilon);
    const contribution = (cc - rr) * Math.log(cc / rr);
    psi += contribution;
    return { label, reference: roundTo(r, 6), current: roundTo(c, 6), contribution: roundTo(contribution, 6) };
  });
  return { psi: roundTo(psi, 6), bins };
}

/** Adds to one count of a fixed-length array (index always in range). */
const add = (counts: number[], index: number, amount = 1): void => {
  counts[index] = (counts[index] ?? 0) + amount;
};
const shares = (counts: readonly number[], total: number): number[] => counts.map((count) => (total > 0 ? count / total : 0));
/** PSI of two lists of numbers, binned at the reference's quantiles. */
export function numericPsi(reference: readonly number[], current: readonly number[], bins: number, epsilon: number): { psi: number; bins: DriftBin[] } {
  const { labels, binOf } = quantileBins(reference, bins);
  const count = (values: readonly number[]): number[] => {
    const counts = new Array<number>(labels.length).fill(0);
    for (const value of values) add(counts, binOf(value));
    return counts;
  };
  return psiOf([...labels], shares(count(reference), reference.length), shares(count(current), current.length), epsilon);
}

/** Options of one field's PSI. */
export interface FieldBinning {
  readonly bins: number;
  readonly maxCategories: number;
  readonly epsilon: number;
}

/** A field's PSI over two sets of records, with its kind (read from the reference) and coverage. */
export function fieldPsi(
  field: string,
  reference: readonly unknown[],
  current: readonly unknown[],
  options: FieldBinning,
): { kind: AttributeKind; psi: number; bins: DriftBin[]; referenceCoverage: number; currentCoverage: number } {
  const read = (records: readonly unknown[]): unknown[] => records.map((record) => readPath(record, field));
  const before = read(reference);
  const after = read(current);
  const present = before.filter((value) => !isMissing(value));
  const kind = attributeKind(present);
  const coverage = (values: readonly unknown[]): number => (values.length > 0 ? values.filter((value) => !isMissing(value)).length / values.length : 0);
  const missingShare = (values: readonly unknown[]): number => 1 - coverage(values);
  let labels: string[];
  let counts: (values: readonly unknown[]) => number[];
  if (kind === "numeric") {
    const numeric = quantileBins(present.map((value) => numericValue(value) ?? Number.NaN).filter((value) => !Number.isNaN(value)), options.bins);
    labels = [...numeric.labels];
    counts = (values) => {
      const out = new Array<number>(labels.length + 1).fill(0);
      for (const value of values) {
        const parsed = isMissing(value) ? undefined : numericValue(value);
        if (parsed === undefined) add(out, labels.length);
        else add(out, numeric.binOf(parsed));
      }
      return out;
    };
  } else {
    // Text and lists: the reference's most frequent values; a list spreads one lead over its items.
    const frequency = new Map<string, { label: string; count: number }>();
    const itemsOf = (value: unknown): string[] => (kind === "list" ? listItems(value) : [displayValue(value)]);
    for (const value of present) {
      const items = itemsOf(value);
      for (const item of items) {
        const key = valueKey(item);
        const entry = frequency.get(key) ?? { label: item, count: 0 };
        entry.count += 1 / items.length;
        frequency.set(key, entry);
      }
    }
    const kept = [...frequency.entries()].sort((a, b) => b[1].count - a[1].count).slice(0, options.maxCategories);
    const index = new Map(kept.map(([key], position) => [key, position]));
    labels = [...kept.map(([, entry]) => entry.label), "(other)"];
    counts = (values) => {
      const out = new Array<number>(labels.length + 1).fill(0);
      for (const value of values) {
        const items = isMissing(value) ? [] : itemsOf(value);
        if (items.length === 0) add(out, labels.length);
        for (const item of items) add(out, index.get(valueKey(item)) ?? labels.length - 1, 1 / items.length);
      }
      return out;
    };
  }
  const result = psiOf([...labels, "(missing)"], shares(counts(before), before.length), shares(counts(after), after.length), options.epsilon);
  return { kind, ...result, referenceCoverage: roundTo(1 - missingShare(before), 6), currentCoverage: roundTo(1 - missingShare(after), 6) };
}
