import { describe, expect, it } from "vitest";
import { leadFields, safeParseIcp, scoreLead } from "../../src/index.js";
import { icpOf } from "../engine/fixtures.js";

/* Field paths: the catalogue from the lead schema, the kinds that gate operators, and own-property reads. */

describe("leadFields", () => {
  it("lists every lead field with its kind", () => {
    const fields = leadFields();
    expect(Object.fromEntries(fields)).toMatchObject({
      id: "id",
      name: "text",
      email: "text",
      domain: "text",
      "firmographic.industry": "text",
      "firmographic.employees": "number",
      "firmographic.annualRevenue": "number",
      "firmographic.foundedYear": "number",
      "technographic.technologies": "list",
      "behavioral.lastActivityAt": "date",
      "behavioral.intentScore": "number",
      painPoints: "list",
      goals: "list",
      "psychographic.values": "list",
    });
    expect(fields.has("attributes")).toBe(false);
    expect([...fields.keys()].some((key) => key.startsWith("attributes"))).toBe(false);
  });
});

describe("field paths in ICPs", () => {
  const pathIssue = (field: string): string | undefined => {
    const result = safeParseIcp(icpOf([{ id: "r", field, op: "exists", points: 1 }]));
    return result.success ? undefined : result.error.issues[0]?.message;
  };

  it("accepts schema fields and any attributes key, at any depth", () => {
    for (const field of ["domain", "firmographic.country", "attributes.plan", "attributes.billing.plan", " firmographic.region "]) {
      expect(pathIssue(field), field).toBeUndefined();
    }
  });

  it("rejects unknown fields with a suggestion when one is close", () => {
    expect(pathIssue("firmographic.employes")).toContain('did you mean "firmographic.employees"?');
    expect(pathIssue("employees")).toContain('did you mean "firmographic.employees"?');
    expect(pathIssue("headcount")).not.toContain("did you mean");
    expect(pathIssue("firmographic")).toContain("is not a lead field");
    expect(pathIssue("firmographic.industry.name")).toContain("is not a lead field");
  });

  it("rejects malformed paths", () => {
    expect(pathIssue("attributes")).toBe('"attributes" needs a key, e.g. "attributes.plan"');
    expect(pathIssue("firmographic..industry")).toContain("empty segment");
    expect(pathIssue(".domain")).toContain("empty segment");
  });

  it("reads nested attributes but only own properties", () => {
    const icp = icpOf([{ id: "r", field: "attributes.billing.plan", op: "eq", value: "pro", points: 1 }]);
    expect(scoreLead({ attributes: { billing: { plan: "Pro" } } }, icp).score).toBe(100);
    expect(scoreLead(Object.create({ attributes: { billing: { plan: "pro" } } }), icp).rules[0]?.outcome).toBe("unknown");
    expect(scoreLead({ attributes: Object.create({ billing: { plan: "pro" } }) }, icp).rules[0]?.outcome).toBe("unknown");
    expect(scoreLead({ attributes: [{ billing: { plan: "pro" } }] }, icp).rules[0]?.outcome).toBe("unknown");
  });
});
