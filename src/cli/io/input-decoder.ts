import { isUtf8 } from "node:buffer";
import { Transform, type TransformCallback } from "node:stream";
import { TextDecoder } from "node:util";
import { usageError } from "../cli-error.js";
import type { InputEncoding } from "./input-encoding.js";
import { firstInvalidUtf8, scanUtf16, utf8CompleteEnd } from "./text-validation.js";

/*
 * The input's bytes in, UTF-8 out, never a byte changed silently: the readers after it decode
 * UTF-8 only. UTF-8 input is checked, not decoded (buffer.isUtf8, the platform's validator, is the
 * same test as a fatal TextDecoder and many times faster), and passes on as it is; a sequence
 * split across chunks waits for the next. Other encodings go through the platform's TextDecoder in
 * streaming mode. Text that is not valid in its encoding stops the run (exit 2) naming the line.
 */

/** Counts line breaks as the CSV reader numbers lines: `\n`, or `\r` alone while no `\n` has been seen. */
class LineCounter {
  private breaks = 0;
  private returns = 0;

  add(bytes: Uint8Array, to = bytes.length): void {
    const view = to === bytes.length ? bytes : bytes.subarray(0, to);
    const buffer = Buffer.from(view.buffer, view.byteOffset, view.byteLength);
    for (let at = buffer.indexOf(10); at !== -1; at = buffer.indexOf(10, at + 1)) this.breaks++;
    if (this.breaks === 0) for (let at = buffer.indexOf(13); at !== -1; at = buffer.indexOf(13, at + 1)) this.returns++;
  }

  /** The number of the line the next byte is on. */
  get line(): number {
    return (this.breaks > 0 ? this.breaks : this.returns) + 1;
  }
}

const ADVICE: Readonly<Record<InputEncoding, string>> = {
  "utf-8": "files saved by Excel on Windows are often Windows-1252: pass --encoding windows-1252 (or utf-16, latin1)",
  "utf-16le": "pass the encoding the file is in with --encoding",
  "utf-16be": "pass the encoding the file is in with --encoding",
  "windows-1252": "",
};

function notText(name: string, encoding: InputEncoding, line: number, what: string): Error {
  return usageError(`${name} is not ${encoding.toUpperCase()} text: line ${line} holds ${what}; ${ADVICE[encoding]}`);
}

const hex = (byte: number | undefined): string => `0x${(byte ?? 0).toString(16).toUpperCase().padStart(2, "0")}`;

/** A stage that reads `encoding` (dropping a byte order mark of `bomLength` bytes) and writes UTF-8. */
export function inputDecoder(encoding: InputEncoding, bomLength: number, name: string): Transform {
  const lines = new LineCounter();
  let skip = bomLength;
  let carry: Buffer | undefined;
  const decoder = encoding === "utf-8" ? undefined : new TextDecoder(encoding, { fatal: true });
  const bigEndian = encoding === "utf-16be";

  function take(chunk: Buffer): Buffer {
    let bytes = carry === undefined ? chunk : Buffer.concat([carry, chunk]);
    carry = undefined;
    if (skip > 0) {
      const dropped = Math.min(skip, bytes.length);
      skip -= dropped;
      bytes = bytes.subarray(dropped);
    }
    return bytes;
  }

  function utf8(bytes: Buffer, final: boolean): Buffer {
    const end = final ? bytes.length : utf8CompleteEnd(bytes);
    const body = bytes.subarray(0, end);
    if (!isUtf8(body)) {
      const at = firstInvalidUtf8(body, false);
      lines.add(body, at === -1 ? body.length : at);
      throw notText(name, "utf-8", lines.line, at === -1 ? "a character cut short by the end of the input" : `byte ${hex(body[at])}, which UTF-8 does not allow there`);
    }
    if (end < bytes.length) carry = Buffer.from(bytes.subarray(end));
    lines.add(body);
    return body;
  }

  function utf16(bytes: Buffer, final: boolean): Buffer {
    const scan = scanUtf16(bytes, bigEndian);
    const end = scan.invalid === -1 ? scan.end : scan.invalid;
    const text = Buffer.from((decoder as TextDecoder).decode(bytes.subarray(0, end), { stream: true }));
    lines.add(text);
    const lone = "a lone surrogate (half of a character)";
    if (scan.invalid !== -1) throw notText(name, encoding, lines.line, lone);
    if (final && end < bytes.length) throw notText(name, encoding, lines.line, (bytes.length - end) % 2 === 1 ? "an odd number of bytes: its last character is cut short" : lone);
    if (end < bytes.length) carry = Buffer.from(bytes.subarray(end));
    return text;
  }

  function convert(chunk: Buffer, final: boolean): Buffer {
    const bytes = take(chunk);
    if (decoder === undefined) return utf8(bytes, final);
    if (encoding !== "windows-1252") return utf16(bytes, final);
    // Every byte is a character in windows-1252: nothing can fail.
    const text = Buffer.from(decoder.decode(bytes, { stream: !final }));
    lines.add(text);
    return text;
  }

  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      try {
        const out = convert(chunk, false);
        callback(null, out.length > 0 ? out : undefined);
      } catch (error) {
        callback(error as Error);
      }
    },
    flush(callback: TransformCallback) {
      try {
        const out = convert(Buffer.alloc(0), true);
        callback(null, out.length > 0 ? out : undefined);
      } catch (error) {
        callback(error as Error);
      }
    },
  });
}
