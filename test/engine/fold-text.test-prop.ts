import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldText } from "../../src/engine/fold-text.js";
import { scoreLead } from "../../src/index.js";
import { icpOf } from "./fixtures.js";

/* foldText is a fixed point after one pass, and the engine's text match is exactly "folded forms equal". */

// Letters that fold in interesting ways, mixed with any Unicode text.
const tricky = fc.constantFrom("İ", "I", "ı", "i", "\u0307", "ß", "ẞ", "ss", "ς", "σ", "Σ", "\ufb01", "Ａ", "a", "e\u0301", "é", " ", "\u00a0", "\u3000", "K", "\u212a");
const text = fc.oneof(fc.string({ unit: "grapheme", maxLength: 12 }), fc.array(tricky, { maxLength: 8 }).map((parts) => parts.join("")), fc.string({ unit: "binary", maxLength: 8 }));

describe("foldText (properties)", () => {
  it("is idempotent", () => {
    fc.assert(fc.property(text, (value) => foldText(foldText(value)) === foldText(value)), { numRuns: 2000 });
  });

  it("eq matches exactly when the folded forms are equal", () => {
    fc.assert(
      fc.property(text, text, (wanted, value) => {
        fc.pre(foldText(wanted) !== "");
        const icp = icpOf([{ id: "eq", field: "firmographic.industry", op: "eq", value: wanted, points: 10 }]);
        const outcome = scoreLead({ firmographic: { industry: value } }, icp).rules[0]?.outcome;
        if (foldText(value) === "") expect(outcome).toBe("unknown");
        else expect(outcome).toBe(foldText(value) === foldText(wanted) ? "match" : "miss");
      }),
      { numRuns: 1000 },
    );
  });

  it("eq matches a value and its folded form", () => {
    fc.assert(
      fc.property(text, (value) => {
        fc.pre(foldText(value) !== "");
        const icp = icpOf([{ id: "eq", field: "firmographic.industry", op: "eq", value: foldText(value), points: 10 }]);
        expect(scoreLead({ firmographic: { industry: value } }, icp).rules[0]?.outcome).toBe("match");
      }),
      { numRuns: 500 },
    );
  });
});
