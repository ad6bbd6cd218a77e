import type { IcpIssue } from "../errors.js";
import { leadFields } from "./field-path.js";
import type { Icp } from "./icp.js";
import { RuleSchema, type Rule } from "./rule.js";
import { ruleShapeIssues } from "./rule-issues.js";
import { checkFieldsOfInvalidRule, checkRuleSemantics, duplicateIdIssue, type FieldRestriction, type PathIssues } from "./validate-icp.js";

/*
 * Checks the personas of an ICP beyond their shape. A persona judges the person, not the company,
 * so its rules may read the contact (`contact.*`, the derived `contact.emailDomain` and
 * `contact.freeMail` included) and the lead's `painPoints`, which CRMs often record on the lead
 * rather than on the contact; company conditions belong in the ICP's own rules, and a persona
 * reading them would count the company twice. Persona ids are unique in the ICP, rule ids unique
 * within their persona, every persona can earn points, and its rules have one axis (fit).
 */

type Path = ReadonlyArray<string | number>;

/** The lead fields a persona rule may read, besides every `contact.*` field. */
const PERSONA_EXTRA_FIELDS: ReadonlySet<string> = new Set(["painPoints"]);

/** The field paths a persona rule may read: every `contact.*` field (derived ones too) and painPoints. */
export function personaFields(): string[] {
  return [...[...leadFields().keys()].filter((path) => path.startsWith("contact.")), ...PERSONA_EXTRA_FIELDS];
}

/** Why a persona rule may not read `fieldPath`, or undefined when it may. */
export const personaFieldRestriction: FieldRestriction = (fieldPath) => {
  if (fieldPath.startsWith("contact.") || PERSONA_EXTRA_FIELDS.has(fieldPath)) return undefined;
  return `"${fieldPath}" is not a contact field: persona rules read ${personaFields().join(", ")}; company conditions go in the ICP's rules`;
};

function add(out: PathIssues, found: PathIssues): void {
  out.invalid.push(...found.invalid);
  out.unknownFields.push(...found.unknownFields);
}

function checkValidRule(rule: Rule, path: Path, out: PathIssues): void {
  add(out, checkRuleSemantics(rule, path, personaFieldRestriction));
  if (rule.axis === "engagement") {
    out.invalid.push({ path: [...path, "axis"], message: 'persona rules have no engagement axis; remove "axis" (a persona score is one fit score)' });
  }
}

/** Duplicate ids in a list of raw or validated items (`personas` or a persona's `rules`). */
function duplicateIds(items: readonly unknown[], list: Path, kind: "rule" | "persona"): IcpIssue[] {
  const issues: IcpIssue[] = [];
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const raw = (item as { id?: unknown } | null)?.id;
    if (typeof raw !== "string" || raw.trim() === "") return;
    const id = raw.trim();
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else if (kind === "rule") issues.push(duplicateIdIssue(id, index, first, list));
    else issues.push({ path: [...list, index, "id"], message: `duplicate persona id "${id}" (also personas[${first}])` });
  });
  return issues;
}

/** Every semantic problem of a shape-valid ICP's personas and priority matrix. */
export function checkPersonasSemantics(icp: Icp): PathIssues {
  const out: PathIssues = { invalid: [], unknownFields: [] };
  const personas = icp.personas ?? [];
  if (icp.priorityMatrix !== undefined && personas.length === 0) {
    out.invalid.push({ path: ["priorityMatrix"], message: "a priority matrix combines company tier with persona match; add personas or remove priorityMatrix" });
  }
  out.invalid.push(...duplicateIds(personas, ["personas"], "persona"));
  personas.forEach((persona, p) => {
    const list: Path = ["personas", p, "rules"];
    out.invalid.push(...duplicateIds(persona.rules, list, "rule"));
    persona.rules.forEach((rule, index) => checkValidRule(rule, [...list, index], out));
    if (!persona.rules.some((rule) => (rule.effect ?? "score") === "score" && (rule.points ?? 0) > 0)) {
      out.invalid.push({ path: list, message: `expected at least one scoring rule with positive points in persona "${persona.id}"` });
    }
  });
  return out;
}

function personasOf(input: unknown): unknown[] {
  const personas = (input as { personas?: unknown } | null | undefined)?.personas;
  return Array.isArray(personas) ? personas : [];
}

function rulesOf(persona: unknown): unknown[] {
  const rules = (persona as { rules?: unknown } | null | undefined)?.rules;
  return Array.isArray(rules) ? rules : [];
}

/**
 * The problems of the personas of an ICP that failed the schema: each persona rule's shape read
 * as the branch it was written for, field paths and what they may read, and duplicate ids, so one
 * run reports every problem.
 */
export function personaIssuesOfInvalidIcp(input: unknown): IcpIssue[] {
  const personas = personasOf(input);
  const issues: IcpIssue[] = [...duplicateIds(personas, ["personas"], "persona")];
  personas.forEach((persona, p) => {
    const list: Path = ["personas", p, "rules"];
    const rules = rulesOf(persona);
    issues.push(...duplicateIds(rules, list, "rule"));
    rules.forEach((rule, index) => {
      const path: Path = [...list, index];
      issues.push(...ruleShapeIssues(rule, path));
      const parsed = RuleSchema.safeParse(rule);
      const out: PathIssues = { invalid: [], unknownFields: [] };
      if (parsed.success) checkValidRule(parsed.data, path, out);
      else add(out, checkFieldsOfInvalidRule(rule, path, personaFieldRestriction));
      issues.push(...out.invalid, ...out.unknownFields);
    });
  });
  return issues;
}

/** True for the path of a zod issue inside a persona rule, which {@link personaIssuesOfInvalidIcp} says better. */
export function isInsideAPersonaRule(path: readonly PropertyKey[]): boolean {
  return path[0] === "personas" && typeof path[1] === "number" && path[2] === "rules" && typeof path[3] === "number";
}
