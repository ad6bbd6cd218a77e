import { StringDecoder } from "node:string_decoder";
import { Transform, type TransformCallback } from "node:stream";
import { KEPT_CHARS_OF_LONG_RECORD, MAX_RECORD_CHARS, tooLongReason } from "./input-limits.js";
import type { InputRow, RecordReader } from "./input-row.js";
import { jsonValueRow } from "./json-row.js";

/*
 * A line that spans chunks is kept as a list of its parts and joined once, when it ends, and each
 * chunk is searched for line breaks once: reading stays linear in the input however long a line
 * is. A line over MAX_RECORD_CHARS is not held: its first characters are kept and the rest is
 * skipped up to its line break.
 */

/**
 * The row of one whole line (`text`, without its `\n`) numbered `line`, or undefined when it is blank.
 * The reader below ends its lines with it, and so do the worker threads of `icpfit score --threads`,
 * each on its own range of whole lines.
 */
export function jsonlLineRow(text: string, line: number): InputRow | undefined {
  if (text.length > MAX_RECORD_CHARS) return { line, raw: text.slice(0, KEPT_CHARS_OF_LONG_RECORD), error: tooLongReason("line") };
  const raw = text.charCodeAt(text.length - 1) === 13 ? text.slice(0, -1) : text;
  const trimmed = (line === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw).trim();
  if (trimmed === "") return undefined;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    return { line, raw, error: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  return jsonValueRow(value, line, raw);
}

/**
 * Reads the whole lines of `text` into `rows` (and its last line too when `final`), numbered on from
 * `at.line`, the line before the text; returns what is left of an unfinished last line. For text of
 * whole lines: the worker threads' ranges, and the start of the input that `icpfit score --threads`
 * reads for the first record's keys.
 */
export function readJsonlLines(text: string, final: boolean, at: { line: number }, rows: InputRow[]): string {
  let start = 0;
  for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
    const row = jsonlLineRow(text.slice(start, end), ++at.line);
    if (row !== undefined) rows.push(row);
    start = end + 1;
  }
  const rest = text.slice(start);
  if (!final || rest === "") return rest;
  const row = jsonlLineRow(rest, ++at.line);
  if (row !== undefined) rows.push(row);
  return "";
}

/** The keys of the first JSON object among `rows`, if any. */
export function firstRecordKeys(rows: readonly InputRow[]): string[] | undefined {
  for (const row of rows) if (row.record !== undefined) return Object.keys(row.record);
  return undefined;
}

/** A streaming JSONL reader: one JSON object per line; a line that is not one is an error row. */
export function jsonlReader(): RecordReader {
  const decoder = new StringDecoder("utf8");
  // The line still open at the end of the last chunk: its parts, or (over the limit) its first characters.
  let parts: string[] = [];
  let partsLength = 0;
  let tooLong: string | undefined;
  let line = 0;
  let bytes = 0;
  let header: string[] | undefined;

  function addPart(part: string): void {
    if (tooLong !== undefined || part === "") return;
    partsLength += part.length;
    parts.push(part);
    if (partsLength > MAX_RECORD_CHARS) {
      tooLong = parts.join("").slice(0, KEPT_CHARS_OF_LONG_RECORD);
      parts = [];
      partsLength = 0;
    }
  }

  /** Ends the open line (its parts plus `last`) and returns its row, if it is not blank. */
  function endLine(last: string): InputRow | undefined {
    line++;
    let text: string;
    if (tooLong === undefined && partsLength + last.length > MAX_RECORD_CHARS) addPart(last);
    if (tooLong !== undefined) {
      const raw = tooLong;
      tooLong = undefined;
      return { line, raw, error: tooLongReason("line") };
    }
    if (parts.length === 0) text = last;
    else {
      parts.push(last);
      text = parts.join("");
      parts = [];
      partsLength = 0;
    }
    const row = jsonlLineRow(text, line);
    if (row?.record !== undefined) header ??= Object.keys(row.record);
    return row;
  }

  function parseLines(text: string, final: boolean): InputRow[] {
    const rows: InputRow[] = [];
    let start = 0;
    for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
      const row = endLine(text.slice(start, end));
      if (row !== undefined) rows.push(row);
      start = end + 1;
    }
    const rest = start === 0 ? text : text.slice(start);
    if (!final) addPart(rest);
    else if (rest !== "" || parts.length > 0 || tooLong !== undefined) {
      const row = endLine(rest);
      if (row !== undefined) rows.push(row);
    }
    return rows;
  }

  const stream = new Transform({
    readableObjectMode: true,
    readableHighWaterMark: 4,
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      bytes += chunk.length;
      const rows = parseLines(decoder.write(chunk), false);
      callback(null, rows.length > 0 ? rows : undefined);
    },
    flush(callback: TransformCallback) {
      const rows = parseLines(decoder.end(), true);
      callback(null, rows.length > 0 ? rows : undefined);
    },
  });
  return { stream, header: () => header, bytesRead: () => bytes, unit: "line" };
}
