import { autoMapping, type HeaderSource } from "./auto-mapping.js";
import { mapRecord } from "./map-record.js";

function toLead(record: Readonly<Record<string, unknown>>, sources: readonly HeaderSource[], skip: ReadonlySet<string>): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (!skip.has(key)) flat[key] = value;
  }
  return mapRecord(flat, autoMapping(Object.keys(flat), { sources, unmapped: "attributes" }));
}

const NOTHING: ReadonlySet<string> = new Set();

/**
 * Turns a HubSpot company or contact into a lead. Accepts a CRM API object (`{ id, properties }`)
 * or a flat record keyed by internal property names (`numberofemployees`) or export labels
 * ("Number of Employees"). Known properties go to lead fields; every other property is kept as
 * `attributes.<camelCaseName>` so custom properties can be scored.
 *
 * @example
 * ```ts
 * import { hubspotToLead } from "icpfit/adapters";
 * hubspotToLead({ id: "901", properties: { name: "Acme", industry: "COMPUTER_SOFTWARE", numberofemployees: "120", hs_lead_status: "OPEN" } });
 * // { id: "901", name: "Acme", firmographic: { industry: "COMPUTER_SOFTWARE", employees: "120" }, attributes: { leadStatus: "OPEN" } }
 * ```
 */
export function hubspotToLead(record: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const properties = record["properties"];
  if (properties !== null && typeof properties === "object" && !Array.isArray(properties)) {
    const flat: Record<string, unknown> = { ...(properties as Record<string, unknown>) };
    if (record["id"] !== undefined && flat["hs_object_id"] === undefined) flat["hs_object_id"] = record["id"];
    return toLead(flat, ["hubspot", "generic"], NOTHING);
  }
  return toLead(record, ["hubspot", "generic"], NOTHING);
}

const SALESFORCE_METADATA: ReadonlySet<string> = new Set(["attributes"]);

/**
 * Turns a Salesforce Account or Lead into a lead. Accepts a record keyed by field API names (a
 * SOQL result: `NumberOfEmployees`, `BillingCountry`; its `attributes` metadata is ignored) or by
 * field labels ("Employees", "Billing Country"). Other fields are kept as `attributes.<name>`.
 *
 * @example
 * ```ts
 * import { salesforceToLead } from "icpfit/adapters";
 * salesforceToLead({ attributes: { type: "Account" }, Name: "Acme", NumberOfEmployees: 250, BillingCountry: "US", Type: "Customer - Direct" });
 * // { name: "Acme", firmographic: { employees: 250, country: "US", companyType: "Customer - Direct" } }
 * ```
 */
export function salesforceToLead(record: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return toLead(record, ["salesforce", "generic"], SALESFORCE_METADATA);
}
