import { match } from "ts-pattern";
import { IcpError } from "../errors.js";
import type { Condition } from "../schema/condition.js";
import type { Icp, IcpInput } from "../schema/icp.js";
import type { Rule } from "../schema/rule.js";
import type { Axis, Effect, MissingPolicy } from "../schema/rule-options.js";
import type { IcpResult, ResultThresholds, RuleResult } from "../schema/result.js";
import { safeParseIcp } from "../schema/parse.js";
import { checkOptions, kindOf } from "./arguments.js";
import { readTime } from "./coerce.js";
import { conditionFields, describeCondition, leafConditions } from "./describe.js";
import { compileAll, compileAny, compileLeaf, compileNot, UNKNOWN_MISSING, type Evaluator, type Shaping } from "./operators.js";
import { checkFieldPath, fieldReader, readRoots, type FieldReader } from "../schema/field-path.js";
import { readerOf } from "../schema/derived-fields.js";
import { DEFAULT_GRADES, DEFAULT_MIN_CONFIDENCE, DEFAULT_TIERS, gradeFor, tierFor } from "./tiers.js";

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
   * absent, and `INVALID_OPTIONS` if it is not a valid time or `options` is not an object.
   */
  score(lead: unknown, options?: ScoreOptions): IcpResult;
}

interface CompiledRule {
  readonly id: string;
  readonly label: string;
  readonly effect: Effect;
  readonly axis: Axis;
  readonly weight: number;
  readonly policy: MissingPolicy;
  readonly evaluate: Evaluator;
  readonly partialReason: (credit: number) => string;
  readonly knockout: { readonly rule: string; readonly reason: string };
  /* Ledger entries for the outcomes that depend on the rule alone, built once and shared (frozen)
   * by every result, so that scoring allocates one entry per rule only for partial credit. */
  readonly matchEntry: RuleResult;
  readonly missEntry: RuleResult;
  readonly missingEntry: RuleResult;
  readonly wrongTypeEntry: RuleResult;
}

/**
 * Where compiled rules read their fields from. Internal: `compileIcp` reads lead objects; the CLI
 * reads the cells of a CSV row directly (`mappedFieldSource` in src/adapters/map-record.ts), which
 * gives the same values without building a lead per row.
 */
export interface FieldSource {
  /** A reader for one checked path; it reads from what {@link FieldSource.scope} returns. */
  reader(segments: readonly string[]): FieldReader;
  /** What the readers read from, built once per scored value. */
  scope(input: unknown): unknown;
}

/** The lead-object source: each distinct root (`firmographic`, …) is read once per lead. */
function leadSource(): FieldSource {
  const slots = new Map<string, number>();
  const roots: string[] = [];
  return {
    reader(segments) {
      const root = segments[0] as string;
      let slot = slots.get(root);
      if (slot === undefined) {
        slot = roots.length;
        roots.push(root);
        slots.set(root, slot);
      }
      return fieldReader(segments, slot);
    },
    scope: (lead) => readRoots(lead, roots),
  };
}

function compileCondition(condition: Condition, source: FieldSource, shaping?: Shaping): Evaluator {
  if ("all" in condition) return compileAll(condition.all.map((inner) => compileCondition(inner, source)));
  if ("any" in condition) return compileAny(condition.any.map((inner) => compileCondition(inner, source)));
  if ("not" in condition) return compileNot(compileCondition(condition.not, source));
  const field = checkFieldPath(condition.field);
  // Paths were checked by safeParseIcp; this guard only keeps the types honest.
  if (!field.ok) throw new IcpError("UNKNOWN_FIELD", [{ path: ["field"], message: field.message }]);
  // Derived fields (`contact.freeMail`) read their stored sources through the same source.
  return compileLeaf(condition, readerOf(field.segments, (segments) => source.reader(segments)), shaping);
}

