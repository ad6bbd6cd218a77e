import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { MAX_RECORD_CHARS, MAX_ROW_DEPTH } from "../../src/cli/io/input-limits.js";
import type { InputRow } from "../../src/cli/io/input-row.js";
import { jsonlReader } from "../../src/cli/io/jsonl-reader.js";

async function read(chunks: readonly string[]) {
  const reader = jsonlReader();
  const rows: InputRow[] = [];
  for await (const batch of Readable.from(chunks.map((chunk) => Buffer.from(chunk))).pipe(reader.stream)) rows.push(...(batch as InputRow[]));
  return { header: reader.header(), rows };
}

describe("jsonlReader", () => {
  it("reads one object per line, numbering rows by line, and says what a line that is not an object holds", async () => {
    const { header, rows } = await read(['\uFEFF{"a": 1}\r\n\nnull\n[1]\n"x"\n{bad\n{"a"', ": 2}"]);
    expect(header).toEqual(["a"]);
    expect(rows).toEqual([
      { line: 1, record: { a: 1 } },
      { line: 3, raw: "null", error: "expected a JSON object, got null" },
      { line: 4, raw: "[1]", error: "expected a JSON object, got an array" },
      { line: 5, raw: '"x"', error: "expected a JSON object, got a string" },
      { line: 6, raw: "{bad", error: expect.stringMatching(/^not valid JSON: /) },
      { line: 7, record: { a: 2 } },
    ]);
  });

  it("reports a line nested 5,000 deep as an invalid row with its line number and reads on", async () => {
    const deep = `${'{"a":'.repeat(5000)}1${"}".repeat(5000)}`;
    const { rows } = await read([`{"id": 1}\n{"id": 2, "x": ${deep}}\n{"id": 3, "y": ${"[".repeat(5000)}${"]".repeat(5000)}}\n{"id": 4}\n`]);
    expect(rows.map((row) => [row.line, row.error])).toEqual([
      [1, undefined],
      [2, `nested deeper than ${MAX_ROW_DEPTH} levels of objects and arrays`],
      [3, `nested deeper than ${MAX_ROW_DEPTH} levels of objects and arrays`],
      [4, undefined],
    ]);
  });

  it("reads a long line spread over many chunks whole, and skips a line over the limit keeping its start", async () => {
    const notes = "x".repeat(5 * 1024 * 1024);
    const line = JSON.stringify({ id: 2, notes });
    const chunks = (text: string): string[] => Array.from({ length: Math.ceil(text.length / 65536) }, (_, at) => text.slice(at * 65536, (at + 1) * 65536));
    const { rows } = await read(chunks(`{"id": 1}\n${line}\n{"id": 3}\n`));
    expect(rows.map((row) => row.line)).toEqual([1, 2, 3]);
    expect(rows[1]?.record).toEqual({ id: 2, notes });
    const long = JSON.stringify({ id: 2, notes: "y".repeat(MAX_RECORD_CHARS) });
    const over = await read(chunks(`{"id": 1}\n${long}\n{"id": 3}`));
    expect(over.rows).toEqual([
      { line: 1, record: { id: 1 } },
      { line: 2, raw: long.slice(0, 1024), error: "line longer than 8 Mi characters: left unread (its first 1,024 characters are kept as its raw text)" },
      { line: 3, record: { id: 3 } },
    ]);
  });
});
