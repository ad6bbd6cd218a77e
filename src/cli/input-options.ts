import type { Readable, Transform } from "node:stream";
import { createGunzip } from "node:zlib";
import { errorCode, inputError, usageError } from "./cli-error.js";
import { listOption, stringOption, flagOption, type OptionValues } from "./args.js";
import { headLines, sniffDelimiter } from "./io/delimiter-sniff.js";
import { openInput, type Input } from "./io/files.js";
import { formatOf, sniffFormat, type Format } from "./io/formats.js";
import { inputDecoder } from "./io/input-decoder.js";
import { encodingRequestOf, resolveEncoding } from "./io/input-encoding.js";
import { binaryFormatOf, isGzip, nulByteLine } from "./io/input-kind.js";
import { peekHead } from "./io/peek.js";
import { readMappingFile, type MappingRequest } from "./mapping.js";

/** Options shared by every command that reads leads: input format, delimiter, mapping. */
export const INPUT_OPTIONS = {
  format: { type: "string" },
  delimiter: { type: "string" },
  encoding: { type: "string" },
  map: { type: "string" },
  field: { type: "string", multiple: true },
  "auto-map": { type: "boolean" },
  "missing-value": { type: "string", multiple: true },
} as const;

/** Help lines for {@link INPUT_OPTIONS}. */
export const INPUT_HELP: string = `Input:
  --format <csv|jsonl|json>   input format (default: from the extension; stdin is sniffed)
  --delimiter <char>          CSV delimiter (default: read from the header: "," ";" tab or "|")
  --encoding <name>           utf-8 (default; a UTF-16 byte order mark is followed), utf-16,
                              utf-16le, utf-16be, windows-1252 or latin1 (read as windows-1252).
                              Gzip-compressed input is read as it is
  --map <file.json>           column mapping: {"firmographic.employees": "Employees", ...}
  --field <path>=<column>     map one column, e.g. --field firmographic.employees=Employees (repeatable)
  --no-auto-map               do not guess lead fields from header names
  --missing-value <text>      a cell value that means "no data", e.g. --missing-value Select (repeatable)`;

/** An opened input: its stream of UTF-8 text, its format and, for CSV, its delimiter. */
export interface OpenedInput extends Input {
  readonly format: Format;
  /** The CSV delimiter: --delimiter, or read from the header. */
  readonly delimiter: string;
  /** What was worked out rather than given, to say on stderr (unless --quiet). */
  readonly notes: readonly string[];
}

/** Pipes `from` into `to`: an error of `from` ends `to` (as `mapError` words it); `to` closing ends `from`. */
function chain(from: Readable, to: Transform, mapError: (error: Error) => Error = (error) => error): Transform {
  from.once("error", (error: Error) => to.destroy(mapError(error)));
  to.once("close", () => from.destroy());
  return from.pipe(to);
}

/** How much of the text is read ahead to sniff the format and the delimiter (one file read). */
const SNIFF_BYTES = 64 * 1024;

/**
 * Opens the input file (or stdin) as UTF-8 text: gzip is decompressed (found by its magic bytes),
 * the encoding is decoded (--encoding, or a byte order mark), and input that is not text is refused
 * (exit 2). Then settles the format (stdin is sniffed) and the CSV delimiter (read from the header
 * when --delimiter is not given).
 */
export async function openLeadInput(path: string, values: OptionValues): Promise<OpenedInput> {
  const request = encodingRequestOf(stringOption(values, "encoding"));
  const opened = openInput(path);
  let size = opened.size;
  let { head, stream } = await peekHead(opened.stream, (bytes) => bytes.length >= 8);
  let mapError = (error: Error): Error => error;
  if (isGzip(head)) {
    // zlib's errors (Z_DATA_ERROR, Z_BUF_ERROR) say the data is damaged; others pass as they are.
    mapError = (error) => (String(errorCode(error)).startsWith("Z_") ? inputError(`${opened.name}: the gzip data cannot be read (${error.message})`) : error);
    try {
      ({ head, stream } = await peekHead(chain(stream, createGunzip()), (bytes) => bytes.length >= 8));
    } catch (error) {
      throw mapError(error as Error);
    }
    size = undefined; // progress counts the bytes after decompression
  }
  const binary = binaryFormatOf(head);
  if (binary !== undefined) throw usageError(`${opened.name} is ${binary}; icpfit reads CSV, JSONL and JSON text`);
  const { encoding, bomLength } = resolveEncoding(request, head);
  if (encoding !== "utf-8") size = undefined; // the text grows as it is turned into UTF-8
  // NUL bytes: binary data, or UTF-16 without a byte order mark (checked before decoding finds other faults).
  const notText = (line: number): Error => {
    const utf16 = encoding === "utf-8" ? "; UTF-16 text without a byte order mark needs --encoding utf-16le (or utf-16be)" : "";
    return usageError(`${opened.name} is not text: line ${line} holds a NUL byte; icpfit reads CSV, JSONL and JSON text (gzip-compressed too)${utf16}`);
  };
  const rawNul = encoding === "utf-8" ? nulByteLine(head) : undefined;
  if (rawNul !== undefined) throw notText(rawNul);
  const decoded = await peekHead(chain(stream, inputDecoder(encoding, bomLength, opened.name), mapError), (bytes) => bytes.length >= SNIFF_BYTES).catch((error: Error) => {
    throw mapError(error);
  });
  const nul = nulByteLine(decoded.head);
  if (nul !== undefined) throw notText(nul);
  const format = formatOf(path, stringOption(values, "format")) ?? (path === "-" ? sniffFormat(decoded.head, decoded.ended) : "csv");
  const notes: string[] = [];
  let delimiter = stringOption(values, "delimiter") === undefined ? undefined : delimiterOf(values);
  if (delimiter === undefined) {
    const { header, next } = format === "csv" ? headLines(decoded.head.toString("utf8")) : { header: undefined, next: undefined };
    delimiter = header === undefined ? "," : sniffDelimiter(header, next);
    if (delimiter !== ",") notes.push(`the header is ${delimiter === "\t" ? "tab" : JSON.stringify(delimiter)}-separated: reading with --delimiter ${delimiter === "\t" ? "tab" : JSON.stringify(delimiter)} (pass --delimiter to choose)`);
  }
  return { stream: decoded.stream, size, name: opened.name, format, delimiter, notes };
}

/** The CSV delimiter option. */
export function delimiterOf(values: OptionValues): string {
  const delimiter = stringOption(values, "delimiter") ?? ",";
  const resolved = delimiter === "\\t" || delimiter.toLowerCase() === "tab" ? "\t" : delimiter;
  if (resolved.length !== 1) throw usageError(`--delimiter expects one character (or "tab"), got "${delimiter}"`);
  // The quote and the line breaks already mean something in CSV (Papa Parse would silently use "," instead).
  if (resolved === '"' || resolved === "\r" || resolved === "\n" || resolved === "\ufeff") {
    throw usageError(`--delimiter cannot be ${JSON.stringify(resolved)}: quotes, line breaks and the byte order mark have their own meaning in CSV`);
  }
  return resolved;
}

/** The mapping request from --map, --field and --no-auto-map. */
export function mappingRequestOf(values: OptionValues): MappingRequest {
  return { file: readMappingFile(stringOption(values, "map")), fields: listOption(values, "field"), auto: flagOption(values, "auto-map") ?? true };
}
