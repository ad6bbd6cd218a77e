import { IcpError } from "../errors.js";
import { attributeKind, displayValue, fieldPaths, isMissing, listItems, numericValue, readPath, valueKey, type AttributeKind } from "./field-values.js";
import { quantileSorted, ratio, roundTo } from "./statistics.js";

export type { AttributeKind } from "./field-values.js";

/** One value of an attribute and how often it occurs among the records that have the attribute.
 *
 * @example
 * ```ts
 * import type { ValueShare } from "icpfit/analyze";
 * const value: ValueShare = { value: "Software", count: 12, share: 0.4 };
 * ```
 */
export interface ValueShare {
  /** The value as first seen (trimmed; dates as `YYYY-MM-DD`); values are grouped case-insensitively. */
  readonly value: string;
  /** Records holding the value (for lists: records whose list holds the item). */
  readonly count: number;
  /** `count / present` (for lists: share of records whose list holds the item). */
  readonly share: number;
}

/** Quantiles and mean of a numeric attribute (linear interpolation, as pandas and R do).
 *
 * @example
 * ```ts
 * import type { NumericSummary } from "icpfit/analyze";
 * const value: NumericSummary = { min: 1, p10: 2, p25: 5, median: 10, p75: 20, p90: 40, max: 90, mean: 15 };
 * ```
 */
export interface NumericSummary {
  /** Smallest value. */
  readonly min: number;
  /** 10th percentile. */
  readonly p10: number;
  /** 25th percentile (first quartile). */
  readonly p25: number;
  /** 50th percentile. */
  readonly median: number;
  /** 75th percentile (third quartile). */
  readonly p75: number;
  /** 90th percentile. */
  readonly p90: number;
  /** Largest value. */
  readonly max: number;
  /** Arithmetic mean. */
  readonly mean: number;
}

/** The profile of one attribute across a set of records.
 *
 * @example
 * ```ts
 * import { profileCustomers, type AttributeProfile } from "icpfit/analyze";
 * const first: AttributeProfile | undefined = profileCustomers([{ firmographic: { industry: "Software" } }]).attributes[0];
 * first?.coverage; // 1
 * ```
 */
export interface AttributeProfile {
  /** Field path, e.g. `firmographic.industry`. */
  readonly field: string;
  /** `list` when most values are arrays, `numeric` when at least 95% are numbers (other than only 0 and 1), else `categorical`. */
  readonly kind: AttributeKind;
  /** Records with a value. */
  readonly present: number;
  /** Non-missing share: `present / n`. */
  readonly coverage: number;
  /** Distinct values (list items for lists). */
  readonly distinct: number;
  /** The most frequent values, most frequent first (empty for numeric attributes). */
  readonly top: readonly ValueShare[];
  /** Occurrences of values beyond `top`. */
  readonly otherCount: number;
  /** Quantiles and mean, for numeric attributes. */
  readonly numeric?: NumericSummary;
}

/** A profile of a set of records: with all customers, the Average Customer Profile (ACP).
 *
 * @example
 * ```ts
 * import { profileCustomers, type CustomerProfile } from "icpfit/analyze";
 * const profile: CustomerProfile = profileCustomers([{ firmographic: { employees: 40 } }, { firmographic: { employees: 400 } }]);
 * profile.n; // 2
 * ```
 */
export interface CustomerProfile {
  /** Number of records profiled. */
  readonly n: number;
  /** One profile per field, in the order of `fields` (or of first appearance in the records). */
  readonly attributes: readonly AttributeProfile[];
}

/** Options for {@link profileCustomers}.
 *
 * @example
 * ```ts
 * import type { ProfileOptions } from "icpfit/analyze";
 * const options: ProfileOptions = { fields: ["firmographic.industry"], topValues: 5 };
 * ```
 */
export interface ProfileOptions {
  /**
   * Field paths to profile.
   * @default every field path seen in the records (except id, name and email)
   */
  readonly fields?: readonly string[];
  /**
   * How many of the most frequent values to keep per attribute.
   * @default 20
   */
  readonly topValues?: number;
}

function summarise(numbers: number[]): NumericSummary {
  numbers.sort((a, b) => a - b);
  const q = (p: number): number => roundTo(quantileSorted(numbers, p), 6);
  const mean = numbers.reduce((sum, value) => sum + value, 0) / numbers.length;
  return { min: q(0), p10: q(0.1), p25: q(0.25), median: q(0.5), p75: q(0.75), p90: q(0.9), max: q(1), mean: roundTo(mean, 6) };
}

function profileAttribute(records: readonly unknown[], field: string, topValues: number): AttributeProfile {
  const values = records.map((record) => readPath(record, field)).filter((value) => !isMissing(value));
  const kind = attributeKind(values);
  const present = values.length;
  const base = { field, kind, present, coverage: roundTo(ratio(present, records.length), 6) };
  if (kind === "numeric") {
    const numbers = values.map(numericValue).filter((value): value is number => value !== undefined);
    const distinct = new Set(numbers).size;
    return { ...base, distinct, top: [], otherCount: 0, ...(numbers.length > 0 ? { numeric: summarise(numbers) } : {}) };
  }
  const counts = new Map<string, { value: string; count: number }>();
  for (const value of values) {
    const items = kind === "list" ? listItems(value) : [displayValue(value)];
    for (const item of items) {
      const key = valueKey(item);
      const entry = counts.get(key);
      if (entry === undefined) counts.set(key, { value: item, count: 1 });
      else entry.count++;
    }
  }
  // Ties broken by value so the profile is the same whatever the record order.
  const sorted = [...counts.values()].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  const top = sorted.slice(0, topValues).map(({ value, count }) => ({ value, count, share: roundTo(ratio(count, present), 6) }));
  const otherCount = sorted.slice(topValues).reduce((sum, entry) => sum + entry.count, 0);
  return { ...base, distinct: counts.size, top, otherCount };
}

/**
 * Profiles records attribute by attribute: kind (categorical, numeric or list), coverage, the most
 * frequent values with their shares, and quantiles for numbers. Run on all customers it gives the
 * Average Customer Profile; on the best customers, the raw material of an ICP. Pure and
 * deterministic. Throws `INVALID_OPTIONS` for a bad `topValues` or `fields`.
 *
 * @example
 * ```ts
 * import { profileCustomers } from "icpfit/analyze";
 * const profile = profileCustomers([
 *   { firmographic: { industry: "Software", employees: 120 } },
 *   { firmographic: { industry: "Retail", employees: 40 } },
 * ]);
 * profile.attributes.map((a) => `${a.field}: ${a.kind}`); // ["firmographic.industry: categorical", "firmographic.employees: numeric"]
 * ```
 */
export function profileCustomers(records: readonly unknown[], options: ProfileOptions = {}): CustomerProfile {
  if (!Array.isArray(records)) throw new IcpError("INVALID_OPTIONS", [{ path: ["records"], message: "expected an array of lead records" }]);
  const topValues = options.topValues ?? 20;
  if (!Number.isInteger(topValues) || topValues < 1) {
    throw new IcpError("INVALID_OPTIONS", [{ path: ["topValues"], message: `expected a positive integer, got ${String(topValues)}` }]);
  }
  if (options.fields !== undefined && !options.fields.every((field) => typeof field === "string" && field.trim() !== "")) {
    throw new IcpError("INVALID_OPTIONS", [{ path: ["fields"], message: "expected non-empty field paths such as \"firmographic.industry\"" }]);
  }
  const fields = options.fields ?? fieldPaths(records);
  const profile: CustomerProfile = { n: records.length, attributes: fields.map((field) => profileAttribute(records, field, topValues)) };
  return profile;
}
