import { describe, expect, it } from "vitest";
import { ContactSchema, formatPath, leadJsonSchema, parseLead, safeParseLead } from "../../src/index.js";
import { schemaErrors } from "./json-schema-check.js";

/* The contact section of a lead: the strict gate (ContactSchema inside LeadSchema) and its JSON Schema. */

const contact = {
  title: " Sr. Dir. of IT Ops ",
  seniority: "director",
  department: "it",
  buyingRole: "economic-buyer",
  country: "DE",
  incomeBand: "50k-100k",
  email: "ana@acme.io",
  painPoints: ["manual provisioning"],
  goals: ["fewer tickets"],
} as const;

function problems(input: unknown): string[] {
  const result = safeParseLead(input);
  return result.success ? [] : result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
}

describe("ContactSchema", () => {
  it("accepts a complete contact, trimming the title", () => {
    expect(ContactSchema.parse(contact)).toEqual({ ...contact, title: "Sr. Dir. of IT Ops" });
    expect(parseLead({ firmographic: { industry: "Software" }, contact }).contact?.seniority).toBe("director");
    expect(parseLead({ contact: {} })).toEqual({ contact: {} });
  });

  it("takes seniority, department and buying role from the contact vocabulary only", () => {
    const found = problems({ contact: { seniority: "VP", department: "Engineering", buyingRole: "blocker" } });
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/^contact\.seniority: /);
    expect(found[1]).toMatch(/^contact\.department: /);
    expect(found[2]).toMatch(/^contact\.buyingRole: /);
  });

  it("rejects blank text, unknown keys and the derived fields, which are never stored", () => {
    expect(problems({ contact: { title: "  " } })).toHaveLength(1);
    expect(problems({ contact: { painPoints: ["ok", ""] } })).toHaveLength(1);
    expect(problems({ contact: { jobTitle: "CTO" } })[0]).toMatch(/^contact\.jobTitle: /);
    expect(problems({ contact: { freeMail: true } })[0]).toMatch(/^contact\.freeMail: /);
    expect(problems({ contact: { emailDomain: "acme.io" } })[0]).toMatch(/^contact\.emailDomain: /);
  });

  it("names the path of a malformed contact", () => {
    expect(problems({ contact: 5 })[0]).toMatch(/^contact: /);
    expect(problems({ contact: { email: {} } })[0]).toMatch(/^contact\.email: /);
  });
});

describe("leadJsonSchema", () => {
  it("describes the contact section with the vocabulary enums, strictly", () => {
    const properties = leadJsonSchema()["properties"] as Record<string, { properties: Record<string, { enum?: string[] }>; additionalProperties?: unknown }>;
    const section = properties["contact"];
    expect(Object.keys(section?.properties ?? {})).toEqual(["title", "seniority", "department", "buyingRole", "country", "incomeBand", "email", "painPoints", "goals"]);
    expect(section?.properties["seniority"]?.enum).toContain("cxo");
    expect(section?.properties["department"]?.enum).toContain("customer-success");
    expect(section?.properties["buyingRole"]?.enum).toEqual(["decision-maker", "economic-buyer", "champion", "influencer", "user"]);
    expect(section?.additionalProperties).toBe(false);
  });

  it("accepts and rejects contacts as parseLead does", () => {
    const schema = leadJsonSchema();
    for (const lead of [{ contact }, { contact: {} }, { contact: { seniority: "VP" } }, { contact: { freeMail: true } }, { contact: { title: "" } }, { contact: 5 }]) {
      expect(schemaErrors(schema, lead).length === 0, JSON.stringify(lead)).toBe(safeParseLead(lead).success);
    }
  });
});
