import type { PersonaFit } from "../schema/persona-result.js";
import type { PersonaMatch } from "../schema/priority.js";
import type { IcpResult, RuleOutcome, RuleResult, Tier } from "../schema/result.js";
import { checkOptions, isObject, wrongArgument } from "./arguments.js";
import { formatNumber } from "./describe.js";

/** One rule that would have to change to lift a lead, and the points it would add.
 *
 * @example
 * ```ts
 * import { explain, scoreLead, type LiftChange } from "icpfit";
 * const icp = { id: "a", version: "1", name: "A", rules: [
 *   { id: "us", field: "firmographic.country", op: "eq", value: "US", points: 10 },
 *   { id: "sw", field: "firmographic.industry", op: "eq", value: "Software", points: 10 },
 * ] } as const;
 * const changes: readonly LiftChange[] = explain(scoreLead({ firmographic: { country: "US", industry: "Retail" } }, icp)).nextTier?.changes ?? [];
 * ```
 */
export interface LiftChange {
  /** The rule's id. */
  readonly id: string;
  /** The rule's label, as in the result's ledger. */
  readonly label: string;
  /** The rule's outcome now: `miss`, `partial` or `unknown`. */
  readonly outcome: RuleOutcome;
  /** Points the lead would gain if the rule were fully met. */
  readonly gain: number;
}

/** What it would take to reach the next tier up.
 *
 * @example
 * ```ts
 * import { explain, scoreLead, type NextTier } from "icpfit";
 * const icp = { id: "a", version: "1", name: "A", rules: [
 *   { id: "us", field: "firmographic.country", op: "eq", value: "US", points: 10 },
 *   { id: "sw", field: "firmographic.industry", op: "eq", value: "Software", points: 10 },
 * ] } as const;
 * const next: NextTier | undefined = explain(scoreLead({ firmographic: { country: "US", industry: "Retail" } }, icp)).nextTier;
 * next?.tier; // "primary"
 * ```
 */
export interface NextTier {
  /** The tier one step up: `tertiary`, `secondary` or `primary`. */
  readonly tier: Tier;
  /** The lowest score of that tier (0-100), from the result's thresholds. */
  readonly threshold: number;
  /** False when even meeting every missed and unknown rule would not reach the threshold. */
  readonly reachable: boolean;
  /** The score after the changes. */
  readonly scoreAfter: number;
  /** The smallest set of missed, partial or unknown rules that lifts the lead, largest effect first. */
  readonly changes: readonly LiftChange[];
}

/** A plain-words reading of a result.
 *
 * @example
 * ```ts
 * import { explain, scoreLead, type Explanation } from "icpfit";
 * const icp = { id: "a", version: "1", name: "A", rules: [{ id: "us", field: "firmographic.country", op: "eq", value: "US", points: 10 }] } as const;
 * const why: Explanation = explain(scoreLead({ firmographic: { country: "US" } }, icp));
 * why.reasons; // ["+10 country is US"]
 * ```
 */
export interface Explanation {
  /** Id of the ICP that scored the lead. */
  readonly icpId: string;
  /** The result's tier. */
  readonly tier: Tier;
  /** The result's score, 0-100. */
  readonly score: number;
  /** One sentence: tier, score, confidence and the main reason. */
  readonly summary: string;
  /** The rules that moved the score most, as `+25 industry is one of …` (largest first). */
  readonly reasons: readonly string[];
  /**
   * Rules that could not be judged for lack of data, heaviest first: each rule once, by its label,
   * with what was missing (`"50-500 employees: no data for firmographic.employees"`).
   */
  readonly unknown: readonly string[];
  /** For `insufficient-data`: the fewest unknown rules whose data would lift confidence to `minConfidence`. */
  readonly dataNeeded: readonly LiftChange[];
  /** For unqualified, tertiary and secondary leads: what would lift them a tier. */
  readonly nextTier?: NextTier;
  /** For disqualified leads: the knockout rule that ruled the lead out, and why. */
  readonly disqualifiedBy?: {
    /** Id of the knockout rule. */
    readonly rule: string;
    /** Why it disqualified the lead. */
    readonly reason: string;
  };
  /** For a result with persona fit (an ICP with personas, a lead with a contact): the best persona in plain words. */
  readonly persona?: PersonaExplanation;
}

/** The persona part of an {@link Explanation}: the contact's best persona, why, and the priority.
 *
 * @example
 * ```ts
 * import { explain, scoreLead, type PersonaExplanation } from "icpfit";
 * const icp = { id: "a", version: "1", name: "A", rules: [{ id: "us", field: "firmographic.country", op: "eq", value: "US", points: 10 }],
 *   personas: [{ id: "cto", name: "CTO", rules: [{ id: "cxo", field: "contact.seniority", op: "eq", value: "cxo", points: 10 }] }] } as const;
 * const persona: PersonaExplanation | undefined = explain(scoreLead({ firmographic: { country: "US" }, contact: { seniority: "cxo" } }, icp)).persona;
 * persona?.summary; // "Strong match with persona CTO (cto): score 100/100, priority A1; +10 seniority is cxo."
 * ```
 */
