import { IcpError } from "../errors.js";
import type { Condition } from "../schema/condition.js";
import type { Icp, IcpInput } from "../schema/icp.js";
import type { IcpResult, ResultThresholds, RuleResult, Tier } from "../schema/result.js";
import { DEFAULT_PRIORITY_MATRIX, type PersonaMatch } from "../schema/priority.js";
import { safeParseIcp } from "../schema/parse.js";
import { checkOptions, kindOf } from "./arguments.js";
import { readTime } from "./coerce.js";
import { compileRule, entryFor, leadSource, type CompiledRule, type FieldSource } from "./compile-rule.js";
import { conditionFields, leafConditions } from "./describe.js";
import { compilePersonas, type PersonaOutcome } from "./persona-fit.js";
import { DEFAULT_GRADES, DEFAULT_MIN_CONFIDENCE, DEFAULT_TIERS, gradeFor, tierFor } from "./tiers.js";

export type { FieldSource } from "./compile-rule.js";
export type { PersonaOutcome } from "./persona-fit.js";

/** Options for one scoring call.
 *
 * @example
 * ```ts
 * import { scoreLead, type ScoreOptions } from "icpfit";
 * const options: ScoreOptions = { now: "2026-11-23" };
 * const icp = { id: "a", version: "1", name: "A", rules: [{ id: "active", field: "behavioral.lastActivityAt", op: "withinDays", value: 30, points: 10 }] } as const;
 * scoreLead({ behavioral: { lastActivityAt: "2026-11-20" } }, icp, options).tier; // "primary"
 * ```
 */
export interface ScoreOptions {
  /**
   * The moment to score at, for `withinDays` rules: a `Date`, ISO text or epoch milliseconds.
   * Required when the ICP has `withinDays` rules (the library never reads the clock); a value that
   * is not a valid time is an `INVALID_OPTIONS` error.
   */
  readonly now?: Date | string | number;
}

/** An ICP compiled to closures: validate once, score many leads fast.
 *
 * @example
 * ```ts
 * import { compileIcp, type CompiledIcp } from "icpfit";
 * const scorer: CompiledIcp = compileIcp({ id: "a", version: "1", name: "A", rules: [{ id: "us", field: "firmographic.country", op: "eq", value: "US", points: 5 }] });
 * scorer.fields; // ["firmographic.country"]
 * ```
 */
export interface CompiledIcp {
  /** The validated, frozen ICP. */
  readonly icp: Icp;
  /** Every field path the ICP reads, in rule order. */
  readonly fields: readonly string[];
  /** True when some rule is `withinDays`, so `score` needs `now`. */
  readonly usesTime: boolean;
  /** True when some scoring rule is on the engagement axis, so results carry fit, engagement and grade. */
  readonly hasEngagement: boolean;
  /**
   * Scores one lead. Never throws on a malformed lead; throws `MISSING_NOW` if `now` is needed and
   * absent, and `INVALID_OPTIONS` if it is not a valid time or `options` is not an object. When the
   * ICP has personas and the lead a contact, the result also carries `persona`, `personas` and
   * `priority`; otherwise it has exactly the keys it had before personas existed.
   */
  score(lead: unknown, options?: ScoreOptions): IcpResult;
  /**
   * Scores only the personas of the ICP for a lead's contact (its `contact.*` fields and
   * `painPoints`), without the company rules: the best persona and every persona's score.
   * Undefined when the ICP has no personas or the lead no contact. Never throws on a malformed lead.
   */
  scorePersonas(lead: unknown, options?: ScoreOptions): PersonaOutcome | undefined;
  /** The priority label of a company tier and a persona match, from the ICP's priority matrix (default `A1` ... `D3`, `X`). */
  priority(tier: Tier, match: PersonaMatch): string;
}

const percent = (points: number, max: number): number => (max > 0 ? Math.min(100, Math.round((100 * Math.max(0, points)) / max)) : 0);

function resolveNow(icp: Icp, options: ScoreOptions | undefined): number {
  const given = options?.now;
  if (given === undefined) {
    throw new IcpError("MISSING_NOW", [
      { path: ["now"], message: `ICP "${icp.id}" has withinDays rules, so scoring needs options.now (a Date, ISO text or epoch ms); none was given` },
    ]);
  }
  const now = readTime(given);
  if (typeof now === "number") return now;
  throw new IcpError(
    "INVALID_OPTIONS",
    [{ path: ["now"], message: `expected a valid time (a Date, ISO text or epoch ms) for ICP "${icp.id}"'s withinDays rules; got ${invalidTime(given)}` }],
    "Invalid option:",
  );
}

/* How an unreadable `now` is quoted: the text itself, `NaN`, or "an invalid Date". */
function invalidTime(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value instanceof Date) return "an invalid Date";
  return kindOf(value);
}