function compileRule(rule: Rule, icp: Icp, source: FieldSource): CompiledRule {
  const condition = rule as Condition;
  const label = rule.label ?? describeCondition(condition);
  const effect = rule.effect ?? "score";
  const axis = rule.axis ?? "fit";
  const policy = rule.missing ?? icp.missing ?? "neutral";
  const weight = effect === "score" ? (rule.points ?? 0) : 0;
  const fields = conditionFields(condition).join(", ");
  const knockout = rule.reason ?? label;
  const onMatch = effect === "exclude" ? `Excluded: ${knockout}` : effect === "require" ? `Requirement met: ${label}` : label;
  const onMiss = effect === "exclude" ? `Not excluded: it is not true that ${label}` : effect === "require" ? `Requirement not met: ${knockout}` : `Not met: ${label}`;
  // What a known rule adds to the denominator, and what an unknown one adds under its policy.
  const counted = weight > 0 ? weight : 0;
  const countedUnknown = policy === "miss" ? counted : 0;
  const entry = (outcome: RuleResult["outcome"], points: number, maxPoints: number, reason: string): RuleResult =>
    Object.freeze({ id: rule.id, label, effect, axis, outcome, points, maxPoints, weight, reason });
  return {
    id: rule.id,
    label,
    effect,
    axis,
    weight,
    policy,
    evaluate: compileCondition(condition, source, { falloff: rule.falloff, halfLife: rule.halfLife }),
    partialReason: partialReasons(label),
    knockout: Object.freeze({ rule: rule.id, reason: knockout }),
    matchEntry: entry(effect === "exclude" ? "excluded" : "match", weight, counted, onMatch),
    missEntry: entry("miss", 0, counted, onMiss),
    missingEntry: entry("unknown", 0, countedUnknown, `Unknown: no data for ${fields}`),
    wrongTypeEntry: entry("unknown", 0, countedUnknown, `Unknown: this rule cannot read the value of ${fields}${expectedValue(condition)}`),
  };
}

/*
 * What a rule of one leaf condition reads, for the reason of an unreadable value: " (it expects a
 * number)". Empty for groups, whose leaves may expect different kinds.
 */
function expectedValue(condition: Condition): string {
  const leaves = leafConditions(condition);
  const leaf = leaves.length === 1 ? leaves[0] : undefined;
  if (leaf === undefined) return "";
  const value: unknown = "value" in leaf ? leaf.value : undefined;
  const values: readonly unknown[] = Array.isArray(value) ? value : [value];
  const kind = match(leaf.op)
    .with("gt", "gte", "lt", "lte", "between", () => "a number")
    .with("withinDays", () => "an ISO 8601 date")
    .with("includesAny", "includesAll", "includesNone", () => "a list or text")
    .with("contains", "startsWith", () => "text")
    .with("eq", "neq", "in", "notIn", () => (values.every((value) => typeof value === "number") ? "a number" : values.every((value) => typeof value === "boolean") ? "true or false" : "text"))
    .with("exists", () => undefined)
    .exhaustive();
  return kind === undefined ? "" : ` (it expects ${kind})`;
}

/*
 * "Partly met (63%): <label>" for a partial credit. A rule has at most 101 such reasons (whole
 * percents), so each is built once and shared by every result instead of once per lead.
 */
function partialReasons(label: string): (credit: number) => string {
  const built = new Map<number, string>();
  return (credit) => {
    const percent = Math.round(credit * 100);
    let reason = built.get(percent);
    if (reason === undefined) {
      reason = `Partly met (${percent}%): ${label}`;
      if (built.size <= 100) built.set(percent, reason);
    }
    return reason;
  };
}

// `+ 0` turns -0 (a negative rule's tiny partial credit) into 0, so results survive a JSON round trip.
const round2 = (value: number): number => Math.round(value * 100) / 100 + 0;
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
  const fields = [...new Set(icp.rules.flatMap((rule) => conditionFields(rule as Condition)))];

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
      let entry: RuleResult;
      if (credit === 1) entry = rule.matchEntry;
      else if (credit === 0) entry = rule.missEntry;
      else if (credit === UNKNOWN_MISSING) entry = rule.missingEntry;
      else if (credit < 0) entry = rule.wrongTypeEntry;
      else if (rule.effect === "score") {
        // Rounding to hundredths must not lift a partial credit above the rule's own weight.
        const rounded = round2(rule.weight * credit);
        const earned = rule.weight > 0 ? Math.min(rule.weight, rounded) : Math.max(rule.weight, rounded);
        entry = { id: rule.id, label: rule.label, effect: "score", axis: rule.axis, outcome: "partial", points: earned, maxPoints: rule.matchEntry.maxPoints, weight: rule.weight, reason: rule.partialReason(credit) };
      } else {
        // Knockouts have no partial credit: any credit means the condition holds.
        entry = rule.matchEntry;
      }
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
    return result;
  }

  return { icp, fields, usesTime, hasEngagement, score };
}
