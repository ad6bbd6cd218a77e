import { readFileSync } from "node:fs";
import { inputError } from "../cli-error.js";
import { describeFsError } from "./files.js";

/** Reads a small text file (ICP, mapping), or stdin for "-". */
export function readText(path: string): string {
  try {
    return readFileSync(path === "-" ? 0 : path, "utf8");
  } catch (error) {
    throw inputError(`cannot read ${path}: ${describeFsError(error)}`);
  }
}

/** Reads and parses a small JSON file, reporting the file and position of a syntax error. */
export function readJson(path: string, what: string): unknown {
  const text = readText(path).replace(/^\uFEFF/, "");
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw inputError(`${what} ${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}
