import Papa from "papaparse";
import { Transform, type TransformCallback } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { inputError } from "../cli-error.js";
import type { InputRow, RecordReader } from "./input-row.js";

/*
 * Streaming CSV on Papa Parse's parser (`Papa.Parser`, the class its own chunk streamers drive):
 * each decoded chunk is parsed with the last, possibly incomplete record held back and prepended to
 * the next chunk, exactly as Papa's streamers do. Driving it from one Transform, instead of piping
 * through `Papa.parse(Papa.NODE_STREAM_INPUT)`, keeps three things that duplex drops or gets wrong:
 * per-record errors (an unclosed or malformed quote), line numbers, and UTF-8 characters split
 * across chunk boundaries (decoded here with a StringDecoder).
 *
 * - Line numbers: a record starts on the line after the previous record ends; a record spans one
 *   line plus the line breaks inside its quoted cells. Counted from the cells, no per-record info.
 * - Rows with the wrong number of cells are kept and flagged; blank lines are skipped (counted).
 * - Line breaks: `\n` or `\r\n` (a `\r` left at the end of a row is dropped), or `\r` alone when the
 *   start of the input has no `\n`.
 * - Bad quotes (a quoted cell that closes badly or never closes): the record is reported as one
 *   error row on its first line and reading resumes at the next line, so a stray quote costs one
 *   row, not the rest of the file. A record still open after MAX_RECORD_CHARS is treated the same
 *   way rather than holding the rest of the input in memory. Bad quotes in the header row fail the
 *   run (there is no header to read the rows with).
 * - Batching: rows leave in arrays of at most BATCH_ROWS, so later stages pay their per-object
 *   stream cost once per batch.
 */
const BATCH_ROWS = 512;
const MAX_RECORD_CHARS = 8 * 1024 * 1024;

/** What `Papa.Parser#parse` returns, and what its `step` receives: the records since the last step. */
interface RawResult {
  readonly data: string[][];
  readonly errors: readonly Papa.ParseError[];
  readonly meta: { readonly cursor: number };
}

const QUOTE_PROBLEMS: Readonly<Record<string, string>> = {
  MissingQuotes: "unclosed quote: the quoted cell never closes",
  TooLong: `unclosed quote: no closing quote within ${MAX_RECORD_CHARS / 1024 / 1024} Mi characters`,
  InvalidQuotes: "malformed quotes: a quoted cell must close with a quote followed by the delimiter or the end of the line",
};
const quoteProblem = (code: string): string => QUOTE_PROBLEMS[code] ?? `unreadable CSV record (${code})`;

function quoteErrorCode(errors: readonly Papa.ParseError[]): string | undefined {
  for (const error of errors) if (error.code === "MissingQuotes" || error.code === "InvalidQuotes") return error.code;
  return undefined;
}

/** The line break of the input, read from its start (text inside quotes is skipped). */
function detectNewline(text: string): "\n" | "\r" {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === "\n") return "\n";
    else if (!quoted && char === "\r" && text[i + 1] !== "\n" && i + 1 < text.length) return "\r";
  }
  return "\n";
}

function countBreaks(cell: string, newline: string): number {
  let count = 0;
  for (let at = cell.indexOf(newline); at !== -1; at = cell.indexOf(newline, at + 1)) count++;
  return count;
}

class CsvRecordReader extends Transform {
  columns: string[] | undefined;
  bytes = 0;
  private readonly decoder = new StringDecoder("utf8");
  private readonly delimiter: string;
  private parser: Papa.Parser | undefined;
  private newline: "\n" | "\r" = "\n";
  private pending = "";
  private line = 1;
  private started = false;
  private batch: InputRow[] = [];
  // The text being parsed, where its next record starts, and where to resume after a bad record.
  private input = "";
  private rowStart = 0;
  private resumeAt = -1;
  // The first quote at or after the last record checked by recordText (-1: none left; -2: not yet
  // searched in this input), so records without quotes do not each scan ahead to the next quote.
  private nextQuote = -2;
  private failure: Error | undefined;

  constructor(delimiter: string) {
    // A few batches of BATCH_ROWS in flight keep memory bounded.
    super({ readableObjectMode: true, readableHighWaterMark: 8 });
    this.delimiter = delimiter;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    this.parse(this.decoder.write(chunk), false);
    callback(this.failure);
  }

  override _flush(callback: TransformCallback): void {
    this.parse(this.decoder.end(), true);
    this.flushBatch();
    callback(this.failure);
  }

  private newParser(): Papa.Parser {
    const step = (result: unknown): void => this.onRecord(result as RawResult);
    return new Papa.Parser({ delimiter: this.delimiter, newline: this.newline, quoteChar: '"', step });
  }

