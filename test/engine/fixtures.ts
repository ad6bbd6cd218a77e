import { scoreLead, type IcpInput, type IcpResult, type LeafCondition, type ReadonlyDeep, type RuleResult, type ScoreOptions } from "../../src/index.js";

/* Shared builders for the engine tests: small ICPs written inline, scored at a fixed `now`. */

/** One rule as `defineIcp` accepts it. */
export type RuleInput = IcpInput["rules"][number];

/** The fixed moment every time-based test scores at. */
export const NOW = "2026-11-23T12:00:00Z";
export const NOW_MS: number = Date.parse(NOW);
export const DAY_MS = 86_400_000;

/** An ISO timestamp `days` days before {@link NOW}. */
export function daysAgo(days: number): string {
  return new Date(NOW_MS - days * DAY_MS).toISOString();
}

/** A minimal valid ICP around the given rules. */
export function icpOf(rules: readonly RuleInput[], extra: Omit<Partial<IcpInput>, "rules"> = {}): IcpInput {
  return { id: "test", version: "1", name: "Test", ...extra, rules };
}

/** A leaf condition as written in a test, `as const` or not. */
export type ConditionInput = ReadonlyDeep<LeafCondition>;

/** Options a leaf test may add to the rule that wraps its condition. */
export interface RuleShaping {
  readonly falloff?: number;
  readonly halfLife?: number;
  readonly points?: number;
}

/** A positive rule on a field no test lead sets, for ICPs that would otherwise have no positive points. */
export const FILLER: RuleInput = { id: "filler", field: "attributes.filler", op: "exists", points: 1 };

/**
 * Scores `lead` against an ICP holding one 10-point rule on `condition` (first), plus
 * {@link FILLER} when the rule's points are negative (an ICP needs a positive rule).
 */
export function scoreCondition(condition: ConditionInput, lead: unknown, shaping: RuleShaping = {}, options: ScoreOptions = { now: NOW }): IcpResult {
  const rule = { id: "r", points: 10, ...shaping, ...condition } as RuleInput;
  return scoreLead(lead, icpOf((shaping.points ?? 10) > 0 ? [rule] : [rule, FILLER]), options);
}

/** The ledger entry of the single rule built by {@link scoreCondition}. */
export function ruleOf(condition: ConditionInput, lead: unknown, shaping: RuleShaping = {}): RuleResult {
  const entry = scoreCondition(condition, lead, shaping).rules[0];
  if (entry === undefined) throw new Error("expected one rule result");
  return entry;
}

/** The outcome of one condition against one lead. */
export function outcomeOf(condition: ConditionInput, lead: unknown, shaping: RuleShaping = {}): RuleResult["outcome"] {
  return ruleOf(condition, lead, shaping).outcome;
}

/** The ledger entry with this id, failing the test when there is none. */
export function entry(result: IcpResult, id: string): RuleResult {
  const found = result.rules.find((rule) => rule.id === id);
  if (found === undefined) throw new Error(`no rule result "${id}"`);
  return found;
}

/** Reason prefixes the engine writes for unknown rules. */
export const MISSING_REASON: RegExp = /^Unknown: no data for /;
export const WRONG_TYPE_REASON: RegExp = /^Unknown: this rule cannot read the value of /;
