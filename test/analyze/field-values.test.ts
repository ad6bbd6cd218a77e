import { describe, expect, it } from "vitest";
import { listItems, valueKey } from "../../src/analyze/field-values.js";
import { foldText } from "../../src/engine/fold-text.js";

/* Analysis groups text by the engine's folded form, so a group is exactly what one rule matches. */

describe("valueKey", () => {
  it("is the engine's folded form", () => {
    for (const value of ["İstanbul", "Cafe\u0301", "Ａｃｍｅ", " Straße ", "ΟΔΟΣ"]) expect(valueKey(value)).toBe(foldText(value));
    expect(valueKey("İstanbul")).toBe(valueKey("istanbul"));
    expect(valueKey("Ａｃｍｅ")).toBe(valueKey("ACME"));
  });

  it("reads numbers, booleans and dates as their text", () => {
    expect(valueKey(12)).toBe("12");
    expect(valueKey(true)).toBe("true");
    expect(valueKey(new Date("2026-11-01T10:00:00Z"))).toBe("2026-11-01");
  });
});

describe("listItems", () => {
  it("keeps one item per folded form, shown as first seen", () => {
    expect(listItems(["Café", "Cafe\u0301", "CAFÉ", "Ｓｌａｃｋ", "slack"])).toEqual(["Café", "Ｓｌａｃｋ"]);
    expect(listItems("Straße; STRASSE, Jira")).toEqual(["Straße", "Jira"]);
  });
});
