import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvLineEncoder } from "../../src/cli/io/csv-line.js";

// The delimiters --delimiter accepts include letters and spaces: any one character but a quote, a
// line break or a byte order mark.
const delimiters = [",", ";", "\t", "|", " ", "a", ".", "é", "\u00a0"];

/** Cells rich in what CSV gives a meaning to, among any Unicode text (whole code points, as written to UTF-8). */
const cell = fc.string({
  unit: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('"', "\r", "\n", "\r\n", ...delimiters, "\ufeff", "#") },
    { weight: 5, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }) },
  ),
  maxLength: 12,
});

describe("csvLineEncoder", () => {
  it("writes cells that a standard CSV reader (csv-parse) reads back as the same cells, for any delimiter", () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 6 }), fc.constantFrom(...delimiters), (cells, delimiter) => {
        const line = csvLineEncoder(delimiter)(cells);
        // Any of CRLF, LF and CR ends a record, and a blank line is no record, as in Excel, Python's
        // csv module and icpfit's own reader.
        const records = parse(`${line}\n`, { delimiter, record_delimiter: ["\r\n", "\n", "\r"], skip_empty_lines: true }) as string[][];
        expect(records).toEqual([cells]);
      }),
      { numRuns: 2000 },
    );
  });

  it("quotes a line of one empty cell, which would otherwise read as a blank line", () => {
    expect(csvLineEncoder(",")([""])).toBe('""');
    expect(csvLineEncoder(",")(["", ""])).toBe(",");
  });
});
