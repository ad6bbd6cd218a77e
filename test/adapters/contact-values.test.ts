import { describe, expect, it } from "vitest";
import { BUYING_ROLE_CODES, DEPARTMENT_CODES, SENIORITY_CODES, compileMapping } from "../../src/adapters/index.js";
import { contactCodeReader } from "../../src/adapters/contact-values.js";
import { BuyingRoleSchema, DepartmentSchema, SenioritySchema } from "../../src/index.js";

/* CRM codes for seniority, department and buying role, onto icpfit's contact vocabulary. */

const read = (path: string, value: unknown): unknown => contactCodeReader(path)?.(value);

describe("code tables", () => {
  it("map onto the vocabulary only, and know each vocabulary word itself", () => {
    for (const value of SENIORITY_CODES.values()) expect(SenioritySchema.safeParse(value).success).toBe(true);
    for (const value of DEPARTMENT_CODES.values()) expect(DepartmentSchema.safeParse(value).success).toBe(true);
    for (const value of BUYING_ROLE_CODES.values()) expect(BuyingRoleSchema.safeParse(value).success).toBe(true);
    for (const word of SenioritySchema.options) expect(read("contact.seniority", word)).toBe(word);
    for (const word of DepartmentSchema.options) expect(read("contact.department", word)).toBe(word);
    for (const word of BuyingRoleSchema.options) expect(read("contact.buyingRole", word)).toBe(word);
    expect([...SENIORITY_CODES.keys(), ...DEPARTMENT_CODES.keys(), ...BUYING_ROLE_CODES.keys()]).not.toContain("");
  });
});

describe("contactCodeReader", () => {
  it("reads HubSpot's hs_buying_role values, case and punctuation ignored", () => {
    const expected: Record<string, unknown> = {
      DECISION_MAKER: "decision-maker",
      EXECUTIVE_SPONSOR: "decision-maker",
      BUDGET_HOLDER: "economic-buyer",
      CHAMPION: "champion",
      INFLUENCER: "influencer",
      LEGAL_AND_COMPLIANCE: "influencer",
      END_USER: "user",
      BLOCKER: "BLOCKER",
      OTHER: "OTHER",
      "Decision Maker": "decision-maker",
    };
    for (const [code, role] of Object.entries(expected)) expect(read("contact.buyingRole", code), code).toBe(role);
  });

  it("picks the strongest role of a multiple-checkbox value", () => {
    expect(read("contact.buyingRole", "END_USER;CHAMPION")).toBe("champion");
    expect(read("contact.buyingRole", "CHAMPION;BUDGET_HOLDER;DECISION_MAKER")).toBe("decision-maker");
    expect(read("contact.buyingRole", "BLOCKER;END_USER")).toBe("user");
    expect(read("contact.buyingRole", "BLOCKER;OTHER")).toBe("BLOCKER;OTHER");
  });

  it("reads Salesforce's OpportunityContactRole.Role values", () => {
    const expected: Record<string, string> = {
      "Business User": "user",
      "Decision Maker": "decision-maker",
      "Economic Buyer": "economic-buyer",
      "Economic Decision Maker": "economic-buyer",
      Evaluator: "influencer",
      "Executive Sponsor": "decision-maker",
      Influencer: "influencer",
      "Technical Buyer": "influencer",
      Other: "Other",
    };
    for (const [code, role] of Object.entries(expected)) expect(read("contact.buyingRole", code), code).toBe(role);
  });

  it("reads seniority levels from enrichment vendors", () => {
    const expected: Record<string, string> = {
      executive: "cxo", "C-Level": "cxo", CXO: "cxo", "Vice President": "vp", VP: "vp", SVP: "vp", Director: "director",
      "Head of": "director", Manager: "manager", Senior: "senior", Employee: "entry", "Entry level": "entry", Intern: "intern",
      training: "intern", unpaid: "intern", Owner: "owner", Partner: "owner", Founder: "owner",
    };
    for (const [code, level] of Object.entries(expected)) expect(read("contact.seniority", code), code).toBe(level);
  });

  it("reads job functions and employment roles", () => {
    const expected: Record<string, string> = {
      engineering: "engineering", "R&D": "engineering", "Information Technology": "it", information_technology: "it",
      human_resources: "hr", Recruiting: "hr", "Customer Service": "customer-success", "Customer Success": "customer-success",
      "Business Development": "sales", public_relations: "marketing", leadership: "executive", Purchasing: "procurement",
      "Data Science": "data", InfoSec: "security", Accounting: "finance", "Legal & Compliance": "legal", "Supply Chain": "operations",
    };
    for (const [code, department] of Object.entries(expected)) expect(read("contact.department", code), code).toBe(department);
  });

  it("keeps anything else as it is written, and never throws", () => {
    expect(read("contact.department", "Underwater basket weaving")).toBe("Underwater basket weaving");
    expect(read("contact.seniority", "---")).toBe("---");
    const long = "vp".repeat(500);
    expect(read("contact.seniority", long)).toBe(long);
    for (const junk of [5, null, {}, ["VP"], true]) expect(read("contact.seniority", junk)).toBe(junk);
    expect(contactCodeReader("contact.title")).toBeUndefined();
    expect(contactCodeReader("firmographic.industry")).toBeUndefined();
  });

  it("applies to every mapped contact column, typed or not", () => {
    for (const typed of [false, true]) {
      const mapper = compileMapping(["Level", "Function", "Role", "Title"], { "contact.seniority": "Level", "contact.department": "Function", "contact.buyingRole": "Role", "contact.title": "Title" }, { typed });
      expect(mapper.toLead(["Vice President", "Information Technology", "BUDGET_HOLDER", "VP IT"])).toEqual({
        contact: { seniority: "vp", department: "it", buyingRole: "economic-buyer", title: "VP IT" },
      });
    }
  });
});
