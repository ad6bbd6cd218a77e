import { describe, expect, it } from "vitest";
import { autoMapping, hubspotToLead, isLeadPath, salesforceToLead } from "../../src/adapters/index.js";
import { compileIcp, type IcpInput } from "../../src/index.js";

/* CRM person records (HubSpot contacts, Salesforce Leads and Contacts) fill the lead's contact section. */

const persona: IcpInput = {
  id: "buyer",
  version: "1",
  name: "Technical buyer",
  rules: [
    { id: "senior", field: "contact.seniority", op: "in", value: ["vp", "cxo", "director"], points: 10 },
    { id: "tech", field: "contact.department", op: "in", value: ["engineering", "it"], points: 10 },
    { id: "role", field: "contact.buyingRole", op: "in", value: ["decision-maker", "economic-buyer"], points: 10 },
    { id: "work-mail", field: "contact.freeMail", op: "eq", value: false, points: 5 },
  ],
};

// A HubSpot CRM v3 contact as GET /crm/v3/objects/contacts/{id}?properties=... returns it: every property is text.
const hubspotContact = {
  id: "51",
  properties: {
    createdate: "2026-10-02T09:14:51.112Z",
    email: "li.wei@acme.io",
    firstname: "Li",
    lastname: "Wei",
    hs_object_id: "51",
    jobtitle: "VP Engineering",
    hs_seniority: "vp",
    job_function: "Engineering",
    hs_buying_role: "BUDGET_HOLDER;CHAMPION",
    country: "Germany",
    lastmodifieddate: "2026-11-20T16:03:12.950Z",
    lifecyclestage: "salesqualifiedlead",
  },
  createdAt: "2026-10-02T09:14:51.112Z",
  updatedAt: "2026-11-20T16:03:12.950Z",
  archived: false,
};

describe("hubspotToLead on a contact", () => {
  it("maps job title, seniority, job function, buying role, email and country into the contact", () => {
    const lead = hubspotToLead(hubspotContact);
    expect(lead).toEqual({
      id: "51",
      email: "li.wei@acme.io",
      contact: { title: "VP Engineering", seniority: "vp", department: "engineering", buyingRole: "economic-buyer", email: "li.wei@acme.io", country: "Germany" },
      firmographic: { country: "Germany" },
      attributes: { createdate: "2026-10-02T09:14:51.112Z", firstname: "Li", lastname: "Wei", lastmodifieddate: "2026-11-20T16:03:12.950Z", lifecycleStage: "salesqualifiedlead" },
    });
    const result = compileIcp(persona).score(lead);
    expect(result.rules.map((rule) => rule.outcome)).toEqual(["match", "match", "match", "match"]);
  });

  it("maps what the CRM holds and guesses nothing from the title", () => {
    const lead = hubspotToLead({ id: "52", properties: { email: "sam@gmail.com", jobtitle: "Sr. Dir. of IT Ops", hs_seniority: null, job_function: "", hs_buying_role: "" } });
    expect(lead).toEqual({ id: "52", email: "sam@gmail.com", contact: { title: "Sr. Dir. of IT Ops", email: "sam@gmail.com" } });
    expect(compileIcp(persona).score(lead).rules.map((rule) => rule.outcome)).toEqual(["unknown", "unknown", "unknown", "miss"]);
  });

  it("reads an export row with HubSpot's labels", () => {
    expect(hubspotToLead({ "First Name": "Ana", Email: "ana@acme.io", "Job Title": "CTO", Seniority: "executive", "Buying Role": "Decision maker", "Employment Role": "information_technology" })).toEqual({
      email: "ana@acme.io",
      contact: { title: "CTO", seniority: "cxo", buyingRole: "decision-maker", department: "it", email: "ana@acme.io" },
      attributes: { firstName: "Ana" },
    });
  });

  it("keeps junk values as they are, for the scorer to report", () => {
    const lead = hubspotToLead({ id: "53", properties: { email: "@", jobtitle: "  ", hs_seniority: "ROCKSTAR", hs_buying_role: "BLOCKER", job_function: "42" } });
    expect(lead).toEqual({ id: "53", email: "@", contact: { title: "  ", seniority: "ROCKSTAR", buyingRole: "BLOCKER", department: "42", email: "@" } });
    const result = compileIcp(persona).score(lead);
    expect(result.rules.map((rule) => rule.outcome)).toEqual(["miss", "miss", "miss", "unknown"]);
  });

  it("leaves a company's country to the company", () => {
    expect(hubspotToLead({ id: "901", properties: { name: "Acme", country: "Germany", domain: "acme.io" } })).toEqual({ id: "901", name: "Acme", domain: "acme.io", firmographic: { country: "Germany" } });
  });
});

describe("salesforceToLead on a Lead or Contact", () => {
  it("maps a Contact from a SOQL result", () => {
    const record = {
      attributes: { type: "Contact", url: "/services/data/v62.0/sobjects/Contact/003Dn00000AbCdEIAZ" },
      Id: "003Dn00000AbCdEIAZ",
      FirstName: "Kim",
      LastName: "Park",
      Title: "Director, IT Infrastructure",
      Department: "Information Technology",
      Email: "kim.park@acme.com",
      MailingCountry: "United States",
      AccountId: "001Dn00000XyZaBIAV",
    };
    expect(salesforceToLead(record)).toEqual({
      id: "003Dn00000AbCdEIAZ",
      email: "kim.park@acme.com",
      contact: { title: "Director, IT Infrastructure", department: "it", country: "United States", email: "kim.park@acme.com" },
      attributes: { firstName: "Kim", lastName: "Park", accountId: "001Dn00000XyZaBIAV" },
    });
  });

  it("maps a Lead: the person's country is also the company's", () => {
    const record = { attributes: { type: "Lead" }, Id: "00QDn000001", Company: "Acme", Title: "CFO", Email: "cfo@acme.com", Country: "DE", Industry: "Software", NumberOfEmployees: 120 };
    expect(salesforceToLead(record)).toEqual({
      id: "00QDn000001",
      name: "Acme",
      email: "cfo@acme.com",
      contact: { title: "CFO", email: "cfo@acme.com", country: "DE" },
      firmographic: { country: "DE", industry: "Software", employees: 120 },
    });
  });

  it("reads an OpportunityContactRole's Role as the buying role", () => {
    expect(salesforceToLead({ attributes: { type: "OpportunityContactRole" }, Role: "Economic Decision Maker", IsPrimary: true })).toEqual({
      contact: { buyingRole: "economic-buyer" },
      attributes: { isPrimary: true },
    });
  });

  it("keeps junk values, never throwing", () => {
    const lead = salesforceToLead({ attributes: { type: "Contact" }, Title: 7, Department: { x: 1 }, Email: ["a@b.c"], MailingCountry: null });
    expect(lead).toEqual({ email: ["a@b.c"], contact: { title: 7, department: { x: 1 }, email: ["a@b.c"] } });
    expect(() => compileIcp(persona).score(lead)).not.toThrow();
  });
});

describe("mapping targets", () => {
  it("never map a column onto a derived field", () => {
    expect(isLeadPath("contact.freeMail")).toBe(false);
    expect(isLeadPath("contact.emailDomain")).toBe(false);
    expect(isLeadPath("contact.title")).toBe(true);
    expect(isLeadPath("contact")).toBe(true);
    expect(autoMapping(["Free Mail", "Email Domain", "Contact", "Title", "Buying role", "Income band"])).toEqual({
      "contact.title": "Title",
      "contact.buyingRole": "Buying role",
      "contact.incomeBand": "Income band",
    });
  });
});
