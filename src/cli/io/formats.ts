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

/** The first line of `text` that is not blank, and whether its line break was seen. */
export function firstTextLine(text: string): { readonly line: string; readonly complete: boolean } | undefined {
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf("\n", start);
    const line = (end === -1 ? text.slice(start) : text.slice(start, end)).replace(/^\uFEFF/, "");
    if (line.trim() !== "") return { line: line.replace(/\r$/, ""), complete: end !== -1 };
    if (end === -1) break;
    start = end + 1;
  }
  return undefined;
}

const isJsonObject = (text: string): boolean => {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === "object" && !Array.isArray(value);
  } catch {
    return false;
  }
};

/**
 * Guesses the format of stdin from its first bytes (`ended`: they are the whole input). A first
 * line that is a JSON object is JSONL; an object over several lines (`{` alone on the first) is
 * JSON; `[` followed by what
 * can start a JSON value is a JSON array; anything else is CSV, so a CSV header that happens to
 * start with `{` or `[` (`{id},name`, `[id],name`) stays CSV.
 */
export function sniffFormat(head: Buffer, ended = false): Format {
  const text = head.toString("utf8");
  const first = firstTextLine(text);
  if (first === undefined) return "csv";
  const line = first.line.trim();
  if (line.startsWith("[")) return /^\[\s*(?:[[{\]"\-0-9tfn]|$)/.test(text.trim()) ? "json" : "csv";
  if (!line.startsWith("{")) return "csv";
  if (isJsonObject(line)) return "jsonl";
  // An object over several lines is one JSON object (its head, when it is longer than what was read).
  if (line === "{" || (ended && isJsonObject(text.trim()))) return "json";
  // A first line longer than the head cannot be checked: a long JSON object is the likelier.
  return first.complete ? "csv" : "jsonl";
}
