import Papa from "papaparse";
import { Transform, type TransformCallback } from "node:stream";
import { inputError } from "../cli-error.js";
import type { InputRow, RecordReader } from "./input-row.js";
import { countOf, CsvSegmenter, firstLine, type CsvPiece, type QuoteProblem } from "./csv-segments.js";
import { describeCharLimit, MAX_RECORD_CHARS, tooLongReason } from "./input-limits.js";

/*
 * Streaming CSV on Papa Parse's parser (`Papa.Parser`, the class its own chunk streamers drive).
 * The CsvSegmenter (csv-segments.ts) decodes the bytes (so UTF-8 characters split across chunks stay
 * whole) and cuts them into pieces of whole records, deciding which records have bad quotes; each
 * piece is then parsed to cells in one Papa call. Driving Papa this
 * way, instead of piping through `Papa.parse(Papa.NODE_STREAM_INPUT)`, keeps what that duplex drops
 * or gets wrong: per-record errors, line numbers and split multi-byte characters. `icpfit score`
 * parses the same pieces on its worker threads (score/parallel.ts).
 *
 * - Line numbers: a record starts on the line after the previous record ends; a record spans one
 *   line plus the line breaks inside its quoted cells. Counted from the cells, no per-record info.
 * - Rows with the wrong number of cells are kept and flagged; blank lines are skipped (counted).
 * - Line breaks: `\n` or `\r\n` (a `\r` left at the end of a row is dropped), or `\r` alone when the
 *   start of the input has no `\n`.
 * - Bad quotes: the record is one error row on its first line, and reading resumes at the next
 *   line. Bad quotes in the header row fail the run (there is no header to read the rows with).
 */

/** What `Papa.Parser#parse` returns, and what its `step` receives: the records since the last step. */
interface RawResult {
  readonly data: string[][];
  readonly errors: readonly Papa.ParseError[];
  readonly meta: { readonly cursor: number };
}

const QUOTE_PROBLEMS: Readonly<Record<QuoteProblem, string>> = {
  MissingQuotes: "unclosed quote: the quoted cell never closes",
  TooLong: `unclosed quote: no closing quote within ${describeCharLimit(MAX_RECORD_CHARS)}`,
  LongRecord: tooLongReason("record"),
  InvalidQuotes: "malformed quotes: a quoted cell must close with a quote followed by the delimiter or the end of the line",
};

function quoteErrorCode(errors: readonly Papa.ParseError[]): QuoteProblem | undefined {
  for (const error of errors) if (error.code === "MissingQuotes" || error.code === "InvalidQuotes") return error.code;
  return undefined;
}

/** Where a piece parser starts: the header when already known (worker threads), and the dialect. */
export interface CsvPieceParserOptions {
  readonly delimiter: string;
  readonly newline: "\n" | "\r";
  readonly columns?: string[] | undefined;
}

/**
 * Parses pieces of whole records (from the CsvSegmenter) into numbered rows: the first non-blank
 * record is the header unless the header is given. Keeps no state between pieces but the header.
 */
export class CsvPieceParser {
  columns: string[] | undefined;
  private readonly delimiter: string;
  private readonly newline: "\n" | "\r";
  private rows: InputRow[] = [];
  private line = 1;
  // The piece being parsed, where its next record starts, and where to resume after a bad record.
  private input = "";
  private rowStart = 0;
  private resumeAt = -1;
  // The first quote at or after the last record checked by quoteFreeEnd (-1: none left; -2: not yet
  // searched in this piece), so records without quotes do not each scan ahead to the next quote.
  private nextQuote = -2;
  // The same for a line break other than the input's (a bare `\r` in an LF file, a `\n` in a CR
  // file): text in an unquoted cell to this reader, but the end of a record to many others.
  private nextStrayBreak = -2;
  private parser: Papa.Parser | undefined;

  constructor(options: CsvPieceParserOptions) {
    this.delimiter = options.delimiter;
    this.newline = options.newline;
    this.columns = options.columns;
  }

  /** The rows of one piece, appended to `rows`. Throws an input error when the header cannot be read. */
  parse(piece: CsvPiece, rows: InputRow[]): void {
    this.rows = rows;
    this.line = piece.line;
    if (!("text" in piece)) {
      this.reject(piece.problem, piece.raw);
      return;
    }
    let input = piece.text;
    for (;;) {
      this.input = input;
      this.nextQuote = -2;
      this.nextStrayBreak = -2;
      this.rowStart = 0;
      this.resumeAt = -1;
      this.parser = new Papa.Parser({ delimiter: this.delimiter, newline: this.newline, quoteChar: '"', step: (result: unknown) => this.onRecord(result as RawResult) });
      this.parser.parse(input, 0, false);
      if (this.resumeAt < 0) break;
      // Bad quotes the segmenter did not see (it follows Papa's rules, so this is a safety net):
      // reported, and reading goes on at the line after the record's start.
      input = input.slice(this.resumeAt);
    }
    this.parser = undefined;
    this.input = "";
  }

