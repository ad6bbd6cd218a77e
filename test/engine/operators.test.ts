import { describe, expect, it } from "vitest";
import { compileIcp } from "../../src/index.js";
import { icpOf, MISSING_REASON, WRONG_TYPE_REASON, outcomeOf, ruleOf } from "./fixtures.js";

/* Text, set, list, existence and text-match operators. Numbers: operators-numeric; dates: operators-time. */

const industry = (industry: unknown): unknown => ({ firmographic: { industry } });
const tech = (technologies: unknown): unknown => ({ technographic: { technologies } });
const attribute = (value: unknown): unknown => ({ attributes: { flag: value } });

describe("eq / neq on text", () => {
  const eq = { field: "firmographic.industry", op: "eq", value: "Software" } as const;

  it("matches trimmed, case-insensitive text by default", () => {
    expect(outcomeOf(eq, industry("Software"))).toBe("match");
    expect(outcomeOf(eq, industry("  sOFTWARE \t"))).toBe("match");
    expect(outcomeOf(eq, industry("Soft ware"))).toBe("miss");
  });

  it("honours caseSensitive but still trims", () => {
    const strict = { ...eq, caseSensitive: true } as const;
    expect(outcomeOf(strict, industry("software"))).toBe("miss");
    expect(outcomeOf(strict, industry(" Software "))).toBe("match");
  });

  it("reads numbers and booleans as their text", () => {
    expect(outcomeOf({ field: "firmographic.country", op: "eq", value: "1" }, { firmographic: { country: 1 } })).toBe("match");
    expect(outcomeOf({ field: "attributes.flag", op: "eq", value: "true" }, attribute(true))).toBe("match");
  });

  it("is unknown for missing data, with a reason naming the field", () => {
    for (const missing of [undefined, null, "", "   "]) {
      const result = ruleOf(eq, industry(missing));
      expect(result.outcome).toBe("unknown");
      expect(result.reason).toMatch(MISSING_REASON);
      expect(result.reason).toContain("firmographic.industry");
    }
    expect(outcomeOf(eq, {})).toBe("unknown");
    expect(outcomeOf(eq, { firmographic: null })).toBe("unknown");
  });

  it("is unknown for values of the wrong type", () => {
    for (const wrong of [["Software"], { name: "Software" }, Number.NaN, Number.POSITIVE_INFINITY]) {
      const result = ruleOf(eq, industry(wrong));
      expect(result.outcome).toBe("unknown");
      expect(result.reason).toMatch(WRONG_TYPE_REASON);
    }
  });

  it("neq is the complement when known and unknown when not", () => {
    const neq = { field: "firmographic.country", op: "neq", value: "US" } as const;
    expect(outcomeOf(neq, { firmographic: { country: "DE" } })).toBe("match");
    expect(outcomeOf(neq, { firmographic: { country: " us " } })).toBe("miss");
    expect(outcomeOf(neq, {})).toBe("unknown");
  });
});

describe("eq / neq on numbers and booleans", () => {
  const employees = (employees: unknown): unknown => ({ firmographic: { employees } });

  it("compares numbers after lenient reading", () => {
    const eq = { field: "firmographic.employees", op: "eq", value: 1200 } as const;
    expect(outcomeOf(eq, employees(1200))).toBe("match");
    expect(outcomeOf(eq, employees("1,200"))).toBe("match");
    expect(outcomeOf(eq, employees("1.2k"))).toBe("match");
    expect(outcomeOf(eq, employees(1201))).toBe("miss");
    expect(outcomeOf(eq, employees(Number.NaN))).toBe("unknown");
    expect(outcomeOf(eq, employees(true))).toBe("unknown");
    expect(outcomeOf({ field: "firmographic.employees", op: "neq", value: 1200 }, employees("1,200"))).toBe("miss");
  });

  it("compares booleans written as text or 0/1", () => {
    const eq = { field: "attributes.flag", op: "eq", value: true } as const;
    expect(outcomeOf(eq, attribute(true))).toBe("match");
    expect(outcomeOf(eq, attribute(" YES "))).toBe("match");
    expect(outcomeOf(eq, attribute(1))).toBe("match");
    expect(outcomeOf(eq, attribute("no"))).toBe("miss");
    expect(outcomeOf(eq, attribute(0))).toBe("miss");
    expect(outcomeOf(eq, attribute("maybe"))).toBe("unknown");
    expect(outcomeOf(eq, attribute(null))).toBe("unknown");
    expect(outcomeOf({ field: "attributes.flag", op: "neq", value: true }, attribute("false"))).toBe("match");
  });
});

