import { IcpError } from "../errors.js";
import { quantileSorted } from "./statistics.js";

/*
 * Turns deriveIcp's `isBest` or `outcome` option into one label per record: true (best), false,
 * or null (unknown, left out).
 */

export interface LabelOptions {
  readonly isBest?: (record: unknown, index: number) => boolean;
  readonly outcome?: readonly (boolean | number | null)[];
  readonly bestQuantile?: number;
}

export function bestLabels(records: readonly unknown[], options: LabelOptions): (boolean | null)[] {
  if (!Array.isArray(records)) throw new IcpError("INVALID_OPTIONS", [{ path: ["records"], message: "expected an array of lead records" }]);
  if (options.isBest !== undefined && options.outcome !== undefined) {
    throw new IcpError("INVALID_OPTIONS", [{ path: ["outcome"], message: "expected either isBest or outcome, not both" }]);
  }
  if (options.isBest !== undefined) {
    const isBest = options.isBest;
    return records.map((record, index) => isBest(record, index) === true);
  }
  const outcome = options.outcome;
  if (outcome === undefined) {
    throw new IcpError("INVALID_OPTIONS", [{ path: ["isBest"], message: "expected isBest (a function) or outcome (one value per record)" }]);
  }
  if (outcome.length !== records.length) {
    throw new IcpError("INVALID_OPTIONS", [{ path: ["outcome"], message: `expected one outcome per record (${records.length}), got ${outcome.length}` }]);
  }
  const numbers = outcome.filter((value): value is number => typeof value === "number");
  const binary = numbers.every((value) => value === 0 || value === 1);
  if (binary) return outcome.map((value) => (value === null || value === undefined ? null : value === true || value === 1));
  const quantile = options.bestQuantile ?? 0.75;
  if (!(quantile > 0 && quantile < 1)) {
    throw new IcpError("INVALID_OPTIONS", [{ path: ["bestQuantile"], message: `expected a number between 0 and 1, got ${String(quantile)}` }]);
  }
  const cut = quantileSorted([...numbers].filter(Number.isFinite).sort((a, b) => a - b), quantile);
  return outcome.map((value) => (typeof value === "number" && Number.isFinite(value) ? value >= cut : typeof value === "boolean" ? value : null));
}
