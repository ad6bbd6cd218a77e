/*
 * What the first bytes of an input say it is when it is not text: gzip (read through), or a
 * format icpfit does not read, named so the user knows what to do instead of getting rows of noise.
 */

/** True for gzip data (magic bytes 1f 8b), whatever the file is called. */
export function isGzip(head: Uint8Array): boolean {
  return head[0] === 0x1f && head[1] === 0x8b;
}

const SIGNATURES: ReadonlyArray<{ readonly magic: readonly number[]; readonly what: string }> = [
  { magic: [0x50, 0x4b, 0x03, 0x04], what: "a ZIP archive (an .xlsx workbook is one): export it as CSV first" },
  { magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: "an old Excel workbook (.xls): export it as CSV first" },
  { magic: [0x42, 0x5a, 0x68], what: "bzip2-compressed: decompress it first (icpfit reads gzip itself)" },
  { magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: "xz-compressed: decompress it first (icpfit reads gzip itself)" },
  { magic: [0x28, 0xb5, 0x2f, 0xfd], what: "zstd-compressed: decompress it first (icpfit reads gzip itself)" },
  { magic: [0x50, 0x41, 0x52, 0x31], what: "a Parquet file: export it as CSV or JSONL first" },
  { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], what: "a PDF" },
];

/** What the input is when its first bytes name a binary format icpfit does not read, else undefined. */
export function binaryFormatOf(head: Uint8Array): string | undefined {
  for (const { magic, what } of SIGNATURES) if (magic.every((byte, index) => head[index] === byte)) return what;
  return undefined;
}

/** The number of the line holding the first NUL byte of (UTF-8) `head`, or undefined: text has none. */
export function nulByteLine(head: Buffer): number | undefined {
  const at = head.indexOf(0);
  if (at === -1) return undefined;
  let line = 1;
  for (let next = head.indexOf(10); next !== -1 && next < at; next = head.indexOf(10, next + 1)) line++;
  return line;
}