  private parse(text: string, last: boolean): void {
    if (this.failure !== undefined) return;
    let input = this.pending + text;
    if (!this.started) {
      // Wait for a line break (or the end) before reading which line break the input uses.
      if (!last && input.length < 65536 && !/[\n\r][^]/.test(input)) {
        this.pending = input;
        return;
      }
      this.started = true;
      if (input.charCodeAt(0) === 0xfeff) input = input.slice(1);
      this.newline = detectNewline(input);
    }
    for (;;) {
      this.input = input;
      this.nextQuote = -2;
      this.rowStart = 0;
      this.resumeAt = -1;
      this.parser ??= this.newParser();
      const result = this.parser.parse(input, 0, !last) as RawResult;
      if (this.failure !== undefined) return;
      if (this.resumeAt >= 0) {
        // A record with bad quotes: reported, and reading goes on at the line after its start.
        this.parser = undefined; // an aborted Papa.Parser stays aborted
        input = input.slice(this.resumeAt);
        continue;
      }
      if (last) break;
      // The held-back, unfinished record. A quote error in it is not final (the record may just end
      // past this chunk: `"x"\r|\n`), but one still open after MAX_RECORD_CHARS is given up at its
      // first line rather than holding the rest of the input.
      const rest = input.slice(this.rowStart);
      const lineEnd = rest.length > MAX_RECORD_CHARS ? rest.indexOf(this.newline) : -1;
      if (lineEnd !== -1) {
        this.reject(quoteErrorCode(result.errors) ?? "TooLong");
        input = rest.slice(lineEnd + this.newline.length);
        continue;
      }
      this.pending = rest;
      break;
    }
    this.flushBatch();
  }

  /** Papa's step callback: one record, with `meta.cursor` just past its line break. */
  private onRecord(result: RawResult): void {
    const code = quoteErrorCode(result.errors);
    if (code !== undefined) {
      const lineEnd = this.input.indexOf(this.newline, this.rowStart);
      this.reject(code);
      this.resumeAt = lineEnd === -1 ? this.input.length : lineEnd + this.newline.length;
      this.parser?.abort();
      return;
    }
    const start = this.rowStart;
    this.rowStart = result.meta.cursor;
    const cells = result.data[0];
    if (cells !== undefined) this.addRecord(cells, start, this.rowStart);
  }

  /** Reports the record starting at the current line as unreadable; it counts as one line. */
  private reject(code: string): void {
    if (this.columns === undefined) this.failure = inputError(`line ${this.line}: the header row cannot be read: ${quoteProblem(code)}`);
    else this.batch.push({ line: this.line, error: quoteProblem(code) });
    this.line += 1;
  }

  private addRecord(cells: string[], start: number, end: number): void {
    const line = this.line;
    const newline = this.newline;
    let spans = 1;
    for (let index = 0; index < cells.length; index++) spans += countBreaks(cells[index] as string, newline);
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
      const text = this.recordText(start, end);
      this.batch.push(text === undefined ? { line, cells } : { line, cells, text });
    }
    else this.batch.push({ line, cells, error: `expected ${this.columns.length} columns, got ${cells.length}` });
    // Small batches keep the rows in flight young: large ones survive garbage collections and cost more.
    if (this.batch.length >= BATCH_ROWS) this.flushBatch();
  }

  /**
   * The record's own text, from its start to its line break (a `\r` before a `\n` counts as part of
   * the break), when it has no quote: such text is also exactly how the cells would be written back.
   * A record with quotes may hold a stray one (`5'10"` in an unquoted cell, accepted on input), so
   * it is re-encoded on output to stay valid RFC 4180.
   */
  private recordText(start: number, end: number): string | undefined {
    const input = this.input;
    let stop = end;
    if (stop > start && input.charCodeAt(stop - 1) === (this.newline === "\n" ? 10 : 13)) stop--;
    if (this.newline === "\n" && stop > start && input.charCodeAt(stop - 1) === 13) stop--;
    if (this.nextQuote === -2 || (this.nextQuote !== -1 && this.nextQuote < start)) this.nextQuote = input.indexOf('"', start);
    return this.nextQuote !== -1 && this.nextQuote < stop ? undefined : input.slice(start, stop);
  }

  private flushBatch(): void {
    if (this.batch.length === 0) return;
    const batch = this.batch;
    this.batch = [];
    this.push(batch);
  }
}

/** A streaming CSV reader (Papa Parse) that yields batches of numbered rows. */
export function csvReader(options: { readonly delimiter?: string } = {}): RecordReader {
  const reader = new CsvRecordReader(options.delimiter ?? ",");
  return { stream: reader, header: () => reader.columns, bytesRead: () => reader.bytes, unit: "line" };
}
