import { StringDecoder } from "node:string_decoder";
import { CsvRecordScan } from "./csv-record-scan.js";
import { KEPT_CHARS_OF_LONG_RECORD, MAX_RECORD_CHARS } from "./input-limits.js";

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
 * the rest of the file. A record longer than MAX_RECORD_CHARS is given up the same way rather
 * than holding the rest of the input in memory.
 *
 * Text without quotes, the usual case, is cut at its last line break with two string searches per
 * chunk; only records holding a quote are walked cell by cell.
 */

/** Why a record cannot be read: bad quotes, a quoted cell open too long, or a record too long. */
export type QuoteProblem = "MissingQuotes" | "InvalidQuotes" | "TooLong" | "LongRecord";

/**
 * A run of whole records starting on `line`, or one unreadable record on `line` with `raw`, its
 * first line as written (the rest of the record is read on as records of their own).
 */
export type CsvPiece = { readonly text: string; readonly line: number } | { readonly line: number; readonly problem: QuoteProblem; readonly raw: string };

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

/**
 * Bytes in, pieces of whole records out. Decodes UTF-8 (a character split across chunks stays
 * whole), holds back the unfinished last record of each chunk, reads the line break (`\n`, or `\r`
 * alone when the start of the input has no `\n`) and drops a byte order mark at the start.
 *
 * A record left open at the end of a chunk is kept as a list of parts, and each later chunk is
 * scanned on its own from where the scan stopped (CsvRecordScan); the parts are joined once, when
 * the record ends. A record over MAX_RECORD_CHARS is given up (see {@link CsvSegmenter.longProblem}),
 * and a first line over it is not held: its start is kept and the rest skipped to its line break.
 *
 * A worker thread of `icpfit score --threads` cuts its range of the input, decoded, with
 * {@link CsvSegmenter.text}: the range starts at a record, with the line break and line given.
 */
export class CsvSegmenter {
  /** The input's line break, known once the first piece is out. */
  newline: "\n" | "\r" = "\n";
  /** Bytes read so far (progress). */
  bytes = 0;
  private readonly decoder = new StringDecoder("utf8");
  private readonly delimiter: string;
  private scanner: CsvRecordScan | undefined; // set once the line break is known
  /** Text held before the line break is known (at most 64 Ki characters). */
  private pending = "";
  private line = 1;
  // The record open at the end of the last chunk: its parts, their length, whether its first line is complete.
  private open: string[] = [];
  private openLength = 0;
  private openFirstLine = false;
  /** A record whose first line is over the limit, skipped up to that line's end. */
  private skipped: { readonly problem: QuoteProblem; readonly raw: string } | undefined;

  constructor(delimiter: string, started?: { readonly newline: "\n" | "\r"; readonly line: number }) {
    this.delimiter = delimiter;
    if (started !== undefined) {
      this.newline = started.newline;
      this.line = started.line;
      this.scanner = new CsvRecordScan(delimiter, started.newline);
    }
  }

  /** The line the next piece starts on. */
  get nextLine(): number {
    return this.line;
  }

  /** The record left open at the end of the text so far (empty when none). */
  get rest(): string {
    return this.open.join("");
  }

  /** Feeds decoded text (`last`: the end of the input) and returns the pieces it completes. */
  text(text: string, last: boolean): CsvPiece[] {
    return this.push(text, last);
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
    let input = text;
    let scanner = this.scanner;
    if (scanner === undefined) {
      input = this.pending + text;
      // Wait until the text shows which line break the input uses (or for the end, or 64 Ki characters).
      const newline = detectNewline(input);
      if (newline === undefined && !last && input.length < 65536) {
        this.pending = input;
        return [];
      }
      this.pending = "";
      if (input.charCodeAt(0) === 0xfeff) input = input.slice(1);
      this.newline = newline ?? "\n";
      scanner = this.scanner = new CsvRecordScan(this.delimiter, this.newline);
    }
    const pieces: CsvPiece[] = [];
    let start = 0;
    if (this.skipped !== undefined) {
      const lineEnd = input.indexOf(this.newline);
      if (lineEnd === -1 && !last) return pieces;
      pieces.push({ line: this.line, ...this.skipped });
      this.line += 1;
      this.skipped = undefined;
      start = lineEnd === -1 ? input.length : lineEnd + 1;
    } else if (this.openLength > 0) {
      if (!this.keepsOpen(input, last, scanner)) {
        // The record ends, or is given up, in this chunk: read on from its start, once.
        input = this.open.join("") + input;
        this.open = [];
        this.openLength = 0;
      }
      if (this.openLength > 0 || this.skipped !== undefined) return pieces;
    }
    this.cutRecords(input, start, last, scanner, pieces);
    return pieces;
  }

