import { IcpError } from "../errors.js";

/**
 * Area under the ROC curve: the probability that a randomly chosen positive scores above a
 * randomly chosen negative, ties counting one half (the Mann–Whitney U statistic). Entries whose
 * outcome is `null` are skipped. Returns `NaN` when either class is empty.
 * Throws `INVALID_OPTIONS` when the two arrays differ in length.
 *
 * @example
 * ```ts
 * import { rocAuc } from "icpfit/analyze";
 * rocAuc([90, 70, 40, 10], [true, false, true, false]); // 0.75
 * ```
 */
export function rocAuc(scores: readonly number[], outcomes: readonly (boolean | 0 | 1 | null)[]): number {
  if (scores.length !== outcomes.length) {
    throw new IcpError("INVALID_OPTIONS", [
      { path: ["outcomes"], message: `expected one outcome per score (${scores.length}), got ${outcomes.length}` },
    ]);
  }
  const rows: { score: number; positive: boolean }[] = [];
  for (let index = 0; index < scores.length; index++) {
    const outcome = outcomes[index];
    const score = scores[index];
    if (outcome === null || outcome === undefined || score === undefined || Number.isNaN(score)) continue;
    rows.push({ score, positive: outcome === true || outcome === 1 });
  }
  rows.sort((a, b) => a.score - b.score);
  let positives = 0;
  let rankSum = 0;
  for (let start = 0; start < rows.length; ) {
    let end = start;
    while (end + 1 < rows.length && rows[end + 1]?.score === rows[start]?.score) end++;
    const averageRank = (start + end) / 2 + 1;
    for (let index = start; index <= end; index++) {
      if (rows[index]?.positive === true) {
        positives++;
        rankSum += averageRank;
      }
    }
    start = end + 1;
  }
  const negatives = rows.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
