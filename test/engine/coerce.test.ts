import { describe, expect, it } from "vitest";
import { readBoolean, readList, readNumber, readText, readTime } from "../../src/index.js";

/* The lenient readers every rule reads its field through. Symbols are the missing / wrong-type markers. */

const isMissing = (value: unknown): boolean => typeof value === "symbol" && value.description === "missing";
const isWrongType = (value: unknown): boolean => typeof value === "symbol" && value.description === "wrong type";

describe("readNumber", () => {
  it.each([
    [42, 42],
    [-3.5, -3.5],
    ["1,200", 1200],
    ["1_000_000", 1_000_000],
    ["$5M", 5_000_000],
    ["£2.5k", 2500],
    ["¥3 bn", 3e9],
    ["2MM", 2e6],
    ["200+", 200],
    ["51-200", 125.5],
    ["51 - 200", 125.5],
    ["1,000–5,000", 3000],
    ["10k to 50k", 30_000],
    ["  7  ", 7],
  ])("reads %j as %d", (input, expected) => {
    expect(readNumber(input)).toBe(expected);
  });

  it("reads a point as the decimal separator and a comma as thousands, as the guide says", () => {
    expect(readNumber("1.200")).toBe(1.2);
    expect(readNumber("12.345")).toBe(12.345);
    // European forms that cannot be read without guessing stay unreadable, not misread.
    for (const value of ["1.200,50", "1.234.567", "1,5"]) expect(isWrongType(readNumber(value)), value).toBe(true);
  });

  it("reports absent values as missing", () => {
    for (const value of [undefined, null, "", "   "]) expect(isMissing(readNumber(value)), String(value)).toBe(true);
  });

  it("reports other values as the wrong type", () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, true, {}, [1], "1,2", "12abc", "abc", "1e3", "--5", 10n, new Date(0)]) {
      expect(isWrongType(readNumber(value)), String(value)).toBe(true);
    }
  });

  it("rejects long adversarial text without backtracking for ever", () => {
    for (const text of ["1" + " ".repeat(50_000) + "x", "1".repeat(50_000) + "-", "1," + "1,".repeat(20_000) + "x", `1${" to ".repeat(10_000)}2`]) {
      expect(isWrongType(readNumber(text))).toBe(true);
    }
  });
});

describe("readTime", () => {
  const at = Date.UTC(2026, 10, 1, 10, 30, 0);

  it("reads Date objects, epoch milliseconds and ISO text", () => {
    expect(readTime(new Date(at))).toBe(at);
    expect(readTime(at)).toBe(at);
    expect(readTime("2026-11-01T10:30:00Z")).toBe(at);
    expect(readTime("2026-11-01T10:30:00.000Z")).toBe(at);
    expect(readTime("2026-11-01T10:30:00.123456Z")).toBe(at + 123);
    expect(readTime("2026-11-01T12:30:00+02:00")).toBe(at);
    expect(readTime("2026-11-01T05:30-0500")).toBe(at);
    expect(readTime(" 2026-11-01 10:30 ")).toBe(at);
  });

  it("reads text without an offset as UTC", () => {
    expect(readTime("2026-11-01")).toBe(Date.UTC(2026, 10, 1));
    expect(readTime("2026-11-01T10:30:00")).toBe(at);
  });

  it("reports absent and unreadable values", () => {
    for (const value of [undefined, null, "", "  "]) expect(isMissing(readTime(value))).toBe(true);
    for (const value of ["2026-11-32", "2026-11-01T25:00:00Z", "Nov 1, 2026", "1793491200000", {}, true, Number.NaN, new Date("nope")]) {
      expect(isWrongType(readTime(value)), String(value)).toBe(true);
    }
  });

  it("reads a day that does not exist as unreadable, not as the day Date.parse rolls it over to", () => {
    for (const value of ["2026-02-30", "2026-02-29", "2026-11-31", "2026-11-31T10:00:00.000Z", " 2026-02-30 ", "2026-04-31T10:00:00+02:00", "2026-00-10", "2026-13-01"]) {
      expect(isWrongType(readTime(value)), value).toBe(true);
    }
    expect(readTime("2024-02-29")).toBe(Date.UTC(2024, 1, 29));
    expect(readTime("2000-02-29T00:00:00Z")).toBe(Date.UTC(2000, 1, 29));
    expect(isWrongType(readTime("1900-02-29"))).toBe(true);
  });
});

describe("readText", () => {
  it("trims text and reads numbers and booleans as text", () => {
    expect(readText("  Software ")).toBe("Software");
    expect(readText(12)).toBe("12");
    expect(readText(false)).toBe("false");
  });

  it("reports blanks as missing and everything else as the wrong type", () => {
    for (const value of [undefined, null, "", " \n\t"]) expect(isMissing(readText(value))).toBe(true);
    for (const value of [Number.NaN, Number.NEGATIVE_INFINITY, {}, ["a"], new Date(0)]) expect(isWrongType(readText(value))).toBe(true);
  });
});

describe("readList", () => {
  it("keeps readable array items and splits text on ; and ,", () => {
    expect(readList(["Slack", " Jira ", 3, null, {}])).toEqual(["Slack", "Jira", "3"]);
    expect(readList("Slack; Jira,Zoom ,, ")).toEqual(["Slack", "Jira", "Zoom"]);
  });

  it("treats empty lists as missing", () => {
    for (const value of [[], [null, undefined, ""], "", " ;, ", null, undefined]) expect(isMissing(readList(value)), JSON.stringify(value)).toBe(true);
  });

  it("treats lists with nothing readable, and non-lists, as the wrong type", () => {
    for (const value of [[{}], [Number.NaN], 5, true, { 0: "a" }]) expect(isWrongType(readList(value))).toBe(true);
  });
});

describe("readBoolean", () => {
  it("reads booleans, yes/no, true/false and 1/0 in any case", () => {
    expect([true, "TRUE", " yes ", 1, "1"].map(readBoolean)).toEqual([true, true, true, true, true]);
    expect([false, "False", "NO", 0, "0"].map(readBoolean)).toEqual([false, false, false, false, false]);
  });

  it("reports blanks as missing and anything else as the wrong type", () => {
    expect(isMissing(readBoolean(" "))).toBe(true);
    expect(isMissing(readBoolean(null))).toBe(true);
    for (const value of ["maybe", 2, {}, [true]]) expect(isWrongType(readBoolean(value))).toBe(true);
  });
});

describe("an empty list", () => {
  // Enrichment tools write [] for "nothing found" in any field, as the guide's table says.
  it("is no data for every reader, not only for lists", () => {
    for (const empty of [[], [null], [undefined, ""]]) {
      for (const read of [readNumber, readTime, readText, readBoolean, readList]) expect(isMissing(read(empty)), `${read.name}(${JSON.stringify(empty)})`).toBe(true);
    }
  });

  it("is the wrong type for a single value when it holds something", () => {
    for (const read of [readNumber, readTime, readText, readBoolean]) expect(isWrongType(read(["Software"])), read.name).toBe(true);
  });
});
