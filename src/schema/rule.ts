import * as z from "zod";
import {
  BetweenConditionSchema,
  CompareConditionSchema,
  ConditionSchema,
  EqualityConditionSchema,
  ExistsConditionSchema,
  ListConditionSchema,
  RecencyConditionSchema,
  SetConditionSchema,
  TextConditionSchema,
  type Condition,
} from "./condition.js";
import { AxisSchema, EffectSchema, MissingPolicySchema } from "./rule-options.js";

/*
 * Rules: a condition (leaf or `all` / `any` / `not`) with an id, points, an effect, a missing-data
 * policy, an axis and partial credit (`falloff`, `halfLife`).
 */

const ruleId = z.string().trim().min(1).max(100);

const label = z.string().trim().min(1).max(200);

/**
 * The zod shape of the fields every rule has besides its condition: id, label, points, effect,
 * missing-data policy, axis and partial credit. The rule schemas (`EqualityRuleSchema`,
 * `AllRuleSchema`, ...) are a condition's shape extended with it; spelled out as a type so that
 * declarations build under `isolatedDeclarations`.
 *
 * @example
 * ```ts
 * import { AllRuleSchema, type RuleMetaShape } from "icpfit";
 * const pointsSchema: RuleMetaShape["points"] = AllRuleSchema.shape.points;
 * pointsSchema.parse(10); // 10
 * ```
 */
export type RuleMetaShape = {
  /** Stable id, unique in the ICP; named in results, explanations and errors. */
  id: z.ZodString;
  /** Short plain-words name, used in reasons. Defaults to a description of the condition. */
  label: z.ZodOptional<z.ZodString>;
  /** Why the rule exists (for reviewers; not used in scoring). */
  description: z.ZodOptional<z.ZodString>;
  /** Points for a full match, non-zero for `score` rules (negative to penalise); none for `require` / `exclude`. */
  points: z.ZodOptional<z.ZodNumber>;
  /** `score` (default) adds points; `require` disqualifies when the condition fails; `exclude` disqualifies when it holds. */
  effect: z.ZodOptional<typeof EffectSchema>;
  /** Why a lead is disqualified by this `require` / `exclude` rule, shown in the result. */
  reason: z.ZodOptional<z.ZodString>;
  /** What a missing field means for this rule; overrides the ICP's `missing`. */
  missing: z.ZodOptional<typeof MissingPolicySchema>;
  /** Which sub-score the rule feeds: `fit` (default) or `engagement`. */
  axis: z.ZodOptional<typeof AxisSchema>;
  /** Partial credit for numeric comparisons: how far outside the bound (as a fraction of it) credit falls to zero. */
  falloff: z.ZodOptional<z.ZodNumber>;
  /** For `withinDays`: days after which the credit halves (decay from day 0). */
  halfLife: z.ZodOptional<z.ZodNumber>;
};

/**
 * The zod type of a leaf rule schema: the condition schema `C`'s shape extended with the rule
 * fields of {@link RuleMetaShape}, strict (unknown properties are errors).
 *
 * @example
 * ```ts
 * import { EqualityConditionSchema, EqualityRuleSchema, type RuleOf } from "icpfit";
 * const schema: RuleOf<typeof EqualityConditionSchema> = EqualityRuleSchema;
 * schema.parse({ id: "us", field: "firmographic.country", op: "eq", value: "US", points: 10 });
 * ```
 */
export type RuleOf<C extends z.ZodObject> = z.ZodObject<z.core.util.Extend<C["shape"], RuleMetaShape>, z.core.$strict>;

const ruleMeta: RuleMetaShape = {
  id: ruleId,
  label: label.optional(),
  description: z.string().max(2000).optional(),
  points: z.number().min(-1000).max(1000).optional(),
  effect: EffectSchema.optional(),
  reason: z.string().trim().min(1).max(500).optional(),
  missing: MissingPolicySchema.optional(),
  axis: AxisSchema.optional(),
  falloff: z.number().positive().max(100).optional(),
  halfLife: z.number().positive().optional(),
};

/**
 * A scoring or knockout rule with an `eq` / `neq` condition.
 *
 * @example
 * ```ts
 * import { EqualityRuleSchema } from "icpfit";
 * EqualityRuleSchema.parse({ id: "us", field: "firmographic.country", op: "eq", value: "US", points: 10 });
 * ```
 */
export const EqualityRuleSchema: RuleOf<typeof EqualityConditionSchema> = EqualityConditionSchema.extend(ruleMeta);

