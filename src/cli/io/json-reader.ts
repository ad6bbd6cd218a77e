import { StringDecoder } from "node:string_decoder";
import { Transform, type TransformCallback } from "node:stream";
import { inputError } from "../cli-error.js";
import { tooLongReason } from "./input-limits.js";
import type { InputRow, RecordReader } from "./input-row.js";
import { JsonArrayScanner, JsonShapeError, type ScannedItem } from "./json-array-scanner.js";
import { jsonValueRow } from "./json-row.js";

/** Rows leave in arrays of at most this many. */
const BATCH = 2048;

/**
 * A streaming JSON reader: the items of an array of objects (or one object), each parsed on its
 * own as the text streams in (json-array-scanner.ts), so memory stays bounded. Rows are numbered
 * by item; an item that is not a JSON object is an error row naming its line. Text whose array
 * cannot be followed (it never closes, text after its end) fails the run (exit 1), naming `name`.
 * Rows leave in batches, so a small file that is not JSON fails before any of its rows is used.
 */
export function jsonReader(name: string): RecordReader {
  const decoder = new StringDecoder("utf8");
  const scanner = new JsonArrayScanner();
  let bytes = 0;
  let header: string[] | undefined;
  let batch: InputRow[] = [];

  function rowOf(item: ScannedItem): InputRow {
    if ("tooLong" in item) return { line: item.index, raw: item.head, error: `${tooLongReason("item")} (line ${item.line})` };
    const raw = item.text.trim();
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // A text that is not an array is one value: when that is not JSON, the input is not.
      if (!scanner.inArray) throw new JsonShapeError(raw.startsWith("{") && message.includes("after JSON") ? `${message}; one object per line is JSON Lines: name the file .jsonl or pass --format jsonl` : message);
      return { line: item.index, raw, error: `not valid JSON at line ${item.line}: ${message}` };
    }
    const row = jsonValueRow(value, item.index, raw);
    if (row.record !== undefined) header ??= Object.keys(row.record);
    return row.error === undefined ? row : { ...row, error: `${row.error} (line ${item.line})` };
  }

  /** Adds the items' rows to the batch; pushes full batches. Undefined, or the input's error. */
  function take(stream: Transform, scan: () => ScannedItem[]): Error | undefined {
    try {
      for (const item of scan()) {
        batch.push(rowOf(item));
        if (batch.length >= BATCH) stream.push(batch.splice(0));
      }
      return undefined;
    } catch (error) {
      if (error instanceof JsonShapeError) return inputError(`${name} is not valid JSON (${error.message})`);
      return error as Error;
    }
  }

  const stream = new Transform({
    readableObjectMode: true,
    readableHighWaterMark: 4,
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      bytes += chunk.length;
      callback(take(this, () => scanner.write(decoder.write(chunk))));
    },
    flush(callback: TransformCallback) {
      const error = take(this, () => [...scanner.write(decoder.end()), ...scanner.end()]);
      if (error !== undefined) return callback(error);
      callback(null, batch.length > 0 ? batch.splice(0) : undefined);
    },
  });
  return { stream, header: () => header, bytesRead: () => bytes, unit: "item" };
}
