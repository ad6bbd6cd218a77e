import { emailDomain, isFreeMail } from "./email-domain.js";
import type { FieldReader } from "./field-path.js";

/*
 * Derived lead fields: paths a rule may name that no lead stores, computed from stored fields when
 * a compiled rule reads them. `contact.emailDomain` and `contact.freeMail` come from the contact's
 * email, or from the lead's own `email` when the contact has none (leads mapped from a CRM contact
 * or a CSV with an "Email" column carry it there). Nothing is ever written to a lead.
 */

/** A derived field: its kind, the stored paths it reads (first given wins), and how it is computed. */
export interface DerivedField {
  readonly kind: "text" | "boolean";
  /** Stored field paths as segments, in order of preference; the first that holds a value is used. */
  readonly sources: ReadonlyArray<readonly string[]>;
  /** The derived value of a given source value (never undefined: see {@link UNREADABLE}). */
  readonly derive: (value: unknown) => unknown;
}

/*
 * What a derived field reads as when its source holds a value it cannot use (`email: {}`, "n/a"):
 * NaN, which every lenient reader reports as a value of the wrong type (so the rule is unknown with
 * "cannot read the value") and `exists` as absent, the same as a missing domain.
 */
const UNREADABLE = Number.NaN;

const EMAIL_SOURCES: ReadonlyArray<readonly string[]> = [["contact", "email"], ["email"]];

function fromEmail(compute: (email: unknown) => unknown): (value: unknown) => unknown {
  return (value) => compute(value) ?? UNREADABLE;
}

const DERIVED: ReadonlyMap<string, DerivedField> = new Map<string, DerivedField>([
  ["contact.emailDomain", { kind: "text", sources: EMAIL_SOURCES, derive: fromEmail(emailDomain) }],
  ["contact.freeMail", { kind: "boolean", sources: EMAIL_SOURCES, derive: fromEmail(isFreeMail) }],
]);

/** The derived field at `path`, or undefined when the path is not derived. */
export function derivedField(path: string): DerivedField | undefined {
  return DERIVED.get(path);
}

/** Every derived field path with its kind, for the field catalogue. */
export function derivedFieldKinds(): ReadonlyArray<readonly [string, DerivedField["kind"]]> {
  return [...DERIVED].map(([path, field]) => [path, field.kind] as const);
}

/** True when a source holds something: not undefined, null or blank text. */
function isGiven(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  return typeof value !== "string" || value.trim() !== "";
}

/**
 * The reader for checked segments: for a derived path, a reader that reads its sources through
 * `read` and derives the value; for a stored path, `read(segments)` itself.
 */
export function readerOf(segments: readonly string[], read: (segments: readonly string[]) => FieldReader): FieldReader {
  const derived = segments.length === 2 ? DERIVED.get(segments.join(".")) : undefined;
  if (derived === undefined) return read(segments);
  const readers = derived.sources.map((source) => read(source));
  const { derive } = derived;
  return (scope) => {
    for (const reader of readers) {
      const value = reader(scope);
      if (isGiven(value)) return derive(value);
    }
    return undefined;
  };
}
