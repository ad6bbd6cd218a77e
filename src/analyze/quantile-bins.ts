import { quantileSorted, roundTo } from "./statistics.js";

/*
 * Bins for a numeric distribution, cut at a reference sample's quantiles (1/bins, 2/bins, …; type
 * 7, as R and NumPy). ICP scores and many lead fields are coarse: a single value can hold a
 * large share of the reference (a score of 50 for 60% of leads). Such a value is given a bin of
 * its own, so that leads moving from it to any lower or higher value are seen: with plain
 * intervals, "≤ 50" would hold both the 50s and everything below them. Internal.
 */

/** Bins over numbers: `binOf(value)` is the bin's index in `labels`. */
export interface NumericBins {
  readonly labels: readonly string[];
  readonly binOf: (value: number) => number;
}

const text = (value: number): string => String(roundTo(value, 4));

/** Bins cut at the reference's quantiles, with a bin of its own for each value holding at least 1/bins of it. */
export function quantileBins(reference: readonly number[], bins: number): NumericBins {
  const sorted = [...reference].sort((a, b) => a - b);
  const edges: number[] = [];
  for (let index = 1; index < bins; index++) {
    const edge = quantileSorted(sorted, index / bins);
    if (!Number.isNaN(edge) && edges[edges.length - 1] !== edge) edges.push(edge);
  }
  const countOf = (value: number): number => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((sorted[middle] as number) < value) low = middle + 1;
      else high = middle;
    }
    let end = low;
    while (end < sorted.length && sorted[end] === value) end++;
    return end - low;
  };
  const labels: string[] = [];
  // For edge i: the index of the bin of values below it (and at it, when it is not a point bin), and its point bin.
  const below: number[] = [];
  const point: (number | undefined)[] = [];
  edges.forEach((edge, index) => {
    const previous = edges[index - 1];
    const isPoint = sorted.length > 0 && countOf(edge) * bins >= sorted.length;
    const from = previous === undefined ? "" : `${text(previous)} < `;
    below.push(labels.length);
    labels.push(isPoint ? `${from}x < ${text(edge)}` : previous === undefined ? `≤ ${text(edge)}` : `${from}x ≤ ${text(edge)}`);
    if (isPoint) {
      point.push(labels.length);
      labels.push(`= ${text(edge)}`);
    } else {
      point.push(undefined);
    }
  });
  const last = edges[edges.length - 1];
  labels.push(last === undefined ? "all values" : `> ${text(last)}`);
  const binOf = (value: number): number => {
    let low = 0;
    let high = edges.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (value <= (edges[middle] as number)) high = middle;
      else low = middle + 1;
    }
    if (low === edges.length) return labels.length - 1;
    const pointBin = point[low];
    return pointBin !== undefined && value === edges[low] ? pointBin : (below[low] as number);
  };
  return { labels, binOf };
}
