import { checkFieldPath } from "../schema/field-path.js";
import { allBoolean, attributeKind, isMissing, listItems, numericValue, readPath, valueKey, type AttributeKind } from "./field-values.js";
import { quantileSorted } from "./statistics.js";

/*
 * Candidate conditions for deriveIcp, one readable condition each, with the credit every record
 * would earn under the engine's rules (missing data earns 0, as with `missing: "miss"`). Credits
 * are computed here directly, not through the engine, because thousands of candidates are tried;
 * the chosen rules are re-scored by the engine before their points are fitted.
 */

/** A condition deriveIcp can write as a rule. */
export type CandidateCondition =
  | { readonly op: "in" | "notIn"; readonly value: readonly string[] }
  | { readonly op: "eq"; readonly value: boolean }
  | { readonly op: "gte" | "lte"; readonly value: number; readonly falloff?: number }
  | { readonly op: "between"; readonly value: readonly [number, number] }
  | { readonly op: "includesAny"; readonly value: readonly string[] };

export interface Candidate {
  readonly field: string;
  readonly kind: AttributeKind;
  readonly condition: CandidateCondition;
  /** Credit per record in [0, 1]. */
  readonly credits: Float64Array;
}

export interface CandidateSettings {
  readonly minSupport: number;
  readonly maxValuesPerRule: number;
}

const QUANTILES = [0.05, 0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 0.95];

function niceNumber(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const magnitude = 10 ** Math.floor(Math.log10(Math.abs(value)) - 1);
  return Math.round(value / magnitude) * magnitude;
}

function categoricalCandidates(field: string, values: readonly unknown[], y: Float64Array, settings: CandidateSettings): Candidate[] {
  const n = values.length;
  if (allBoolean(values.filter((value) => !isMissing(value)))) {
    return [true, false].map((flag) => ({
      field,
      kind: "categorical" as const,
      condition: { op: "eq" as const, value: flag },
      credits: Float64Array.from(values, (value) => (value === flag ? 1 : 0)),
    }));
  }
  const keys = values.map((value) => (isMissing(value) || typeof value === "object" ? undefined : valueKey(value)));
  const stats = new Map<string, { shown: string; count: number; positives: number }>();
  keys.forEach((key, i) => {
    if (key === undefined) return;
    const entry = stats.get(key) ?? { shown: String(values[i]).trim(), count: 0, positives: 0 };
    entry.count++;
    entry.positives += y[i] ?? 0;
    stats.set(key, entry);
  });
  const base = y.reduce((sum, value) => sum + value, 0) / Math.max(1, n);
  // Rates shrunk towards the base rate (10 pseudo-records) so rare values do not top the list.
  const ranked = [...stats.entries()]
    .filter(([, entry]) => entry.count >= settings.minSupport)
    .map(([key, entry]) => ({ key, shown: entry.shown, rate: (entry.positives + 10 * base) / (entry.count + 10) }))
    .sort((a, b) => b.rate - a.rate || (a.key < b.key ? -1 : 1));
  if (ranked.length < 2 && stats.size < 2) return [];
  const candidates: Candidate[] = [];
  const emit = (op: "in" | "notIn", chosen: readonly { key: string; shown: string }[]): void => {
    const members = new Set(chosen.map((entry) => entry.key));
    candidates.push({
      field,
      kind: "categorical",
      condition: { op, value: chosen.map((entry) => entry.shown) },
      credits: Float64Array.from(keys, (key) => (key === undefined ? 0 : members.has(key) === (op === "in") ? 1 : 0)),
    });
  };
  const above = ranked.filter((entry) => entry.rate > base);
  for (let size = 1; size <= Math.min(settings.maxValuesPerRule, above.length); size++) emit("in", above.slice(0, size));
  const below = [...ranked].reverse().filter((entry) => entry.rate < base);
  for (let size = 1; size <= Math.min(settings.maxValuesPerRule, below.length); size++) emit("notIn", below.slice(0, size));
  return candidates;
}

