import { usageError } from "../cli-error.js";
import { columnIndex, type LoadedRows } from "./load-rows.js";

/** Help line for --best. */
export const BEST_HELP: string = `      --best <column>=<value>  keep only rows whose column has this value (e.g. "Converted=1")`;

/** A row filter from --best "column=value" (trimmed, case-insensitive), or undefined. */
export function bestFilter(loaded: LoadedRows, text: string | undefined): ((values: readonly unknown[]) => boolean) | undefined {
  if (text === undefined) return undefined;
  const at = text.indexOf("=");
  if (at <= 0) throw usageError(`--best expects <column>=<value>, e.g. "Converted=1"; got "${text}"`);
  const index = columnIndex(loaded.header, text.slice(0, at), "--best");
  const wanted = text.slice(at + 1).trim().toLowerCase();
  return (values) => String(values[index] ?? "").trim().toLowerCase() === wanted;
}
