import { usageError } from "../cli-error.js";

/** The text encodings the CLI reads (the WHATWG names `TextDecoder` gives them). */
export type InputEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

const SUPPORTED: readonly InputEncoding[] = ["utf-8", "utf-16le", "utf-16be", "windows-1252"];

/** What --encoding asks for: an encoding, "utf-16" (the byte order mark decides), or nothing (auto). */
export type EncodingRequest = InputEncoding | "utf-16" | undefined;

/**
 * Reads --encoding: any label the platform's `TextDecoder` knows for a supported encoding
 * (`utf8`, `cp1252`, `latin1`, `iso-8859-1`, ...; WHATWG maps latin1 and iso-8859-1 to
 * windows-1252), or `utf-16` for UTF-16 in the order its byte order mark gives.
 */
export function encodingRequestOf(option: string | undefined): EncodingRequest {
  if (option === undefined) return undefined;
  const label = option.trim().toLowerCase();
  if (label === "utf-16" || label === "utf16") return "utf-16";
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    encoding = "";
  }
  if (!(SUPPORTED as readonly string[]).includes(encoding)) {
    throw usageError(`--encoding expects utf-8, utf-16, utf-16le, utf-16be, windows-1252 or latin1, got "${option}"`);
  }
  return encoding as InputEncoding;
}

/** The encoding to read with, and the length of the byte order mark to drop. */
export interface ResolvedEncoding {
  readonly encoding: InputEncoding;
  readonly bomLength: number;
}

/** The encoding a byte order mark at the start of `head` names, with the mark's length. */
function byteOrderMark(head: Uint8Array): ResolvedEncoding | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: "utf-8", bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: "utf-16le", bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: "utf-16be", bomLength: 2 };
  return undefined;
}

/**
 * Settles the encoding from the request and the first bytes: a byte order mark decides when
 * --encoding is not given (UTF-8 without one), and may not contradict --encoding when it is.
 */
export function resolveEncoding(request: EncodingRequest, head: Uint8Array): ResolvedEncoding {
  const mark = byteOrderMark(head);
  if (request === undefined) return mark ?? { encoding: "utf-8", bomLength: 0 };
  if (request === "utf-16") {
    if (mark === undefined) return { encoding: "utf-16le", bomLength: 0 };
    if (mark.encoding === "utf-8") throw usageError("--encoding utf-16: the input starts with a UTF-8 byte order mark; it is UTF-8 (drop --encoding)");
    return mark;
  }
  if (mark === undefined) return { encoding: request, bomLength: 0 };
  if (mark.encoding !== request) {
    throw usageError(`--encoding ${request}: the input starts with a ${mark.encoding.toUpperCase()} byte order mark; drop --encoding to read it as ${mark.encoding.toUpperCase()}`);
  }
  return mark;
}
