import { describe, expect, it } from "vitest";
import { CsvSegmenter } from "../../src/cli/io/csv-segments.js";

describe("CsvSegmenter.text", () => {
  it("reads a range of an input from a record start, with the line break and line given, and holds back an unfinished record", () => {
    const segmenter = new CsvSegmenter(",", { newline: "\n", line: 40 });
    const pieces = segmenter.text('\uFEFFa,1\nb,"two\nlines"\nc,"open\nstill open\n', false);
    // A byte order mark mid-input is text; the unfinished record starts on line 43.
    expect(pieces).toEqual([{ text: '\uFEFFa,1\nb,"two\nlines"\n', line: 40 }]);
    expect(segmenter.rest).toBe('c,"open\nstill open\n');
    expect(segmenter.nextLine).toBe(43);
    expect(segmenter.text('closed"\nd,4\n', false)).toEqual([{ text: 'c,"open\nstill open\nclosed"\nd,4\n', line: 43 }]);
    expect(segmenter.rest).toBe("");
  });
});
