import { describe, expect, it } from "vitest";
import { BOUNDARY, foldTitleText, MAX_TITLE_LENGTH, titleTokens } from "../../../src/engine/title/title-tokens.js";

const B = BOUNDARY;

describe("titleTokens", () => {
  it.each<[string, string[]]>([
    ["Sr. Dir. of IT Ops", ["sr", "dir", "of", "it", "ops"]],
    ["VP, Eng", ["vp", B, "eng"]],
    ["vp-engineering", ["vp", "engineering"]],
    ["Co-Founder", ["co", "founder"]],
    ["SVP/GM", ["svp", B, "gm"]],
    ["CFO - Head of HR", ["cfo", B, "head", "of", "hr"]],
    ["R&D and FP&A", ["r", "d", "and", "fp", "a"]],
    ["Sales & Marketing", ["sales", B, "marketing"]],
    ["Director—Sales", ["director", "sales"]],
    ["Entwickler (m/w/d)", ["entwickler", B, "m", B, "w", B, "d"]],
    ["CEO | Founder | Investor", ["ceo", B, "founder", B, "investor"]],
    ["  ,, VP ;; ", ["vp"]],
    ["Senior Engineer @ Acme Sales", ["senior", "engineer"]],
    ["Head of Sales at Data Corp", ["head", "of", "sales"]],
    ["Leiter Vertrieb bei Muster GmbH", ["leiter", "vertrieb"]],
    ["Directrice Générale chez Acme", ["directrice", "generale"]],
    ["🚀", []],
    ["", []],
  ])("%j", (title, tokens) => {
    expect(titleTokens(title)).toEqual(tokens);
  });

  it("reads only the first MAX_TITLE_LENGTH characters", () => {
    expect(titleTokens(`${"a".repeat(MAX_TITLE_LENGTH - 4)} ceo`)).toEqual(["a".repeat(MAX_TITLE_LENGTH - 4), "ceo"]);
    expect(titleTokens(`${"a".repeat(MAX_TITLE_LENGTH - 3)} ceo`)).toEqual(["a".repeat(MAX_TITLE_LENGTH - 3), "ce"]);
  });
});

describe("foldTitleText", () => {
  it.each([
    ["Geschäftsführer", "geschaftsfuhrer"],
    ["GESCHÄFTSFÜHRER", "geschaftsfuhrer"],
    ["Außendienst", "aussendienst"],
    ["Diseñadora Gráfica", "disenadora grafica"],
    ["Cœur", "coeur"],
    ["ＶＰ Ｓａｌｅｓ", "vp sales"],
    ["ﬁnance", "finance"],
  ])("%j is %j", (text, folded) => {
    expect(foldTitleText(text)).toBe(folded);
  });
});
