import { StringDecoder } from "node:string_decoder";

/*
 * Cuts decoded CSV text into pieces of whole records, without parsing cells. The pieces are what
 * the CSV reader parses (on this thread) and what `icpfit score` hands to its worker threads, so
 * where a record starts is decided here, once, the same way however the input is chunked.
 *
 * Records follow Papa Parse's rules exactly (src/cli/io/csv-reader.ts parses the pieces with it):
 * a cell that starts with a quote is quoted and ends at a quote followed by the delimiter or the
 * line break (blanks between them allowed), `""` is a quote inside it; a quote anywhere else in a
 * cell is text. On top of Papa, the reader's rule for bad quotes: a record whose quoted cell closes
 * badly (a quote followed by other text) or never closes is reported as one unreadable record on
 * its first line, and the next record starts at the next line, so a stray quote costs one row, not
 * the rest of the file. A record still open after MAX_RECORD_CHARS is given up the same way rather
 * than holding the rest of the input in memory.
 *
 * Text without quotes, the usual case, is cut at its last line break with two string searches per
 * chunk; only records holding a quote are walked cell by cell.
 */

/** A quoted cell still open after this many characters is given up (reported at its first line). */
export const MAX_RECORD_CHARS: number = 8 * 1024 * 1024;

/** Why a record cannot be read. */
export type QuoteProblem = "MissingQuotes" | "InvalidQuotes" | "TooLong";

/**
 * A run of whole records starting on `line`, or one unreadable record on `line` with `raw`, its
 * first line as written (the rest of the record is read on as records of their own).
 */
export type CsvPiece = { readonly text: string; readonly line: number } | { readonly line: number; readonly problem: QuoteProblem; readonly raw: string };

const QUOTE = 34;

/**
 * The line break of the input, read from its start (text inside quotes is skipped): `\n` (also for
 * `\r\n`), or `\r` alone; undefined when the text shows none yet (a `\r` at its very end is undecided).
 */
export function detectNewline(text: string): "\n" | "\r" | undefined {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === "\n") return "\n";
    else if (!quoted && char === "\r" && i + 1 < text.length) return text[i + 1] === "\n" ? "\n" : "\r";
  }
  return undefined;
}

/** The length of text between `from` and `to` when it is all blanks (Papa's rule for blanks after a closing quote). */
function blanks(input: string, from: number, to: number): number {
  if (to <= from) return 0;
  return input.slice(from, to).trim() === "" ? to - from : 0;
}

/** Where the record at `start` ends (just past its line break), and whether its quotes are bad; end -1: not known yet. */
interface RecordScan {
  end: number;
  problem: QuoteProblem | undefined;
}

/** Reads one record from `start` the way Papa Parse does, cell by cell, without building cells. */
function scanRecord(input: string, start: number, delimiter: string, newline: string, last: boolean, scan: RecordScan): RecordScan {
  const length = input.length;
  let cursor = start;
  let invalid = false;
  // The next line break and delimiter at or after the cursor, searched again only once passed.
  let nextBreak = input.indexOf(newline, cursor);
  let nextDelimiter = input.indexOf(delimiter, cursor);
  const done = (end: number, problem: QuoteProblem | undefined): RecordScan => {
    scan.end = end;
    scan.problem = problem;
    return scan;
  };
  const open = (): RecordScan => (last ? done(length, invalid ? "InvalidQuotes" : "MissingQuotes") : done(-1, invalid ? "InvalidQuotes" : undefined));
  for (;;) {
    if (input.charCodeAt(cursor) === QUOTE) {
      let quote = cursor;
      for (;;) {
        quote = input.indexOf('"', quote + 1);
        if (quote === -1) return open();
        // A closing quote at the very end: the record ends there, unless more input may follow.
        if (quote === length - 1) return last ? done(length, invalid ? "InvalidQuotes" : undefined) : done(-1, invalid ? "InvalidQuotes" : undefined);
        if (input.charCodeAt(quote + 1) === QUOTE) {
          quote++;
          continue;
        }
        if (nextDelimiter !== -1 && nextDelimiter <= quote) nextDelimiter = input.indexOf(delimiter, quote + 1);
        if (nextBreak !== -1 && nextBreak <= quote) nextBreak = input.indexOf(newline, quote + 1);
        const beforeDelimiter = blanks(input, quote + 1, nextBreak === -1 ? nextDelimiter : Math.min(nextDelimiter, nextBreak));
        if (input.startsWith(delimiter, quote + 1 + beforeDelimiter)) {
          cursor = quote + 1 + beforeDelimiter + delimiter.length;
          break;
        }
        const beforeBreak = nextBreak === -1 ? 0 : blanks(input, quote + 1, nextBreak);
        if (input.startsWith(newline, quote + 1 + beforeBreak)) return done(quote + 1 + beforeBreak + newline.length, invalid ? "InvalidQuotes" : undefined);
        invalid = true; // a quote followed by other text: Papa reads on to the next quote
        quote++;
      }
      continue;
    }
    if (nextDelimiter !== -1 && nextDelimiter < cursor) nextDelimiter = input.indexOf(delimiter, cursor);
    if (nextBreak !== -1 && nextBreak < cursor) nextBreak = input.indexOf(newline, cursor);
    if (nextDelimiter !== -1 && (nextDelimiter < nextBreak || nextBreak === -1)) {
      cursor = nextDelimiter + delimiter.length;
      continue;
    }
    if (nextBreak !== -1) return done(nextBreak + newline.length, invalid ? "InvalidQuotes" : undefined);
    return last ? done(length, invalid ? "InvalidQuotes" : undefined) : done(-1, invalid ? "InvalidQuotes" : undefined);
  }
}

