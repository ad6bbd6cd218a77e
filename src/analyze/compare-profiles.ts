import { IcpError } from "../errors.js";
import { valueKey, type AttributeKind } from "./field-values.js";
import type { CustomerProfile, NumericSummary } from "./profile-customers.js";
import { ratio, roundTo } from "./statistics.js";

/** One attribute value, among the best customers and among all.
 *
 * @example
 * ```ts
 * import type { ValueComparison } from "icpfit/analyze";
 * const row: ValueComparison = { field: "firmographic.industry", value: "Software", bestCount: 8, bestShare: 0.4, allCount: 20, allShare: 0.2, lift: 2, support: 8 };
 * ```
 */
export interface ValueComparison {
  /** Field path of the attribute, e.g. `firmographic.industry`. */
  readonly field: string;
  /** The value (a list item for list attributes), as the best profile shows it. */
  readonly value: string;
  /** Best records with the value. */
  readonly bestCount: number;
  /** Share among best records that have the attribute. */
  readonly bestShare: number;
  /** All records with the value. */
  readonly allCount: number;
  /** Share among all records that have the attribute. */
  readonly allShare: number;
  /** `bestShare / allShare`: above 1, the value is over-represented among the best. */
  readonly lift: number;
  /** Best records with the value (`bestCount`): the evidence behind the lift. */
  readonly support: number;
}

/** A numeric attribute's quantiles among the best and among all.
 *
 * @example
 * ```ts
 * import type { NumericComparison } from "icpfit/analyze";
 * const summary = { min: 1, p10: 2, p25: 5, median: 10, p75: 20, p90: 40, max: 90, mean: 15 };
 * const row: NumericComparison = { best: summary, all: summary, medianShift: 0 };
 * ```
 */
export interface NumericComparison {
  /** Quantiles and mean among the best records. */
  readonly best: NumericSummary;
  /** Quantiles and mean among all records. */
  readonly all: NumericSummary;
  /** (best median − all median) / all inter-quartile range; 0 when the range is 0. */
  readonly medianShift: number;
}

/** The comparison of one attribute.
 *
 * @example
 * ```ts
 * import type { AttributeComparison } from "icpfit/analyze";
 * const row: AttributeComparison = { field: "firmographic.industry", kind: "categorical", bestCoverage: 1, allCoverage: 0.9, values: [] };
 * ```
 */
export interface AttributeComparison {
  /** Field path of the attribute, e.g. `firmographic.industry`. */
  readonly field: string;
  /** The attribute's kind in the best profile. */
  readonly kind: AttributeKind;
  /** Share of best records that have a value for the attribute, 0-1. */
  readonly bestCoverage: number;
  /** Share of all records that have a value for the attribute, 0-1. */
  readonly allCoverage: number;
  /** Values with at least `minSupport` best records, highest lift first. */
  readonly values: readonly ValueComparison[];
  /** Quantiles side by side, when the attribute is numeric in both profiles. */
  readonly numeric?: NumericComparison;
}

/** Best customers (the ICP's raw material) against all customers (the ACP).
 *
 * @example
 * ```ts
 * import { compareProfiles, profileCustomers, type ProfileComparison } from "icpfit/analyze";
 * const all = profileCustomers([{ firmographic: { industry: "Software" } }, { firmographic: { industry: "Retail" } }]);
 * const best = profileCustomers([{ firmographic: { industry: "Software" } }]);
 * const comparison: ProfileComparison = compareProfiles(best, all, { minSupport: 1 });
 * ```
 */
export interface ProfileComparison {
  /** Records in the best profile. */
  readonly bestN: number;
  /** Records in the all profile. */
  readonly allN: number;
  /** One entry per attribute present in both profiles, in the best profile's order. */
  readonly attributes: readonly AttributeComparison[];
  /** Every compared value across attributes, highest lift first (ties: more support first). */
  readonly values: readonly ValueComparison[];
}

/** Options for {@link compareProfiles}.
 *
 * @example
 * ```ts
 * import type { CompareOptions } from "icpfit/analyze";
 * const options: CompareOptions = { minSupport: 10 };
 * ```
 */
export interface CompareOptions {
  /**
   * Values need at least this many best records to be compared (small counts give wild lifts).
   * @default 5
   */
  readonly minSupport?: number;
}

const byLift = (a: ValueComparison, b: ValueComparison): number =>
  b.lift - a.lift || b.support - a.support || (a.field + a.value < b.field + b.value ? -1 : 1);

/**
 * Compares the profile of the best customers with the profile of all customers (the Average
 * Customer Profile): for each value, its share among the best and among all and the lift between
 * them; for numbers, the quantiles side by side. Values are matched case-insensitively; a value in
 * the best profile's top values but not in the all profile's is left out (raise `topValues`).
 * Throws `INVALID_OPTIONS` for a bad `minSupport`.
 *
 * @example
 * ```ts
 * import { compareProfiles, profileCustomers } from "icpfit/analyze";
 * const leads = [{ firmographic: { industry: "Software" } }, { firmographic: { industry: "Retail" } }];
 * const comparison = compareProfiles(profileCustomers(leads.slice(0, 1)), profileCustomers(leads), { minSupport: 1 });
 * comparison.values[0]?.lift; // 2
 * ```
 */
export function compareProfiles(best: CustomerProfile, all: CustomerProfile, options: CompareOptions = {}): ProfileComparison {
  const minSupport = options.minSupport ?? 5;
  if (!Number.isFinite(minSupport) || minSupport < 0) {
    throw new IcpError("INVALID_OPTIONS", [{ path: ["minSupport"], message: `expected a count of 0 or more, got ${String(minSupport)}` }]);
  }
  const allByField = new Map(all.attributes.map((attribute) => [attribute.field, attribute]));
  const attributes: AttributeComparison[] = [];
  for (const bestAttribute of best.attributes) {
    const allAttribute = allByField.get(bestAttribute.field);
    if (allAttribute === undefined) continue;
    const allValues = new Map(allAttribute.top.map((entry) => [valueKey(entry.value), entry]));
    const values: ValueComparison[] = [];
    for (const entry of bestAttribute.top) {
      const other = allValues.get(valueKey(entry.value));
      if (other === undefined || entry.count < minSupport || other.share === 0) continue;
      values.push({
        field: bestAttribute.field,
        value: entry.value,
        bestCount: entry.count,
        bestShare: entry.share,
        allCount: other.count,
        allShare: other.share,
        lift: roundTo(entry.share / other.share, 4),
        support: entry.count,
      });
    }
    values.sort(byLift);
    const comparison: AttributeComparison = {
      field: bestAttribute.field,
      kind: bestAttribute.kind,
      bestCoverage: bestAttribute.coverage,
      allCoverage: allAttribute.coverage,
      values,
    };
    if (bestAttribute.numeric !== undefined && allAttribute.numeric !== undefined) {
      const spread = allAttribute.numeric.p75 - allAttribute.numeric.p25;
      const shift = spread > 0 ? ratio(bestAttribute.numeric.median - allAttribute.numeric.median, spread) : 0;
      attributes.push({ ...comparison, numeric: { best: bestAttribute.numeric, all: allAttribute.numeric, medianShift: roundTo(shift, 4) } });
    } else {
      attributes.push(comparison);
    }
  }
  const result: ProfileComparison = {
    bestN: best.n,
    allN: all.n,
    attributes,
    values: attributes.flatMap((attribute) => attribute.values).sort(byLift),
  };
  return result;
}
