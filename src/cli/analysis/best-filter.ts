import { foldText } from "../../engine/fold-text.js";
import { inputError, usageError } from "../cli-error.js";
import { columnIndex, type LoadedRows } from "./load-rows.js";
import { count } from "./text-table.js";

/** Help line for --best; the description goes on its own line, aligned with the other options. */
export const BEST_HELP: string = `      --best <column>=<value>
                             keep only rows whose column has this value (e.g. "Converted=1")`;

const cell = (value: unknown): string => String(value ?? "").trim();

/** The most frequent values of one column, for an error message: `"0" (5,679), "1" (3,561)`. */
function commonValues(loaded: LoadedRows, index: number, limit: number): string {
  const counts = new Map<string, number>();
  for (const row of loaded.rows) {
    const value = cell(row.values[index]);
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([value, n]) => `${JSON.stringify(value)} (${count(n)})`)
    .join(", ");
}

/**
 * A row filter from --best "column=value", or undefined. Values are compared folded (`foldText`), as
 * the engine compares text. A value that no row has is an error (exit 1) naming the values the
 * column does have: an empty selection would profile nothing, or derive from nothing, without
 * saying why.
 */
export function bestFilter(loaded: LoadedRows, text: string | undefined): ((values: readonly unknown[]) => boolean) | undefined {
  if (text === undefined) return undefined;
  const at = text.indexOf("=");
  if (at <= 0) throw usageError(`--best expects <column>=<value>, e.g. "Converted=1"; got "${text}"`);
  const column = text.slice(0, at);
  const index = columnIndex(loaded.header, column, "--best");
  const wanted = foldText(text.slice(at + 1));
  const isBest = (values: readonly unknown[]): boolean => foldText(cell(values[index])) === wanted;
  if (!loaded.rows.some((row) => isBest(row.values))) {
    const seen = commonValues(loaded, index, 8);
    throw inputError(`--best "${text}": no row has ${JSON.stringify(text.slice(at + 1).trim())} in column "${column}"${seen === "" ? " (the input has no rows)" : `; its most frequent values are ${seen}`}`);
  }
  return isBest;
}
