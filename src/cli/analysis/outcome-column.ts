import { readNumber } from "../../index.js";
import { inputError } from "../cli-error.js";
import { count } from "./text-table.js";
import { outcomeOf } from "./load-rows.js";

/*
 * derive's --outcome column: any column with two values, or numbers. 1/0, true/false, yes/no and
 * won/lost read as themselves; two other values ("Closed Won" / "Closed Lost") are told apart by
 * a word that says which is the good one; numbers are values (revenue). Anything else (three
 * values, or two that say nothing) is an error that names the values and the way out (--best,
 * --missing-value), never rows quietly left out.
 */

/** The outcome per row (null: no outcome), and how the column was read, for a note on stderr. */
export interface OutcomeColumn {
  readonly outcome: Array<boolean | number | null>;
  /** How the column was read, e.g. `"Closed Won" is best, "Closed Lost" is not`; undefined for 1/0-like columns. */
  readonly reading: string | undefined;
  /** Rows with a blank (or --missing-value) outcome. */
  readonly blank: number;
}

const GOOD = new Set(["won", "win", "yes", "true", "converted", "success", "successful", "customer", "closed", "paid", "signed"]);
const BAD = new Set(["lost", "lose", "no", "not", "false", "unconverted", "failed", "fail", "churned", "open", "unpaid"]);

const words = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== "");
// "Closed Won" beats "Closed Lost": a bad word outweighs a good one in the same value.
const reads = (text: string): "good" | "bad" | "neither" => {
  const list = words(text);
  if (list.some((word) => BAD.has(word))) return "bad";
  return list.some((word) => GOOD.has(word)) ? "good" : "neither";
};

/** Reads the --outcome column of every row, or throws an input error naming what it holds. */
export function readOutcomeColumn(cells: readonly unknown[], column: string, missingValues: readonly string[]): OutcomeColumn {
  const missing = new Set(missingValues);
  const isBlank = (cell: unknown): boolean => cell === undefined || cell === null || (typeof cell === "string" && (cell.trim() === "" || missing.has(cell) || missing.has(cell.trim())));
  const present = cells.filter((cell) => !isBlank(cell));
  const blank = cells.length - present.length;
  if (present.length === 0) throw inputError(`no row has an outcome in column "${column}" (every cell is blank)`);
  if (present.every((cell) => outcomeOf(cell) !== null)) return { outcome: cells.map((cell) => (isBlank(cell) ? null : outcomeOf(cell))), reading: undefined, blank };
  if (present.every((cell) => typeof readNumber(cell) === "number")) {
    return { outcome: cells.map((cell) => (isBlank(cell) ? null : (readNumber(cell) as number))), reading: "numbers: the top quarter is best", blank };
  }
  const values = new Map<string, { shown: string; count: number }>();
  for (const cell of present) {
    const shown = String(cell).trim();
    const key = shown.toLowerCase();
    const entry = values.get(key) ?? { shown, count: 0 };
    entry.count++;
    values.set(key, entry);
  }
  const listed = [...values.values()].sort((a, b) => b.count - a.count);
  const named = listed.slice(0, 6).map((entry) => `${JSON.stringify(entry.shown)} ${count(entry.count)}`).join(", ") + (listed.length > 6 ? `, and ${listed.length - 6} more` : "");
  // The value to suggest for --best: one that reads as good, else the rarest (best rows are usually the few).
  const suggested = listed.find((entry) => reads(entry.shown) === "good") ?? listed[listed.length - 1];
  const example = JSON.stringify(`${column}=${suggested?.shown ?? ""}`);
  if (listed.length === 2) {
    // One value must say good and the other bad: "Won" beside "Pending" is not a finished outcome.
    const verdicts = listed.map((entry) => reads(entry.shown));
    const best = listed[verdicts.indexOf("good")];
    const other = listed[verdicts.indexOf("bad")];
    if (best !== undefined && other !== undefined) {
      const key = best.shown.toLowerCase();
      return {
        outcome: cells.map((cell) => (isBlank(cell) ? null : String(cell).trim().toLowerCase() === key)),
        reading: `${JSON.stringify(best.shown)} is best, ${JSON.stringify(other.shown)} is not`,
        blank,
      };
    }
    throw inputError(`column "${column}" holds two values (${named}) and they do not read as a good and a bad outcome; mark the best rows with --best ${example}`);
  }
  throw inputError(
    `column "${column}" holds ${count(listed.length)} different values (${named}); --outcome expects two (won/lost, yes/no, 1/0, true/false, or any two such as "Closed Won"/"Closed Lost") or numbers. Mark the best rows with --best ${example} (every other row is then not best), or read undecided values as no outcome with --missing-value`,
  );
}