  /** Papa's step callback: one record, with `meta.cursor` just past its line break. */
  private onRecord(result: RawResult): void {
    const code = quoteErrorCode(result.errors);
    if (code !== undefined) {
      const lineEnd = this.input.indexOf(this.newline, this.rowStart);
      this.reject(code, firstLine(this.input, this.rowStart, lineEnd, this.newline));
      this.resumeAt = lineEnd === -1 ? this.input.length : lineEnd + this.newline.length;
      this.parser?.abort(); // an aborted Papa.Parser stays aborted: parse() makes a new one
      return;
    }
    const start = this.rowStart;
    this.rowStart = result.meta.cursor;
    const cells = result.data[0];
    if (cells !== undefined) this.addRecord(cells, start, this.rowStart);
  }

  /**
   * Reports the record starting at the current line as unreadable, keeping its first line as written
   * (`raw`); it counts as one line.
   */
  private reject(code: QuoteProblem, raw: string): void {
    if (this.columns === undefined) throw inputError(`line ${this.line}: the header row cannot be read: ${QUOTE_PROBLEMS[code]}`);
    this.rows.push({ line: this.line, error: QUOTE_PROBLEMS[code], raw });
    this.line += 1;
  }

  private addRecord(cells: string[], start: number, end: number): void {
    const line = this.line;
    const newline = this.newline;
    const stop = this.quoteFreeEnd(start, end);
    // Only a quoted cell can hold a line break.
    let spans = 1;
    if (stop < 0) for (let index = 0; index < cells.length; index++) spans += countOf(cells[index] as string, newline);
    this.line += spans;
    const lastIndex = cells.length - 1;
    const lastCell = cells[lastIndex] as string;
    if (newline === "\n" && lastCell.charCodeAt(lastCell.length - 1) === 13) cells[lastIndex] = lastCell.slice(0, -1);
    if (cells.length === 1 && cells[0] === "") return; // a blank line
    if (this.columns === undefined) {
      this.columns = cells;
      return;
    }
    if (cells.length === this.columns.length) {
      this.rows.push(stop < 0 ? { line, cells } : { line, cells, text: this.input.slice(start, stop) });
    } else this.rows.push({ line, cells, error: `expected ${this.columns.length} columns, got ${cells.length}` });
  }

  /**
   * Where the record's own text ends (before its line break; a `\r` before a `\n` counts as part of
   * the break) when it has no quote and no stray line break, or -1. Such text is also exactly how
   * the cells would be written back. A record with quotes may hold a stray one (`5'10"` in an
   * unquoted cell, accepted on input), and one with a stray line break holds a cell that must be
   * quoted, so both are re-encoded on output to stay valid RFC 4180.
   */
  private quoteFreeEnd(start: number, end: number): number {
    const input = this.input;
    let stop = end;
    if (stop > start && input.charCodeAt(stop - 1) === (this.newline === "\n" ? 10 : 13)) stop--;
    if (this.newline === "\n" && stop > start && input.charCodeAt(stop - 1) === 13) stop--;
    if (this.nextQuote === -2 || (this.nextQuote !== -1 && this.nextQuote < start)) this.nextQuote = input.indexOf('"', start);
    if (this.nextQuote !== -1 && this.nextQuote < stop) return -1;
    // Searched from the record's start, so the `\r` of a CRLF break ends each search at its own record.
    if (this.nextStrayBreak === -2 || (this.nextStrayBreak !== -1 && this.nextStrayBreak < start)) this.nextStrayBreak = input.indexOf(this.newline === "\n" ? "\r" : "\n", start);
    return this.nextStrayBreak !== -1 && this.nextStrayBreak < stop ? -1 : stop;
  }
}

/** Rows leave in arrays of at most this many, so later stages pay their per-object stream cost once per batch. */
const BATCH_ROWS = 512;

class CsvRecordReader extends Transform {
  readonly segmenter: CsvSegmenter;
  private parser: CsvPieceParser | undefined;
  private readonly delimiter: string;
  private rows: InputRow[] = [];

  constructor(delimiter: string) {
    // A few batches of BATCH_ROWS in flight keep memory bounded.
    super({ readableObjectMode: true, readableHighWaterMark: 8 });
    this.delimiter = delimiter;
    this.segmenter = new CsvSegmenter(delimiter);
  }

  get columns(): string[] | undefined {
    return this.parser?.columns;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    callback(this.consume(() => this.segmenter.write(chunk)));
  }

  override _flush(callback: TransformCallback): void {
    callback(this.consume(() => this.segmenter.end()));
  }

  private consume(cut: () => readonly CsvPiece[]): Error | undefined {
    try {
      for (const piece of cut()) {
        this.parser ??= new CsvPieceParser({ delimiter: this.delimiter, newline: this.segmenter.newline });
        this.parser.parse(piece, this.rows);
        // Small batches keep the rows in flight young: large ones survive garbage collections and cost more.
        while (this.rows.length >= BATCH_ROWS) this.push(this.rows.splice(0, BATCH_ROWS));
      }
      if (this.rows.length > 0) this.push(this.rows.splice(0));
      return undefined;
    } catch (error) {
      return error as Error;
    }
  }
}

/** A streaming CSV reader (Papa Parse) that yields batches of numbered rows. */
export function csvReader(options: { readonly delimiter?: string } = {}): RecordReader {
  const reader = new CsvRecordReader(options.delimiter ?? ",");
  return { stream: reader, header: () => reader.columns, bytesRead: () => reader.segmenter.bytes, unit: "line" };
}
