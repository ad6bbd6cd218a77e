/*
 * DeLong, DeLong & Clarke-Pearson (1988): the AUCs of several scores on the same cases and the
 * covariance matrix of those AUCs, from the structural components of the Mann–Whitney statistic.
 * Computed with Sun & Xu's (2014) midrank algorithm in O(n log n) per score instead of comparing
 * every positive with every negative: for a positive case, its component is (its midrank among
 * all cases − its midrank among the positives) / negatives; for a negative case, 1 − (its midrank
 * among all cases − its midrank among the negatives) / positives. Midranks give ties one half,
 * as the Mann–Whitney statistic does. Internal: compareIcps is the public entry point.
 */

/** AUCs and their DeLong covariance for k scores of the same cases. */
export interface DelongEstimate {
  /** Cases with a positive outcome. */
  readonly positives: number;
  /** Cases with a negative outcome. */
  readonly negatives: number;
  /** Each score's AUC (P(score of a positive > score of a negative), ties one half). */
  readonly aucs: readonly number[];
  /** k × k covariance of the AUCs (variances on the diagonal); NaN with fewer than two cases in a class. */
  readonly covariance: readonly (readonly number[])[];
}

/** Midranks (1-based, ties get their average rank) of values, in the values' own order. */
export function midranks(values: readonly number[]): number[] {
  const order = values.map((_, index) => index).sort((a, b) => (values[a] as number) - (values[b] as number));
  const ranks = new Array<number>(values.length).fill(0);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && values[order[end + 1] as number] === values[order[start] as number]) end++;
    const rank = (start + end) / 2 + 1;
    for (let position = start; position <= end; position++) ranks[order[position] as number] = rank;
    start = end + 1;
  }
  return ranks;
}

function covarianceOf(components: readonly (readonly number[])[], means: readonly number[]): number[][] {
  const k = components.length;
  const size = components[0]?.length ?? 0;
  return Array.from({ length: k }, (_, r) =>
    Array.from({ length: k }, (_, s) => {
      if (size < 2) return Number.NaN;
      const a = components[r] as readonly number[];
      const b = components[s] as readonly number[];
      const meanA = means[r] as number;
      const meanB = means[s] as number;
      let sum = 0;
      for (let index = 0; index < size; index++) sum += ((a[index] as number) - meanA) * ((b[index] as number) - meanB);
      return sum / (size - 1);
    }),
  );
}

/**
 * DeLong's estimate for k scores over the same cases: `scores[r][i]` is score r of case i, and
 * `positive[i]` its outcome. Scores must be finite numbers (callers drop unlabelled cases first).
 */
export function delong(scores: readonly (readonly number[])[], positive: readonly boolean[]): DelongEstimate {
  const positiveIndexes: number[] = [];
  const negativeIndexes: number[] = [];
  positive.forEach((isPositive, index) => (isPositive ? positiveIndexes : negativeIndexes).push(index));
  const m = positiveIndexes.length;
  const n = negativeIndexes.length;
  if (m === 0 || n === 0) {
    return { positives: m, negatives: n, aucs: scores.map(() => Number.NaN), covariance: scores.map(() => scores.map(() => Number.NaN)) };
  }
  const v10: number[][] = [];
  const v01: number[][] = [];
  const aucs: number[] = [];
  for (const score of scores) {
    const x = positiveIndexes.map((index) => score[index] as number);
    const y = negativeIndexes.map((index) => score[index] as number);
    const tx = midranks(x);
    const ty = midranks(y);
    const tz = midranks([...x, ...y]);
    let rankSum = 0;
    for (let i = 0; i < m; i++) rankSum += tz[i] as number;
    aucs.push((rankSum - (m * (m + 1)) / 2) / (m * n));
    v10.push(tx.map((rank, i) => ((tz[i] as number) - rank) / n));
    v01.push(ty.map((rank, j) => 1 - ((tz[m + j] as number) - rank) / m));
  }
  const s10 = covarianceOf(v10, aucs);
  const s01 = covarianceOf(v01, aucs);
  const covariance = s10.map((row, r) => row.map((value, s) => value / m + (s01[r]?.[s] as number) / n));
  return { positives: m, negatives: n, aucs, covariance };
}
