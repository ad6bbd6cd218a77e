import type { FieldMapping } from "./auto-mapping.js";
import { isLeadPath } from "./lead-paths.js";
import type { FieldSource } from "../engine/compile.js";
import { child, type FieldReader } from "../schema/field-path.js";
import { contactCodeReader } from "./contact-values.js";
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
  return mappingOf(bindMapping(headers, mapping, options));
}

/** A mapping bound to a header row: the slots a row's values go to. Internal (see {@link compileMapping}). */
export interface BoundMapping {
  readonly fields: readonly MappedField[];
  readonly missingColumns: ReadonlyArray<{ readonly path: string; readonly column: string }>;
  readonly slots: readonly Slot[];
  readonly isBlank: (value: unknown) => boolean;
}

/** Binds a mapping to a header row (what {@link compileMapping} does before building leads). Internal. */
export function bindMapping(headers: readonly string[], mapping: FieldMapping, options: MapOptions = {}): BoundMapping {
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
  return { fields, missingColumns, slots, isBlank };
}

/** The lead's value under one top-level key for a row, or undefined when the lead leaves it out. */
function slotValue(slot: Slot, values: ArrayLike<unknown>, isBlank: (value: unknown) => boolean): unknown {
  let group: Record<string, unknown> | undefined;
  if (slot.index >= 0) {
    const whole = values[slot.index];
    if (!isBlank(whole)) {
      if (slot.leaves.length === 0 || whole === null || typeof whole !== "object" || Array.isArray(whole)) {
        return slot.read === undefined ? whole : slot.read(whole);
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
  return group;
}

/** The lead builder over a bound mapping. Internal. */
export function mappingOf(bound: BoundMapping): CompiledMapping {
  const { slots, isBlank } = bound;
  function toLead(values: ArrayLike<unknown>): Record<string, unknown> {
    const lead: Record<string, unknown> = {};
    for (const slot of slots) {
      const value = slotValue(slot, values, isBlank);
      if (value !== undefined) lead[slot.key] = value;
    }
    return lead;
  }
  return { fields: bound.fields, missingColumns: bound.missingColumns, toLead };
}

/**
 * Reads the scorer's fields straight from a row's values: each reader gives what the engine would
 * read from `toLead(values)` (same blanks, same typed values), without building the lead. Internal:
 * the CLI scores CSV rows through it (`compileIcpFrom`).
 */
export function mappedFieldSource(bound: BoundMapping): FieldSource {
  const { slots, isBlank } = bound;
  const byKey = new Map(slots.map((slot) => [slot.key, slot]));
  const none = (): undefined => undefined;
  function reader(segments: readonly string[]): FieldReader {
    const slot = byKey.get(segments[0] as string);
    if (slot === undefined) return none;
    const whole = (values: unknown): unknown => slotValue(slot, values as ArrayLike<unknown>, isBlank);
    if (segments.length === 1) return whole;
    const key = segments[1] as string;
    const leaf = slot.leaves.find((candidate) => candidate.key === key);
    const { index, read } = slot;
    // The common case: a group (`firmographic`) built from leaves, read one leaf deep.
    const second = (values: unknown): unknown => {
      const row = values as ArrayLike<unknown>;
      if (index >= 0 && !isBlank(row[index])) {
        const value = row[index];
        // A non-blank value for the whole key replaces the group, except an object, which is merged.
        if (slot.leaves.length > 0 && value !== null && typeof value === "object" && !Array.isArray(value)) return child(whole(values), key);
        return child(read === undefined ? value : read(value), key);
      }
      if (leaf === undefined) return undefined;
      const value = row[leaf.index];
      if (isBlank(value)) return undefined;
      return leaf.read === undefined ? value : leaf.read(value);
    };
    if (segments.length === 2) return second;
    const rest = segments.slice(2);
    return (values) => {
      let value = second(values);
      for (const segment of rest) value = child(value, segment);
      return value;
    };
  }
  return { reader, scope: (values) => values };
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
    // CRM codes in contact columns ("DECISION_MAKER", "Vice President") become icpfit's words.
    const read = contactCodeReader(field.path) ?? (typed ? cellReader(field.path) : undefined);
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