function numericCandidates(field: string, values: readonly unknown[]): Candidate[] {
  const numbers = values.map((value) => (isMissing(value) ? undefined : numericValue(value)));
  const sorted = numbers.filter((value): value is number => value !== undefined).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const cuts = [...new Set(QUANTILES.map((q) => niceNumber(quantileSorted(sorted, q))))].filter(
    (cut) => cut > (sorted[0] ?? 0) && cut <= (sorted[sorted.length - 1] ?? 0),
  );
  const column = (credit: (value: number) => number): Float64Array =>
    Float64Array.from(numbers, (value) => (value === undefined ? 0 : credit(value)));
  const candidates: Candidate[] = [];
  const push = (condition: CandidateCondition, credit: (value: number) => number): void => {
    candidates.push({ field, kind: "numeric", condition, credits: column(credit) });
  };
  for (const cut of cuts) {
    push({ op: "gte", value: cut }, (v) => (v >= cut ? 1 : 0));
    push({ op: "lte", value: cut }, (v) => (v <= cut ? 1 : 0));
    // falloff 1 on `gte`: credit rises linearly from 0 at zero to 1 at the cut (the engine's creditBelow).
    if (cut > 0) push({ op: "gte", value: cut, falloff: 1 }, (v) => (v >= cut ? 1 : Math.max(0, 1 - (cut - v) / cut)));
  }
  for (let a = 0; a < cuts.length; a++) {
    for (let b = a + 2; b < cuts.length; b++) {
      const low = cuts[a] ?? 0;
      const high = cuts[b] ?? 0;
      push({ op: "between", value: [low, high] }, (v) => (v >= low && v <= high ? 1 : 0));
    }
  }
  return candidates;
}

function listCandidates(field: string, values: readonly unknown[], y: Float64Array, settings: CandidateSettings): Candidate[] {
  const itemSets = values.map((value) => (isMissing(value) ? undefined : new Set(listItems(value).map(valueKey))));
  const stats = new Map<string, { shown: string; count: number; positives: number }>();
  values.forEach((value, i) => {
    if (isMissing(value)) return;
    for (const item of listItems(value)) {
      const entry = stats.get(valueKey(item)) ?? { shown: item, count: 0, positives: 0 };
      entry.count++;
      entry.positives += y[i] ?? 0;
      stats.set(valueKey(item), entry);
    }
  });
  const base = y.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
  const ranked = [...stats.entries()]
    .filter(([, entry]) => entry.count >= settings.minSupport)
    .map(([key, entry]) => ({ key, shown: entry.shown, rate: (entry.positives + 10 * base) / (entry.count + 10) }))
    .filter((entry) => entry.rate > base)
    .sort((a, b) => b.rate - a.rate || (a.key < b.key ? -1 : 1));
  const candidates: Candidate[] = [];
  for (let size = 1; size <= Math.min(settings.maxValuesPerRule, ranked.length); size++) {
    const chosen = ranked.slice(0, size);
    candidates.push({
      field,
      kind: "list",
      condition: { op: "includesAny", value: chosen.map((entry) => entry.shown) },
      credits: Float64Array.from(itemSets, (items) => (items !== undefined && chosen.some((entry) => items.has(entry.key)) ? 1 : 0)),
    });
  }
  return candidates;
}

/** Every candidate condition on the given fields (fields a rule may not name are skipped). */
export function buildCandidates(records: readonly unknown[], fields: readonly string[], y: Float64Array, settings: CandidateSettings): Candidate[] {
  const candidates: Candidate[] = [];
  for (const field of fields) {
    if (!checkFieldPath(field).ok) continue;
    const values = records.map((record) => readPath(record, field));
    const kind = attributeKind(values.filter((value) => !isMissing(value)));
    const found =
      kind === "numeric"
        ? numericCandidates(field, values)
        : kind === "list"
          ? listCandidates(field, values, y, settings)
          : categoricalCandidates(field, values, y, settings);
    for (const candidate of found) {
      let matched = 0;
      for (const credit of candidate.credits) if (credit > 0) matched++;
      if (matched >= settings.minSupport && matched <= records.length - settings.minSupport) candidates.push(candidate);
    }
  }
  return candidates;
}
