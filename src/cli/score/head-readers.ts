import { StringDecoder } from "node:string_decoder";
import { CsvPieceParser } from "../io/csv-reader.js";
import { countOf, CsvSegmenter } from "../io/csv-segments.js";
import type { InputRow } from "../io/input-row.js";
import { firstRecordKeys, readJsonlLines } from "../io/jsonl-reader.js";

/*
 * How `icpfit score --threads` reads the start of its input on the main thread: the header, as one
 * thread reads it, and where the rows start, in bytes, for the ranges the workers read.
 */

/** Reads the input's header from its first chunks; then gives the bytes where the rows start. */
export interface HeadReader {
  /** Feeds a chunk (undefined: the end); returns the header and the rows' bytes once the header is known. */
  feed(chunk: Buffer | undefined): { readonly header: string[]; readonly rest: Buffer; readonly line: number } | undefined;
  /** The line-break byte of the rows (CSV: `\r` alone when the input's start has no `\n`). */
  readonly newline: () => "\n" | "\r";
}

/** Position just after the `count`-th byte `byte` of `bytes` (the end when there are fewer). */
function afterNth(bytes: Buffer, byte: number, count: number): number {
  let at = -1;
  for (let seen = 0; seen < count; seen++) {
    at = bytes.indexOf(byte, at + 1);
    if (at < 0) return bytes.length;
  }
  return at + 1;
}

/*
 * CSV: the header is the first record that is not blank, read as one thread reads it (a
 * CsvSegmenter decodes the first chunks and finds the line break, Papa Parse reads the cells; bad
 * quotes there fail the run). The rows start at the next line that is not blank.
 */
export function csvHeadReader(delimiter: string): HeadReader {
  const segmenter = new CsvSegmenter(delimiter);
  const chunks: Buffer[] = [];
  let parser: CsvPieceParser | undefined;
  return {
    newline: () => segmenter.newline,
    feed(chunk) {
      if (chunk !== undefined) chunks.push(chunk);
      const pieces = chunk === undefined ? segmenter.end() : segmenter.write(chunk);
      for (let index = 0; index < pieces.length; index++) {
        const piece = pieces[index] as (typeof pieces)[number];
        parser ??= new CsvPieceParser({ delimiter, newline: segmenter.newline });
        const rows: InputRow[] = [];
        parser.parse(piece, rows);
        if (parser.columns === undefined) continue;
        const bytes = Buffer.concat(chunks);
        const newline = segmenter.newline;
        const byte = newline === "\n" ? 10 : 13;
        // The next line: the first row's, or the one after this piece (a header-only end has none).
        const line = rows[0]?.line ?? ("text" in piece ? piece.line + countOf(piece.text, newline) : piece.line + 1);
        const ended = rows.length === 0 && chunk === undefined && index === pieces.length - 1;
        return { header: parser.columns, rest: bytes.subarray(ended ? bytes.length : afterNth(bytes, byte, line - 1)), line };
      }
      return undefined;
    },
  };
}

/*
 * JSON Lines: the header is the keys of the first JSON record among the lines of the first chunk
 * that holds a line that is not blank (none there: no header), as the one-thread reader has it.
 * The workers read every line, from the first.
 */
export function jsonlHeadReader(): HeadReader {
  const decoder = new StringDecoder("utf8");
  const chunks: Buffer[] = [];
  const at = { line: 0 };
  let rest = "";
  return {
    newline: () => "\n",
    feed(chunk) {
      if (chunk !== undefined) chunks.push(chunk);
      const rows: InputRow[] = [];
      rest = readJsonlLines(rest + (chunk === undefined ? decoder.end() : decoder.write(chunk)), chunk === undefined, at, rows);
      if (rows.length === 0) return undefined;
      return { header: firstRecordKeys(rows) ?? [], rest: Buffer.concat(chunks), line: 1 };
    },
  };
}
