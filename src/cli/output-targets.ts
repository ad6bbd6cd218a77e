import { extname, resolve } from "node:path";
import { usageError } from "./cli-error.js";
import { sameFile } from "./io/files.js";
import { formatOf, type Format } from "./io/formats.js";

/*
 * Checks of where a command writes, made before any file is opened: an output file is created (or
 * emptied) at once, so a wrong name would erase what it names before a row is read.
 */

/** True when an output option means stdout: not given, or "-". */
const isStdoutPath = (path: string | undefined): path is undefined | "-" => path === undefined || path === "-";

/**
 * True when two paths name one file: the same path once resolved (`out.csv`, `./out.csv`, its
 * absolute path; the file need not exist yet), or one existing file reached by both (a symbolic or
 * hard link: the same device and inode).
 */
export function sameTarget(a: string, b: string): boolean {
  if (a === "-" || b === "-") return false;
  return resolve(a) === resolve(b) || sameFile(a, b);
}

/** A file a command reads: the words that name it in a message ("the ICP (--icp)"), and what writing it would do. */
export interface ReadFile {
  readonly what: string;
  readonly path: string | undefined;
  readonly loss: string;
}

/** An output option: its name, its path, and whether leaving it out means stdout (as for --out). */
export interface OutputTarget {
  readonly option: string;
  readonly path: string | undefined;
  readonly stdoutByDefault?: boolean;
}

const writesStdout = (output: OutputTarget): boolean => output.path === "-" || (output.path === undefined && output.stdoutByDefault === true);

/**
 * Refuses (exit 2) output options that name a file the command reads, or the same file as one
 * another, or that would both write stdout.
 */
export function checkOutputTargets(outputs: readonly OutputTarget[], reads: readonly ReadFile[]): void {
  for (const [index, output] of outputs.entries()) {
    const { option, path } = output;
    for (const read of reads) {
      if (path !== undefined && read.path !== undefined && sameTarget(read.path, path)) {
        throw usageError(`${option} must name a different file than ${read.what} (writing it would erase ${read.loss})`);
      }
    }
    for (const earlier of outputs.slice(0, index)) {
      if (writesStdout(output) && writesStdout(earlier)) throw usageError(`${option} - and ${earlier.path === undefined ? `the output (no ${earlier.option})` : `${earlier.option} -`} would both write stdout; name a file for one of them`);
      if (path !== undefined && earlier.path !== undefined && sameTarget(path, earlier.path)) throw usageError(`${option} must name a different file than ${earlier.option}`);
    }
  }
}

/**
 * The format an output file is written in: `explicit` (an option such as --output-format) if given,
 * else the file's extension (.csv, .txt, .jsonl, .ndjson, .json), else `fallback` for stdout or a
 * name without an extension. An extension that names no format is a usage error, rather than CSV
 * in disguise under a misleading name.
 */
export function outputFormatOf(option: string, path: string | undefined, fallback: Format, explicit?: { readonly option: string; readonly value: string | undefined }): Format {
  const named = formatOf(path, explicit?.value, explicit?.option);
  if (named !== undefined) return named;
  if (!isStdoutPath(path) && extname(path) !== "") {
    const orOption = explicit === undefined ? "" : `, or pass ${explicit.option}`;
    throw usageError(`${option} ${path}: "${extname(path)}" names no format icpfit writes; end it in .csv, .jsonl or .json${orOption}`);
  }
  return fallback;
}
