import { createReadStream, createWriteStream, statSync, fstatSync } from "node:fs";
import type { Readable, Writable } from "node:stream";
import { inputError } from "../cli-error.js";

/** An opened input: its stream, its size in bytes when known (for progress), and a display name. */
export interface Input {
  readonly stream: Readable;
  readonly size: number | undefined;
  readonly name: string;
}

/** Opens a file for reading, or stdin for "-". Missing files are bad input (exit 1), not a crash. */
export function openInput(path: string): Input {
  if (path === "-") {
    let size: number | undefined;
    try {
      const stat = fstatSync(0);
      if (stat.isFile()) size = stat.size;
    } catch {
      size = undefined;
    }
    return { stream: process.stdin, size, name: "stdin" };
  }
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw inputError(`cannot read ${path}: it is a directory`);
    size = stat.size;
  } catch (error) {
    if (error instanceof Error && "exitCode" in error) throw error;
    throw inputError(`cannot read ${path}: ${describeFsError(error)}`);
  }
  return { stream: createReadStream(path, { highWaterMark: 1 << 18 }), size, name: path };
}

/** A file-system error in plain words ("no such file", "permission denied"). */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES") return "permission denied";
  if (code === "EISDIR") return "it is a directory";
  return error instanceof Error ? error.message : String(error);
}

/** Opens a file for writing, or stdout for "-" / undefined. */
export function openOutput(path: string | undefined): Writable {
  if (path === undefined || path === "-") return process.stdout;
  return createWriteStream(path);
}

/** True for stdout, which must never be ended by the CLI (later writes would fail). */
export function isStdout(stream: Writable): boolean {
  return stream === process.stdout;
}
