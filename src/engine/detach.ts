/**
 * A copy of `text` that keeps no larger string alive. V8 stores a substring of 13 or more
 * characters as a slice of the string it was cut from, so a CSV cell cut from a 64 KB chunk holds
 * the whole chunk for as long as the cell is kept, as a cache key for instance. Prepending a
 * character and slicing it off makes V8 flatten the text into a new string of its own length.
 * Used for every string a long-lived cache keeps (the engine's per-rule memo, the adapters' typed
 * cell cache), so memory stays proportional to what is cached.
 *
 * @internal
 */
export function detached(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}
