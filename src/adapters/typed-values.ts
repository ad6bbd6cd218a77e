import { plainInteger } from "../engine/coerce.js";
import { detached } from "../engine/detach.js";
import { leadFields, readList, readNumber, readTime } from "../index.js";

/** Turns one cell into the value the scorer would read from it; unreadable cells stay as they are. */
export type CellReader = (value: unknown) => unknown;

const CACHE_LIMIT = 8192;
/** After this many cells, a column whose values rarely repeat stops being cached. */
const TRIAL = 4096;

/*
 * Export columns repeat a few values (industries, countries, size bands, dates, stacks), and the
 * scorer re-reads text such as "1,200", "2026-10-25" or "Slack;Jira" on every row. Reading each
 * distinct cell once, with icpfit's own readers, gives the scorer numbers, epoch milliseconds and
 * arrays, which it reads without parsing: the result is identical, several times faster. The cache
 * is bounded; unreadable values are kept as text so the scorer still reports them as wrong-typed.
 */
export function cellReader(path: string): CellReader | undefined {
  const kind = leadFields().get(path);
  const read = kind === "number" ? readNumber : kind === "date" ? readTime : kind === "list" ? readList : undefined;
  if (read === undefined) return undefined;
  const cache = new Map<string, unknown>();
  let seen = 0;
  let hits = 0;
  let caching = true;
  return (value) => {
    if (typeof value !== "string") return value;
    // Plain whole numbers ("92", "8,541") are read faster from their digits than looked up.
    if (kind === "number") {
      const plain = plainInteger(value);
      if (plain !== undefined) return plain;
    }
    if (!caching) return value;
    let typed = cache.get(value);
    if (typed === undefined) {
      // Cached keys and values must not pin the input chunk the cell was cut from (see detached).
      const kept = cache.size < CACHE_LIMIT;
      const text = kept ? detached(value) : value;
      const result = read(text);
      typed = typeof result === "symbol" ? text : result;
      if (kept) cache.set(text, typed);
    } else hits++;
    // A column of mostly distinct values (revenue figures) gains nothing: leave it to the scorer.
    if (++seen === TRIAL && hits < TRIAL / 2) {
      caching = false;
      cache.clear();
    }
    return typed;
  };
}
