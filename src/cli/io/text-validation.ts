/*
 * Where text stops being well-formed, for the message that names the line: UTF-8 per the Unicode
 * standard's table of well-formed byte sequences (no overlong forms, no surrogates, nothing past
 * U+10FFFF), and UTF-16 as pairs of surrogates. The fast check runs first (buffer.isUtf8); these
 * walk the bytes only to find the position once it failed, or for UTF-16, which is rare input.
 */

/** Bytes that a UTF-8 sequence starting with `lead` takes, or 0 when `lead` cannot start one. */
function utf8Length(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** The allowed range of the byte after `lead` (the others are 0x80–0xBF). */
function secondRange(lead: number): readonly [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/**
 * The offset of the first byte of the first ill-formed UTF-8 sequence in `bytes`, or -1. A sequence
 * cut short by the end of `bytes` counts as ill-formed only when `complete`.
 */
export function firstInvalidUtf8(bytes: Uint8Array, complete: boolean): number {
  for (let at = 0; at < bytes.length; ) {
    const lead = bytes[at] as number;
    const length = utf8Length(lead);
    if (length === 0) return at;
    for (let next = 1; next < length; next++) {
      if (at + next >= bytes.length) return complete ? at : -1;
      const byte = bytes[at + next] as number;
      const [low, high] = next === 1 ? secondRange(lead) : [0x80, 0xbf];
      if (byte < low || byte > high) return at;
    }
    at += length;
  }
  return -1;
}

/**
 * Where the last whole UTF-8 sequence of `bytes` ends: `bytes.length`, or the start of a sequence
 * that the next chunk completes (at most 3 bytes are left over).
 */
export function utf8CompleteEnd(bytes: Uint8Array): number {
  let at = bytes.length - 1;
  for (let back = 0; at >= 0 && back < 3 && ((bytes[at] as number) & 0xc0) === 0x80; back++) at--;
  if (at < 0) return bytes.length;
  const length = utf8Length(bytes[at] as number);
  return length > 1 && at + length > bytes.length ? at : bytes.length;
}

/** What a run of UTF-16 bytes holds: where its whole, well-formed code units end, and the first bad one. */
export interface Utf16Scan {
  /** The end of the last whole unit that needs nothing more (a high surrogate waits for its pair). */
  readonly end: number;
  /** The offset of the first unpaired surrogate, or -1. */
  readonly invalid: number;
}

/** Scans UTF-16 bytes (`bigEndian` or little-endian) for unpaired surrogates. */
export function scanUtf16(bytes: Uint8Array, bigEndian: boolean): Utf16Scan {
  const units = bytes.length - (bytes.length % 2);
  for (let at = 0; at < units; at += 2) {
    const unit = bigEndian ? ((bytes[at] as number) << 8) | (bytes[at + 1] as number) : ((bytes[at + 1] as number) << 8) | (bytes[at] as number);
    if (unit >= 0xdc00 && unit <= 0xdfff) return { end: at, invalid: at };
    if (unit >= 0xd800 && unit <= 0xdbff) {
      if (at + 2 >= units) return { end: at, invalid: -1 };
      const next = bigEndian ? ((bytes[at + 2] as number) << 8) | (bytes[at + 3] as number) : ((bytes[at + 3] as number) << 8) | (bytes[at + 2] as number);
      if (next < 0xdc00 || next > 0xdfff) return { end: at, invalid: at };
      at += 2;
    }
  }
  return { end: units, invalid: -1 };
}
