import { describe, expect, it } from "vitest";
import { outcomeOf } from "./fixtures.js";

/*
 * Text operators compare folded text (foldText: NFKC, trimmed, case-folded), the rule's value when
 * the ICP is compiled and the lead's when it is scored; `caseSensitive: true` compares trimmed text
 * exactly. Issue 15, point 4.
 */

const city = (value: unknown): unknown => ({ attributes: { city: value } });
const tech = (technologies: unknown): unknown => ({ technographic: { technologies } });
const NFD_CAFE = "Cafe\u0301";

describe("text operators fold text as users read it", () => {
  it("eq / neq: İstanbul, NFD Café and full-width Ａｃｍｅ", () => {
    expect(outcomeOf({ field: "attributes.city", op: "eq", value: "istanbul" }, city("İstanbul"))).toBe("match");
    expect(outcomeOf({ field: "attributes.city", op: "eq", value: "İSTANBUL" }, city("istanbul"))).toBe("match");
    expect(outcomeOf({ field: "attributes.city", op: "eq", value: "Café" }, city(NFD_CAFE))).toBe("match");
    expect(outcomeOf({ field: "name", op: "eq", value: "acme" }, { name: "Ａｃｍｅ" })).toBe("match");
    expect(outcomeOf({ field: "attributes.city", op: "neq", value: "Straße" }, city("STRASSE"))).toBe("miss");
  });

  it("in / notIn", () => {
    const isIn = { field: "attributes.city", op: "in", value: ["Köln", "İzmir"] } as const;
    expect(outcomeOf(isIn, city("IZMIR"))).toBe("match");
    expect(outcomeOf(isIn, city("Ko\u0308ln"))).toBe("match");
    expect(outcomeOf({ ...isIn, op: "notIn" }, city("izmir"))).toBe("miss");
  });

  it("includesAny / includesAll / includesNone, for arrays and for text lists", () => {
    const any = { field: "technographic.technologies", op: "includesAny", value: ["Ｓｌａｃｋ"] } as const;
    expect(outcomeOf(any, tech(["slack"]))).toBe("match");
    expect(outcomeOf(any, tech("Jira; SLACK"))).toBe("match");
    expect(outcomeOf({ ...any, op: "includesAll", value: ["ﬁgma", "Café"] }, tech(["FIGMA", NFD_CAFE]))).toBe("match");
    expect(outcomeOf({ ...any, op: "includesNone" }, tech(["Slack"]))).toBe("miss");
  });

  it("contains / startsWith", () => {
    expect(outcomeOf({ field: "name", op: "contains", value: "strasse" }, { name: "Hauptstraße 1" })).toBe("match");
    expect(outcomeOf({ field: "name", op: "startsWith", value: "İst" }, { name: "istanbul Tech" })).toBe("match");
    expect(outcomeOf({ field: "name", op: "contains", value: "οδοσ" }, { name: "ΟΔΟΣ" })).toBe("match");
  });

  it("keeps accents apart", () => {
    expect(outcomeOf({ field: "attributes.city", op: "eq", value: "Koln" }, city("Köln"))).toBe("miss");
  });

  it("caseSensitive compares trimmed text exactly: no case folding, no normalisation", () => {
    const strict = { field: "attributes.city", op: "eq", value: "Café", caseSensitive: true } as const;
    expect(outcomeOf(strict, city(" Café "))).toBe("match");
    expect(outcomeOf(strict, city(NFD_CAFE))).toBe("miss");
    expect(outcomeOf(strict, city("café"))).toBe("miss");
    expect(outcomeOf({ field: "technographic.technologies", op: "includesAny", value: ["Slack"], caseSensitive: true }, tech(["Ｓｌａｃｋ"]))).toBe("miss");
  });
});
