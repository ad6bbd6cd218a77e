import * as z from "zod";

const ruleId = z.string().trim().min(1).max(100);
const fieldPath = z.string().trim().min(1).max(200);
const label = z.string().trim().min(1).max(200);
const scalar = z.union([z.string(), z.number(), z.boolean()]);
const nonEmptyTextList = z.array(z.string().trim().min(1)).min(1);

/* Leaf conditions: one schema per group of operators so that `value` is typed by `op`. */
export const EqualityConditionSchema: z.ZodObject<{
    field: z.ZodString;
    op: z.ZodEnum<{
        eq: "eq";
        neq: "neq";
    }>;
    value: z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>;
    caseSensitive: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict> = z.strictObject({
  field: fieldPath,
  op: z.enum(["eq", "neq"]),
  value: scalar,
  caseSensitive: z.boolean().optional(),
});
export const SetConditionSchema: z.ZodObject<{
    field: z.ZodString;
    op: z.ZodEnum<{
        in: "in";
        notIn: "notIn";
    }>;
    value: z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>;
    caseSensitive: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict> = z.strictObject({
  field: fieldPath,
  op: z.enum(["in", "notIn"]),
  value: z.array(z.union([z.string(), z.number()])).min(1),
  caseSensitive: z.boolean().optional(),
});
export const CompareConditionSchema: z.ZodObject<{
    field: z.ZodString;
    op: z.ZodEnum<{
        gt: "gt";
        gte: "gte";
        lt: "lt";
        lte: "lte";
    }>;
    value: z.ZodNumber;
}, z.core.$strict> = z.strictObject({
  field: fieldPath,
  op: z.enum(["gt", "gte", "lt", "lte"]),
  value: z.number(),
});
export const BetweenConditionSchema: z.ZodObject<{
    field: z.ZodString;
    op: z.ZodLiteral<"between">;
    value: z.ZodTuple<[z.ZodNumber, z.ZodNumber], null>;
}, z.core.$strict> = z.strictObject({
  field: fieldPath,
  op: z.literal("between"),
  value: z.tuple([z.number(), z.number()]).refine(([min, max]) => min <= max, {
    message: "expected [min, max] with min <= max",
  }),
});
export const ListConditionSchema: z.ZodObject<{
    field: z.ZodString;
    op: z.ZodEnum<{
        includesAny: "includesAny";
        includesAll: "includesAll";
        includesNone: "includesNone";
    }>;
    value: z.ZodArray<z.ZodString>;
    caseSensitive: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict> = z.strictObject({
  field: fieldPath,
  op: z.enum(["includesAny", "includesAll", "includesNone"]),
  value: nonEmptyTextList,
  caseSensitive: z.boolean().optional(),
});
export const ExistsConditionSchema: z.ZodObject<{
    field: z.ZodString;
    op: z.ZodLiteral<"exists">;
}, z.core.$strict> = z.strictObject({
  field: fieldPath,
  op: z.literal("exists"),
});
export const TextConditionSchema: z.ZodObject<{
    field: z.ZodString;
    op: z.ZodEnum<{
        contains: "contains";
        startsWith: "startsWith";
    }>;
    value: z.ZodString;
    caseSensitive: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict> = z.strictObject({
  field: fieldPath,
  op: z.enum(["contains", "startsWith"]),
  value: z.string().min(1),
  caseSensitive: z.boolean().optional(),
});
export const RecencyConditionSchema: z.ZodObject<{
    field: z.ZodString;
    op: z.ZodLiteral<"withinDays">;
    value: z.ZodNumber;
}, z.core.$strict> = z.strictObject({
  field: fieldPath,
  op: z.literal("withinDays"),
  value: z.number().positive(),
});

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

export const LeafConditionSchema: z.ZodDiscriminatedUnion<LeafOptions, "op"> = z.discriminatedUnion("op", leafOptions);
export type LeafCondition = z.infer<typeof LeafConditionSchema>;
export type Operator = LeafCondition["op"];

/**
 * A condition: a leaf test on one field, or `all` / `any` / `not` over conditions. Written by
 * hand only because TypeScript cannot infer a recursive type; the leaf part still comes from the
 * schema.
 */
export type Condition = LeafCondition | { all: Condition[] } | { any: Condition[] } | { not: Condition };

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    LeafConditionSchema,
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
  ]),
);

export const EffectSchema: z.ZodEnum<{ score: "score"; require: "require"; exclude: "exclude" }> = z.enum(["score", "require", "exclude"]);
export const MissingPolicySchema: z.ZodEnum<{ neutral: "neutral"; miss: "miss" }> = z.enum(["neutral", "miss"]);
export const AxisSchema: z.ZodEnum<{ fit: "fit"; engagement: "engagement" }> = z.enum(["fit", "engagement"]);

/** Zod types of the fields every rule has besides its condition (spelled out for isolatedDeclarations). */
type RuleMetaShape = {
  id: z.ZodString;
  label: z.ZodOptional<z.ZodString>;
  description: z.ZodOptional<z.ZodString>;
  points: z.ZodOptional<z.ZodNumber>;
  effect: z.ZodOptional<typeof EffectSchema>;
  reason: z.ZodOptional<z.ZodString>;
  missing: z.ZodOptional<typeof MissingPolicySchema>;
  axis: z.ZodOptional<typeof AxisSchema>;
  falloff: z.ZodOptional<z.ZodNumber>;
  halfLife: z.ZodOptional<z.ZodNumber>;
};
type RuleOf<C extends z.ZodObject> = z.ZodObject<z.core.util.Extend<C["shape"], RuleMetaShape>, z.core.$strict>;

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

export const EqualityRuleSchema: RuleOf<typeof EqualityConditionSchema> = EqualityConditionSchema.extend(ruleMeta);
export const SetRuleSchema: RuleOf<typeof SetConditionSchema> = SetConditionSchema.extend(ruleMeta);
export const CompareRuleSchema: RuleOf<typeof CompareConditionSchema> = CompareConditionSchema.extend(ruleMeta);
export const BetweenRuleSchema: RuleOf<typeof BetweenConditionSchema> = BetweenConditionSchema.extend(ruleMeta);
export const ListRuleSchema: RuleOf<typeof ListConditionSchema> = ListConditionSchema.extend(ruleMeta);
export const ExistsRuleSchema: RuleOf<typeof ExistsConditionSchema> = ExistsConditionSchema.extend(ruleMeta);
export const TextRuleSchema: RuleOf<typeof TextConditionSchema> = TextConditionSchema.extend(ruleMeta);
export const RecencyRuleSchema: RuleOf<typeof RecencyConditionSchema> = RecencyConditionSchema.extend(ruleMeta);

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
export const LeafRuleSchema: z.ZodDiscriminatedUnion<LeafRuleOptions, "op"> = z.discriminatedUnion("op", leafRuleOptions);

type ConditionList = z.ZodArray<z.ZodType<Condition>>;
export const AllRuleSchema: z.ZodObject<RuleMetaShape & { all: ConditionList }, z.core.$strict> = z.strictObject({
  ...ruleMeta,
  all: z.array(ConditionSchema).min(1),
});
export const AnyRuleSchema: z.ZodObject<RuleMetaShape & { any: ConditionList }, z.core.$strict> = z.strictObject({
  ...ruleMeta,
  any: z.array(ConditionSchema).min(1),
});
export const NotRuleSchema: z.ZodObject<RuleMetaShape & { not: z.ZodType<Condition> }, z.core.$strict> =
  z.strictObject({ ...ruleMeta, not: ConditionSchema });

export const CombinatorRuleSchema: z.ZodUnion<readonly [typeof AllRuleSchema, typeof AnyRuleSchema, typeof NotRuleSchema]> =
  z.union([AllRuleSchema, AnyRuleSchema, NotRuleSchema]);

export const RuleSchema: z.ZodUnion<readonly [typeof LeafRuleSchema, typeof CombinatorRuleSchema]> = z.union([
  LeafRuleSchema,
  CombinatorRuleSchema,
]);

export const TierThresholdsSchema: z.ZodObject<
  { primary: z.ZodNumber; secondary: z.ZodNumber; tertiary: z.ZodNumber },
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

export const GradeThresholdsSchema: z.ZodObject<
  { engagementHigh: z.ZodNumber; engagementMedium: z.ZodNumber },
  z.core.$strict
> = z
  .strictObject({
    engagementHigh: z.number().min(0).max(100),
    engagementMedium: z.number().min(0).max(100),
  })
  .refine((g) => g.engagementHigh > g.engagementMedium, {
    message: "expected engagementHigh > engagementMedium",
  });

export const IcpSchema: z.ZodObject<
  {
    $schema: z.ZodOptional<z.ZodString>;
    id: z.ZodString;
    version: z.ZodString;
    name: z.ZodString;
    description: z.ZodOptional<z.ZodString>;
    reviewedAt: z.ZodOptional<z.ZodISODate>;
    tiers: z.ZodOptional<typeof TierThresholdsSchema>;
    grades: z.ZodOptional<typeof GradeThresholdsSchema>;
    missing: z.ZodOptional<typeof MissingPolicySchema>;
    minConfidence: z.ZodOptional<z.ZodNumber>;
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

export type Effect = z.infer<typeof EffectSchema>;
export type MissingPolicy = z.infer<typeof MissingPolicySchema>;
export type Axis = z.infer<typeof AxisSchema>;
export type LeafRule = z.infer<typeof LeafRuleSchema>;
export type CombinatorRule = z.infer<typeof CombinatorRuleSchema>;
export type Rule = z.infer<typeof RuleSchema>;
export type TierThresholds = z.infer<typeof TierThresholdsSchema>;
export type GradeThresholds = z.infer<typeof GradeThresholdsSchema>;
export type Icp = z.infer<typeof IcpSchema>;
export type IcpInput = z.input<typeof IcpSchema>;
