/*
 * Small numeric helpers shared by the analysis functions. Quantiles use linear interpolation
 * between order statistics (type 7, the default of R and NumPy), so numbers match what a data
 * team sees in pandas.
 */

/** The q-quantile (0..1) of values sorted ascending; NaN for an empty list. */
export function quantileSorted(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const a = sorted[low] ?? Number.NaN;
  const b = sorted[high] ?? Number.NaN;
  return a + (b - a) * (position - low);
}

/** Rounds to a number of decimals, keeping integers as they are. */
export function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

/** Share `part / whole`, 0 when the whole is 0. */
export function ratio(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}

/**
 * Upper-tail probability of a chi-square statistic with one degree of freedom, via the
 * complementary error function (Abramowitz–Stegun 7.1.26, absolute error below 1.5e-7).
 */
export function chiSquarePValue(statistic: number): number {
  if (!(statistic > 0)) return 1;
  const x = Math.sqrt(statistic / 2);
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return Math.max(0, poly * Math.exp(-x * x));
}
