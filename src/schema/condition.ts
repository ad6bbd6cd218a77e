import * as z from "zod";

/*
 * Conditions: the tests a rule applies to a lead. A leaf condition names one field, an operator and
 * a value (one schema per group of operators, so that `value` is typed by `op`); `all` / `any` /
 * `not` combine conditions.
 */

const fieldPath = z.string().trim().min(1).max(200);

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
 * A leaf condition or an `all` / `any` / `not` combination of conditions. zod parses the nesting
 * by recursion; `safeParseIcp`, `defineIcp` and `compileIcp` first refuse rules nested deeper than
 * `MAX_CONDITION_DEPTH` (32), so use them, not this schema alone, on untrusted input.
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
