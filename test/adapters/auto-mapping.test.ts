import { describe, expect, it } from "vitest";
import { attributeKey, autoMapping, isLeadPath, normalizeHeader } from "../../src/adapters/index.js";

describe("autoMapping", () => {
  it("maps HubSpot export labels and property names", () => {
    expect(autoMapping(["Record ID", "Company name", "Industry", "Number of Employees", "Annual Revenue", "Country/Region", "State/Region", "Year Founded", "Web Technologies", "Lead Status"])).toEqual({
      id: "Record ID",
      name: "Company name",
      "firmographic.industry": "Industry",
      "firmographic.employees": "Number of Employees",
      "firmographic.annualRevenue": "Annual Revenue",
      "firmographic.country": "Country/Region",
      "firmographic.region": "State/Region",
      "firmographic.foundedYear": "Year Founded",
      "technographic.technologies": "Web Technologies",
      "attributes.leadStatus": "Lead Status",
    });
    expect(autoMapping(["numberofemployees", "annualrevenue", "founded_year", "hs_lead_status", "type"])).toEqual({
      "firmographic.employees": "numberofemployees",
      "firmographic.annualRevenue": "annualrevenue",
      "firmographic.foundedYear": "founded_year",
      "attributes.leadStatus": "hs_lead_status",
      "firmographic.companyType": "type",
    });
  });

  it("maps Salesforce API names and labels", () => {
    expect(autoMapping(["Name", "NumberOfEmployees", "AnnualRevenue", "BillingCountry", "BillingState", "YearStarted", "LeadSource"])).toEqual({
      name: "Name",
      "firmographic.employees": "NumberOfEmployees",
      "firmographic.annualRevenue": "AnnualRevenue",
      "firmographic.country": "BillingCountry",
      "firmographic.region": "BillingState",
      "firmographic.foundedYear": "YearStarted",
      "attributes.leadSource": "LeadSource",
    });
    expect(autoMapping(["Account Name", "Employees", "Billing Country", "Account Type"])).toEqual({
      name: "Account Name",
      "firmographic.employees": "Employees",
      "firmographic.country": "Billing Country",
      "firmographic.companyType": "Account Type",
    });
  });

  it("maps common generic names, ignoring case, spaces and punctuation", () => {
    expect(autoMapping(["EMPLOYEES", "company_size", "Revenue", "Tech stack", "technologies ", "Pain-points", "Intent score"])).toEqual({
      "firmographic.employees": "EMPLOYEES",
      "firmographic.annualRevenue": "Revenue",
      "technographic.technologies": "Tech stack",
      painPoints: "Pain-points",
      "behavioral.intentScore": "Intent score",
    });
  });

  it("maps lead paths and leaf names to themselves", () => {
    expect(autoMapping(["firmographic.industry", "annualRevenue", "lastActivityAt", "firmographic"])).toEqual({
      "firmographic.industry": "firmographic.industry",
      "firmographic.annualRevenue": "annualRevenue",
      "behavioral.lastActivityAt": "lastActivityAt",
      firmographic: "firmographic",
    });
  });

  it("lets the first column win a path and keeps the rest as attributes on request", () => {
    expect(autoMapping(["Country", "Billing Country"])).toEqual({ "firmographic.country": "Country" });
    expect(autoMapping(["Country", "Billing Country", "Lead Origin"], { unmapped: "attributes" })).toEqual({
      "firmographic.country": "Country",
      "attributes.billingCountry": "Billing Country",
      "attributes.leadOrigin": "Lead Origin",
    });
  });

  it("does not read a bare 'Last Activity' as a date (X Education uses it for the activity kind)", () => {
    expect(autoMapping(["Last Activity"])).toEqual({});
    expect(autoMapping(["Last Activity Date"])).toEqual({ "behavioral.lastActivityAt": "Last Activity Date" });
  });

  it("limits vocabularies with sources", () => {
    expect(autoMapping(["NumberOfEmployees", "Headcount"], { sources: ["salesforce"] })).toEqual({ "firmographic.employees": "NumberOfEmployees" });
  });
});

describe("header helpers", () => {
  it("normalises headers and builds attribute keys", () => {
    expect(normalizeHeader("Country/Region")).toBe("countryregion");
    expect(attributeKey("Total Time Spent on Website")).toBe("totalTimeSpentOnWebsite");
    expect(attributeKey("TotalVisits")).toBe("totalVisits");
    expect(attributeKey("__proto__")).toBe("proto");
    expect(attributeKey("constructor")).toBe("column_constructor");
    expect(attributeKey("!!!")).toBe("column");
  });

  it("accepts only lead paths", () => {
    expect(isLeadPath("firmographic.employees")).toBe(true);
    expect(isLeadPath("attributes.plan")).toBe(true);
    expect(isLeadPath("painPoints")).toBe(true);
    expect(isLeadPath("firmographic.headcount")).toBe(false);
    expect(isLeadPath("attributes.__proto__")).toBe(false);
    expect(isLeadPath("attributes.a.b")).toBe(false);
    expect(isLeadPath("constructor")).toBe(false);
  });
});
