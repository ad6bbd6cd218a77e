import { normalizeHeader, type FieldMapping } from "../../adapters/index.js";
import { fieldPaths } from "../../analyze/field-values.js";
import { editDistance } from "../../schema/field-path.js";
import { usageError } from "../cli-error.js";

/*
 * derive --exclude takes lead paths ("attributes.tags") or input columns ("Tags"); a column is
 * turned into the lead paths it feeds through the command's own mapping. An --exclude that names
 * neither is a usage error with a suggestion: it is nearly always a typo, and ignoring it would
 * let derive use the very column (often one that leaks the outcome) the user meant to leave out.
 */

/** The closest name (case-insensitive), if one is within a third of the length typed. */
function closest(text: string, names: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(text.length / 3)) + 1;
  for (const name of names) {
    const distance = editDistance(lower, name.toLowerCase());
    if (distance < bestDistance) {
      bestDistance = distance;
      best = name;
    }
  }
  return best;
}

/**
 * The lead paths to leave out for each --exclude: the path itself when derive can read it, or the
 * paths an input column feeds (matched exactly, then ignoring case, spaces and punctuation).
 * A column that feeds nothing (dropped by the mapping, or the outcome) needs no exclusion.
 * Anything else is a usage error naming the closest path or column.
 */
export function excludedPaths(requested: readonly string[], header: readonly string[], mapping: FieldMapping, leads: readonly unknown[]): string[] {
  const paths = new Set([...Object.keys(mapping), ...fieldPaths(leads)]);
  const excluded: string[] = [];
  for (const text of requested) {
    if (paths.has(text)) {
      excluded.push(text);
      continue;
    }
    const exact = header.filter((column) => column === text);
    const loose = normalizeHeader(text);
    const columns = exact.length > 0 || loose === "" ? exact : header.filter((column) => normalizeHeader(column) === loose);
    if (columns.length > 0) {
      excluded.push(...Object.entries(mapping).flatMap(([path, column]) => (columns.includes(column) ? [path] : [])));
      continue;
    }
    const suggestion = closest(text, [...paths, ...header]);
    throw usageError(
      `--exclude: "${text}" is neither a lead path derive reads nor a column of the input${
        suggestion === undefined ? `; its columns are: ${header.map((column) => JSON.stringify(column)).join(", ")}` : `; did you mean "${suggestion}"?`
      }`,
    );
  }
  return excluded;
}
