import type { DecileRow } from "./evaluate.js";

/**
 * A decile's scores in words, for the CLI's and the report's tables: "60–80", one score when its
 * lowest and highest are the same, and "disqualified" for the rank key -1 that evaluate() gives
 * disqualified results (see `DecileRow.minScore`). Internal: not exported from the package.
 */
export function decileScores(row: Pick<DecileRow, "minScore" | "maxScore">, dash: string): string {
  const text = (score: number): string => (score < 0 ? "disqualified" : String(score));
  return row.minScore === row.maxScore ? text(row.minScore) : `${text(row.minScore)}${dash}${text(row.maxScore)}`;
}
