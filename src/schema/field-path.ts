import * as z from "zod";
import { derivedFieldKinds } from "./derived-fields.js";
import { LeadSchema } from "./lead.js";

/*
 * Safe field access. Paths are checked once, when an ICP is compiled, against the fields the lead
 * schema defines (plus any `attributes.*` key); reads follow own properties only, so a path can
 * never reach `Object.prototype`, and nothing is ever written to a lead.
 */

/** What kind of value a lead field holds, which decides the operators that make sense on it.
 *
 * @example
 * ```ts
 * import { leadFields, type FieldKind } from "icpfit";
 * const kind: FieldKind | undefined = leadFields().get("technographic.technologies"); // "list"
 * ```
 */
export type FieldKind = "text" | "number" | "boolean" | "list" | "date" | "id" | "any";

const FORBIDDEN_SEGMENTS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

function kindOf(schema: z.ZodType): FieldKind {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return kindOf(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodString || schema instanceof z.ZodEnum) return "text";
  if (schema instanceof z.ZodNumber) return "number";
  if (schema instanceof z.ZodArray) return "list";
  if (schema instanceof z.ZodUnion) {
    return (schema.options as readonly z.ZodType[]).some((option) => option instanceof z.ZodDate) ? "date" : "id";
  }
  return "any";
}

function buildCatalogue(): ReadonlyMap<string, FieldKind> {
  const fields = new Map<string, FieldKind>();
  for (const [key, schema] of Object.entries(LeadSchema.shape)) {
    if (key === "attributes") continue;
    const inner = schema instanceof z.ZodOptional ? schema.unwrap() : schema;
    if (inner instanceof z.ZodObject) {
      for (const [leaf, leafSchema] of Object.entries(inner.shape as Record<string, z.ZodType>)) {
        fields.set(`${key}.${leaf}`, kindOf(leafSchema));
      }
    } else {
      fields.set(key, kindOf(schema));
    }
  }
  // Derived fields (`contact.freeMail`, ...): computed from stored ones when a rule reads them.
  for (const [path, kind] of derivedFieldKinds()) fields.set(path, kind);
  return fields;
}

let catalogue: ReadonlyMap<string, FieldKind> | undefined;

/**
 * Every field path a rule may name, with the kind of value it holds; custom fields are
 * `attributes.<name>` and are not listed. The derived fields `contact.emailDomain` (text) and
 * `contact.freeMail` (boolean) are listed too: no lead stores them, the engine computes them from
 * the email when a rule reads them.
 *
 * @example
 * ```ts
 * import { leadFields } from "icpfit";
 * leadFields().get("firmographic.employees"); // "number"
 * ```
 */
export function leadFields(): ReadonlyMap<string, FieldKind> {
  catalogue ??= buildCatalogue();
  return catalogue;
}

/** The result of checking a field path: its segments and kind, or why it is not allowed. */
export type FieldCheck =
  | { readonly ok: true; readonly segments: readonly string[]; readonly kind: FieldKind }
  | { readonly ok: false; readonly message: string };

/** Checks a rule's field path against the lead schema. */
export function checkFieldPath(path: string): FieldCheck {
  const segments = path.split(".");
  if (segments.some((segment) => FORBIDDEN_SEGMENTS.has(segment))) {
    return { ok: false, message: `"${path}" names __proto__, constructor or prototype, which are never lead fields` };
  }
  if (segments.some((segment) => segment.trim() === "")) {
    return { ok: false, message: `"${path}" has an empty segment; expected names separated by single dots` };
  }
  if (segments[0] === "attributes") {
    return segments.length >= 2
      ? { ok: true, segments, kind: "any" }
      : { ok: false, message: `"attributes" needs a key, e.g. "attributes.plan"` };
  }
  const kind = leadFields().get(path);
  if (kind !== undefined) return { ok: true, segments, kind };
  const suggestion = closestField(path);
  return {
    ok: false,
    message: `"${path}" is not a lead field${suggestion === undefined ? "" : `; did you mean "${suggestion}"?`} Custom fields go under "attributes.<name>"`,
  };
}

function closestField(path: string): string | undefined {
  const lower = path.toLowerCase();
  const word = lower.slice(lower.lastIndexOf(".") + 1);
  // A field whose name contains the word typed ("revenue" -> "firmographic.annualRevenue") first.
  if (word.length >= 4) {
    for (const candidate of leadFields().keys()) {
      if (candidate.toLowerCase().slice(candidate.indexOf(".") + 1).includes(word)) return candidate;
    }
  }
  let best: string | undefined;
  let bestDistance = Math.max(3, Math.floor(path.length / 3)) + 1;
  for (const candidate of leadFields().keys()) {
    const leaf = candidate.slice(candidate.indexOf(".") + 1).toLowerCase();
    const distance = Math.min(editDistance(lower, candidate.toLowerCase()), editDistance(lower, leaf));
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate;
    }
  }
  return best;
}

/** Levenshtein distance between two strings (for did-you-mean suggestions; short inputs only). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Reads one field, from the scope of a lead's roots (see `readRoots`); own properties only, never throws. */
export type FieldReader = (lead: unknown) => unknown;

const hasOwn = Object.prototype.hasOwnProperty;

/** An own property of a plain object or array-less object; undefined for anything else. */
export function child(value: unknown, key: string): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  return hasOwn.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * Reads the first segment of a path from a lead: `scope[slot]` of {@link readRoots}.
 * Scoring reads each distinct root (`firmographic`, `painPoints`, …) once per lead and hands the
 * rules that scope, so that rules on the same object do not each look it up again.
 */
export function readRoots(lead: unknown, roots: readonly string[]): unknown[] {
  const scope = new Array<unknown>(roots.length);
  for (let index = 0; index < roots.length; index++) scope[index] = child(lead, roots[index] as string);
  return scope;
}

/**
 * Builds a reader for checked segments whose root has been read into `scope[slot]` by
 * {@link readRoots}; specialised for the common one- and two-segment paths.
 */
export function fieldReader(segments: readonly string[], slot: number): FieldReader {
  const [, second, third] = segments;
  if (segments.length === 1) return (scope) => (scope as unknown[])[slot];
  if (segments.length === 2 && second !== undefined) return (scope) => child((scope as unknown[])[slot], second);
  if (segments.length === 3 && second !== undefined && third !== undefined) {
    return (scope) => child(child((scope as unknown[])[slot], second), third);
  }
  const rest = segments.slice(1);
  return (scope) => {
    let value: unknown = (scope as unknown[])[slot];
    for (const segment of rest) value = child(value, segment);
    return value;
  };
}
