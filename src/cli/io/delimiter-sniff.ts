/*
 * Which delimiter a CSV header uses, as spreadsheet tools and Python's csv.Sniffer guess it: count
 * each candidate outside quotes in the header, and prefer one that the next line has as many times.
 */

/** The delimiters looked for, in the order ties are broken. */
const CANDIDATES = [",", "\t", ";", "|"] as const;

/** How many times `delimiter` occurs in `line` outside quoted text. */
function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === delimiter) count++;
  }
  return count;
}

/**
 * The delimiter of a CSV whose first lines are `header` and (if known) `next`: the candidate found
 * in the header, the same number of times on the next line if it can, then the most often; ","
 * when the header holds none (one column).
 */
export function sniffDelimiter(header: string, next?: string): string {
  let best: { delimiter: string; count: number; consistent: boolean } | undefined;
  for (const delimiter of CANDIDATES) {
    const count = countOutsideQuotes(header, delimiter);
    if (count === 0) continue;
    const consistent = next === undefined || countOutsideQuotes(next, delimiter) === count;
    if (best === undefined || (consistent && !best.consistent) || (consistent === best.consistent && count > best.count)) best = { delimiter, count, consistent };
  }
  return best?.delimiter ?? ",";
}

/** The first two non-blank lines of `text` (the second only when it is complete). */
export function headLines(text: string): { readonly header: string | undefined; readonly next: string | undefined } {
  const lines: string[] = [];
  let start = 0;
  while (lines.length < 2 && start < text.length) {
    const end = text.indexOf("\n", start);
    if (end === -1 && lines.length === 1) break;
    const line = (end === -1 ? text.slice(start) : text.slice(start, end)).replace(/^\uFEFF/, "").replace(/\r$/, "");
    if (line.trim() !== "") lines.push(line);
    if (end === -1) break;
    start = end + 1;
  }
  return { header: lines[0], next: lines[1] };
}
