import type { Condition } from "../schema/condition.js";
import type { Icp } from "../schema/icp.js";
import { DEFAULT_PERSONA_THRESHOLD, type Persona } from "../schema/persona.js";
import type { PersonaFit, PersonaScore } from "../schema/persona-result.js";
import { DEFAULT_PRIORITY_MATRIX, type PersonaMatch, type PriorityRow } from "../schema/priority.js";
import type { RuleResult } from "../schema/rule-result.js";
import type { Tier } from "../schema/result.js";
import type { FieldReader } from "../schema/field-path.js";
import { compileRule, entryFor, type CompiledRule, type FieldSource } from "./compile-rule.js";
import { conditionFields } from "./describe.js";

/*
 * Persona fit: each persona's rules compiled once with the company's rules (same closures, same
 * ledger entries, same missing-data policy), scored on the lead's contact. The score is the
 * company's formula over the persona's rules; the match level then follows from the persona's
 * threshold, and the best persona is the one with the best level, then the highest score, then
 * the first in the ICP.
 */

interface CompiledPersona {
  readonly persona: Persona;
  readonly threshold: number;
  readonly rules: readonly CompiledRule[];
}

/** One persona scored for one contact, before the best one is written out in full. */
interface PersonaTally {
  readonly ledger: RuleResult[];
  readonly score: number;
  readonly match: PersonaMatch;
  readonly confidence: number;
  readonly points: number;
  readonly maxPoints: number;
  readonly disqualifiedBy: { readonly rule: string; readonly reason: string } | undefined;
}

/**
 * A contact's persona fit, as `CompiledIcp.scorePersonas` returns it (and `score` adds to a result).
 *
 * @example
 * ```ts
 * import { compileIcp, type PersonaOutcome } from "icpfit";
 * const scorer = compileIcp({ id: "a", version: "1", name: "A", rules: [{ id: "us", field: "firmographic.country", op: "eq", value: "US", points: 5 }],
 *   personas: [{ id: "cfo", name: "CFO", rules: [{ id: "fin", field: "contact.department", op: "eq", value: "finance", points: 10 }] }] });
 * const outcome: PersonaOutcome | undefined = scorer.scorePersonas({ contact: { department: "finance" } });
 * outcome?.persona.match; // "strong"
 * ```
 */
export interface PersonaOutcome {
  /** The best persona, in full: score, match, ledger, playbook. */
  readonly persona: PersonaFit;
  /** Every persona's score, in ICP order. */
  readonly personas: PersonaScore[];
}

/** An ICP's personas, compiled. Internal. */
export interface CompiledPersonas {
  /** Every field path the persona rules read, in persona and rule order. */
  readonly fields: readonly string[];
  /** The personas' ids with `required`, in ICP order. */
  readonly personas: readonly Persona[];
  /** True when the lead (as the source reads it) has a contact: not undefined, not null. */
  hasContact(scope: unknown): boolean;
  /** Scores every persona on a lead's scope (see `FieldSource.scope`). */
  score(scope: unknown, nowMs: number): PersonaOutcome;
  /** The priority label of a company tier and a persona match. */
  priority(tier: Tier, match: PersonaMatch): string;
}

const percent = (points: number, max: number): number => (max > 0 ? Math.min(100, Math.round((100 * Math.max(0, points)) / max)) : 0);
const LEVEL: Readonly<Record<PersonaMatch, number>> = { strong: 2, partial: 1, none: 0 };

/**
 * The match level of a persona score: `strong` at or above the threshold with at least
 * `minConfidence`, `partial` at or above half the threshold, else (or when a persona knockout rule
 * ruled the contact out) `none`.
 */
export function personaMatchFor(score: number, confidence: number, threshold: number, minConfidence: number, disqualified: boolean): PersonaMatch {
  if (disqualified) return "none";
  if (score >= threshold && confidence >= minConfidence) return "strong";
  return score >= threshold / 2 ? "partial" : "none";
}