/**
 * Bytes in, pieces of whole records out. Decodes UTF-8 (a character split across chunks stays
 * whole), holds back the unfinished last record of each chunk, reads the line break (`\n`, or `\r`
 * alone when the start of the input has no `\n`) and drops a byte order mark at the start.
 */
export class CsvSegmenter {
  /** The input's line break, known once the first piece is out. */
  newline: "\n" | "\r" = "\n";
  /** Bytes read so far (progress). */
  bytes = 0;
  private readonly decoder = new StringDecoder("utf8");
  private readonly delimiter: string;
  private started = false;
  private pending = "";
  private line = 1;
  private readonly scan: RecordScan = { end: -1, problem: undefined };

  constructor(delimiter: string) {
    this.delimiter = delimiter;
  }

  /** Feeds the next chunk of the input and returns the pieces it completes. */
  write(chunk: Buffer): CsvPiece[] {
    this.bytes += chunk.length;
    return this.push(this.decoder.write(chunk), false);
  }

  /** Ends the input and returns the last pieces. */
  end(): CsvPiece[] {
    return this.push(this.decoder.end(), true);
  }

  private push(text: string, last: boolean): CsvPiece[] {
    let input = this.pending === "" ? text : this.pending + text;
    if (!this.started) {
      // Wait until the text shows which line break the input uses (or for the end, or 64 Ki characters).
      const newline = detectNewline(input);
      if (newline === undefined && !last && input.length < 65536) {
        this.pending = input;
        return [];
      }
      this.started = true;
      if (input.charCodeAt(0) === 0xfeff) input = input.slice(1);
      this.newline = newline ?? "\n";
    }
    const pieces: CsvPiece[] = [];
    const newline = this.newline;
    let from = 0; // start of the piece being built
    let cursor = 0; // start of the next record
    let quote = -2; // the next quote at or after cursor (-1: none; -2: not searched yet)
    const cut = (to: number): void => {
      if (to > from) {
        const piece = input.slice(from, to);
        pieces.push({ text: piece, line: this.line });
        this.line += countOf(piece, newline);
      }
      from = to;
    };
    while (cursor < input.length) {
      if (quote === -2 || (quote !== -1 && quote < cursor)) quote = input.indexOf('"', cursor);
      // Without quotes, every line break before the line holding the next quote ends a record.
      const limit = quote === -1 ? input.length : quote;
      const lastBreak = limit > cursor ? input.lastIndexOf(newline, limit - 1) : -1;
      if (lastBreak >= cursor) {
        cursor = lastBreak + 1;
        continue;
      }
      if (quote === -1) {
        if (last) cursor = input.length; // the last record, without a line break
        break;
      }
      const scan = scanRecord(input, cursor, this.delimiter, newline, last, this.scan);
      // Unfinished: wait for more input, unless it has been open too long and its first line is complete.
      const lineEnd = scan.end === -1 || scan.problem !== undefined ? input.indexOf(newline, cursor) : -1;
      if (scan.end === -1 && (input.length - cursor <= MAX_RECORD_CHARS || lineEnd === -1)) break;
      const problem = scan.end === -1 ? (scan.problem ?? "TooLong") : scan.problem;
      if (problem === undefined) {
        cursor = scan.end;
        continue;
      }
      // Unreadable: one record on its first line; the next record starts at the next line.
      cut(cursor);
      pieces.push({ line: this.line, problem, raw: firstLine(input, cursor, lineEnd, newline) });
      this.line += 1;
      cursor = lineEnd === -1 ? input.length : lineEnd + 1;
      from = cursor;
    }
    cut(cursor);
    this.pending = input.slice(cursor);
    return pieces;
  }
}

/**
 * The text of a record's first line, from `start` to `lineEnd` (-1: the end of the text), without
 * its line break; a `\r` before a `\n` counts as part of the break.
 */
export function firstLine(text: string, start: number, lineEnd: number, newline: "\n" | "\r"): string {
  let end = lineEnd === -1 ? text.length : lineEnd;
  if (newline === "\n" && end > start && text.charCodeAt(end - 1) === 13) end--;
  return text.slice(start, end);
}

/** How many times `char` occurs in `text`. */
export function countOf(text: string, char: string): number {
  let count = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) count++;
  return count;
}
