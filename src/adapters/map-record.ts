import type { FieldMapping } from "./auto-mapping.js";
import { isLeadPath } from "./lead-paths.js";
import { cellReader, type CellReader } from "./typed-values.js";

/** Options for {@link compileMapping} and {@link mapRecord}.
 *
 * @example
 * ```ts
 * import { mapRecord, type MapOptions } from "icpfit/adapters";
 * const options: MapOptions = { missingValues: ["Select", "N/A"] };
 * mapRecord({ Country: "Select" }, { "firmographic.country": "Country" }, options); // {}
 * ```
 */
export interface MapOptions {
  /**
   * Cell values that mean "no data" besides blanks, null and undefined, compared exactly
   * (e.g. `"Select"`, a dropdown never set). Such cells are left out of the lead.
   * @default []
   */
  readonly missingValues?: readonly string[];
  /**
   * Read number, date and list fields when mapping ("1,200" → 1200, "2026-10-25" → epoch ms,
   * "Slack;Jira" → ["Slack", "Jira"]) with icpfit's own readers, caching repeated values. Scores
   * are identical; scoring many rows is several times faster. Unreadable values stay as text.
   * @default false
   */
  readonly typed?: boolean;
}

/** One mapped field of a {@link CompiledMapping}.
 *
 * @example
 * ```ts
 * import { compileMapping, type MappedField } from "icpfit/adapters";
 * const fields: readonly MappedField[] = compileMapping(["Employees"], { "firmographic.employees": "Employees" }).fields;
 * fields[0]?.index; // 0
 * ```
 */
export interface MappedField {
  /** The lead path written. */
  readonly path: string;
  /** The source column. */
  readonly column: string;
  /** The column's position in the row. */
  readonly index: number;
}

/** A mapping bound to one header row: turns a row of values into a lead.
 *
 * @example
 * ```ts
 * import { compileMapping, type CompiledMapping } from "icpfit/adapters";
 * const mapper: CompiledMapping = compileMapping(["Industry"], { "firmographic.industry": "Industry" });
 * mapper.toLead(["Software"]); // { firmographic: { industry: "Software" } }
 * ```
 */
export interface CompiledMapping {
  /** The paths that have a column in this header row, in mapping order. */
  readonly fields: readonly MappedField[];
  /** Mapped paths whose column is not in the header row. */
  readonly missingColumns: ReadonlyArray<{
    /** The lead path, e.g. `firmographic.employees`. */
    readonly path: string;
    /** The column the mapping names for it. */
    readonly column: string;
  }>;
  /** Builds a lead from one row (values in header order). Blank and missing values are left out. */
  toLead(values: ArrayLike<unknown>): Record<string, unknown>;
}

interface Leaf {
  readonly key: string;
  readonly index: number;
  readonly read: CellReader | undefined;
}
/** A top-level key of the lead: a direct value, or a group (`firmographic`) built from leaves. */
interface Slot {
  readonly key: string;
  readonly index: number;
  readonly read: CellReader | undefined;
  readonly leaves: readonly Leaf[];
}

/**
 * Binds a mapping to a header row once, so each row becomes a lead with a few array reads and no
 * header lookups: the fast path for CSV files. Values are copied as they are (text stays text);
 * the scorer reads "1,200", "$5M", "51-200" and "Slack;Jira" itself. Throws a `TypeError` for a
 * mapping path that is not a lead path (see {@link isLeadPath}).
 *
 * @example
 * ```ts
 * import { compileMapping } from "icpfit/adapters";
 * const mapper = compileMapping(["Company", "Employees", "Stack"], {
 *   name: "Company", "firmographic.employees": "Employees", "technographic.technologies": "Stack",
 * });
 * mapper.toLead(["Acme", "1,200", "Slack;Jira"]);
 * // { name: "Acme", firmographic: { employees: "1,200" }, technographic: { technologies: "Slack;Jira" } }
 * ```
 */
export function compileMapping(headers: readonly string[], mapping: FieldMapping, options: MapOptions = {}): CompiledMapping {
  const positions = new Map<string, number>();
  headers.forEach((header, index) => {
    if (!positions.has(header)) positions.set(header, index);
  });
  const fields: MappedField[] = [];
  const missingColumns: Array<{ path: string; column: string }> = [];
  for (const [path, column] of Object.entries(mapping)) {
    if (!isLeadPath(path)) throw new TypeError(`"${path}" is not a lead path; expected e.g. "firmographic.employees" or "attributes.<key>"`);
    const index = positions.get(column);
    if (index === undefined) missingColumns.push({ path, column });
    else fields.push({ path, column, index });
  }
  const slots = buildSlots(fields, options.typed === true);
  const missing = new Set(options.missingValues ?? []);
  const isBlank =
    missing.size === 0
      ? (value: unknown): boolean => value === undefined || value === null || value === ""
      : (value: unknown): boolean => value === undefined || value === null || value === "" || (typeof value === "string" && missing.has(value));

  function toLead(values: ArrayLike<unknown>): Record<string, unknown> {
    const lead: Record<string, unknown> = {};
    for (const slot of slots) {
      let group: Record<string, unknown> | undefined;
      if (slot.index >= 0) {
        const whole = values[slot.index];
        if (!isBlank(whole)) {
          if (slot.leaves.length === 0 || whole === null || typeof whole !== "object" || Array.isArray(whole)) {
            lead[slot.key] = slot.read === undefined ? whole : slot.read(whole);
            continue;
          }
          group = { ...(whole as Record<string, unknown>) };
        }
      }
      for (const leaf of slot.leaves) {
        const value = values[leaf.index];
        if (isBlank(value)) continue;
        group ??= {};
        group[leaf.key] = leaf.read === undefined ? value : leaf.read(value);
      }
      if (group !== undefined) lead[slot.key] = group;
    }
    return lead;
  }

  return { fields, missingColumns, toLead };
}

function buildSlots(fields: readonly MappedField[], typed: boolean): Slot[] {
  const slots = new Map<string, { key: string; index: number; read: CellReader | undefined; leaves: Leaf[] }>();
  for (const field of fields) {
    const dot = field.path.indexOf(".");
    const key = dot < 0 ? field.path : field.path.slice(0, dot);
    let slot = slots.get(key);
    if (slot === undefined) {
      slot = { key, index: -1, read: undefined, leaves: [] };
      slots.set(key, slot);
    }
    const read = typed ? cellReader(field.path) : undefined;
    if (dot < 0) {
      slot.index = field.index;
      slot.read = read;
    } else slot.leaves.push({ key: field.path.slice(dot + 1), index: field.index, read });
  }
  return [...slots.values()];
}

/**
 * Builds a lead from a flat record (a CSV row as an object, a CRM export row, a JSON object) by a
 * mapping of lead path → record key. Keys not in the mapping are left out; blank values too.
 *
 * @example
 * ```ts
 * import { autoMapping, mapRecord } from "icpfit/adapters";
 * const row = { "Company name": "Acme", "Number of Employees": "51-200", "Country/Region": "Germany" };
 * mapRecord(row, autoMapping(Object.keys(row)));
 * // { name: "Acme", firmographic: { employees: "51-200", country: "Germany" } }
 * ```
 */
export function mapRecord(record: Readonly<Record<string, unknown>>, mapping: FieldMapping, options: MapOptions = {}): Record<string, unknown> {
  const keys = Object.keys(record);
  return compileMapping(keys, mapping, options).toLead(keys.map((key) => record[key]));
}
