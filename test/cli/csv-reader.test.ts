import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CsvPieceParser, csvReader } from "../../src/cli/io/csv-reader.js";
import { detectNewline } from "../../src/cli/io/csv-segments.js";
import { MAX_RECORD_CHARS } from "../../src/cli/io/input-limits.js";
import type { InputRow } from "../../src/cli/io/input-row.js";
import { splitBytes } from "./byte-chunks.js";

/** Feeds `chunks` (bytes) through the reader and collects the header and every row. */
async function read(chunks: readonly (string | Buffer)[], delimiter?: string) {
  const reader = csvReader(delimiter === undefined ? {} : { delimiter });
  const rows: InputRow[] = [];
  const source = Readable.from(chunks.map((chunk) => (typeof chunk === "string" ? Buffer.from(chunk) : chunk)), { objectMode: false });
  for await (const batch of source.pipe(reader.stream)) rows.push(...(batch as InputRow[]));
  return { header: reader.header(), rows, bytes: reader.bytesRead() };
}

/** Cuts `text` into 64 KiB chunks, as a file is read. */
function chunked(text: string): string[] {
  const chunks: string[] = [];
  for (let from = 0; from < text.length; from += 65536) chunks.push(text.slice(from, from + 65536));
  return chunks;
}

describe("csvReader", () => {
  it("numbers rows by the line they start on, across quoted line breaks and blank lines", async () => {
    const { header, rows } = await read(['Name,Note\nAcme,"two\nlines"\n\nBeta,plain\n"Gamma","x"\n']);
    expect(header).toEqual(["Name", "Note"]);
    expect(rows).toEqual([
      { line: 2, cells: ["Acme", "two\nlines"] },
      { line: 5, cells: ["Beta", "plain"], text: "Beta,plain" },
      { line: 6, cells: ["Gamma", "x"] },
    ]);
  });

  it("reads CRLF, a byte order mark, a last line without a break, and lone CR files", async () => {
    const crlf = await read(['\uFEFFName,Size\r\nAcme,"1,200"\r\nBeta,"a\r\nb"\r\nGamma,3']);
    expect(crlf.header).toEqual(["Name", "Size"]);
    expect(crlf.rows).toEqual([
      { line: 2, cells: ["Acme", "1,200"] },
      { line: 3, cells: ["Beta", "a\r\nb"] },
      { line: 5, cells: ["Gamma", "3"], text: "Gamma,3" },
    ]);
    const cr = await read(["Name,Size\rAcme,5\rBeta,6\r"]);
    expect(cr.rows).toEqual([
      { line: 2, cells: ["Acme", "5"], text: "Acme,5" },
      { line: 3, cells: ["Beta", "6"], text: "Beta,6" },
    ]);
  });

  it("flags rows with the wrong number of cells and keeps their cells", async () => {
    const { rows } = await read(["a,b\n1,2,3\n4\n5,6\n"]);
    expect(rows).toEqual([
      { line: 2, cells: ["1", "2", "3"], error: "expected 2 columns, got 3" },
      { line: 3, cells: ["4"], error: "expected 2 columns, got 1" },
      { line: 4, cells: ["5", "6"], text: "5,6" },
    ]);
  });

  it("keeps stray quotes inside unquoted cells, reports bad quotes by line, and reads on at the next line", async () => {
    const { rows } = await read(['a,b\nSoft"ware,1\n"Acme" Inc,2\nok,3\nlast,"open\nmore\n']);
    expect(rows).toEqual([
      { line: 2, cells: ['Soft"ware', "1"] },
      { line: 3, error: expect.stringMatching(/^malformed quotes/), raw: '"Acme" Inc,2' },
      { line: 4, cells: ["ok", "3"], text: "ok,3" },
      { line: 5, error: "unclosed quote: the quoted cell never closes", raw: 'last,"open' },
      { line: 6, cells: ["more"], error: "expected 2 columns, got 1" },
    ]);
  });

  it("gives up on a quoted cell that stays open for 8 Mi characters and reads on from the next line", async () => {
    const filler = `${"x".repeat(1023)}\n`.repeat(9 * 1024);
    const chunks = ["a,b\n1,2\n3,\"open\n", ...Array.from({ length: 9 * 16 }, () => filler.slice(0, 64 * 1024)), "4,5\n"];
    const { rows } = await read(chunks);
    expect(rows[0]).toEqual({ line: 2, cells: ["1", "2"], text: "1,2" });
    expect(rows[1]).toEqual({ line: 3, error: "unclosed quote: no closing quote within 8 Mi characters", raw: '3,"open' });
    expect(rows.at(-1)).toEqual({ line: rows.length + 1, cells: ["4", "5"], text: "4,5" });
    expect(rows.slice(2, -1).every((row) => row.error === "expected 2 columns, got 1")).toBe(true);
  });

  it("reads a 5 MB cell spread over 64 KiB chunks whole, quoted or not", async () => {
    const notes = "x".repeat(5 * 1024 * 1024);
    for (const cell of [notes, `"${notes}"`]) {
      const { rows } = await read(chunked(`id,notes\n1,short\n2,${cell}\n3,ok\n`));
      expect(rows.map((row) => [row.line, row.error])).toEqual([
        [2, undefined],
        [3, undefined],
        [4, undefined],
      ]);
      expect(rows[1]?.cells).toEqual(["2", notes]);
    }
  });

  it("gives up on a record longer than 8 Mi characters without holding it, keeps its first characters, and reads on", async () => {
    const long = "y".repeat(MAX_RECORD_CHARS + 10);
    const { rows } = await read(chunked(`id,notes\n1,short\n2,${long}\n3,ok\n`));
    expect(rows).toEqual([
      { line: 2, cells: ["1", "short"], text: "1,short" },
      { line: 3, error: "record longer than 8 Mi characters: left unread (its first 1,024 characters are kept as its raw text)", raw: `2,${long.slice(0, 1022)}` },
      { line: 4, cells: ["3", "ok"], text: "3,ok" },
    ]);
    // A quoted cell that closes, but only after the limit: the same however the text is chunked.
    const quoted = `id,notes\n1,"z\n${`${"z".repeat(1023)}\n`.repeat(MAX_RECORD_CHARS / 1024)}"\n`;
    const whole = await read([quoted]);
    expect(whole.rows[0]).toEqual({ line: 2, error: "unclosed quote: no closing quote within 8 Mi characters", raw: '1,"z' });
    expect((await read(chunked(quoted))).rows).toEqual(whole.rows);
  });

  it("fails on a header row with bad quotes instead of reading a data row as the header", async () => {
    await expect(read(['"Name" Inc,Size\nAcme,5\n'])).rejects.toThrow(/^line 1: the header row cannot be read: malformed quotes/);
    await expect(read(['Name,"Size\nAcme,5\n'])).rejects.toThrow(/^line 1: the header row cannot be read: unclosed quote/);
  });

  it("uses the given delimiter", async () => {
    const { header, rows } = await read(["a;b\n1,5;x\n"], ";");
    expect(header).toEqual(["a", "b"]);
    expect(rows).toEqual([{ line: 2, cells: ["1,5", "x"], text: "1,5;x" }]);
  });

  it("counts bytes for progress", async () => {
    const text = "a,b\nü,2\n";
    expect((await read([text])).bytes).toBe(Buffer.byteLength(text));
  });

  it("gives the same rows however the bytes are chunked (multi-byte characters and quotes split)", async () => {
    const text = 'Name,City,Note\r\n"Müller, GmbH",Köln,"line one\nline ""two"""\r\n\r\nŁódź Sp.,Łódź,😀 emoji\r\n"Zürich AG",,"a,b"\r\nlast,row,x';
    const whole = await read([text]);
    expect(whole.rows.map((row) => row.line)).toEqual([2, 5, 6, 7]);
    expect(whole.rows[0]?.cells).toEqual(["Müller, GmbH", "Köln", 'line one\nline "two"']);
    const badQuotes = 'a,b\r\nSoft"ware,1\r\n"Acme" Inc,2\r\n"ok ""x""",3\r\n"Zoë",4 \r\nlast,"open\r\nmore\r\n';
    const badWhole = await read([badQuotes]);
    expect(badWhole.rows.map((row) => row.line)).toEqual([2, 3, 4, 5, 6, 7]);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 12 }), async (cuts) => {
        const chunked = await read(splitBytes(text, cuts));
        expect(chunked.header).toEqual(whole.header);
        expect(chunked.rows).toEqual(whole.rows);
        expect((await read(splitBytes(badQuotes, cuts))).rows).toEqual(badWhole.rows);
      }),
      { numRuns: 300 },
    );
  });

  it("cuts records exactly where Papa Parse, reading the whole text at once, starts them (any bad quotes, any chunking)", async () => {
    // The oracle: one Papa parse of the whole text, with the reader's rule for bad quotes (report the
    // record on its first line, read on at the next line), and no segmenter.
    const oracle = (text: string): { header: readonly string[] | undefined; rows: InputRow[] } | "header error" => {
      const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
      const parser = new CsvPieceParser({ delimiter: ",", newline: detectNewline(body) ?? "\n" });
      const rows: InputRow[] = [];
      try {
        parser.parse({ text: body, line: 1 }, rows);
      } catch {
        return "header error";
      }
      return { header: parser.columns, rows };
    };
    const token = fc.constantFrom("a", "b", ",", '"', '""', "\n", "\r\n", "\r", " ", "\t", "\u00a0", '",', '"\n', ',"');
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 40 }), fc.boolean(), fc.array(fc.nat(), { maxLength: 6 }), async (tokens, plainHeader, cuts) => {
        const text = (plainHeader ? "h1,h2\n" : "") + tokens.join("");
        const expected = oracle(text);
        const chunked = read(splitBytes(text, cuts));
        if (expected === "header error") {
          await expect(chunked).rejects.toThrow(/the header row cannot be read/);
          return;
        }
        const actual = await chunked;
        expect(actual.header).toEqual(expected.header);
        expect(actual.rows).toEqual(expected.rows);
      }),
      { numRuns: Number(process.env.ORACLE_RUNS ?? 3000) },
    );
  });

  it("streams large inputs in bounded batches", async () => {
    const lines = ["id,value"];
    for (let index = 0; index < 5000; index++) lines.push(`${index},"v ${index}"`);
    const bytes = Buffer.from(`${lines.join("\n")}\n`);
    const chunks: Buffer[] = [];
    for (let from = 0; from < bytes.length; from += 4096) chunks.push(bytes.subarray(from, from + 4096));
    const reader = csvReader();
    let largest = 0;
    let count = 0;
    for await (const batch of Readable.from(chunks).pipe(reader.stream)) {
      largest = Math.max(largest, (batch as InputRow[]).length);
      count += (batch as InputRow[]).length;
    }
    expect(count).toBe(5000);
    expect(largest).toBeLessThanOrEqual(512);
  });
});
