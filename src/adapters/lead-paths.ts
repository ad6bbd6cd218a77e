import { leadFields } from "../index.js";
import { derivedField } from "../schema/derived-fields.js";

/*
 * Which strings may be the target of a column mapping: every field path a rule may name
 * ("firmographic.employees"), the top-level keys of a lead ("firmographic", "painPoints") so
 * already-nested JSON can be passed through, and "attributes.<key>" for custom fields.
 */

const FORBIDDEN: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);
const TOP_LEVEL: ReadonlySet<string> = new Set([
  "id", "name", "email", "domain", "firmographic", "technographic", "behavioral", "painPoints", "goals", "psychographic", "contact", "attributes",
]);

/**
 * True when `path` can receive a mapped value: a lead field path (`firmographic.employees`), a
 * top-level lead key (`firmographic`, `painPoints`) or a custom field `attributes.<key>`.
 *
 * @example
 * ```ts
 * import { isLeadPath } from "icpfit/adapters";
 * isLeadPath("firmographic.employees"); // true
 * isLeadPath("attributes.leadSource"); // true
 * isLeadPath("firmographic.headcount"); // false
 * isLeadPath("contact.freeMail"); // false: derived from the email, not mapped
 * ```
 */
export function isLeadPath(path: string): boolean {
  const segments = path.split(".");
  if (segments.some((segment) => segment === "" || FORBIDDEN.has(segment))) return false;
  if (segments.length === 1) return TOP_LEVEL.has(path);
  if (segments[0] === "attributes") return segments.length === 2;
  // Derived fields (`contact.freeMail`) are computed from the email, never mapped.
  return segments.length === 2 && leadFields().has(path) && derivedField(path) === undefined;
}

/**
 * The attribute key a free-form column name becomes: camelCase of its letters and digits, so
 * "Total Time Spent on Website" is `totalTimeSpentOnWebsite` (used as `attributes.totalTimeSpentOnWebsite`).
 *
 * @example
 * ```ts
 * import { attributeKey } from "icpfit/adapters";
 * attributeKey("Lead Source"); // "leadSource"
 * ```
 */
export function attributeKey(column: string): string {
  const words = column.match(/[A-Za-z0-9]+/g) ?? [];
  const key = words
    .map((word, index) => {
      const lower = /^[A-Z0-9]+$/.test(word) && word.length > 1 ? word.toLowerCase() : word;
      return index === 0 ? lower.charAt(0).toLowerCase() + lower.slice(1) : lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join("");
  return key === "" || FORBIDDEN.has(key) ? `column${key === "" ? "" : `_${key}`}` : key;
}

/**
 * Normalises a header for matching: lower case, letters and digits only, so "Country/Region",
 * "country_region" and "CountryRegion" compare equal.
 *
 * @example
 * ```ts
 * import { normalizeHeader } from "icpfit/adapters";
 * normalizeHeader("Number of Employees"); // "numberofemployees"
 * ```
 */
export function normalizeHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, "");
}
