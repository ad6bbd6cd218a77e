import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MAX_RECORD_CHARS, MAX_ROW_DEPTH } from "../../src/cli/io/input-limits.js";
import type { InputRow } from "../../src/cli/io/input-row.js";
import { JsonArrayScanner } from "../../src/cli/io/json-array-scanner.js";
import { jsonReader } from "../../src/cli/io/json-reader.js";
import { splitBytes } from "./byte-chunks.js";

/** Feeds `chunks` (bytes) through a JSON reader and collects the header, the rows and the batches. */
async function read(chunks: readonly (string | Buffer)[]) {
  const reader = jsonReader("input.json");
  const rows: InputRow[] = [];
  let batches = 0;
  const source = Readable.from(chunks.map((chunk) => (typeof chunk === "string" ? Buffer.from(chunk) : chunk)), { objectMode: false });
  for await (const batch of source.pipe(reader.stream)) {
    batches++;
    rows.push(...(batch as InputRow[]));
  }
  return { header: reader.header(), rows, batches };
}

describe("jsonReader", () => {
  it("reads an array of objects item by item, numbering rows by item", async () => {
    const { header, rows } = await read(['\uFEFF[\n  {"Name": "Acme", "Tags": ["a", "b]"]},\n  {"Name": "Beta \\"q\\" [x]"}\n]\n']);
    expect(header).toEqual(["Name", "Tags"]);
    expect(rows).toEqual([
      { line: 1, record: { Name: "Acme", Tags: ["a", "b]"] } },
      { line: 2, record: { Name: 'Beta "q" [x]' } },
    ]);
  });

  it("reads one object, and an empty array or text, as before", async () => {
    expect((await read(['{"a": 1}'])).rows).toEqual([{ line: 1, record: { a: 1 } }]);
    expect((await read(["[ ]"])).rows).toEqual([]);
    expect((await read(["  \n"])).rows).toEqual([]);
  });

  it("names the item and its line for items that are not objects or not JSON, and reads on", async () => {
    const { rows } = await read(['[\n{"a": 1},\nnull,\n42, "x",\n{"a": tru},\n[1],\n{"a": 2}\n]']);
    expect(rows).toEqual([
      { line: 1, record: { a: 1 } },
      { line: 2, raw: "null", error: "expected a JSON object, got null (line 3)" },
      { line: 3, raw: "42", error: "expected a JSON object, got a number (line 4)" },
      { line: 4, raw: '"x"', error: "expected a JSON object, got a string (line 4)" },
      { line: 5, raw: '{"a": tru}', error: expect.stringMatching(/^not valid JSON at line 5: /) },
      { line: 6, raw: "[1]", error: "expected a JSON object, got an array (line 6)" },
      { line: 7, record: { a: 2 } },
    ]);
  });

  it("fails on text whose array cannot be followed, before using any row of a small file", async () => {
    await expect(read(['[{"Industry": "Software"},'])).rejects.toThrow("input.json is not valid JSON (Unexpected end of JSON input)");
    await expect(read(['[{"a": 1}] x'])).rejects.toThrow("input.json is not valid JSON (line 1: unexpected text after the end of the array)");
    await expect(read(['[{"a": 1},\n,{"a": 2}]'])).rejects.toThrow('input.json is not valid JSON (line 2: expected an item of the array, got ",")');
    await expect(read(['[{"a": "open}]'])).rejects.toThrow("Unexpected end of JSON input");
    await expect(read(['{"a": 1}\n{"a": 2}\n'])).rejects.toThrow(/one object per line is JSON Lines: name the file \.jsonl or pass --format jsonl/);
  });

  it("reports an object nested deeper than the limit as an invalid item and reads on", async () => {
    const deep = `${'{"a":'.repeat(5000)}1${"}".repeat(5000)}`;
    const { rows } = await read([`[{"id": 1}, {"id": 2, "x": ${deep}}, {"id": 3}]`]);
    expect(rows.map((row) => row.line)).toEqual([1, 2, 3]);
    expect(rows[1]?.error).toBe(`nested deeper than ${MAX_ROW_DEPTH} levels of objects and arrays (line 1)`);
    expect(rows[1]?.raw).toBe(`{"id": 2, "x": ${deep}}`);
    const nested = (levels: number): string => `${'{"a":'.repeat(levels)}1${"}".repeat(levels)}`;
    const edge = await read([`[${nested(MAX_ROW_DEPTH)}, ${nested(MAX_ROW_DEPTH + 1)}]`]);
    expect(edge.rows.map((row) => row.error)).toEqual([undefined, `nested deeper than ${MAX_ROW_DEPTH} levels of objects and arrays (line 1)`]);
  });

  it("streams: a large array leaves in bounded batches, and an item over the limit is cut, not held", async () => {
    const item = (index: number): string => JSON.stringify({ id: index, name: `lead ${index}` });
    const text = `[${Array.from({ length: 5000 }, (_, index) => item(index)).join(",\n")}]`;
    const chunks: string[] = [];
    for (let from = 0; from < text.length; from += 4096) chunks.push(text.slice(from, from + 4096));
    const { rows, batches } = await read(chunks);
    expect(rows).toHaveLength(5000);
    expect(rows[4999]).toEqual({ line: 5000, record: { id: 4999, name: "lead 4999" } });
    expect(batches).toBeGreaterThan(1);
    const long = `{"notes": "${"x".repeat(MAX_RECORD_CHARS)}"}`;
    const big = await read(["[{\"a\": 1},\n", ...Array.from({ length: Math.ceil(long.length / 65536) }, (_, at) => long.slice(at * 65536, (at + 1) * 65536)), ',\n{"a": 2}]']);
    expect(big.rows).toEqual([
      { line: 1, record: { a: 1 } },
      { line: 2, raw: long.slice(0, 1024), error: "item longer than 8 Mi characters: left unread (its first 1,024 characters are kept as its raw text) (line 2)" },
      { line: 3, record: { a: 2 } },
    ]);
  });

  it("gives the same rows however the bytes are chunked (strings with escapes, brackets and multi-byte characters split)", async () => {
    const text = '[\n{"n": "Zoë \\"[\\\\", "l": [1, {"x": "}"}]},\r\n  {"n": "😀,]"} , 7,\n{"n": "ok"}]\n';
    const whole = await read([text]);
    expect(whole.rows).toHaveLength(4);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 10 }), async (cuts) => {
        expect((await read(splitBytes(text, cuts))).rows).toEqual(whole.rows);
      }),
      { numRuns: 300 },
    );
  });
});

describe("JsonArrayScanner", () => {
  it("cuts any array of JSON values into the items JSON.parse reads from the whole text", () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 3 })), fc.array(fc.nat(), { maxLength: 6 }), fc.boolean(), (values, cuts, pretty) => {
        const text = JSON.stringify(values, null, pretty ? 2 : undefined);
        const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
        const scanner = new JsonArrayScanner();
        const items: unknown[] = [];
        let from = 0;
        for (const point of [...points, text.length]) {
          for (const item of scanner.write(text.slice(from, point))) items.push("text" in item ? JSON.parse(item.text) : undefined);
          from = point;
        }
        scanner.end();
        expect(items).toEqual(JSON.parse(text));
      }),
      { numRuns: 500 },
    );
  });
});
