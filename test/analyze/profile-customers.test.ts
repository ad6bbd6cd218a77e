import { describe, expect, it } from "vitest";
import { IcpError } from "../../src/index.js";
import { profileCustomers } from "../../src/analyze/index.js";

const leads = [
  { firmographic: { industry: "Software", employees: 100 }, technographic: { technologies: ["Slack", "Jira"] }, attributes: { plan: "pro" } },
  { firmographic: { industry: "software ", employees: 200 }, technographic: { technologies: ["slack"] } },
  { firmographic: { industry: "Retail", employees: 300 }, attributes: { plan: "" } },
  { firmographic: { employees: "400" } },
];

describe("profileCustomers", () => {
  const profile = profileCustomers(leads);
  const byField = new Map(profile.attributes.map((a) => [a.field, a]));

  it("profiles every field path seen, in order of first appearance", () => {
    expect(profile.n).toBe(4);
    expect([...byField.keys()]).toEqual(["firmographic.industry", "firmographic.employees", "technographic.technologies", "attributes.plan"]);
  });

  it("groups text case-insensitively, as the engine compares it, with shares among present values", () => {
    const industry = byField.get("firmographic.industry");
    expect(industry?.kind).toBe("categorical");
    expect(industry?.coverage).toBe(0.75);
    expect(industry?.top).toEqual([
      { value: "Software", count: 2, share: 0.666667 },
      { value: "Retail", count: 1, share: 0.333333 },
    ]);
  });

  it("groups text by the engine's folded form: İstanbul, NFD Café and full-width names join their plain spelling", () => {
    const cities = profileCustomers([
      { attributes: { city: "İstanbul" } },
      { attributes: { city: "istanbul" } },
      { attributes: { city: "ISTANBUL" } },
      { attributes: { city: "Café" } },
      { attributes: { city: "Cafe\u0301" } },
      { attributes: { city: "Ａｃｍｅ" } },
      { attributes: { city: "acme" } },
    ]).attributes[0];
    expect(cities?.top.map((entry) => [entry.value, entry.count])).toEqual([
      ["İstanbul", 3],
      ["Café", 2],
      ["Ａｃｍｅ", 2],
    ]);
  });

  it("summarises numbers (numeric text included) with quantiles and mean", () => {
    const employees = byField.get("firmographic.employees");
    expect(employees?.kind).toBe("numeric");
    expect(employees?.numeric).toEqual({ min: 100, p10: 130, p25: 175, median: 250, p75: 325, p90: 370, max: 400, mean: 250 });
  });

  it("counts list items once per record", () => {
    const stack = byField.get("technographic.technologies");
    expect(stack?.kind).toBe("list");
    expect(stack?.top[0]).toEqual({ value: "Slack", count: 2, share: 1 });
  });

  it("treats blank text as missing", () => {
    expect(byField.get("attributes.plan")?.present).toBe(1);
  });

  it("respects fields and topValues, and serialises to plain JSON", () => {
    const narrow = profileCustomers(leads, { fields: ["firmographic.industry"], topValues: 1 });
    expect(narrow.attributes).toHaveLength(1);
    expect(narrow.attributes[0]?.top).toHaveLength(1);
    expect(narrow.attributes[0]?.otherCount).toBe(1);
    expect(JSON.parse(JSON.stringify(narrow))).toEqual({ ...narrow, attributes: narrow.attributes });
  });

  it("is plain data: no display hook, not even a non-enumerable or symbol-keyed one", () => {
    expect(Reflect.ownKeys(profile)).toEqual(["n", "attributes"]);
    expect(structuredClone(profile)).toEqual(profile);
  });

  it("rejects bad options with IcpError INVALID_OPTIONS", () => {
    expect(() => profileCustomers(leads, { topValues: 0 })).toThrow(IcpError);
    expect(() => profileCustomers(leads, { topValues: 0 })).toThrow(/topValues/);
    expect(() => profileCustomers("nope" as unknown as unknown[])).toThrow(/records/);
  });
});
