import { leadFields } from "../index.js";
import { GENERIC_HEADERS } from "./generic-headers.js";
import { HUBSPOT_FIELDS } from "./hubspot-fields.js";
import { attributeKey, isLeadPath, normalizeHeader } from "./lead-paths.js";
import { SALESFORCE_FIELDS } from "./salesforce-fields.js";

/**
 * Where each lead field comes from: lead path → source column (CSV header or record key).
 * A path has one source; a column may feed several paths.
 *
 * @example
 * ```ts
 * import type { FieldMapping } from "icpfit/adapters";
 * const mapping: FieldMapping = { "firmographic.employees": "Employees", "attributes.leadSource": "Lead Source" };
 * ```
 */
export type FieldMapping = Readonly<Record<string, string>>;

/** Header vocabularies {@link autoMapping} can use, in priority order.
 *
 * @example
 * ```ts
 * import { autoMapping, type HeaderSource } from "icpfit/adapters";
 * const sources: readonly HeaderSource[] = ["salesforce"];
 * autoMapping(["NumberOfEmployees"], { sources });
 * ```
 */
export type HeaderSource = "hubspot" | "salesforce" | "generic";

/** Options for {@link autoMapping}.
 *
 * @example
 * ```ts
 * import { autoMapping, type AutoMappingOptions } from "icpfit/adapters";
 * const options: AutoMappingOptions = { unmapped: "attributes" };
 * autoMapping(["Lead Source"], options); // { "attributes.leadSource": "Lead Source" }
 * ```
 */
export interface AutoMappingOptions {
  /**
   * Vocabularies to recognise, first match wins. Lead paths and their leaf names always match.
   * @default ["hubspot", "salesforce", "generic"]
   */
  readonly sources?: readonly HeaderSource[];
  /**
   * What to do with a column no vocabulary knows: leave it out, or keep it as the custom field
   * `attributes.<camelCaseName>`.
   * @default "ignore"
   */
  readonly unmapped?: "ignore" | "attributes";
}

const TABLES: Readonly<Record<HeaderSource, Readonly<Record<string, string>>>> = {
  hubspot: HUBSPOT_FIELDS,
  salesforce: SALESFORCE_FIELDS,
  generic: GENERIC_HEADERS,
};

// "contact" is left out on purpose: a column headed "Contact" usually holds a person's name, not a
// contact object; an explicit mapping can still name the `contact` key (see isLeadPath).
const TOP_LEVEL = ["id", "name", "email", "domain", "firmographic", "technographic", "behavioral", "painPoints", "goals", "psychographic", "attributes"];

let identity: ReadonlyMap<string, string> | undefined;
const vocabularies = new Map<string, ReadonlyMap<string, string>>();

/** Lead paths, their leaf names and the top-level keys, normalised. */
function identityTable(): ReadonlyMap<string, string> {
  if (identity !== undefined) return identity;
  const table = new Map<string, string>();
  for (const key of TOP_LEVEL) table.set(normalizeHeader(key), key);
  for (const path of leadFields().keys()) {
    if (!isLeadPath(path)) continue;
    table.set(normalizeHeader(path), path);
    const leaf = normalizeHeader(path.slice(path.indexOf(".") + 1));
    if (!table.has(leaf)) table.set(leaf, path);
  }
  identity = table;
  return table;
}

function vocabulary(sources: readonly HeaderSource[]): ReadonlyMap<string, string> {
  const cacheKey = sources.join(",");
  const cached = vocabularies.get(cacheKey);
  if (cached !== undefined) return cached;
  const table = new Map<string, string>(identityTable());
  for (const source of sources) {
    for (const [header, path] of Object.entries(TABLES[source])) {
      const key = normalizeHeader(header);
      if (!table.has(key)) table.set(key, path);
    }
  }
  vocabularies.set(cacheKey, table);
  return table;
}

/**
 * Guesses the lead path of each column from its header: lead paths themselves
 * (`firmographic.employees`), HubSpot and Salesforce property names and export labels
 * ("Number of Employees", "NumberOfEmployees", "Country/Region", "Billing Country") and common
 * names ("Employees", "Company size", "Revenue", "Tech stack", "Technologies"). Matching ignores
 * case, spaces and punctuation. When two columns claim one path the first wins; the other is
 * treated as unmapped.
 *
 * @example
 * ```ts
 * import { autoMapping } from "icpfit/adapters";
 * autoMapping(["Company name", "Number of Employees", "Tech stack", "Notes"]);
 * // { name: "Company name", "firmographic.employees": "Number of Employees", "technographic.technologies": "Tech stack" }
 * ```
 */
export function autoMapping(headers: readonly string[], options: AutoMappingOptions = {}): FieldMapping {
  const table = vocabulary(options.sources ?? ["hubspot", "salesforce", "generic"]);
  const mapping: Record<string, string> = {};
  const leftOver: string[] = [];
  for (const header of headers) {
    const path = table.get(normalizeHeader(header));
    if (path !== undefined && !Object.hasOwn(mapping, path)) mapping[path] = header;
    else leftOver.push(header);
  }
  if (options.unmapped === "attributes") {
    for (const header of leftOver) {
      const path = `attributes.${attributeKey(header)}`;
      if (!Object.hasOwn(mapping, path)) mapping[path] = header;
    }
  }
  return mapping;
}