function tally(compiled: CompiledPersona, scope: unknown, nowMs: number, minConfidence: number): PersonaTally {
  const rules = compiled.rules;
  const ledger = new Array<RuleResult>(rules.length);
  let points = 0;
  let maxPoints = 0;
  let knownPositive = 0;
  let totalPositive = 0;
  let disqualifiedBy: PersonaTally["disqualifiedBy"];
  for (let index = 0; index < rules.length; index++) {
    const rule = rules[index] as CompiledRule;
    const credit = rule.evaluate(scope, nowMs);
    const entry = entryFor(rule, credit);
    ledger[index] = entry;
    if (rule.effect === "score") {
      if (rule.weight > 0) {
        totalPositive += rule.weight;
        if (credit >= 0) knownPositive += rule.weight;
      }
      points += entry.points;
      maxPoints += entry.maxPoints;
    } else if (disqualifiedBy === undefined) {
      const holds = entry === rule.matchEntry;
      const knocksOut = rule.effect === "exclude" ? holds : entry === rule.missEntry || (credit < 0 && rule.policy === "miss");
      if (knocksOut) disqualifiedBy = rule.knockout;
    }
  }
  const score = percent(points, maxPoints);
  const confidence = totalPositive > 0 ? Math.round((knownPositive / totalPositive) * 1000) / 1000 : 0;
  const match = personaMatchFor(score, confidence, compiled.threshold, minConfidence, disqualifiedBy !== undefined);
  return { ledger, score, match, confidence, points, maxPoints, disqualifiedBy };
}

/* Better: a higher match level, then not ruled out, then a higher score; ties keep ICP order. */
function isBetter(a: PersonaTally, b: PersonaTally): boolean {
  if (LEVEL[a.match] !== LEVEL[b.match]) return LEVEL[a.match] > LEVEL[b.match];
  if ((a.disqualifiedBy === undefined) !== (b.disqualifiedBy === undefined)) return a.disqualifiedBy === undefined;
  return a.score > b.score;
}

function fitOf(compiled: CompiledPersona, best: PersonaTally): PersonaFit {
  const { persona } = compiled;
  const fit: PersonaFit = {
    id: persona.id,
    name: persona.name,
    score: best.score,
    match: best.match,
    confidence: best.confidence,
    points: best.points,
    maxPoints: best.maxPoints,
    threshold: compiled.threshold,
    rules: best.ledger,
  };
  if (best.disqualifiedBy !== undefined) fit.disqualifiedBy = best.disqualifiedBy;
  if (persona.playbook !== undefined) fit.playbook = persona.playbook;
  return fit;
}

/**
 * Compiles an ICP's personas with the source its company rules read from; undefined when the ICP
 * has none, so that such ICPs score exactly as they did before personas existed.
 */
export function compilePersonas(icp: Icp, source: FieldSource, minConfidence: number): CompiledPersonas | undefined {
  const personas = icp.personas ?? [];
  if (personas.length === 0) return undefined;
  const compiled: CompiledPersona[] = personas.map((persona) => ({
    persona,
    threshold: persona.threshold ?? DEFAULT_PERSONA_THRESHOLD,
    rules: persona.rules.map((rule) => compileRule(rule, icp, source)),
  }));
  const fields = [...new Set(personas.flatMap((persona) => persona.rules.flatMap((rule) => conditionFields(rule as Condition))))];
  const contact: FieldReader = source.reader(["contact"]);
  const given = icp.priorityMatrix;
  const row = (tier: Tier): Readonly<PriorityRow> => given?.[tier] ?? DEFAULT_PRIORITY_MATRIX[tier];
  const matrix: Readonly<Record<Tier, Readonly<PriorityRow>>> = {
    primary: row("primary"),
    secondary: row("secondary"),
    tertiary: row("tertiary"),
    unqualified: row("unqualified"),
    "insufficient-data": row("insufficient-data"),
    disqualified: row("disqualified"),
  };

  function score(scope: unknown, nowMs: number): PersonaOutcome {
    const scores = new Array<PersonaScore>(compiled.length);
    let bestAt = 0;
    let best: PersonaTally | undefined;
    for (let index = 0; index < compiled.length; index++) {
      const result = tally(compiled[index] as CompiledPersona, scope, nowMs, minConfidence);
      scores[index] = { id: (compiled[index] as CompiledPersona).persona.id, score: result.score, match: result.match };
      if (best === undefined || isBetter(result, best)) {
        best = result;
        bestAt = index;
      }
    }
    return { persona: fitOf(compiled[bestAt] as CompiledPersona, best as PersonaTally), personas: scores };
  }

  return {
    fields,
    personas,
    hasContact: (scope) => {
      const value = contact(scope);
      return value !== undefined && value !== null;
    },
    score,
    priority: (tier, match) => matrix[tier][match],
  };
}
