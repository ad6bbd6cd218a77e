import { describe, expect, it } from "vitest";
import { bindMapping, mappedFieldSource, mappingOf } from "../../src/adapters/map-record.js";
import { compileIcpFrom } from "../../src/engine/compile.js";
import { compileIcp, leadFields, safeParseIcp, type IcpInput, type RuleResult } from "../../src/index.js";

/* Derived fields: contact.emailDomain and contact.freeMail, computed from the email when a rule reads them. */

const icp: IcpInput = {
  id: "persona",
  version: "1",
  name: "Persona",
  rules: [
    { id: "work-mail", field: "contact.freeMail", op: "eq", value: false, points: 10 },
    { id: "acme", field: "contact.emailDomain", op: "eq", value: "acme.io", points: 5 },
    { id: "has-domain", field: "contact.emailDomain", op: "exists", points: 5 },
    { id: "senior", field: "contact.seniority", op: "in", value: ["vp", "cxo"], points: 10 },
    { id: "eng", field: "contact.department", op: "eq", value: "engineering", points: 5 },
    { id: "title", field: "contact.title", op: "contains", value: "eng", points: 5 },
    { id: "pains", field: "contact.painPoints", op: "includesAny", value: ["cost"], points: 5 },
  ],
};
const scorer = compileIcp(icp);
const outcomes = (lead: unknown): Record<string, string> =>
  Object.fromEntries(scorer.score(lead).rules.map((rule: RuleResult) => [rule.id, rule.outcome]));

describe("contact rules", () => {
  it("compile and score through the existing operators", () => {
    const lead = { contact: { title: "VP Engineering", seniority: "vp", department: "engineering", email: "Ana@ACME.io", painPoints: ["Cost"] } };
    expect(outcomes(lead)).toEqual({ "work-mail": "match", acme: "match", "has-domain": "match", senior: "match", eng: "match", title: "match", pains: "match" });
    expect(scorer.score(lead).score).toBe(100);
    expect(scorer.fields).toContain("contact.freeMail");
  });

  it("reads a free-mail address as freeMail true", () => {
    expect(outcomes({ contact: { email: "someone@gmail.com" } })).toMatchObject({ "work-mail": "miss", acme: "miss", "has-domain": "match" });
  });

  it("fall back to the lead's own email when the contact has none", () => {
    expect(outcomes({ email: "jo@acme.io" })).toMatchObject({ "work-mail": "match", acme: "match" });
    expect(outcomes({ email: "jo@acme.io", contact: { email: "  " } })).toMatchObject({ acme: "match" });
    // The contact's own email wins over the lead's.
    expect(outcomes({ email: "jo@acme.io", contact: { email: "jo@gmail.com" } })).toMatchObject({ "work-mail": "miss", acme: "miss" });
  });

  it("are unknown, never thrown, for a missing or malformed contact", () => {
    for (const lead of [{}, { contact: null }, { contact: 5 }, { contact: "CTO" }, { contact: [] }, { contact: { email: null } }, null, 7, "x"]) {
      expect(outcomes(lead)).toMatchObject({ "work-mail": "unknown", acme: "unknown", senior: "unknown", "has-domain": "miss" });
    }
  });

  it("say an unreadable email cannot be read, and that the domain is absent", () => {
    for (const email of [{}, ["a@acme.io"], 42, true, "@", "a@b@c", "n/a", `${"a".repeat(1_000_000)}@acme.io`]) {
      const result = scorer.score({ contact: { email } });
      const work = result.rules.find((rule) => rule.id === "work-mail");
      expect(work?.outcome, String(email).slice(0, 20)).toBe("unknown");
      expect(work?.reason).toBe("Unknown: this rule cannot read the value of contact.freeMail (it expects true or false)");
      expect(result.rules.find((rule) => rule.id === "has-domain")?.outcome).toBe("miss");
    }
  });

  it("score a CSV row read cell by cell exactly as the lead built from it", () => {
    const headers = ["Email", "Contact email", "Seniority", "Department"];
    const mapping = { email: "Email", "contact.email": "Contact email", "contact.seniority": "Seniority", "contact.department": "Department" };
    const direct = compileIcpFrom(icp, mappedFieldSource(bindMapping(headers, mapping)));
    const rows = [
      ["jo@acme.io", "", "Vice President", "Engineering"],
      ["jo@acme.io", "x@gmail.com", "VP", "R&D"],
      ["", "", "", ""],
      ["junk", {}, 5, null],
    ];
    const expected = [
      { "work-mail": "match", acme: "match", senior: "match", eng: "match" },
      { "work-mail": "miss", acme: "miss", senior: "match", eng: "match" },
      { "work-mail": "unknown", acme: "unknown", senior: "unknown", eng: "unknown" },
      // A number where a word was expected reads as its text ("5"), as everywhere in the engine.
      { "work-mail": "unknown", acme: "unknown", senior: "miss", eng: "unknown" },
    ];
    const toLead = mappingOf(bindMapping(headers, mapping)).toLead;
    rows.forEach((row, index) => {
      expect(Object.fromEntries(direct.score(row).rules.map((rule) => [rule.id, rule.outcome]))).toMatchObject(expected[index] ?? {});
      expect(direct.score(row)).toEqual(scorer.score(toLead(row)));
    });
  });
});

describe("the field catalogue", () => {
  it("lists every contact path with its kind, the derived ones included", () => {
    expect(Object.fromEntries([...leadFields()].filter(([path]) => path.startsWith("contact.")))).toEqual({
      "contact.title": "text",
      "contact.seniority": "text",
      "contact.department": "text",
      "contact.buyingRole": "text",
      "contact.country": "text",
      "contact.incomeBand": "text",
      "contact.email": "text",
      "contact.painPoints": "list",
      "contact.goals": "list",
      "contact.emailDomain": "text",
      "contact.freeMail": "boolean",
    });
  });

  it("gates operators on the derived fields by their kind", () => {
    const rule = (op: string, value?: unknown) => ({ id: "r", field: "contact.freeMail", op, ...(value === undefined ? {} : { value }), points: 5 });
    for (const [op, value] of [["eq", true], ["neq", false], ["exists", undefined]] as const) {
      expect(safeParseIcp({ ...icp, rules: [rule(op, value)] }).success, op).toBe(true);
    }
    const result = safeParseIcp({ ...icp, rules: [rule("gt", 1)] });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.message).toBe('"gt" does not apply to contact.freeMail, which holds true or false; expected one of eq, neq, exists');
    expect(safeParseIcp({ ...icp, rules: [{ id: "r", field: "contact.seniorty", op: "eq", value: "vp", points: 5 }] }).success).toBe(false);
  });
});
