import { closeSync, createReadStream, fstatSync, openSync, statSync, writeFileSync, writeSync } from "node:fs";
import { Writable, type Readable } from "node:stream";
import { errorCode, inputError } from "../cli-error.js";

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
  return { stream: createReadStream(path, { highWaterMark: READ_CHUNK }), size, name: path };
}

/*
 * Bytes per read: Node's default for file streams, kept on purpose. Larger reads were slower: on
 * the 1,000,000-row benchmark, 256 KiB reads took 5.2–5.4 s and 64 KiB reads 4.0–4.4 s, with peak
 * RSS 120–140 MB against 103–106 MB (bench/README.md). A buffer over glibc's 128 KiB mmap threshold
 * is mapped and faulted in afresh for every read, and its text decodes into a string over V8's
 * 128 KiB limit for the young generation, allocated in large-object space; decoding alone took
 * 0.5–0.75 s per pass over the file at 256 KiB against 0.1–0.25 s at 64 KiB.
 */
const READ_CHUNK = 1 << 16;

/** A file-system error in plain words ("no such file", "permission denied"). */
export function describeFsError(error: unknown): string {
  const code = errorCode(error);
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES") return "permission denied";
  if (code === "ENOSPC") return "no space left on device";
  if (code === "EISDIR") return "it is a directory";
  return error instanceof Error ? error.message : String(error);
}

/** True when an output option means stdout: not given, or "-". */
const isStdoutPath = (path: string | undefined): path is undefined | "-" => path === undefined || path === "-";

/** Opens a file for writing, or stdout for "-" / undefined. A file that cannot be created is bad input. */
export function openOutput(path: string | undefined): Writable {
  if (isStdoutPath(path)) return process.stdout;
  return new FileSink(path);
}

/*
 * An output file written synchronously, as Node writes stdout when it is a file or a pipe on Linux.
 * The CLI has nothing else to do while it writes, and an asynchronous fs.WriteStream cost more: it
 * holds each chunk until the thread pool has written it, long enough for chunks to outlive young
 * collections, and on the 1,000,000-row benchmark `--out` peaked some 35 MB higher and ran slower
 * than stdout redirected to the same file (bench/README.md). A synchronous write holds a chunk
 * only for its system call.
 * The file is opened (created or truncated) at once, so a bad path fails before any row is read.
 */
class FileSink extends Writable {
  private fd: number | undefined;
  private readonly path: string;

  constructor(path: string) {
    // Writes finish before write() returns, so nothing queues: the mark only spares drain waits.
    super({ decodeStrings: false, highWaterMark: 1 << 20 });
    this.path = path;
    try {
      this.fd = openSync(path, "w");
    } catch (error) {
      throw writeError(path, error);
    }
  }

  override _write(chunk: string | Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    try {
      writeAll(this.fd as number, chunk);
      callback();
    } catch (error) {
      callback(writeError(this.path, error));
    }
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.close(callback);
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.close((closeError) => callback(error ?? closeError));
  }

  private close(callback: (error?: Error | null) => void): void {
    const fd = this.fd;
    this.fd = undefined;
    try {
      if (fd !== undefined) closeSync(fd);
      callback();
    } catch (error) {
      callback(writeError(this.path, error));
    }
  }
}

/** Writes all of `chunk`: a write to a regular file is whole, but the loop also covers short ones. */
function writeAll(fd: number, chunk: string | Buffer): void {
  let bytes: Buffer;
  if (typeof chunk === "string") {
    const written = writeSync(fd, chunk);
    if (written === Buffer.byteLength(chunk)) return;
    bytes = Buffer.from(chunk).subarray(written);
  } else bytes = chunk;
  for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset);
}

/** Writes a whole text to a file; a failure is bad input naming the file. */
export function writeTextFile(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw writeError(path, error);
  }
}

/**
 * Writes a command's whole output to `--out`, or to stdout when it is "-" or not given; returns the
 * file written, or undefined for stdout.
 */
export function writeOutputText(path: string | undefined, text: string): string | undefined {
  if (isStdoutPath(path)) {
    process.stdout.write(text);
    return undefined;
  }
  writeTextFile(path, text);
  return path;
}

/**
 * "cannot write <path>: <why>"; a missing file on writing means a missing directory. A closed pipe
 * (`--out /dev/stdout | head`) stays EPIPE, which the CLI ends quietly as it does for stdout.
 */
function writeError(path: string, error: unknown): Error {
  const code = errorCode(error);
  if (code === "EPIPE" && error instanceof Error) return error;
  return inputError(`cannot write ${path}: ${code === "ENOENT" ? "no such directory" : describeFsError(error)}`);
}

/**
 * True when two paths name the same existing file (links included). Writing to the input would
 * erase its rows before they are read, so the CLI refuses that.
 */
export function sameFile(a: string, b: string | undefined): boolean {
  if (b === undefined || a === "-" || b === "-") return false;
  try {
    const [first, second] = [statSync(a), statSync(b)];
    return first.dev === second.dev && first.ino === second.ino;
  } catch {
    return false;
  }
}

/** True for stdout, which must never be ended by the CLI (later writes would fail). */
export function isStdout(stream: Writable): boolean {
  return stream === process.stdout;
}