/**
 * Validates an ICP and compiles it into a scorer. Compile once, then call `score` per lead: the
 * hot path reads each field once, allocates only the result, and never parses the lead with zod.
 * Throws {@link IcpError} (`INVALID_ICP` or `UNKNOWN_FIELD`) listing every problem.
 *
 * @example
 * ```ts
 * import { compileIcp } from "icpfit";
 * const scorer = compileIcp({
 *   id: "smb", version: "1", name: "SMB",
 *   rules: [{ id: "size", field: "firmographic.employees", op: "between", value: [10, 200], points: 10 }],
 * });
 * scorer.score({ firmographic: { employees: 40 } }).score; // 100
 * ```
 */
export function compileIcp(input: IcpInput | Icp): CompiledIcp {
  return compileIcpFrom(input, leadSource());
}

/** {@link compileIcp} reading fields from another source: `score` takes what the source reads. Internal. */
export function compileIcpFrom(input: IcpInput | Icp, source: FieldSource): CompiledIcp {
  const parsed = safeParseIcp(input);
  if (!parsed.success) throw parsed.error;
  const icp = parsed.data;
  const rules = icp.rules.map((rule) => compileRule(rule, icp, source));
  const tiers = icp.tiers ?? DEFAULT_TIERS;
  const grades = icp.grades ?? DEFAULT_GRADES;
  const minConfidence = icp.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const thresholds: ResultThresholds = Object.freeze({ ...tiers, minConfidence });
  const usesTime = icp.rules.some((rule) => leafConditions(rule as Condition).some((leaf) => leaf.op === "withinDays"));
  const hasEngagement = rules.some((rule) => rule.effect === "score" && rule.axis === "engagement");
  const personas = compilePersonas(icp, source, minConfidence);
  const fields = [...new Set([...icp.rules.flatMap((rule) => conditionFields(rule as Condition)), ...(personas?.fields ?? [])])];

  function score(lead: unknown, options?: ScoreOptions): IcpResult {
    checkOptions(options);
    const nowMs = usesTime ? resolveNow(icp, options) : Number.NaN;
    const ledger: RuleResult[] = new Array<RuleResult>(rules.length);
    let points = 0;
    let maxPoints = 0;
    let knownPositive = 0;
    let totalPositive = 0;
    let fitPoints = 0;
    let fitMax = 0;
    let engagementPoints = 0;
    let engagementMax = 0;
    const scope = source.scope(lead);
    let disqualifiedBy: { readonly rule: string; readonly reason: string } | undefined;

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
        if (rule.axis === "engagement") {
          engagementPoints += entry.points;
          engagementMax += entry.maxPoints;
        } else {
          fitPoints += entry.points;
          fitMax += entry.maxPoints;
        }
      } else if (disqualifiedBy === undefined) {
        const holds = entry === rule.matchEntry;
        const knocksOut =
          rule.effect === "exclude" ? holds : entry === rule.missEntry || (credit < 0 && rule.policy === "miss");
        if (knocksOut) disqualifiedBy = rule.knockout;
      }
    }

    const score = percent(points, maxPoints);
    const confidence = totalPositive > 0 ? Math.round((knownPositive / totalPositive) * 1000) / 1000 : 0;
    const tier =
      disqualifiedBy !== undefined ? "disqualified" : confidence < minConfidence ? "insufficient-data" : tierFor(score, tiers);
    // One object literal per shape (with or without the engagement axis), so every result of an
    // ICP has the same hidden class from the start.
    let result: IcpResult;
    if (hasEngagement) {
      const fit = percent(fitPoints, fitMax);
      const engagement = percent(engagementPoints, engagementMax);
      const grade = gradeFor(fit, engagement, tiers, grades);
      result = { icpId: icp.id, icpVersion: icp.version, score, tier, confidence, points, maxPoints, fit, engagement, grade, thresholds, rules: ledger };
    } else {
      result = { icpId: icp.id, icpVersion: icp.version, score, tier, confidence, points, maxPoints, thresholds, rules: ledger };
    }
    if (disqualifiedBy !== undefined) result.disqualifiedBy = disqualifiedBy;
    // Persona fit only for a lead with a contact, so other leads keep the exact shape they had.
    if (personas !== undefined && personas.hasContact(scope)) {
      const outcome = personas.score(scope, nowMs);
      result.persona = outcome.persona;
      result.personas = outcome.personas;
      result.priority = personas.priority(tier, outcome.persona.match);
    }
    return result;
  }

  function scorePersonas(lead: unknown, options?: ScoreOptions): PersonaOutcome | undefined {
    checkOptions(options);
    if (personas === undefined) return undefined;
    const scope = source.scope(lead);
    // Persona rules read contact fields and painPoints, none of them dates: `now` is never needed.
    return personas.hasContact(scope) ? personas.score(scope, Number.NaN) : undefined;
  }

  const priority = (tier: Tier, match: PersonaMatch): string =>
    personas === undefined ? DEFAULT_PRIORITY_MATRIX[tier][match] : personas.priority(tier, match);

  return { icp, fields, usesTime, hasEngagement, score, scorePersonas, priority };
}
