import * as z from "zod";

const ruleId = z.string().trim().min(1).max(100);
const fieldPath = z.string().trim().min(1).max(200);
const label = z.string().trim().min(1).max(200);
const scalar = z.union([z.string(), z.number(), z.boolean()]);
const nonEmptyTextList = z.array(z.string().trim().min(1)).min(1);

/* Leaf conditions: one schema per group of operators so that `value` is typed by `op`. */
/**
 * `eq` / `neq`: the field equals (or differs from) a text, number or boolean value.
 *
 * @example
 * ```ts
 * import { EqualityConditionSchema } from "icpfit";
 * EqualityConditionSchema.parse({ field: "firmographic.country", op: "eq", value: "US" });
 * ```
 */
export const EqualityConditionSchema: z.ZodObject<{
    /** Dotted path of the lead field to test, e.g. `firmographic.industry`; custom fields are `attributes.<name>`. */
    field: z.ZodString;
    /** `eq` or `neq`. */
    op: z.ZodEnum<{
        /** Met when the field equals `value`. */
        eq: "eq";
        /** Met when the field differs from `value`. */
        neq: "neq";
    }>;
    /** Text, number or boolean to compare with; lead text such as `"1,200"` or `"yes"` is read as a number or boolean when `value` is one. */
    value: z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>;
    /** Compare text case-sensitively; by default case is ignored (surrounding spaces always are). */
    caseSensitive: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict> = z.strictObject({
  field: fieldPath,
  op: z.enum(["eq", "neq"]),
  value: scalar,
  caseSensitive: z.boolean().optional(),
});
/**
 * `in` / `notIn`: the field is (or is not) one of a list of values.
 *
 * @example
 * ```ts
 * import { SetConditionSchema } from "icpfit";
 * SetConditionSchema.parse({ field: "firmographic.industry", op: "in", value: ["Software", "Internet"] });
 * ```
 */
export const SetConditionSchema: z.ZodObject<{
    /** Dotted path of the lead field to test, e.g. `firmographic.industry`; custom fields are `attributes.<name>`. */
    field: z.ZodString;
    /** `in` or `notIn`. */
    op: z.ZodEnum<{
        /** Met when the field is one of the values. */
        in: "in";
        /** Met when the field is none of the values. */
        notIn: "notIn";
    }>;
    /** The values, at least one; numbers listed also match lead text that reads as that number. */
    value: z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>;
    /** Compare text case-sensitively; by default case is ignored (surrounding spaces always are). */
    caseSensitive: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict> = z.strictObject({
  field: fieldPath,
  op: z.enum(["in", "notIn"]),
  value: z.array(z.union([z.string(), z.number()])).min(1),
  caseSensitive: z.boolean().optional(),
});
/**
 * `gt` / `gte` / `lt` / `lte`: numeric comparison with a bound.
 *
 * @example
 * ```ts
 * import { CompareConditionSchema } from "icpfit";
 * CompareConditionSchema.parse({ field: "behavioral.intentScore", op: "gte", value: 60 });
 * ```
 */
export const CompareConditionSchema: z.ZodObject<{
    /** Dotted path of the lead field to test, e.g. `firmographic.industry`; custom fields are `attributes.<name>`. */
    field: z.ZodString;
    /** `gt`, `gte`, `lt` or `lte`. */
    op: z.ZodEnum<{
        /** Met when the field is greater than `value`. */
        gt: "gt";
        /** Met when the field is greater than or equal to `value`. */
        gte: "gte";
        /** Met when the field is less than `value`. */
        lt: "lt";
        /** Met when the field is less than or equal to `value`. */
        lte: "lte";
    }>;
    /** The bound; lead text such as `"$5M"` or `"51-200"` is read as a number. A rule's `falloff` gives partial credit just past it. */
    value: z.ZodNumber;
}, z.core.$strict> = z.strictObject({
  field: fieldPath,
  op: z.enum(["gt", "gte", "lt", "lte"]),
  value: z.number(),
});
/**
 * `between`: min <= value <= max, both inclusive; min must not exceed max.
 *
 * @example
 * ```ts
 * import { BetweenConditionSchema } from "icpfit";
 * BetweenConditionSchema.parse({ field: "firmographic.employees", op: "between", value: [50, 500] });
 * ```
 */
export const BetweenConditionSchema: z.ZodObject<{
    /** Dotted path of the lead field to test, e.g. `firmographic.industry`; custom fields are `attributes.<name>`. */
    field: z.ZodString;
    /** `"between"`: met when the field's number lies in the range. */
    op: z.ZodLiteral<"between">;
    /** `[min, max]`, both inclusive; min must not exceed max. A rule's `falloff` gives partial credit just outside. */
    value: z.ZodTuple<[z.ZodNumber, z.ZodNumber], null>;
}, z.core.$strict> = z.strictObject({
  field: fieldPath,
  op: z.literal("between"),
  value: z.tuple([z.number(), z.number()]).refine(([min, max]) => min <= max, {
    message: "expected [min, max] with min <= max",
  }),
});
/**
 * `includesAny` / `includesAll` / `includesNone`: the lead's list shares any / all / none of the items.
 *
 * @example
 * ```ts
 * import { ListConditionSchema } from "icpfit";
 * ListConditionSchema.parse({ field: "technographic.technologies", op: "includesAny", value: ["Slack", "Jira"] });
 * ```
 */
export const ListConditionSchema: z.ZodObject<{
    /** Dotted path of the lead field to test, e.g. `firmographic.industry`; custom fields are `attributes.<name>`. */
    field: z.ZodString;
    /** `includesAny`, `includesAll` or `includesNone`. */
    op: z.ZodEnum<{
        /** Met when the lead's list holds at least one of the items. */
        includesAny: "includesAny";
        /** Met when the lead's list holds every item. */
        includesAll: "includesAll";
        /** Met when the lead's list holds none of the items. */
        includesNone: "includesNone";
    }>;
    /** The items to look for, at least one, none blank. Lead text such as `"Slack;Jira"` is read as a list. */
    value: z.ZodArray<z.ZodString>;
    /** Compare text case-sensitively; by default case is ignored (surrounding spaces always are). */
    caseSensitive: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict> = z.strictObject({
  field: fieldPath,
  op: z.enum(["includesAny", "includesAll", "includesNone"]),
  value: nonEmptyTextList,
  caseSensitive: z.boolean().optional(),
});
/**
 * `exists`: the field holds a value (not null, blank or an empty list). Never unknown.
 *
 * @example
 * ```ts
 * import { ExistsConditionSchema } from "icpfit";
 * ExistsConditionSchema.parse({ field: "domain", op: "exists" });
 * ```
 */
export const ExistsConditionSchema: z.ZodObject<{
    /** Dotted path of the lead field to test, e.g. `firmographic.industry`; custom fields are `attributes.<name>`. */
    field: z.ZodString;
    /** `"exists"`: met when the field holds a value; takes no `value`. */
    op: z.ZodLiteral<"exists">;
}, z.core.$strict> = z.strictObject({
  field: fieldPath,
  op: z.literal("exists"),
});
/**
 * `contains` / `startsWith`: substring or prefix match on text.
 *
 * @example
 * ```ts
 * import { TextConditionSchema } from "icpfit";
 * TextConditionSchema.parse({ field: "email", op: "contains", value: "@acme." });
 * ```
 */
export const TextConditionSchema: z.ZodObject<{
    /** Dotted path of the lead field to test, e.g. `firmographic.industry`; custom fields are `attributes.<name>`. */
    field: z.ZodString;
    /** `contains` or `startsWith`. */
    op: z.ZodEnum<{
        /** Met when the field's text contains `value`. */
        contains: "contains";
        /** Met when the field's text starts with `value`. */
        startsWith: "startsWith";
    }>;
    /** The text to look for (not empty). */
    value: z.ZodString;
    /** Compare text case-sensitively; by default case is ignored (surrounding spaces always are). */
    caseSensitive: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict> = z.strictObject({
  field: fieldPath,
  op: z.enum(["contains", "startsWith"]),
  value: z.string().min(1),
  caseSensitive: z.boolean().optional(),
});
/**
 * `withinDays`: the date is at most `value` days before `now`.
 *
 * @example
 * ```ts
 * import { RecencyConditionSchema } from "icpfit";
 * RecencyConditionSchema.parse({ field: "behavioral.lastActivityAt", op: "withinDays", value: 30 });
 * ```
 */
export const RecencyConditionSchema: z.ZodObject<{
    /** Dotted path of the lead field to test, e.g. `firmographic.industry`; custom fields are `attributes.<name>`. */
    field: z.ZodString;
    /** `"withinDays"`: met when the field's date is recent enough. */
    op: z.ZodLiteral<"withinDays">;
    /** Largest age in days (positive) before `now`; a date after `now` counts as today. */
    value: z.ZodNumber;
}, z.core.$strict> = z.strictObject({
  field: fieldPath,
  op: z.literal("withinDays"),
  value: z.number().positive(),
});

// Internal building block of LeafConditionSchema's type (users name LeafCondition); listed in typedoc.json `intentionallyNotExported`.
/** The leaf condition schemas, one per operator group, that {@link LeafConditionSchema} chooses between by `op`. */
type LeafOptions = readonly [
  typeof EqualityConditionSchema,
  typeof SetConditionSchema,
  typeof CompareConditionSchema,
  typeof BetweenConditionSchema,
  typeof ListConditionSchema,
  typeof ExistsConditionSchema,
  typeof TextConditionSchema,
  typeof RecencyConditionSchema,
];
const leafOptions: LeafOptions = [
  EqualityConditionSchema,
  SetConditionSchema,
  CompareConditionSchema,
  BetweenConditionSchema,
  ListConditionSchema,
  ExistsConditionSchema,
  TextConditionSchema,
  RecencyConditionSchema,
] as const;

/**
 * Any leaf condition, discriminated by `op`.
 *
 * @example
 * ```ts
 * import { LeafConditionSchema } from "icpfit";
 * LeafConditionSchema.parse({ field: "firmographic.industry", op: "eq", value: "Software" });
 * ```
 */
export const LeafConditionSchema: z.ZodDiscriminatedUnion<LeafOptions, "op"> = z.discriminatedUnion("op", leafOptions);
/**
 * A condition on one field; `value` is typed by `op`.
 *
 * @example
 * ```ts
 * import type { LeafCondition } from "icpfit";
 * const value: LeafCondition = { field: "firmographic.employees", op: "gt", value: 10 };
 * ```
 */
export type LeafCondition = z.infer<typeof LeafConditionSchema>;
/**
 * The name of a leaf operator, e.g. `"between"`.
 *
 * @example
 * ```ts
 * import type { Operator } from "icpfit";
 * const value: Operator = "includesAny";
 * ```
 */
export type Operator = LeafCondition["op"];

/**
 * A condition: a leaf test on one field, or `all` / `any` / `not` over conditions. Written by hand only because TypeScript cannot infer a recursive type; the leaf part still comes from the schema.
 *
 * @example
 * ```ts
 * import type { Condition } from "icpfit";
 * const value: Condition = { not: { field: "firmographic.country", op: "eq", value: "US" } };
 * ```
 */
export type Condition =
  | LeafCondition
  | {
      /** The conditions (at least one); met when every one of them is met. */
      all: Condition[];
    }
  | {
      /** The conditions (at least one); met when any one of them is met. */
      any: Condition[];
    }
  | {
      /** The condition to negate; met when it is not met. */
      not: Condition;
    };

/**
 * A leaf condition or an `all` / `any` / `not` combination of conditions, nested to any depth.
 *
 * @example
 * ```ts
 * import { ConditionSchema } from "icpfit";
 * ConditionSchema.parse({ any: [{ field: "firmographic.country", op: "eq", value: "US" }, { field: "firmographic.country", op: "eq", value: "CA" }] });
 * ```
 */
export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    LeafConditionSchema,
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
  ]),
);

/**
 * What a rule does: `score` (add points), `require` (not met: disqualified), `exclude` (met: disqualified).
 *
 * @example
 * ```ts
 * import { EffectSchema } from "icpfit";
 * EffectSchema.parse("exclude");
 * ```
 */
export const EffectSchema: z.ZodEnum<{
  /** Adds the rule's points when its condition is met (a share of them for partial credit); negative points penalise. */
  score: "score";
  /** A knockout: the lead is disqualified when the condition is not met. */
  require: "require";
  /** A knockout: the lead is disqualified when the condition is met. */
  exclude: "exclude";
}> = z.enum(["score", "require", "exclude"]);
/**
 * What an unknown rule costs: `neutral` drops it from the denominator, `miss` scores it 0 of its points.
 *
 * @example
 * ```ts
 * import { MissingPolicySchema } from "icpfit";
 * MissingPolicySchema.parse("neutral");
 * ```
 */
export const MissingPolicySchema: z.ZodEnum<{
  /** An unknown rule earns nothing and is left out of the denominator (`maxPoints`), so it neither raises nor lowers the score; an unknown `require` rule does not disqualify. */
  neutral: "neutral";
  /** An unknown rule counts as not met: it earns 0 with its weight still in the denominator, and an unknown `require` rule disqualifies. */
  miss: "miss";
}> = z.enum(["neutral", "miss"]);
/**
 * Which sub-score a rule feeds: `fit` (default) or `engagement`; ICPs with engagement rules get grades.
 *
 * @example
 * ```ts
 * import { AxisSchema } from "icpfit";
 * AxisSchema.parse("engagement");
 * ```
 */
export const AxisSchema: z.ZodEnum<{
  /** Who the lead is (firmographics, technographics, ...): the fit sub-score and the grade letter. */
  fit: "fit";
  /** What the lead does (visits, opens, recent activity): the engagement sub-score and the grade digit. */
  engagement: "engagement";
}> = z.enum(["fit", "engagement"]);

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
 * Score thresholds (0-100) for the tiers, each inclusive; primary > secondary > tertiary.
 *
 * @example
 * ```ts
 * import { TierThresholdsSchema } from "icpfit";
 * TierThresholdsSchema.parse({ primary: 80, secondary: 60, tertiary: 40 });
 * ```
 */
export const TierThresholdsSchema: z.ZodObject<
  {
    /** Lowest score for `primary`. */
    primary: z.ZodNumber;
    /** Lowest score for `secondary`. */
    secondary: z.ZodNumber;
    /** Lowest score for `tertiary`. */
    tertiary: z.ZodNumber;
  },
  z.core.$strict
> = z
  .strictObject({
    primary: z.number().min(0).max(100),
    secondary: z.number().min(0).max(100),
    tertiary: z.number().min(0).max(100),
  })
  .refine((t) => t.primary > t.secondary && t.secondary > t.tertiary, {
    message: "expected primary > secondary > tertiary",
  });

/**
 * Engagement thresholds for the grade digit: 1 at `engagementHigh`, 2 at `engagementMedium`, 3 below.
 *
 * @example
 * ```ts
 * import { GradeThresholdsSchema } from "icpfit";
 * GradeThresholdsSchema.parse({ engagementHigh: 60, engagementMedium: 30 });
 * ```
 */
export const GradeThresholdsSchema: z.ZodObject<
  {
    /** Lowest engagement score for grade digit 1. */
    engagementHigh: z.ZodNumber;
    /** Lowest engagement score for grade digit 2. */
    engagementMedium: z.ZodNumber;
  },
  z.core.$strict
> = z
  .strictObject({
    engagementHigh: z.number().min(0).max(100),
    engagementMedium: z.number().min(0).max(100),
  })
  .refine((g) => g.engagementHigh > g.engagementMedium, {
    message: "expected engagementHigh > engagementMedium",
  });

/**
 * An Ideal Customer Profile: identity, tier thresholds, missing-data policy, `minConfidence` and 1-200 rules. Strict: unknown properties are errors, so typos surface.
 *
 * @example
 * ```ts
 * import { IcpSchema } from "icpfit";
 * IcpSchema.parse({ id: "smb", version: "1", name: "SMB", rules: [{ id: "size", field: "firmographic.employees", op: "lt", value: 50, points: 10 }] });
 * ```
 */
export const IcpSchema: z.ZodObject<
  {
    /** JSON Schema address for editor validation; ignored by scoring. */
    $schema: z.ZodOptional<z.ZodString>;
    /** Stable id of the ICP, copied into every result. */
    id: z.ZodString;
    /** Version of the ICP, copied into every result. */
    version: z.ZodString;
    /** Human-readable name. */
    name: z.ZodString;
    /** What the profile is for. */
    description: z.ZodOptional<z.ZodString>;
    /** Date of the last review (`YYYY-MM-DD`); `lintIcp` flags ICPs not reviewed within 12 months. */
    reviewedAt: z.ZodOptional<z.ZodISODate>;
    /** Score thresholds for primary / secondary / tertiary (defaults 80 / 60 / 40). */
    tiers: z.ZodOptional<typeof TierThresholdsSchema>;
    /** Engagement thresholds for the grade digit (defaults 60 / 30). */
    grades: z.ZodOptional<typeof GradeThresholdsSchema>;
    /** What a missing field means: `neutral` (default, out of the denominator) or `miss`. */
    missing: z.ZodOptional<typeof MissingPolicySchema>;
    /** Below this confidence a lead is `insufficient-data` (default 0.5). */
    minConfidence: z.ZodOptional<z.ZodNumber>;
    /** The rules, 1 to 200. */
    rules: z.ZodArray<typeof RuleSchema>;
  },
  z.core.$strict
> = z.strictObject({
  $schema: z.string().optional(),
  id: ruleId,
  version: z.string().trim().min(1).max(100),
  name: z.string().trim().min(1).max(200),
  description: z.string().max(5000).optional(),
  reviewedAt: z.iso.date().optional(),
  tiers: TierThresholdsSchema.optional(),
  grades: GradeThresholdsSchema.optional(),
  missing: MissingPolicySchema.optional(),
  minConfidence: z.number().min(0).max(1).optional(),
  rules: z.array(RuleSchema).min(1).max(200),
});

/**
 * A rule effect: `"score"`, `"require"` or `"exclude"`.
 *
 * @example
 * ```ts
 * import type { Effect } from "icpfit";
 * const value: Effect = "require";
 * ```
 */
export type Effect = z.infer<typeof EffectSchema>;
/**
 * A missing-data policy: `"neutral"` or `"miss"`.
 *
 * @example
 * ```ts
 * import type { MissingPolicy } from "icpfit";
 * const value: MissingPolicy = "miss";
 * ```
 */
export type MissingPolicy = z.infer<typeof MissingPolicySchema>;
/**
 * A rule axis: `"fit"` or `"engagement"`.
 *
 * @example
 * ```ts
 * import type { Axis } from "icpfit";
 * const value: Axis = "fit";
 * ```
 */
export type Axis = z.infer<typeof AxisSchema>;
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
/**
 * Validated tier thresholds.
 *
 * @example
 * ```ts
 * import type { TierThresholds } from "icpfit";
 * const value: TierThresholds = { primary: 85, secondary: 65, tertiary: 45 };
 * ```
 */
export type TierThresholds = z.infer<typeof TierThresholdsSchema>;
/**
 * Validated grade thresholds.
 *
 * @example
 * ```ts
 * import type { GradeThresholds } from "icpfit";
 * const value: GradeThresholds = { engagementHigh: 70, engagementMedium: 40 };
 * ```
 */
export type GradeThresholds = z.infer<typeof GradeThresholdsSchema>;
/**
 * A validated ICP, as returned by `defineIcp` (frozen).
 *
 * @example
 * ```ts
 * import type { Icp } from "icpfit";
 * const value: Icp = { id: "smb", version: "1", name: "SMB", rules: [{ id: "size", field: "firmographic.employees", op: "lt", value: 50, points: 10 }] };
 * ```
 */
export type Icp = z.infer<typeof IcpSchema>;
/**
 * Makes a type deeply read-only, keeping tuples as tuples, so that ICPs declared `as const` (or
 * typed with readonly arrays) are accepted wherever a mutable ICP is.
 *
 * @example
 * ```ts
 * import type { ReadonlyDeep } from "icpfit";
 * const pair: ReadonlyDeep<[number, number]> = [50, 500] as const;
 * ```
 */
export type ReadonlyDeep<T> = T extends readonly [infer A, infer B]
  ? readonly [ReadonlyDeep<A>, ReadonlyDeep<B>]
  : T extends ReadonlyArray<infer U>
    ? ReadonlyArray<ReadonlyDeep<U>>
    : T extends Date
      ? T
      : T extends object
        ? { readonly [K in keyof T]: ReadonlyDeep<T[K]> }
        : T;

/**
 * What `defineIcp` and `compileIcp` accept: an ICP as written in TypeScript (mutable or
 * `as const`) or parsed from JSON.
 *
 * @example
 * ```ts
 * import type { IcpInput } from "icpfit";
 * const icp = {
 *   id: "smb", version: "1", name: "SMB",
 *   rules: [{ id: "size", field: "firmographic.employees", op: "between", value: [1, 50], points: 10 }],
 * } as const satisfies IcpInput;
 * ```
 */
export type IcpInput = ReadonlyDeep<z.input<typeof IcpSchema>>;
