import { describe, expect, it } from "vitest";
import { encodingRequestOf, resolveEncoding } from "../../src/cli/io/input-encoding.js";

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);

describe("encodingRequestOf", () => {
  it("takes the platform's labels for the encodings it reads; latin1 is windows-1252 as in WHATWG", () => {
    expect(encodingRequestOf(undefined)).toBeUndefined();
    expect(encodingRequestOf("UTF8")).toBe("utf-8");
    expect(encodingRequestOf("utf-16")).toBe("utf-16");
    expect(encodingRequestOf("utf-16BE")).toBe("utf-16be");
    expect(encodingRequestOf("cp1252")).toBe("windows-1252");
    expect(encodingRequestOf("latin1")).toBe("windows-1252");
    expect(encodingRequestOf("iso-8859-1")).toBe("windows-1252");
  });

  it("refuses a label it does not know or an encoding it does not read (exit 2)", () => {
    expect(() => encodingRequestOf("klingon")).toThrow('--encoding expects utf-8, utf-16, utf-16le, utf-16be, windows-1252 or latin1, got "klingon"');
    expect(() => encodingRequestOf("shift_jis")).toThrow(/got "shift_jis"/);
  });
});

describe("resolveEncoding", () => {
  it("follows a byte order mark when --encoding is not given, UTF-8 otherwise", () => {
    expect(resolveEncoding(undefined, bytes(0x61))).toEqual({ encoding: "utf-8", bomLength: 0 });
    expect(resolveEncoding(undefined, bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ encoding: "utf-8", bomLength: 3 });
    expect(resolveEncoding(undefined, bytes(0xff, 0xfe, 0x61, 0))).toEqual({ encoding: "utf-16le", bomLength: 2 });
    expect(resolveEncoding(undefined, bytes(0xfe, 0xff, 0, 0x61))).toEqual({ encoding: "utf-16be", bomLength: 2 });
    expect(resolveEncoding("utf-16", bytes(0x61, 0))).toEqual({ encoding: "utf-16le", bomLength: 0 });
    expect(resolveEncoding("utf-16", bytes(0xfe, 0xff))).toEqual({ encoding: "utf-16be", bomLength: 2 });
    expect(resolveEncoding("windows-1252", bytes(0xe9))).toEqual({ encoding: "windows-1252", bomLength: 0 });
  });

  it("refuses an --encoding that the byte order mark contradicts", () => {
    expect(() => resolveEncoding("utf-8", bytes(0xff, 0xfe))).toThrow("--encoding utf-8: the input starts with a UTF-16LE byte order mark; drop --encoding to read it as UTF-16LE");
    expect(() => resolveEncoding("windows-1252", bytes(0xef, 0xbb, 0xbf))).toThrow("starts with a UTF-8 byte order mark");
    expect(() => resolveEncoding("utf-16", bytes(0xef, 0xbb, 0xbf))).toThrow("it is UTF-8");
  });
});
