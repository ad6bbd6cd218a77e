/*
 * Capture at a lead share: of all positive outcomes, the share found in the top `share` of leads
 * ranked by score. ICP scores are coarse (a few distinct values), so the cut often falls inside a
 * group of equal scores; that group is then taken pro rata, as if its ties were broken at random,
 * so the capture does not depend on the order the leads came in. Internal.
 */

/** Expected share of positives among the top `round(share × n)` rows by key (highest first). */
export function captureAtShare(rows: readonly { readonly key: number; readonly positive: boolean }[], share: number): number {
  const positives = rows.filter((row) => row.positive).length;
  if (positives === 0) return Number.NaN;
  const wanted = Math.round(share * rows.length);
  const sorted = [...rows].sort((a, b) => b.key - a.key);
  let taken = 0;
  let captured = 0;
  for (let start = 0; start < sorted.length && taken < wanted; ) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1]?.key === sorted[start]?.key) end++;
    const size = end - start + 1;
    let hits = 0;
    for (let index = start; index <= end; index++) if (sorted[index]?.positive === true) hits++;
    const fraction = Math.min(1, (wanted - taken) / size);
    captured += hits * fraction;
    taken += size * fraction;
    start = end + 1;
  }
  return captured / positives;
}
