/*
 * HubSpot company and contact properties: internal names (API, `properties` of a CRM object) and
 * the labels HubSpot writes as export headers. Names follow HubSpot's default company properties
 * (name, domain, industry, numberofemployees, annualrevenue, country, state, type, founded_year,
 * web_technologies, hs_analytics_num_page_views, hs_analytics_num_visits, notes_last_updated, ...)
 * and default contact properties (email, jobtitle, job_function, hs_seniority, hs_role,
 * hs_buying_role). A contact's `country` is mapped by `hubspotToLead`, which knows a contact from a
 * company; in this table `country` is the company's.
 */

/**
 * HubSpot property names and export labels → icpfit lead paths. Matching is case-, space- and
 * punctuation-insensitive (see {@link normalizeHeader}).
 *
 * @example
 * ```ts
 * import { HUBSPOT_FIELDS } from "icpfit/adapters";
 * HUBSPOT_FIELDS["numberofemployees"]; // "firmographic.employees"
 * HUBSPOT_FIELDS["Country/Region"]; // "firmographic.country"
 * HUBSPOT_FIELDS["hs_buying_role"]; // "contact.buyingRole"
 * ```
 */
export const HUBSPOT_FIELDS: Readonly<Record<string, string>> = Object.freeze({
  // Internal property names.
  hs_object_id: "id",
  name: "name",
  company: "name",
  domain: "domain",
  website: "domain",
  email: "email",
  jobtitle: "contact.title",
  job_function: "contact.department",
  hs_role: "contact.department",
  hs_seniority: "contact.seniority",
  hs_buying_role: "contact.buyingRole",
  industry: "firmographic.industry",
  numberofemployees: "firmographic.employees",
  annualrevenue: "firmographic.annualRevenue",
  country: "firmographic.country",
  state: "firmographic.region",
  type: "firmographic.companyType",
  founded_year: "firmographic.foundedYear",
  web_technologies: "technographic.technologies",
  hs_analytics_num_page_views: "behavioral.pageViews",
  hs_analytics_num_visits: "behavioral.visits",
  hs_email_open: "behavioral.emailOpens",
  hs_email_click: "behavioral.emailClicks",
  num_conversion_events: "behavioral.formSubmissions",
  notes_last_updated: "behavioral.lastActivityAt",
  hs_lead_status: "attributes.leadStatus",
  lifecyclestage: "attributes.lifecycleStage",
  hs_analytics_source: "attributes.originalSource",
  city: "attributes.city",
  // Export labels.
  "Record ID": "id",
  "Company name": "name",
  "Company Domain Name": "domain",
  "Job Title": "contact.title",
  "Job function": "contact.department",
  "Employment Role": "contact.department",
  Seniority: "contact.seniority",
  "Buying Role": "contact.buyingRole",
  "Website URL": "domain",
  Industry: "firmographic.industry",
  "Number of Employees": "firmographic.employees",
  "Annual Revenue": "firmographic.annualRevenue",
  "Country/Region": "firmographic.country",
  "State/Region": "firmographic.region",
  Type: "firmographic.companyType",
  "Year Founded": "firmographic.foundedYear",
  "Web Technologies": "technographic.technologies",
  "Number of Pageviews": "behavioral.pageViews",
  "Number of Sessions": "behavioral.visits",
  "Marketing emails opened": "behavioral.emailOpens",
  "Marketing emails clicked": "behavioral.emailClicks",
  "Number of Form Submissions": "behavioral.formSubmissions",
  "Last Activity Date": "behavioral.lastActivityAt",
  "Lead Status": "attributes.leadStatus",
  "Lifecycle Stage": "attributes.lifecycleStage",
  "Original Source": "attributes.originalSource",
  City: "attributes.city",
});
