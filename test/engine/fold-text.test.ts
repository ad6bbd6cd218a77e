import { describe, expect, it } from "vitest";
import { foldText } from "../../src/engine/fold-text.js";

/* foldText: the one definition of "the same text" (NFKC, trimmed, lower-cased, four folds). */

const same = (a: string, b: string): boolean => foldText(a) === foldText(b);

describe("foldText", () => {
  it("matches the examples of issue 15 (point 4)", () => {
    expect(same("İstanbul", "istanbul")).toBe(true);
    expect(same("Caf\u00e9", "Cafe\u0301")).toBe(true); // NFC vs NFD
    expect(same("Ａｃｍｅ", "acme")).toBe(true); // full-width
  });

  it("trims and lower-cases ASCII as before", () => {
    expect(foldText("  Software \t")).toBe("software");
    expect(foldText("IT Services")).toBe("it services");
    expect(foldText("")).toBe("");
  });

  it("folds sharp s to ss, from either case", () => {
    for (const text of ["Straße", "STRASSE", "strasse", "STRA\u1e9eE"]) expect(foldText(text)).toBe("strasse");
  });

  it("reads ligatures and other compatibility forms as their letters", () => {
    expect(same("\ufb01nance", "Finance")).toBe(true); // ﬁ
    expect(same("\ufb00", "ff")).toBe(true);
    expect(same("Acme\u00a0Inc", "acme inc")).toBe(true); // no-break space
    expect(same("\u3000Acme\u3000", "acme")).toBe(true); // ideographic spaces at the ends
    expect(same("\u212a", "k")).toBe(true); // Kelvin sign
  });

  it("folds Greek final sigma to sigma", () => {
    expect(foldText("ΟΔΟΣ")).toBe("οδοσ");
    expect(same("οδος", "ΟΔΟΣ")).toBe(true);
    expect(same("Σοφία", "σοφια")).toBe(false); // accents still count
    expect(same("Σοφία", "σοφία")).toBe(true);
  });

  it("makes the Turkish I's agree: İ and i, I and ı", () => {
    expect(same("IĞDIR", "Iğdır")).toBe(true);
    expect(same("ISPARTA", "ısparta")).toBe(true);
    expect(same("İZMİR", "izmir")).toBe(true);
    expect(foldText("I\u0307stanbul")).toBe("istanbul"); // I + combining dot is İ
    expect(foldText("İ\u0307")).toBe("i"); // a stray second dot goes too
  });

  it("keeps accents and other letters apart", () => {
    expect(same("resume", "résumé")).toBe(false);
    expect(same("Muller", "Müller")).toBe(false);
    expect(same("Köln", "Koln")).toBe(false);
  });

  it("is idempotent on the examples", () => {
    for (const text of ["İstanbul", "Straße", "ΟΔΟΣ", "ß\u0307", "ı\u0308", "Ａｃｍｅ", "\ufb01"]) expect(foldText(foldText(text))).toBe(foldText(text));
  });
});
