import { autoMapping, type FieldMapping, type HeaderSource } from "./auto-mapping.js";
import { normalizeHeader } from "./lead-paths.js";
import { mapRecord } from "./map-record.js";
// For the {@link BUYING_ROLE_CODES} links in the TSDoc below.
import type { BUYING_ROLE_CODES } from "./contact-values.js";

/*
 * A CRM record of a person (a HubSpot contact, a Salesforce Lead or Contact) fills the lead's
 * contact section from the same columns as the lead: its email is also `contact.email`, and its
 * country (HubSpot `country`, Salesforce Lead `Country`) is also `contact.country`. A company or
 * account record has none of the marker fields below and is mapped as before.
 */
const PERSON_MARKERS: ReadonlySet<string> = new Set(
  [
    "firstname", "lastname", "jobtitle", "Job Title", "hs_seniority", "hs_buying_role", "job_function", "hs_role",
    "FirstName", "LastName", "Title", "Department", "MailingCountry", "Email",
  ].map(normalizeHeader),
);

function withContactPaths(mapping: FieldMapping, isPerson: boolean): FieldMapping {
  const out: Record<string, string> = { ...mapping };
  const email = mapping["email"];
  if (email !== undefined && out["contact.email"] === undefined) out["contact.email"] = email;
  const country = mapping["firmographic.country"];
  if (isPerson && country !== undefined && out["contact.country"] === undefined) out["contact.country"] = country;
  return out;
}

function toLead(record: Readonly<Record<string, unknown>>, sources: readonly HeaderSource[], skip: ReadonlySet<string>, person: boolean): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (!skip.has(key)) flat[key] = value;
  }
  const keys = Object.keys(flat);
  const isPerson = person || keys.some((key) => PERSON_MARKERS.has(normalizeHeader(key)));
  return mapRecord(flat, withContactPaths(autoMapping(keys, { sources, unmapped: "attributes" }), isPerson));
}

const NOTHING: ReadonlySet<string> = new Set();

/**
 * Turns a HubSpot company or contact into a lead. Accepts a CRM API object (`{ id, properties }`)
 * or a flat record keyed by internal property names (`numberofemployees`) or export labels
 * ("Number of Employees"). Known properties go to lead fields; every other property is kept as
 * `attributes.<camelCaseName>` so custom properties can be scored. A contact (a record with
 * `firstname`, `lastname`, `email`, `jobtitle` or another contact property) fills the contact
 * section: `jobtitle`, `hs_seniority`, `job_function` / `hs_role`, `hs_buying_role`
 * (`"BUDGET_HOLDER;CHAMPION"` → `economic-buyer`, see {@link BUYING_ROLE_CODES}), `email` (also kept as
 * the lead's `email`) and `country` (also the company's). Title, seniority and department are
 * mapped only from what the CRM holds: nothing is guessed from the title.
 *
 * @example
 * ```ts
 * import { hubspotToLead } from "icpfit/adapters";
 * hubspotToLead({ id: "901", properties: { name: "Acme", industry: "COMPUTER_SOFTWARE", numberofemployees: "120", hs_lead_status: "OPEN" } });
 * // { id: "901", name: "Acme", firmographic: { industry: "COMPUTER_SOFTWARE", employees: "120" }, attributes: { leadStatus: "OPEN" } }
 * hubspotToLead({ id: "51", properties: { email: "li@acme.io", jobtitle: "CTO", hs_seniority: "executive", hs_buying_role: "DECISION_MAKER" } });
 * // { id: "51", email: "li@acme.io", contact: { title: "CTO", seniority: "cxo", buyingRole: "decision-maker", email: "li@acme.io" } }
 * ```
 */
export function hubspotToLead(record: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const properties = record["properties"];
  if (properties !== null && typeof properties === "object" && !Array.isArray(properties)) {
    const flat: Record<string, unknown> = { ...(properties as Record<string, unknown>) };
    if (record["id"] !== undefined && flat["hs_object_id"] === undefined) flat["hs_object_id"] = record["id"];
    return toLead(flat, ["hubspot", "generic"], NOTHING, false);
  }
  return toLead(record, ["hubspot", "generic"], NOTHING, false);
}

const SALESFORCE_METADATA: ReadonlySet<string> = new Set(["attributes"]);

/**
 * Turns a Salesforce Account, Lead or Contact into a lead. Accepts a record keyed by field API
 * names (a SOQL result: `NumberOfEmployees`, `BillingCountry`; its `attributes` metadata is
 * ignored, except `type`) or by field labels ("Employees", "Billing Country"). A Lead or Contact
 * fills the contact section: `Title`, `Department`, `Email` (also kept as the lead's `email`),
 * `MailingCountry`, a Lead's `Country` (also the company's), and an OpportunityContactRole's
 * `Role` as the buying role ("Economic Buyer" → `economic-buyer`, see {@link BUYING_ROLE_CODES}).
 * Other fields are kept as `attributes.<name>`.
 *
 * @example
 * ```ts
 * import { salesforceToLead } from "icpfit/adapters";
 * salesforceToLead({ attributes: { type: "Account" }, Name: "Acme", NumberOfEmployees: 250, BillingCountry: "US", Type: "Customer - Direct" });
 * // { name: "Acme", firmographic: { employees: 250, country: "US", companyType: "Customer - Direct" } }
 * salesforceToLead({ attributes: { type: "Contact" }, Title: "VP of IT", Department: "Information Technology", Email: "kim@acme.com" });
 * // { email: "kim@acme.com", contact: { title: "VP of IT", department: "it", email: "kim@acme.com" } }
 * ```
 */
export function salesforceToLead(record: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const metadata = record["attributes"];
  const type = metadata !== null && typeof metadata === "object" && !Array.isArray(metadata) ? (metadata as Record<string, unknown>)["type"] : undefined;
  return toLead(record, ["salesforce", "generic"], SALESFORCE_METADATA, type === "Lead" || type === "Contact");
}