describe("in / notIn", () => {
  const isIn = { field: "firmographic.industry", op: "in", value: ["Software", "IT Services"] } as const;

  it("matches any listed value, trimmed and case-insensitive", () => {
    expect(outcomeOf(isIn, industry("it services"))).toBe("match");
    expect(outcomeOf(isIn, industry(" Software "))).toBe("match");
    expect(outcomeOf(isIn, industry("Retail"))).toBe("miss");
    expect(outcomeOf(isIn, industry(null))).toBe("unknown");
    expect(outcomeOf(isIn, industry(["Software"]))).toBe("unknown");
  });

  it("honours caseSensitive", () => {
    expect(outcomeOf({ ...isIn, caseSensitive: true }, industry("software"))).toBe("miss");
    expect(outcomeOf({ ...isIn, caseSensitive: true }, industry("Software "))).toBe("match");
  });

  it("notIn is the complement when known and unknown when not", () => {
    const notIn = { field: "firmographic.industry", op: "notIn", value: ["Government"] } as const;
    expect(outcomeOf(notIn, industry("Software"))).toBe("match");
    expect(outcomeOf(notIn, industry("GOVERNMENT"))).toBe("miss");
    expect(outcomeOf(notIn, industry(""))).toBe("unknown");
  });

  it("compares listed numbers as numbers, like eq", () => {
    const sizes = { field: "firmographic.employees", op: "in", value: [10, 1200] } as const;
    expect(outcomeOf(sizes, { firmographic: { employees: 1200 } })).toBe("match");
    expect(outcomeOf(sizes, { firmographic: { employees: "1,200" } })).toBe("match");
    expect(outcomeOf(sizes, { firmographic: { employees: "10.0" } })).toBe("match");
    expect(outcomeOf(sizes, { firmographic: { employees: 11 } })).toBe("miss");
    const notIn = { field: "firmographic.employees", op: "notIn", value: [1200] } as const;
    expect(outcomeOf(notIn, { firmographic: { employees: "1,200" } })).toBe("miss");
  });
});

describe("includesAny / includesAll / includesNone", () => {
  const any = { field: "technographic.technologies", op: "includesAny", value: ["Slack", "Jira"] } as const;
  const all = { field: "technographic.technologies", op: "includesAll", value: ["Slack", "Jira"] } as const;
  const none = { field: "technographic.technologies", op: "includesNone", value: ["Asana"] } as const;

  it("reads arrays, trimmed and case-insensitive", () => {
    expect(outcomeOf(any, tech(["HubSpot", " slack "]))).toBe("match");
    expect(outcomeOf(any, tech(["HubSpot"]))).toBe("miss");
    expect(outcomeOf(all, tech(["JIRA", "slack", "Zoom"]))).toBe("match");
    expect(outcomeOf(all, tech(["Slack"]))).toBe("miss");
    expect(outcomeOf(none, tech(["Slack"]))).toBe("match");
    expect(outcomeOf(none, tech(["asana", "Slack"]))).toBe("miss");
  });

  it("splits CRM multi-select text on ; and ,", () => {
    expect(outcomeOf(all, tech("Slack; Jira"))).toBe("match");
    expect(outcomeOf(all, tech("jira,slack"))).toBe("match");
    expect(outcomeOf(any, tech("Zoom;;Teams"))).toBe("miss");
    expect(outcomeOf(none, tech("Slack, Asana"))).toBe("miss");
  });

  it("honours caseSensitive", () => {
    expect(outcomeOf({ ...any, caseSensitive: true }, tech(["slack"]))).toBe("miss");
    expect(outcomeOf({ ...any, caseSensitive: true }, tech([" Slack"]))).toBe("match");
  });

  it("treats empty lists as missing, never as evidence", () => {
    for (const empty of [[], "", " ; , ", [null, ""], null, undefined]) {
      const result = ruleOf(none, tech(empty));
      expect(result.outcome).toBe("unknown");
      expect(result.reason).toMatch(MISSING_REASON);
    }
  });

  it("keeps readable items and reports unreadable lists as the wrong type", () => {
    expect(outcomeOf(any, tech([{ name: "Slack" }, "Jira"]))).toBe("match");
    expect(outcomeOf(any, tech([1, "x"]))).toBe("miss");
    for (const wrong of [[{ name: "Slack" }], 42, { 0: "Slack" }, [Number.NaN]]) {
      expect(ruleOf(all, tech(wrong)).reason).toMatch(WRONG_TYPE_REASON);
    }
  });
});

