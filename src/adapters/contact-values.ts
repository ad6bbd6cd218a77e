import type { BuyingRole, Department, Seniority } from "../index.js";
import { normalizeHeader } from "./lead-paths.js";

/*
 * CRM codes for a contact's seniority, department and buying role, onto icpfit's vocabulary
 * (SenioritySchema, DepartmentSchema, BuyingRoleSchema). Codes are compared as headers are: case,
 * spaces and punctuation ignored, so "DECISION_MAKER", "Decision Maker" and "decision-maker" are
 * one code. A value no table knows is kept as written, so a rule can still test it and nothing is
 * lost. Sources: HubSpot's default contact properties `hs_buying_role` (multiple checkboxes:
 * BLOCKER, BUDGET_HOLDER, CHAMPION, DECISION_MAKER, END_USER, EXECUTIVE_SPONSOR, INFLUENCER,
 * LEGAL_AND_COMPLIANCE, OTHER), `hs_seniority`, `hs_role` and `job_function`; Salesforce's
 * OpportunityContactRole.Role default picklist (Business User, Decision Maker, Economic Buyer,
 * Economic Decision Maker, Evaluator, Executive Sponsor, Influencer, Technical Buyer, Other); and
 * the level and function words enrichment providers write (Clearbit / HubSpot "executive",
 * People Data Labs "cxo", "training", "unpaid"). docs/guides/icp-and-personas.md ("CRM records") tabulates every mapping.
 */

const table = <T extends string>(entries: Readonly<Record<T, string>>): ReadonlyMap<string, T> => {
  const map = new Map<string, T>();
  for (const [value, codes] of Object.entries(entries) as Array<[T, string]>) {
    map.set(normalizeHeader(value), value);
    for (const code of codes.split(" ")) if (code !== "") map.set(code, value);
  }
  return map;
};

/**
 * Seniority codes (normalised: lower case, letters and digits only) → icpfit seniority.
 *
 * @example
 * ```ts
 * import { SENIORITY_CODES } from "icpfit/adapters";
 * SENIORITY_CODES.get("vicepresident"); // "vp"
 * ```
 */
export const SENIORITY_CODES: ReadonlyMap<string, Seniority> = table<Seniority>({
  owner: "founder cofounder partner proprietor selfemployed",
  cxo: "clevel csuite chief executive exec president",
  vp: "vicepresident svp evp avp seniorvicepresident executivevicepresident",
  director: "head headof seniordirector",
  manager: "management supervisor teamlead teamleader",
  senior: "principal seniorindividualcontributor",
  entry: "employee entrylevel individualcontributor ic junior associate nonmanager",
  intern: "internship trainee training apprentice unpaid workingstudent",
  unknown: "",
});

/**
 * Department / job function codes (normalised) → icpfit department.
 *
 * @example
 * ```ts
 * import { DEPARTMENT_CODES } from "icpfit/adapters";
 * DEPARTMENT_CODES.get("humanresources"); // "hr"
 * ```
 */
export const DEPARTMENT_CODES: ReadonlyMap<string, Department> = table<Department>({
  executive: "leadership management generalmanagement csuite clevel executiveleadership",
  engineering: "rd researchanddevelopment researchdevelopment research softwaredevelopment development softwareengineering qualityassurance qa",
  it: "informationtechnology itinfrastructure systems",
  data: "analytics dataanalytics datascience businessintelligence bi dataandanalytics",
  security: "informationsecurity infosec cybersecurity itsecurity",
  product: "productmanagement",
  design: "ux uxdesign creative userexperience",
  marketing: "communications publicrelations pr growth marketingandcommunications marketingcommunications",
  sales: "businessdevelopment bizdev accountmanagement salesandbusinessdevelopment",
  "customer-success": "customerservice support customersupport service clientservices",
  finance: "accounting financeandaccounting financeaccounting",
  hr: "humanresources people peopleoperations recruiting talent talentacquisition",
  operations: "ops supplychain logistics",
  legal: "compliance legalandcompliance legalcompliance",
  procurement: "purchasing sourcing",
  unknown: "",
});

/**
 * Buying-role codes (normalised) → icpfit buying role. HubSpot's `EXECUTIVE_SPONSOR` and
 * Salesforce's "Executive Sponsor" are read as `decision-maker`, `BUDGET_HOLDER` and "Economic
 * Decision Maker" as `economic-buyer`, evaluators, technical buyers and `LEGAL_AND_COMPLIANCE` as
 * `influencer`; `BLOCKER` and `OTHER` have no icpfit role and stay as written.
 *
 * @example
 * ```ts
 * import { BUYING_ROLE_CODES } from "icpfit/adapters";
 * BUYING_ROLE_CODES.get("budgetholder"); // "economic-buyer"
 * ```
 */
export const BUYING_ROLE_CODES: ReadonlyMap<string, BuyingRole> = table<BuyingRole>({
  "decision-maker": "decisionmaker executivesponsor",
  "economic-buyer": "economicbuyer budgetholder budgetowner economicdecisionmaker",
  champion: "",
  influencer: "evaluator technicalbuyer technicalevaluator legalandcompliance legalcompliance",
  user: "enduser businessuser",
});

/** When a multi-select holds several roles, the one a persona most likely needs wins. */
const ROLE_PRIORITY: readonly BuyingRole[] = ["decision-maker", "economic-buyer", "champion", "influencer", "user"];

/** Longer text is not a code; it is kept as written without being looked at. */
const MAX_CODE_LENGTH = 200;

function lookup<T extends string>(codes: ReadonlyMap<string, T>): (value: unknown) => unknown {
  return (value) => {
    if (typeof value !== "string" || value.length > MAX_CODE_LENGTH) return value;
    return codes.get(normalizeHeader(value)) ?? value;
  };
}

/* HubSpot writes a multiple-checkbox value as "DECISION_MAKER;CHAMPION". */
function buyingRole(value: unknown): unknown {
  if (typeof value !== "string" || value.length > MAX_CODE_LENGTH) return value;
  const roles = value.split(";").map((part) => BUYING_ROLE_CODES.get(normalizeHeader(part)));
  return ROLE_PRIORITY.find((role) => roles.includes(role)) ?? value;
}

const READERS: ReadonlyMap<string, (value: unknown) => unknown> = new Map([
  ["contact.seniority", lookup(SENIORITY_CODES)],
  ["contact.department", lookup(DEPARTMENT_CODES)],
  ["contact.buyingRole", buyingRole],
]);

/**
 * The reader that turns a CRM code in a mapped cell into icpfit's vocabulary, for the lead paths
 * that take one (`contact.seniority`, `contact.department`, `contact.buyingRole`); undefined for
 * other paths. Internal: mappings apply it to every such column.
 */
export function contactCodeReader(path: string): ((value: unknown) => unknown) | undefined {
  return READERS.get(path);
}
