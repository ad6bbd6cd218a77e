import { Transform, type TransformCallback } from "node:stream";
import { inputError } from "../cli-error.js";
import type { InputRow, RecordReader } from "./input-row.js";

const BATCH = 2048;

/**
 * A JSON reader: a whole array of objects (or one object). JSON arrays cannot be streamed without
 * a streaming parser, so the file is held in memory; large inputs should be CSV or JSONL. Text that
 * is not JSON fails the run (exit 1), naming `name`.
 */
export function jsonReader(name: string): RecordReader {
  const chunks: Buffer[] = [];
  let bytes = 0;
  let header: string[] | undefined;
  const stream = new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      bytes += chunk.length;
      chunks.push(chunk);
      callback();
    },
    flush(callback: TransformCallback) {
      const text = Buffer.concat(chunks).toString("utf8").replace(/^\uFEFF/, "");
      chunks.length = 0;
      if (text.trim() === "") return callback();
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        return callback(inputError(`${name} is not valid JSON (${error instanceof Error ? error.message : String(error)})`));
      }
      const items: unknown[] = Array.isArray(value) ? value : [value];
      let batch: InputRow[] = [];
      items.forEach((item, index) => {
        if (item !== null && typeof item === "object" && !Array.isArray(item)) {
          header ??= Object.keys(item);
          batch.push({ line: index + 1, record: item as Record<string, unknown> });
        } else {
          batch.push({ line: index + 1, raw: JSON.stringify(item) ?? String(item), error: `expected a JSON object, got ${item === null ? "null" : Array.isArray(item) ? "an array" : typeof item}` });
        }
        if (batch.length >= BATCH) {
          this.push(batch);
          batch = [];
        }
      });
      callback(null, batch.length > 0 ? batch : undefined);
    },
  });
  return { stream, header: () => header, bytesRead: () => bytes, unit: "item" };
}