describe("exists", () => {
  const exists = { field: "attributes.flag", op: "exists" } as const;

  it("matches any present value, including 0 and false", () => {
    for (const present of ["x", 0, false, ["a"], { a: 1 }, new Date(0)]) {
      expect(outcomeOf(exists, attribute(present))).toBe("match");
    }
  });

  it("misses absent values and is never unknown", () => {
    for (const absent of [undefined, null, "", "  ", [], Number.NaN, new Date(Number.NaN)]) {
      expect(outcomeOf(exists, attribute(absent))).toBe("miss");
    }
    expect(outcomeOf(exists, {})).toBe("miss");
    expect(outcomeOf(exists, null)).toBe("miss");
  });
});

describe("contains / startsWith", () => {
  const contains = { field: "email", op: "contains", value: "@Acme." } as const;
  const startsWith = { field: "domain", op: "startsWith", value: "app." } as const;

  it("matches substrings and prefixes, case-insensitive and trimmed", () => {
    expect(outcomeOf(contains, { email: "Jo@acme.io" })).toBe("match");
    expect(outcomeOf(contains, { email: "jo@acmecorp.io" })).toBe("miss");
    expect(outcomeOf(startsWith, { domain: "  APP.example.com" })).toBe("match");
    expect(outcomeOf(startsWith, { domain: "www.app.example.com" })).toBe("miss");
  });

  it("honours caseSensitive", () => {
    expect(outcomeOf({ ...contains, caseSensitive: true }, { email: "jo@acme.io" })).toBe("miss");
    expect(outcomeOf({ ...contains, caseSensitive: true }, { email: "jo@Acme.io" })).toBe("match");
  });

  it("reads numbers as text and is unknown without text", () => {
    expect(outcomeOf({ field: "attributes.code", op: "startsWith", value: "12" }, { attributes: { code: 1234 } })).toBe("match");
    expect(outcomeOf(contains, {})).toBe("unknown");
    expect(outcomeOf(contains, { email: ["jo@acme.io"] })).toBe("unknown");
  });
});

describe("the per-rule memo of what a text gives", () => {
  it("never changes a result: the same text scores the same after many distinct texts, and after the memo stops looking", () => {
    const icp = icpOf([
      { id: "name", field: "name", op: "contains", value: "tech", points: 10 },
      { id: "industry", field: "firmographic.industry", op: "eq", value: "Software", points: 10 },
    ]);
    const lead = { name: "Acme TECH GmbH", firmographic: { industry: " software" } };
    const fresh = compileIcp(icp).score(lead);
    const used = compileIcp(icp);
    // Far more distinct texts than the memo holds, so it fills up and then stops looking them up.
    for (let index = 0; index < 20_000; index++) used.score({ name: `Company ${index} tech`, firmographic: { industry: `Industry ${index}` } });
    expect(used.score(lead)).toEqual(fresh);
    expect(used.score({ name: "Low-tech Ltd", firmographic: { industry: "Retail" } }).rules.map((rule) => rule.outcome)).toEqual(["match", "miss"]);
    expect(used.score({ name: "Ａｃｍｅ Ｔｅｃｈ".repeat(20), firmographic: { industry: "SOFTWARE" } }).rules.map((rule) => rule.outcome)).toEqual(["match", "match"]);
  });
});
