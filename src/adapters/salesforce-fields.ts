/*
 * Salesforce Account and Lead standard fields: API names (SOQL results, Data Loader exports) and
 * field labels (report exports). Account: Name, Industry, NumberOfEmployees, AnnualRevenue,
 * BillingCountry, BillingState, Type, YearStarted, AccountSource, LastActivityDate. Lead: Company,
 * Email, Country, State, LeadSource, Status, Rating, Title. Contact: Email, Title, Department,
 * MailingCountry. OpportunityContactRole: Role (the contact's buying role on a deal). The label "Last Activity" is left out on purpose:
 * many exports use that header for the kind of the last activity ("Email Opened"), not a date.
 */

/**
 * Salesforce field API names and labels → icpfit lead paths. Matching is case-, space- and
 * punctuation-insensitive (see {@link normalizeHeader}).
 *
 * @example
 * ```ts
 * import { SALESFORCE_FIELDS } from "icpfit/adapters";
 * SALESFORCE_FIELDS["NumberOfEmployees"]; // "firmographic.employees"
 * SALESFORCE_FIELDS["Billing Country"]; // "firmographic.country"
 * SALESFORCE_FIELDS["Title"]; // "contact.title"
 * ```
 */
export const SALESFORCE_FIELDS: Readonly<Record<string, string>> = Object.freeze({
  // API names (Account and Lead).
  Id: "id",
  Name: "name",
  Company: "name",
  Email: "email",
  Website: "domain",
  Industry: "firmographic.industry",
  NumberOfEmployees: "firmographic.employees",
  AnnualRevenue: "firmographic.annualRevenue",
  BillingCountry: "firmographic.country",
  Country: "firmographic.country",
  ShippingCountry: "firmographic.country",
  BillingState: "firmographic.region",
  State: "firmographic.region",
  Type: "firmographic.companyType",
  YearStarted: "firmographic.foundedYear",
  LastActivityDate: "behavioral.lastActivityAt",
  AccountSource: "attributes.leadSource",
  LeadSource: "attributes.leadSource",
  Status: "attributes.leadStatus",
  Rating: "attributes.rating",
  Title: "contact.title",
  Department: "contact.department",
  MailingCountry: "contact.country",
  Role: "contact.buyingRole",
  Ownership: "attributes.ownership",
  // Field labels.
  "Account ID": "id",
  "Lead ID": "id",
  "Account Name": "name",
  Employees: "firmographic.employees",
  "Annual Revenue": "firmographic.annualRevenue",
  "Billing Country": "firmographic.country",
  "Shipping Country": "firmographic.country",
  "Billing State/Province": "firmographic.region",
  "State/Province": "firmographic.region",
  "Account Type": "firmographic.companyType",
  "Year Started": "firmographic.foundedYear",
  "Account Source": "attributes.leadSource",
  "Lead Source": "attributes.leadSource",
  "Lead Status": "attributes.leadStatus",
  "Mailing Country": "contact.country",
  "Contact Role": "contact.buyingRole",
});
