import { extname } from "node:path";
import { usageError } from "../cli-error.js";

/** The record formats the CLI reads and writes. */
export type Format = "csv" | "jsonl" | "json";

const FORMATS: readonly Format[] = ["csv", "jsonl", "json"];

/**
 * The format named by an option (`option`, default --format), else by the file extension; undefined
 * for stdin/stdout without the option.
 */
export function formatOf(path: string | undefined, explicit: string | undefined, option = "--format"): Format | undefined {
  if (explicit !== undefined) {
    const named = explicit.toLowerCase() === "ndjson" ? "jsonl" : explicit.toLowerCase();
    if (!(FORMATS as readonly string[]).includes(named)) throw usageError(`${option} expects csv, jsonl or json, got "${explicit}"`);
    return named as Format;
  }
  if (path === undefined || path === "-") return undefined;
  const extension = extname(path).toLowerCase();
  if (extension === ".csv" || extension === ".txt") return "csv";
  if (extension === ".jsonl" || extension === ".ndjson") return "jsonl";
  if (extension === ".json") return "json";
  return undefined;
}

/** Guesses the format of a stream from its first non-blank byte: "[" is JSON, "{" JSONL, else CSV. */
export function sniffFormat(head: Buffer): Format {
  for (const byte of head) {
    if (byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0xef || byte === 0xbb || byte === 0xbf) continue;
    if (byte === 0x5b) return "json";
    if (byte === 0x7b) return "jsonl";
    return "csv";
  }
  return "csv";
}
