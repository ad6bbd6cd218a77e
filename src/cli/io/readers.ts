import { csvReader } from "./csv-reader.js";
import type { Format } from "./formats.js";
import type { RecordReader } from "./input-row.js";
import { jsonReader } from "./json-reader.js";
import { jsonlReader } from "./jsonl-reader.js";

/** The streaming reader for a format; `name` (the file, or "stdin") is named in whole-input errors. */
export function createReader(format: Format, options: { readonly delimiter?: string; readonly name?: string } = {}): RecordReader {
  if (format === "csv") return csvReader(options);
  if (format === "jsonl") return jsonlReader();
  return jsonReader(options.name ?? "the input");
}