export interface PersonaExplanation {
  /** The persona's id. */
  readonly id: string;
  /** The persona's name. */
  readonly name: string;
  /** `strong`, `partial` or `none`. */
  readonly match: PersonaMatch;
  /** The persona score, 0-100. */
  readonly score: number;
  /** The result's priority label (company tier × persona match). */
  readonly priority: string;
  /** One sentence: match, persona, score, priority and the main reason. */
  readonly summary: string;
  /** The persona rules that moved its score most, as the company's reasons are written. */
  readonly reasons: readonly string[];
  /** Persona rules that could not be judged for lack of contact data. */
  readonly unknown: readonly string[];
}

/** Options for {@link explain}.
 *
 * @example
 * ```ts
 * import { explain, scoreLead, type ExplainOptions } from "icpfit";
 * const icp = { id: "a", version: "1", name: "A", rules: [{ id: "us", field: "firmographic.country", op: "eq", value: "US", points: 10 }] } as const;
 * const options: ExplainOptions = { maxReasons: 5 };
 * explain(scoreLead({}, icp), options);
 * ```
 */
export interface ExplainOptions {
  /**
   * How many reasons to list.
   * @default 3
   */
  readonly maxReasons?: number;
}

const NEXT_TIER: Partial<Record<Tier, "primary" | "secondary" | "tertiary">> = {
  unqualified: "tertiary",
  tertiary: "secondary",
  secondary: "primary",
};

const TIER_WORDS: Readonly<Record<Tier, string>> = {
  primary: "Primary (ideal) fit",
  secondary: "Secondary (good) fit",
  tertiary: "Tertiary (weaker) fit",
  unqualified: "Unqualified",
  disqualified: "Disqualified",
  "insufficient-data": "Not enough data",
};

const signed = (points: number): string => (points > 0 ? `+${formatNumber(points)}` : formatNumber(points));

const percent = (points: number, max: number): number => (max > 0 ? Math.min(100, Math.round((100 * Math.max(0, points)) / max)) : 0);

function change(rule: RuleResult): LiftChange {
  return { id: rule.id, label: rule.label, outcome: rule.outcome, gain: Math.round((rule.weight - rule.points) * 100) / 100 };
}

function liftCandidates(result: IcpResult): RuleResult[] {
  return result.rules.filter(
    (rule) => rule.effect === "score" && rule.weight > 0 && (rule.outcome === "miss" || rule.outcome === "partial" || rule.outcome === "unknown"),
  );
}

/*
 * Smallest set of rules that lifts the score to a threshold. Fully meeting rule i adds
 * a = weight - points to the points and b = weight - maxPoints to the denominator (b > 0 only for
 * unknown rules the missing-data policy left out). With q = (⌈threshold⌉ - 0.5) / 100, the rounded
 * score reaches the threshold iff P + Σa >= q (M + Σb), i.e. Σ(a - q b) >= qM - P: a sum of
 * independent terms, so taking the largest terms first gives an exact minimum-size set.
 */
function nextTierFor(result: IcpResult, tier: "primary" | "secondary" | "tertiary"): NextTier {
  const threshold = result.thresholds[tier];
  // Scores are integers, so a fractional threshold is reached at its ceiling.
  const q = (Math.ceil(threshold) - 0.5) / 100;
  const ranked = liftCandidates(result)
    .map((rule) => ({ rule, a: rule.weight - rule.points, b: rule.weight - rule.maxPoints }))
    .map((item) => ({ ...item, c: item.a - q * item.b }))
    .filter((item) => item.c > 0)
    .sort((x, y) => y.c - x.c);
  let points = result.points;
  let maxPoints = result.maxPoints;
  const changes: LiftChange[] = [];
  for (const item of ranked) {
    if (percent(points, maxPoints) >= threshold) break;
    points += item.a;
    maxPoints += item.b;
    changes.push(change(item.rule));
  }
  const scoreAfter = percent(points, maxPoints);
  return { tier, threshold, reachable: scoreAfter >= threshold, scoreAfter, changes };
}

/*
 * The unknown rules, heaviest first, each once and named: two rules on one field share their
 * ledger reason ("Unknown: no data for technographic.technologies"), which alone would read as the
 * same rule listed twice. A ledger that repeats a rule id (edited or merged by hand) lists it once.
 */
const UNKNOWN_PREFIX = "Unknown: ";

function unknownRules(rules: readonly RuleResult[]): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const rule of [...rules].filter((entry) => entry.outcome === "unknown").sort((a, b) => b.weight - a.weight)) {
    if (seen.has(rule.id)) continue;
    seen.add(rule.id);
    const detail = rule.reason.startsWith(UNKNOWN_PREFIX) ? rule.reason.slice(UNKNOWN_PREFIX.length) : rule.reason;
    lines.push(`${rule.label}: ${detail}`);
  }
  return lines;
}