  /**
   * Scans the next chunk of the open record: true (the chunk added to it) while it stays open, is
   * not known to be unreadable and is within the limit; a first line over the limit is skipped.
   */
  private keepsOpen(input: string, last: boolean, scanner: CsvRecordScan): boolean {
    if (last || scanner.scan(input, 0) !== -1) return false;
    const firstLine = this.openFirstLine || input.includes(this.newline);
    const length = this.openLength + input.length;
    if (firstLine && (scanner.invalid || length > MAX_RECORD_CHARS)) return false;
    if (length > MAX_RECORD_CHARS) {
      this.open.push(input);
      const text = this.open.join("");
      this.open = [];
      this.openLength = 0;
      this.skipped = { problem: this.longProblem(text, 0), raw: text.slice(0, KEPT_CHARS_OF_LONG_RECORD) };
      return true;
    }
    this.open.push(input);
    this.openLength = length;
    this.openFirstLine = firstLine;
    return true;
  }

  /** Cuts `input` from `start` into pieces of whole records; keeps the unfinished last record open. */
  private cutRecords(input: string, start: number, last: boolean, scanner: CsvRecordScan, pieces: CsvPiece[]): void {
    const newline = this.newline;
    let from = start; // start of the piece being built
    let cursor = start; // start of the next record
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
        // Every line up to lastBreak is a whole record. Text joined from a long record's chunks may
        // hold one over the limit: then the lines before it pass here one by one, and the scan below gives it up.
        if (lastBreak + 1 - cursor <= MAX_RECORD_CHARS) {
          cursor = lastBreak + 1;
          continue;
        }
        const lineEnd = input.indexOf(newline, cursor);
        if (lineEnd + 1 - cursor <= MAX_RECORD_CHARS) {
          cursor = lineEnd + 1;
          continue;
        }
      }
      scanner.reset();
      let end = scanner.scan(input, cursor);
      let problem: QuoteProblem | undefined = scanner.invalid ? "InvalidQuotes" : undefined;
      if (end === -1 && last) {
        end = input.length;
        problem = scanner.endOfInput();
      }
      const lineEnd = input.indexOf(newline, cursor);
      const length = (end === -1 ? input.length : end) - cursor;
      if (length > MAX_RECORD_CHARS) problem = this.longProblem(input, cursor);
      else if (end === -1 && (problem === undefined || lineEnd === -1)) {
        // Unfinished, and not known to be unreadable: wait for more input.
        this.keepOpen(input.slice(cursor), lineEnd !== -1);
        break;
      }
      if (problem === undefined) {
        cursor = end;
        continue;
      }
      cut(cursor);
      if (lineEnd === -1 && !last) {
        // A first line over the limit: keep its start, skip the rest of it.
        this.skipped = { problem, raw: input.slice(cursor, cursor + KEPT_CHARS_OF_LONG_RECORD) };
        cursor = from = input.length;
        break;
      }
      // Unreadable: one record on its first line; the next record starts at the next line.
      const raw = firstLine(input, cursor, lineEnd, newline);
      pieces.push({ line: this.line, problem, raw: problem === "TooLong" || problem === "LongRecord" ? raw.slice(0, KEPT_CHARS_OF_LONG_RECORD) : raw });
      this.line += 1;
      cursor = from = lineEnd === -1 ? input.length : lineEnd + 1;
    }
    cut(cursor);
  }

  private keepOpen(text: string, firstLine: boolean): void {
    this.open = [text];
    this.openLength = text.length;
    this.openFirstLine = firstLine;
  }

  /**
   * Why a record over MAX_RECORD_CHARS is given up, from its first MAX_RECORD_CHARS + 1 characters
   * only, so the answer does not depend on how the input was cut into chunks: bad quotes there, a
   * quoted cell still open there, or just its length.
   */
  private longProblem(input: string, start: number): QuoteProblem {
    const scan = new CsvRecordScan(this.delimiter, this.newline);
    const end = scan.scan(input.slice(start, start + MAX_RECORD_CHARS + 1), 0);
    if (scan.invalid) return "InvalidQuotes";
    return end === -1 && scan.inQuotes ? "TooLong" : "LongRecord";
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
