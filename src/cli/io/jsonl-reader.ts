import { StringDecoder } from "node:string_decoder";
import { Transform, type TransformCallback } from "node:stream";
import type { InputRow, RecordReader } from "./input-row.js";

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** A streaming JSONL reader: one JSON object per line; a line that is not one is an error row. */
export function jsonlReader(): RecordReader {
  const decoder = new StringDecoder("utf8");
  let rest = "";
  let line = 0;
  let bytes = 0;
  let header: string[] | undefined;

  function parseLines(text: string, final: boolean): InputRow[] {
    const rows: InputRow[] = [];
    let start = 0;
    for (;;) {
      const end = text.indexOf("\n", start);
      if (end < 0 && !final) break;
      const raw = (end < 0 ? text.slice(start) : text.slice(start, end)).replace(/\r$/, "");
      line++;
      start = end < 0 ? text.length : end + 1;
      const trimmed = (line === 1 ? raw.replace(/^\uFEFF/, "") : raw).trim();
      if (trimmed !== "") rows.push(parseLine(trimmed, raw));
      if (end < 0) break;
    }
    rest = text.slice(start);
    return rows;
  }

  function parseLine(text: string, raw: string): InputRow {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return { line, raw, error: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
    }
    if (!isRecord(value)) return { line, raw, error: `expected a JSON object, got ${Array.isArray(value) ? "an array" : typeof value}` };
    header ??= Object.keys(value);
    return { line, record: value };
  }

  const stream = new Transform({
    readableObjectMode: true,
    readableHighWaterMark: 4,
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      bytes += chunk.length;
      const rows = parseLines(rest + decoder.write(chunk), false);
      callback(null, rows.length > 0 ? rows : undefined);
    },
    flush(callback: TransformCallback) {
      const rows = parseLines(rest + decoder.end(), true);
      callback(null, rows.length > 0 ? rows : undefined);
    },
  });
  return { stream, header: () => header, bytesRead: () => bytes, unit: "line" };
}
