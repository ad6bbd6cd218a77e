import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { inputDecoder } from "../../src/cli/io/input-decoder.js";
import type { InputEncoding } from "../../src/cli/io/input-encoding.js";

/** Feeds `chunks` through a decoder; the UTF-8 bytes out, or the error. */
async function decode(chunks: readonly Buffer[], encoding: InputEncoding, bomLength = 0): Promise<Buffer> {
  const out: Buffer[] = [];
  for await (const chunk of Readable.from(chunks, { objectMode: false }).pipe(inputDecoder(encoding, bomLength, "input.csv"))) out.push(chunk as Buffer);
  return Buffer.concat(out);
}

/** Splits bytes at the given offsets. */
function split(bytes: Buffer, cuts: readonly number[]): Buffer[] {
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let from = 0;
  for (const point of [...points, bytes.length]) {
    chunks.push(bytes.subarray(from, point));
    from = point;
  }
  return chunks;
}

describe("inputDecoder", () => {
  it("passes UTF-8 through byte for byte however it is chunked, characters split or not", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme" }), fc.array(fc.nat(), { maxLength: 8 }), async (text, cuts) => {
        const bytes = Buffer.from(`id\n${text}\n`);
        expect((await decode(split(bytes, cuts), "utf-8")).equals(bytes)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("drops the byte order mark it is told of, and only that", async () => {
    expect((await decode([Buffer.from("\uFEFFa,b\n")], "utf-8", 3)).toString()).toBe("a,b\n");
    expect((await decode([Buffer.from([0xef]), Buffer.from([0xbb, 0xbf, 0x61])], "utf-8", 3)).toString()).toBe("a");
    expect((await decode([Buffer.from("a\uFEFF")], "utf-8")).toString()).toBe("a\uFEFF");
  });

  it("names the line of the first byte that is not UTF-8, wherever the chunks are cut, and suggests --encoding", async () => {
    // "Café" from Excel on Windows: é is the one byte 0xE9.
    const bytes = Buffer.concat([Buffer.from("Company,City\r\nAcme,Zürich\r\n\"Multi\nline\",x\r\n"), Buffer.from([0x43, 0x61, 0x66, 0xe9]), Buffer.from(",Paris\r\n")]);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 6 }), async (cuts) => {
        await expect(decode(split(bytes, cuts), "utf-8")).rejects.toThrow(
          "input.csv is not UTF-8 text: line 5 holds byte 0xE9, which UTF-8 does not allow there; files saved by Excel on Windows are often Windows-1252: pass --encoding windows-1252",
        );
      }),
      { numRuns: 200 },
    );
    // Overlong forms, surrogates and a character cut short at the end are not UTF-8 either.
    await expect(decode([Buffer.from([0x61, 0x0a, 0xc0, 0xaf])], "utf-8")).rejects.toThrow("line 2 holds byte 0xC0");
    await expect(decode([Buffer.from([0xed, 0xa0, 0x80])], "utf-8")).rejects.toThrow("line 1 holds byte 0xED");
    await expect(decode([Buffer.from([0x61, 0x0a, 0x0a, 0xe2, 0x82])], "utf-8")).rejects.toThrow("line 3 holds a character cut short by the end of the input");
  });

  it("reads Windows-1252 (and so latin1): every byte is a character, 0x80–0x9F included", async () => {
    const bytes = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x2c, 0x80, 0x35, 0x2c, 0x93, 0x71, 0x94, 0x2c, 0x81, 0x0a]);
    expect((await decode(split(bytes, [4]), "windows-1252")).toString()).toBe("Café,€5,\u201Cq\u201D,\u0081\n");
  });

  it("reads UTF-16 in either byte order, surrogate pairs split across chunks, and names the line of a lone surrogate", async () => {
    const text = "Company,Note\nCafé 😀,ok\n";
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const big = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 6 }), async (cuts) => {
        expect((await decode(split(little, cuts), "utf-16le", 2)).toString()).toBe(text);
        expect((await decode(split(big, cuts), "utf-16be", 2)).toString()).toBe(text);
      }),
      { numRuns: 200 },
    );
    const lone = Buffer.concat([Buffer.from("a\nb\n", "utf16le"), Buffer.from([0x3d, 0xd8, 0x61, 0x00])]);
    await expect(decode([lone], "utf-16le")).rejects.toThrow("input.csv is not UTF-16LE text: line 3 holds a lone surrogate");
    await expect(decode([Buffer.from([0x61, 0x00, 0x62])], "utf-16le")).rejects.toThrow("an odd number of bytes");
  });
});
