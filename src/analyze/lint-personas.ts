import type { Condition, LeafCondition } from "../schema/condition.js";
import type { Icp } from "../schema/icp.js";
import { DEFAULT_PERSONA_THRESHOLD, type Persona } from "../schema/persona.js";
import type { Rule } from "../schema/rule.js";
import { canHoldTogether, conditionKey } from "./condition-overlap.js";
import type { LintFinding } from "./lint-icp.js";

/*
 * Lint of an ICP's personas, with the static reasoning lintIcp uses for its rules
 * (condition-overlap.ts): only what is certain is reported.
 * - PERSONA_UNREACHABLE: no contact can be a strong match: two requirements contradict each
 *   other, or the persona rules that can hold together never add up to the threshold.
 * - PERSONA_DUPLICATE / PERSONA_OVERLAP: two personas test the same conditions, or one tests all
 *   of another's and more. The best persona is the first of equal scores, so the later one of a
 *   duplicate, or a narrower persona listed after the broader one, is never the best match of a
 *   contact that fits it fully.
 */

/* Beyond this many single-field scoring rules the best compatible set is not searched. */
const MAX_SEARCHED_RULES = 16;

const isScoring = (rule: Rule): boolean => (rule.effect ?? "score") === "score";

/** The condition of a rule on one field, or undefined for `all` / `any` / `not` rules. */
function leafOf(rule: Rule): LeafCondition | undefined {
  return "field" in rule ? (rule as LeafCondition) : undefined;
}

function compatibleWithAll(leaf: LeafCondition, others: readonly LeafCondition[]): boolean {
  return others.every((other) => canHoldTogether(leaf, other));
}

/*
 * The highest persona score a contact whose data answers every rule can get: every combinator
 * rule counted as met, and the heaviest set of single-field rules that can all hold together (with
 * each other and with the requirements). Rules on one field are known or unknown together, so
 * leaving data out never helps. Undefined when there are too many rules to search.
 */
function bestScore(persona: Persona, requirements: readonly LeafCondition[]): number | undefined {
  const positive = persona.rules.filter((rule) => isScoring(rule) && (rule.points ?? 0) > 0);
  const total = positive.reduce((sum, rule) => sum + (rule.points ?? 0), 0);
  const combined = positive.filter((rule) => leafOf(rule) === undefined).reduce((sum, rule) => sum + (rule.points ?? 0), 0);
  const leaves = positive
    .map((rule) => ({ leaf: leafOf(rule), points: rule.points ?? 0 }))
    .filter((item): item is { leaf: LeafCondition; points: number } => item.leaf !== undefined && compatibleWithAll(item.leaf, requirements));
  if (leaves.length > MAX_SEARCHED_RULES || total <= 0) return undefined;
  let best = 0;
  for (let mask = 0; mask < 1 << leaves.length; mask++) {
    const chosen = leaves.filter((_, index) => (mask & (1 << index)) !== 0);
    const fits = chosen.every((item, index) => chosen.slice(index + 1).every((other) => canHoldTogether(item.leaf, other.leaf)));
    if (fits) best = Math.max(best, chosen.reduce((sum, item) => sum + item.points, 0));
  }
  return Math.round((100 * (best + combined)) / total);
}

function reachabilityFindings(persona: Persona, index: number): LintFinding[] {
  const path = ["personas", index] as const;
  const requirements = persona.rules.filter((rule) => rule.effect === "require").map(leafOf).filter((leaf) => leaf !== undefined);
  for (let a = 0; a < requirements.length; a++) {
    for (let b = a + 1; b < requirements.length; b++) {
      if (!canHoldTogether(requirements[a] as LeafCondition, requirements[b] as LeafCondition)) {
        return [{ code: "PERSONA_UNREACHABLE", severity: "error", message: `Persona "${persona.id}" has requirements that cannot both hold: every contact is ruled out`, path: [...path, "rules"] }];
      }
    }
  }
  const threshold = persona.threshold ?? DEFAULT_PERSONA_THRESHOLD;
  const best = bestScore(persona, requirements);
  if (best !== undefined && best < threshold) {
    return [{ code: "PERSONA_UNREACHABLE", severity: "error", message: `Persona "${persona.id}" scores at most ${best} (its rules that can hold together), below its threshold ${threshold}: no contact is a strong match`, path: [...path, "threshold"] }];
  }
  return [];
}

/** The set of conditions a persona tests (scoring and knockout rules alike), as canonical keys. */
function conditionKeys(persona: Persona): ReadonlySet<string> {
  return new Set(persona.rules.map((rule) => `${rule.effect ?? "score"}:${conditionKey(rule as Condition)}`));
}

function overlapFindings(personas: readonly Persona[]): LintFinding[] {
  const findings: LintFinding[] = [];
  const keys = personas.map(conditionKeys);
  for (let a = 0; a < personas.length; a++) {
    for (let b = a + 1; b < personas.length; b++) {
      const first = personas[a] as Persona;
      const second = personas[b] as Persona;
      const x = keys[a] as ReadonlySet<string>;
      const y = keys[b] as ReadonlySet<string>;
      const xInY = [...x].every((key) => y.has(key));
      const yInX = [...y].every((key) => x.has(key));
      const path = ["personas", b] as const;
      if (xInY && yInX) {
        findings.push({ code: "PERSONA_DUPLICATE", severity: "warning", message: `Persona "${second.id}" tests the same conditions as "${first.id}": "${first.id}" comes first and is the best match of every contact that fits both equally`, path });
      } else if (xInY) {
        findings.push({ code: "PERSONA_OVERLAP", severity: "warning", message: `Persona "${second.id}" tests every condition of "${first.id}" and more: a contact who fits "${second.id}" fully fits "${first.id}" fully too, and "${first.id}" (listed first) is its best match; list the narrower persona first`, path });
      } else if (yInX) {
        findings.push({ code: "PERSONA_OVERLAP", severity: "info", message: `Persona "${first.id}" tests every condition of "${second.id}" and more: "${second.id}" is the broader persona; contacts that fit "${first.id}" fully are matched to "${first.id}" (listed first)`, path });
      }
    }
  }
  return findings;
}

/** The lint findings of an ICP's personas (none without personas). Internal: part of `lintIcp`. */
export function personaFindings(icp: Icp): LintFinding[] {
  const personas = icp.personas ?? [];
  return [...personas.flatMap((persona, index) => reachabilityFindings(persona, index)), ...overlapFindings(personas)];
}