/**
 * A rule with an `in` / `notIn` condition.
 *
 * @example
 * ```ts
 * import { SetRuleSchema } from "icpfit";
 * SetRuleSchema.parse({ id: "industry", field: "firmographic.industry", op: "in", value: ["Software"], points: 25 });
 * ```
 */
export const SetRuleSchema: RuleOf<typeof SetConditionSchema> = SetConditionSchema.extend(ruleMeta);

/**
 * A rule with a `gt` / `gte` / `lt` / `lte` condition; `falloff` gives partial credit near the bound.
 *
 * @example
 * ```ts
 * import { CompareRuleSchema } from "icpfit";
 * CompareRuleSchema.parse({ id: "intent", field: "behavioral.intentScore", op: "gte", value: 60, points: 10, falloff: 0.5 });
 * ```
 */
export const CompareRuleSchema: RuleOf<typeof CompareConditionSchema> = CompareConditionSchema.extend(ruleMeta);

/**
 * A rule with a `between` condition; `falloff` gives partial credit outside the range.
 *
 * @example
 * ```ts
 * import { BetweenRuleSchema } from "icpfit";
 * BetweenRuleSchema.parse({ id: "size", field: "firmographic.employees", op: "between", value: [50, 500], points: 20, falloff: 0.5 });
 * ```
 */
export const BetweenRuleSchema: RuleOf<typeof BetweenConditionSchema> = BetweenConditionSchema.extend(ruleMeta);

/**
 * A rule with an `includesAny` / `includesAll` / `includesNone` condition.
 *
 * @example
 * ```ts
 * import { ListRuleSchema } from "icpfit";
 * ListRuleSchema.parse({ id: "stack", field: "technographic.technologies", op: "includesAny", value: ["Slack"], points: 15 });
 * ```
 */
export const ListRuleSchema: RuleOf<typeof ListConditionSchema> = ListConditionSchema.extend(ruleMeta);

/**
 * A rule with an `exists` condition.
 *
 * @example
 * ```ts
 * import { ExistsRuleSchema } from "icpfit";
 * ExistsRuleSchema.parse({ id: "has-domain", field: "domain", op: "exists", effect: "require", reason: "Needs a company domain" });
 * ```
 */
export const ExistsRuleSchema: RuleOf<typeof ExistsConditionSchema> = ExistsConditionSchema.extend(ruleMeta);

/**
 * A rule with a `contains` / `startsWith` condition.
 *
 * @example
 * ```ts
 * import { TextRuleSchema } from "icpfit";
 * TextRuleSchema.parse({ id: "edu", field: "email", op: "contains", value: ".edu", points: -5 });
 * ```
 */
export const TextRuleSchema: RuleOf<typeof TextConditionSchema> = TextConditionSchema.extend(ruleMeta);

/**
 * A rule with a `withinDays` condition; `halfLife` decays credit with age.
 *
 * @example
 * ```ts
 * import { RecencyRuleSchema } from "icpfit";
 * RecencyRuleSchema.parse({ id: "active", field: "behavioral.lastActivityAt", op: "withinDays", value: 30, halfLife: 14, points: 10, axis: "engagement" });
 * ```
 */
export const RecencyRuleSchema: RuleOf<typeof RecencyConditionSchema> = RecencyConditionSchema.extend(ruleMeta);

// Internal building block of LeafRuleSchema's type (users name LeafRule); listed in typedoc.json `intentionallyNotExported`.
/** The leaf rule schemas, one per operator group, that {@link LeafRuleSchema} chooses between by `op`. */
type LeafRuleOptions = readonly [
  typeof EqualityRuleSchema,
  typeof SetRuleSchema,
  typeof CompareRuleSchema,
  typeof BetweenRuleSchema,
  typeof ListRuleSchema,
  typeof ExistsRuleSchema,
  typeof TextRuleSchema,
  typeof RecencyRuleSchema,
];

const leafRuleOptions: LeafRuleOptions = [
  EqualityRuleSchema,
  SetRuleSchema,
  CompareRuleSchema,
  BetweenRuleSchema,
  ListRuleSchema,
  ExistsRuleSchema,
  TextRuleSchema,
  RecencyRuleSchema,
];

/**
 * Any rule on a single field, discriminated by `op`.
 *
 * @example
 * ```ts
 * import { LeafRuleSchema } from "icpfit";
 * LeafRuleSchema.parse({ id: "us", field: "firmographic.country", op: "eq", value: "US", points: 10 });
 * ```
 */
export const LeafRuleSchema: z.ZodDiscriminatedUnion<LeafRuleOptions, "op"> = z.discriminatedUnion("op", leafRuleOptions);

