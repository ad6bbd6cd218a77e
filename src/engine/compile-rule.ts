import { match } from "ts-pattern";
import { IcpError } from "../errors.js";
import type { Condition } from "../schema/condition.js";
import type { Icp } from "../schema/icp.js";
import type { Rule } from "../schema/rule.js";
import type { Axis, Effect, MissingPolicy } from "../schema/rule-options.js";
import type { RuleResult } from "../schema/rule-result.js";
import { checkFieldPath, fieldReader, readRoots, type FieldReader } from "../schema/field-path.js";
import { readerOf } from "../schema/derived-fields.js";
import { conditionFields, describeCondition, leafConditions } from "./describe.js";
import { compileAll, compileAny, compileLeaf, compileNot, UNKNOWN_MISSING, type Evaluator, type Shaping } from "./operators.js";

/*
 * One rule compiled to a closure with its ledger entries built once, and where rules read their
 * fields from. Shared by the company rules and the persona rules of an ICP (compile.ts,
 * persona-fit.ts), so both give the same ledger for the same condition.
 */

/** A compiled rule. Internal. */
export interface CompiledRule {
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
export function leadSource(): FieldSource {
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

/** Compiles one rule; `icp` gives the default missing-data policy. */
export function compileRule(rule: Rule, icp: Icp, source: FieldSource): CompiledRule {
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

/** The ledger entry of a rule for the credit its condition gave (1, 0, unknown, or a partial share). */
export function entryFor(rule: CompiledRule, credit: number): RuleResult {
  if (credit === 1) return rule.matchEntry;
  if (credit === 0) return rule.missEntry;
  if (credit === UNKNOWN_MISSING) return rule.missingEntry;
  if (credit < 0) return rule.wrongTypeEntry;
  // Knockouts have no partial credit: any credit means the condition holds.
  if (rule.effect !== "score") return rule.matchEntry;
  // Rounding to hundredths must not lift a partial credit above the rule's own weight.
  const rounded = round2(rule.weight * credit);
  const earned = rule.weight > 0 ? Math.min(rule.weight, rounded) : Math.max(rule.weight, rounded);
  return { id: rule.id, label: rule.label, effect: "score", axis: rule.axis, outcome: "partial", points: earned, maxPoints: rule.matchEntry.maxPoints, weight: rule.weight, reason: rule.partialReason(credit) };
}
