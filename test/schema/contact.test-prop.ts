import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bindMapping, mappedFieldSource, mappingOf } from "../../src/adapters/map-record.js";
import { compileIcpFrom } from "../../src/engine/compile.js";
import { IcpResultSchema, compileIcp, emailDomain, isFreeMail, type IcpInput } from "../../src/index.js";

/* Scoring never throws on a malformed contact, and the derived fields are total. */

const personaRules: IcpInput = {
  id: "persona",
  version: "1",
  name: "Every contact field",
  rules: [
    { id: "title", field: "contact.title", op: "contains", value: "vp", points: 10 },
    { id: "seniority", field: "contact.seniority", op: "in", value: ["vp", "cxo"], points: 10 },
    { id: "department", field: "contact.department", op: "eq", value: "engineering", points: 10 },
    { id: "role", field: "contact.buyingRole", op: "notIn", value: ["user"], points: 10 },
    { id: "country", field: "contact.country", op: "startsWith", value: "D", points: 5 },
    { id: "income", field: "contact.incomeBand", op: "eq", value: "50k-100k", points: 5 },
    { id: "email", field: "contact.email", op: "exists", points: 5 },
    { id: "pains", field: "contact.painPoints", op: "includesAny", value: ["cost"], points: 5 },
    { id: "goals", field: "contact.goals", op: "includesAll", value: ["speed"], points: 5 },
    { id: "domain", field: "contact.emailDomain", op: "in", value: ["acme.io"], points: 5 },
    { id: "free", field: "contact.freeMail", op: "eq", value: true, points: -10 },
    { id: "business", any: [{ field: "contact.freeMail", op: "neq", value: true }, { not: { field: "contact.emailDomain", op: "exists" } }], points: 5 },
    { id: "free-out", field: "contact.freeMail", op: "eq", value: true, effect: "exclude" },
  ],
};

const email = fc.oneof(
  fc.emailAddress(),
  fc.constantFrom("a@gmail.com", "A@GMAIL.COM ", "@", "a@b@c", "a@", "@acme.io", "x@za.com", "x@acme.za.com", "", "  ", "n/a", "Ana <ana@acme.io>"),
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.anything(),
);
const contactValue = fc.oneof(
  fc.anything(),
  fc.record(
    {
      title: fc.oneof(fc.string(), fc.anything()),
      seniority: fc.oneof(fc.constantFrom("vp", "cxo", "VP", "intern"), fc.anything()),
      department: fc.oneof(fc.constantFrom("engineering", "Engineering"), fc.anything()),
      buyingRole: fc.oneof(fc.constantFrom("user", "champion"), fc.anything()),
      country: fc.anything(),
      incomeBand: fc.anything(),
      email,
      painPoints: fc.oneof(fc.array(fc.string()), fc.anything()),
      goals: fc.anything(),
    },
    { requiredKeys: [] },
  ),
);

describe("scoring a lead with any contact", () => {
  it("never throws, and the result is a valid, consistent ledger", () => {
    const scorer = compileIcp(personaRules);
    fc.assert(
      fc.property(contactValue, fc.option(email, { nil: undefined }), (contact, leadEmail) => {
        const lead: Record<string, unknown> = { contact };
        if (leadEmail !== undefined) lead["email"] = leadEmail;
        const result = scorer.score(lead);
        expect(IcpResultSchema.safeParse(result).success).toBe(true);
        expect(result.points).toBeCloseTo(result.rules.reduce((sum, rule) => sum + rule.points, 0), 9);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
      }),
      { numRuns: 1000 },
    );
  });

  it("reads a contact cell by cell exactly as from the lead built of the row", () => {
    const headers = ["e", "ce", "s", "b", "c"];
    const mapping = { email: "e", "contact.email": "ce", "contact.seniority": "s", "contact.buyingRole": "b", contact: "c" };
    const direct = compileIcpFrom(personaRules, mappedFieldSource(bindMapping(headers, mapping)));
    const toLead = mappingOf(bindMapping(headers, mapping)).toLead;
    const viaLead = compileIcp(personaRules);
    fc.assert(
      fc.property(fc.tuple(email, email, fc.anything(), fc.anything(), contactValue), (row) => {
        expect(direct.score(row)).toEqual(viaLead.score(toLead(row)));
      }),
      { numRuns: 500 },
    );
  });
});

describe("emailDomain and isFreeMail", () => {
  it("never throw, and agree with each other", () => {
    fc.assert(
      fc.property(email, (value) => {
        const domain = emailDomain(value);
        const free = isFreeMail(value);
        expect(free === undefined).toBe(domain === undefined);
        if (domain !== undefined) {
          expect(domain).toBe(domain.toLowerCase());
          expect(domain.split(".").length).toBeGreaterThanOrEqual(2);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("find the domain of every generated address", () => {
    fc.assert(
      fc.property(fc.emailAddress(), (address) => {
        expect(emailDomain(address)).toBe(address.slice(address.lastIndexOf("@") + 1).toLowerCase());
      }),
      { numRuns: 1000 },
    );
  });
});