// Internal building block of AllRuleSchema's and AnyRuleSchema's types; listed in typedoc.json `intentionallyNotExported`.
/** The zod type of a non-empty list of conditions, as `all` and `any` hold. */
type ConditionList = z.ZodArray<z.ZodType<Condition>>;

/**
 * A rule met when all of its conditions are met.
 *
 * @example
 * ```ts
 * import { AllRuleSchema } from "icpfit";
 * AllRuleSchema.parse({ id: "us-saas", all: [{ field: "firmographic.country", op: "eq", value: "US" }, { field: "firmographic.industry", op: "eq", value: "Software" }], points: 10 });
 * ```
 */
export const AllRuleSchema: z.ZodObject<
  RuleMetaShape & {
    /** The conditions, at least one; the rule is met when all of them are (partial credit: the weakest). */
    all: ConditionList;
  },
  z.core.$strict
> = z.strictObject({
  ...ruleMeta,
  all: z.array(ConditionSchema).min(1),
});

/**
 * A rule met when any of its conditions is met.
 *
 * @example
 * ```ts
 * import { AnyRuleSchema } from "icpfit";
 * AnyRuleSchema.parse({ id: "na", any: [{ field: "firmographic.country", op: "eq", value: "US" }, { field: "firmographic.country", op: "eq", value: "CA" }], points: 5 });
 * ```
 */
export const AnyRuleSchema: z.ZodObject<
  RuleMetaShape & {
    /** The conditions, at least one; the rule is met when any of them is (partial credit: the strongest). */
    any: ConditionList;
  },
  z.core.$strict
> = z.strictObject({
  ...ruleMeta,
  any: z.array(ConditionSchema).min(1),
});

/**
 * A rule met when its condition is not met.
 *
 * @example
 * ```ts
 * import { NotRuleSchema } from "icpfit";
 * NotRuleSchema.parse({ id: "not-edu", not: { field: "email", op: "contains", value: ".edu" }, points: 5 });
 * ```
 */
export const NotRuleSchema: z.ZodObject<
  RuleMetaShape & {
    /** The condition to negate; the rule is met when it is not (partial credit: 1 minus its credit). */
    not: z.ZodType<Condition>;
  },
  z.core.$strict
> =
  z.strictObject({ ...ruleMeta, not: ConditionSchema });

/**
 * A rule over an `all`, `any` or `not` combination of conditions.
 *
 * @example
 * ```ts
 * import { CombinatorRuleSchema } from "icpfit";
 * CombinatorRuleSchema.parse({ id: "na", any: [{ field: "firmographic.country", op: "in", value: ["US", "CA"] }], points: 5 });
 * ```
 */
export const CombinatorRuleSchema: z.ZodUnion<readonly [typeof AllRuleSchema, typeof AnyRuleSchema, typeof NotRuleSchema]> =
  z.union([AllRuleSchema, AnyRuleSchema, NotRuleSchema]);

/**
 * Any ICP rule: a leaf rule or a combinator rule, with its id, points, effect, policy and axis.
 *
 * @example
 * ```ts
 * import { RuleSchema } from "icpfit";
 * RuleSchema.parse({ id: "gov", field: "firmographic.industry", op: "eq", value: "Government", effect: "exclude", reason: "No public sector" });
 * ```
 */
export const RuleSchema: z.ZodUnion<readonly [typeof LeafRuleSchema, typeof CombinatorRuleSchema]> = z.union([
  LeafRuleSchema,
  CombinatorRuleSchema,
]);

/**
 * A rule on a single field.
 *
 * @example
 * ```ts
 * import type { LeafRule } from "icpfit";
 * const value: LeafRule = { id: "us", field: "firmographic.country", op: "eq", value: "US", points: 10 };
 * ```
 */
export type LeafRule = z.infer<typeof LeafRuleSchema>;

/**
 * A rule over `all` / `any` / `not`.
 *
 * @example
 * ```ts
 * import type { CombinatorRule } from "icpfit";
 * const value: CombinatorRule = { id: "na", any: [{ field: "firmographic.country", op: "eq", value: "US" }], points: 5 };
 * ```
 */
export type CombinatorRule = z.infer<typeof CombinatorRuleSchema>;

/**
 * Any validated ICP rule.
 *
 * @example
 * ```ts
 * import type { Rule } from "icpfit";
 * const value: Rule = { id: "size", field: "firmographic.employees", op: "between", value: [50, 500], points: 20 };
 * ```
 */
export type Rule = z.infer<typeof RuleSchema>;
