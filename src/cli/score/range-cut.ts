/*
 * Where `icpfit score --threads` cuts the input into ranges for its workers: at a line-break byte,
 * found without decoding. A JSON Lines record is one line, so any line break ends one. A CSV record
 * may hold line breaks inside a quoted cell; a range that ends inside one is found and read again
 * by the workers (see parallel.ts), at the cost of a range read twice, so the cut is chosen where
 * that is unlikely: at a line break between two lines that each hold an even number of quotes (a
 * line opening a quoted cell that goes on to the next line holds an odd number). Only a cell
 * spanning three or more line breaks, or a stray quote, can mislead it. A few candidates from the
 * end are tried; none fitting, the last line break is taken anyway.
 */

const QUOTE = 34;
/** Line breaks tried from the end of a chunk before taking the last one. */
const TRIES = 8;

/** Whether `bytes[from, to)` holds an even number of quotes. */
function evenQuotes(bytes: Buffer, from: number, to: number): boolean {
  const span = bytes.subarray(from, to);
  let even = true;
  for (let at = span.indexOf(QUOTE); at !== -1; at = span.indexOf(QUOTE, at + 1)) even = !even;
  return even;
}

/**
 * Where to end a range in `chunk` (the last bytes read): the index of a line-break byte (`newline`,
 * 10 or 13), or -1 when the chunk holds none. `csv`: prefer a break between lines with even quotes.
 */
export function rangeCut(chunk: Buffer, newline: number, csv: boolean): number {
  const last = chunk.lastIndexOf(newline);
  if (last <= 0 || !csv) return last;
  // The line after the last break runs on into the next chunk: its quotes so far are counted.
  let cut = last;
  let after = chunk.length;
  for (let tries = 0; tries < TRIES && cut > 0; tries++) {
    const before = chunk.lastIndexOf(newline, cut - 1);
    if (before < 0) break; // the line before starts in an earlier chunk
    if (evenQuotes(chunk, before + 1, cut) && evenQuotes(chunk, cut + 1, after)) return cut;
    after = cut;
    cut = before;
  }
  return last;
}
