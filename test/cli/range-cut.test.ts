import { describe, expect, it } from "vitest";
import { rangeCut } from "../../src/cli/score/range-cut.js";

const cut = (text: string, csv = true, newline = 10): string => {
  const at = rangeCut(Buffer.from(text), newline, csv);
  return at < 0 ? "(none)" : text.slice(0, at + 1);
};

describe("rangeCut", () => {
  it("cuts at the last line break when the lines around it hold even quotes", () => {
    expect(cut('a,1\nb,"2"\nc,3\nd,')).toBe('a,1\nb,"2"\nc,3\n');
    expect(cut("a,1\r\nb,2\r\nc", true, 10)).toBe("a,1\r\nb,2\r\n");
    expect(cut("a,1\rb,2\rc", true, 13)).toBe("a,1\rb,2\r");
  });

  it("steps back from a line break that a quoted cell probably spans", () => {
    // The last break follows a line that opens a quoted cell, and the break before it precedes that
    // line (odd quotes on one side): the cut goes between two lines with even quotes.
    expect(cut('a,1\nb,2\nc,3\nd,"open\nstill')).toBe("a,1\nb,2\n");
    expect(cut('a,1\nb,2\nc,"x\ny",3\nd,4\ne')).toBe("a,1\nb,2\n" + 'c,"x\ny",3\nd,4\n');
  });

  it("takes the last line break when no candidate fits, and finds none in a chunk without one", () => {
    expect(cut('"a\n"b\n"c\n"d\n"e\n"f\n"g\n"h\n"i\n"j\n"k')).toBe('"a\n"b\n"c\n"d\n"e\n"f\n"g\n"h\n"i\n"j\n');
    expect(cut("no line break")).toBe("(none)");
  });

  it("cuts JSON Lines at the last line break, quotes or not", () => {
    expect(cut('{"a":"\\""}\n{"b":1', false)).toBe('{"a":"\\""}\n');
  });
});
