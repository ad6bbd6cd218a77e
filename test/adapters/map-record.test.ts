import { describe, expect, it } from "vitest";
import { compileMapping, hubspotToLead, mapRecord, salesforceToLead } from "../../src/adapters/index.js";
import { scoreLead } from "../../src/index.js";

const icp = {
  id: "t", version: "1", name: "T",
  rules: [
    { id: "size", field: "firmographic.employees", op: "between", value: [50, 500], points: 10 },
    { id: "revenue", field: "firmographic.annualRevenue", op: "gte", value: 5_000_000, points: 10 },
    { id: "stack", field: "technographic.technologies", op: "includesAny", value: ["Jira"], points: 10 },
    { id: "recent", field: "behavioral.lastActivityAt", op: "withinDays", value: 30, points: 10 },
    { id: "sector", field: "firmographic.industry", op: "eq", value: "Software", points: 10 },
  ],
} as const;

describe("compileMapping", () => {
  const headers = ["Company", "Employees", "Revenue", "Stack", "Last seen", "Industry"];
  const mapping = {
    name: "Company", "firmographic.employees": "Employees", "firmographic.annualRevenue": "Revenue",
    "technographic.technologies": "Stack", "behavioral.lastActivityAt": "Last seen", "firmographic.industry": "Industry",
  };

  it("builds nested leads and leaves blanks and missing values out", () => {
    const mapper = compileMapping(headers, mapping, { missingValues: ["Select"] });
    expect(mapper.toLead(["Acme", "1,200", "", "Slack;Jira", "2026-11-01", "Select"])).toEqual({
      name: "Acme",
      firmographic: { employees: "1,200" },
      technographic: { technologies: "Slack;Jira" },
      behavioral: { lastActivityAt: "2026-11-01" },
    });
    expect(mapper.toLead(["", "", "", "", "", ""])).toEqual({});
  });

  it("reports mapped columns that are not in the header, and rejects non-lead paths", () => {
    expect(compileMapping(["Company"], { name: "Company", "firmographic.employees": "Staff" }).missingColumns).toEqual([{ path: "firmographic.employees", column: "Staff" }]);
    expect(() => compileMapping(["A"], { "firmographic.headcount": "A" })).toThrow(TypeError);
    expect(() => compileMapping(["A"], { __proto__: "A" } as Record<string, string>)).not.toThrow();
  });

  it("with typed: true, reads values once and scores exactly as raw text does", () => {
    const raw = compileMapping(headers, mapping);
    const typed = compileMapping(headers, mapping, { typed: true });
    const rows = [
      ["A", "51-200", "$5M", "Slack;Jira", "2026-11-01", "software"],
      ["B", "lots", "n/a", "Jira", "yesterday", "Retail"],
      ["C", "1,200", "7,500,000", "", "2026-10-01T10:00:00Z", ""],
    ];
    expect(typed.toLead(rows[0] ?? [])).toMatchObject({ firmographic: { employees: 125.5, annualRevenue: 5_000_000 }, technographic: { technologies: ["Slack", "Jira"] } });
    for (const row of rows) {
      const now = "2026-11-15";
      expect(scoreLead(typed.toLead(row), icp, { now })).toEqual(scoreLead(raw.toLead(row), icp, { now }));
    }
  });

  it("copies nested JSON groups and adds leaves to a copy", () => {
    const group = { industry: "Software" };
    const mapper = compileMapping(["firmographic", "Employees"], { firmographic: "firmographic", "firmographic.employees": "Employees" });
    expect(mapper.toLead([group, "120"])).toEqual({ firmographic: { industry: "Software", employees: "120" } });
    expect(group).toEqual({ industry: "Software" });
  });
});

describe("mapRecord", () => {
  it("maps a flat record by lead path → key", () => {
    expect(mapRecord({ "Company name": "Acme", "Number of Employees": "51-200", Other: "x" }, { name: "Company name", "firmographic.employees": "Number of Employees" })).toEqual({
      name: "Acme",
      firmographic: { employees: "51-200" },
    });
  });
});

describe("CRM adapters", () => {
  it("turns a HubSpot API company into a lead, keeping custom properties as attributes", () => {
    const lead = hubspotToLead({ id: "901", properties: { name: "Acme", industry: "COMPUTER_SOFTWARE", numberofemployees: "120", annualrevenue: "9000000", country: "Germany", web_technologies: "slack;jira", hs_lead_status: "OPEN", plan_tier: "pro" } });
    expect(lead).toEqual({
      id: "901",
      name: "Acme",
      firmographic: { industry: "COMPUTER_SOFTWARE", employees: "120", annualRevenue: "9000000", country: "Germany" },
      technographic: { technologies: "slack;jira" },
      attributes: { leadStatus: "OPEN", planTier: "pro" },
    });
    expect(scoreLead(lead, icp, { now: "2026-11-15" }).rules.find((rule) => rule.id === "stack")?.outcome).toBe("match");
  });

  it("turns a HubSpot export row (labels) into a lead", () => {
    expect(hubspotToLead({ "Company name": "Acme", "Number of Employees": "51-200", "Country/Region": "US" })).toEqual({ name: "Acme", firmographic: { employees: "51-200", country: "US" } });
  });

  it("turns a Salesforce Account into a lead, ignoring the SOQL attributes metadata", () => {
    expect(salesforceToLead({ attributes: { type: "Account", url: "/x" }, Id: "001", Name: "Acme", NumberOfEmployees: 250, AnnualRevenue: 12_000_000, BillingCountry: "US", Type: "Customer - Direct", Rating: "Hot" })).toEqual({
      id: "001",
      name: "Acme",
      firmographic: { employees: 250, annualRevenue: 12_000_000, country: "US", companyType: "Customer - Direct" },
      attributes: { rating: "Hot" },
    });
  });

  it("turns a Salesforce Lead (labels) into a lead", () => {
    expect(salesforceToLead({ Company: "Acme", Employees: "120", "Lead Source": "Web", "Lead Status": "Open" })).toEqual({
      name: "Acme",
      firmographic: { employees: "120" },
      attributes: { leadSource: "Web", leadStatus: "Open" },
    });
  });
});