function dataNeededFor(result: IcpResult): LiftChange[] {
  const positive = result.rules.filter((rule) => rule.effect === "score" && rule.weight > 0);
  const total = positive.reduce((sum, rule) => sum + rule.weight, 0);
  let known = positive.filter((rule) => rule.outcome !== "unknown").reduce((sum, rule) => sum + rule.weight, 0);
  const needed: LiftChange[] = [];
  for (const rule of positive.filter((r) => r.outcome === "unknown").sort((a, b) => b.weight - a.weight)) {
    // Compare confidence as the result states it (three decimals), as the tier did.
    if (total === 0 || Math.round((known / total) * 1000) / 1000 >= result.thresholds.minConfidence) break;
    known += rule.weight;
    needed.push(change(rule));
  }
  return needed;
}

/*
 * What explain reads of a result: its rules and thresholds. Anything else (null, a lead, a result
 * list) is an error naming what was passed; the ledger itself is trusted, as scoring built it.
 */
function checkResult(result: unknown): void {
  if (!isObject(result)) throw wrongArgument(["result"], "a scoring result (what scoreLead returns)", result);
  if (!Array.isArray(result["rules"]) || !isObject(result["thresholds"])) {
    const missing = Array.isArray(result["rules"]) ? "thresholds" : "rules";
    throw wrongArgument(["result", missing], `a scoring result with ${missing} (what scoreLead returns)`, result[missing]);
  }
}

/**
 * Explains a result in plain words: the rules that moved the score most, the data that was
 * missing, and the smallest set of missed or unknown rules that would lift the lead to the next
 * tier (or, for `insufficient-data`, the data that would make it scoreable).
 *
 * @example
 * ```ts
 * import { explain, scoreLead } from "icpfit";
 * const icp = { id: "a", version: "1", name: "A", rules: [
 *   { id: "sw", field: "firmographic.industry", op: "eq", value: "Software", points: 30 },
 *   { id: "size", field: "firmographic.employees", op: "between", value: [50, 500], points: 20 },
 * ] } as const;
 * const why = explain(scoreLead({ firmographic: { industry: "Software", employees: 10 } }, icp));
 * why.nextTier?.changes.map((c) => c.id); // ["size"]
 * ```
 */
export function explain(result: IcpResult, options: ExplainOptions = {}): Explanation {
  checkResult(result);
  checkOptions(options);
  const maxReasons = options.maxReasons ?? 3;
  if (typeof maxReasons !== "number" || !(maxReasons >= 0)) throw wrongArgument(["maxReasons"], "a count of 0 or more", maxReasons);
  const reasons = reasonsOf(result.rules, result.disqualifiedBy?.rule, maxReasons);
  const unknown = unknownRules(result.rules);
  const dataNeeded = result.tier === "insufficient-data" ? dataNeededFor(result) : [];
  const target = NEXT_TIER[result.tier];
  const lead = reasons[0] === undefined ? "" : `; ${reasons[0]}`;
  const summary = `${TIER_WORDS[result.tier]} for ICP ${result.icpId}: score ${result.score}/100, confidence ${Math.round(result.confidence * 100)}%${lead}.`;
  const explanation: Explanation = {
    icpId: result.icpId,
    tier: result.tier,
    score: result.score,
    summary,
    reasons,
    unknown,
    dataNeeded,
    ...(target === undefined ? {} : { nextTier: nextTierFor(result, target) }),
    ...(result.disqualifiedBy === undefined ? {} : { disqualifiedBy: result.disqualifiedBy }),
    ...(result.persona === undefined ? {} : { persona: explainPersona(result.persona, result.priority ?? "", maxReasons) }),
  };
  return explanation;
}

/* The rules that moved a score most: knockouts first, then by absolute points. */
function reasonsOf(rules: readonly RuleResult[], disqualifier: string | undefined, maxReasons: number): string[] {
  const moving = rules
    .filter(
      (rule) =>
        rule.points !== 0 ||
        rule.outcome === "excluded" ||
        (rule.effect === "require" && rule.outcome === "miss") ||
        // A require rule left unknown under the "miss" policy disqualifies too.
        rule.id === disqualifier,
    )
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
  const knockouts = moving.filter((rule) => rule.effect !== "score").map((rule) => rule.reason);
  const scored = moving.filter((rule) => rule.effect === "score").map((rule) => `${signed(rule.points)} ${rule.reason}`);
  return [...knockouts, ...scored].slice(0, maxReasons);
}

const MATCH_WORDS: Readonly<Record<PersonaMatch, string>> = { strong: "Strong match", partial: "Partial match", none: "No match" };

function explainPersona(persona: PersonaFit, priority: string, maxReasons: number): PersonaExplanation {
  const reasons = reasonsOf(persona.rules, persona.disqualifiedBy?.rule, maxReasons);
  const lead = reasons[0] === undefined ? "" : `; ${reasons[0]}`;
  const summary = `${MATCH_WORDS[persona.match]} with persona ${persona.name} (${persona.id}): score ${persona.score}/100, priority ${priority}${lead}.`;
  return { id: persona.id, name: persona.name, match: persona.match, score: persona.score, priority, summary, reasons, unknown: unknownRules(persona.rules) };
}
