import * as z from "zod";
import { AxisSchema, EffectSchema } from "./icp.js";

/**
 * What a rule's condition did: `match`, `partial`, `miss`, `unknown` or `excluded`.
 *
 * @example
 * ```ts
 * import { RuleOutcomeSchema } from "icpfit";
 * RuleOutcomeSchema.parse("partial");
 * ```
 */
export const RuleOutcomeSchema: z.ZodEnum<{ match: "match"; partial: "partial"; miss: "miss"; unknown: "unknown"; excluded: "excluded" }> = z.enum(["match", "partial", "miss", "unknown", "excluded"]);
/**
 * A result tier: primary, secondary, tertiary, unqualified, disqualified or insufficient-data.
 *
 * @example
 * ```ts
 * import { TierSchema } from "icpfit";
 * TierSchema.parse("secondary");
 * ```
 */
export const TierSchema: z.ZodEnum<{
  primary: "primary";
  secondary: "secondary";
  tertiary: "tertiary";
  unqualified: "unqualified";
  disqualified: "disqualified";
  "insufficient-data": "insufficient-data";
}> = z.enum([
  "primary",
  "secondary",
  "tertiary",
  "unqualified",
  "disqualified",
  "insufficient-data",
]);

/**
 * One ledger entry: a rule's outcome, the points it earned, what it added to the denominator (`maxPoints`), its configured `weight` and a plain-words reason.
 *
 * @example
 * ```ts
 * import { RuleResultSchema } from "icpfit";
 * RuleResultSchema.parse({ id: "size", label: "50-500 employees", effect: "score", axis: "fit", outcome: "match", points: 20, maxPoints: 20, weight: 20, reason: "50-500 employees" });
 * ```
 */
export const RuleResultSchema: z.ZodObject<
  {
    id: z.ZodString;
    label: z.ZodString;
    effect: typeof EffectSchema;
    axis: typeof AxisSchema;
    outcome: typeof RuleOutcomeSchema;
    points: z.ZodNumber;
    maxPoints: z.ZodNumber;
    weight: z.ZodNumber;
    reason: z.ZodString;
  },
  z.core.$strip
> = z.object({
  id: z.string(),
  label: z.string(),
  effect: EffectSchema,
  axis: AxisSchema,
  outcome: RuleOutcomeSchema,
  points: z.number(),
  maxPoints: z.number(),
  weight: z.number(),
  reason: z.string(),
});

/**
 * The thresholds a result was tiered with, so it can be explained without its ICP.
 *
 * @example
 * ```ts
 * import { ResultThresholdsSchema } from "icpfit";
 * ResultThresholdsSchema.parse({ primary: 80, secondary: 60, tertiary: 40, minConfidence: 0.5 });
 * ```
 */
export const ResultThresholdsSchema: z.ZodObject<
  { primary: z.ZodNumber; secondary: z.ZodNumber; tertiary: z.ZodNumber; minConfidence: z.ZodNumber },
  z.core.$strip
> = z.object({
  primary: z.number(),
  secondary: z.number(),
  tertiary: z.number(),
  minConfidence: z.number(),
});

/**
 * A scoring result: plain JSON, safe to store and to validate when it comes back. `points` is the sum of `rules[].points`; `score = round(100 × max(0, points) / maxPoints)`.
 *
 * @example
 * ```ts
 * import { IcpResultSchema, scoreLead } from "icpfit";
 * const icp = { id: "a", version: "1", name: "A", rules: [{ id: "r", field: "firmographic.country", op: "eq", value: "US", points: 5 }] } as const;
 * const stored = JSON.parse(JSON.stringify(scoreLead({ firmographic: { country: "US" } }, icp)));
 * IcpResultSchema.parse(stored).tier; // "primary"
 * ```
 */
export const IcpResultSchema: z.ZodObject<
  {
    icpId: z.ZodString;
    icpVersion: z.ZodString;
    score: z.ZodNumber;
    tier: typeof TierSchema;
    confidence: z.ZodNumber;
    points: z.ZodNumber;
    maxPoints: z.ZodNumber;
    fit: z.ZodOptional<z.ZodNumber>;
    engagement: z.ZodOptional<z.ZodNumber>;
    grade: z.ZodOptional<z.ZodString>;
    disqualifiedBy: z.ZodOptional<z.ZodObject<{ rule: z.ZodString; reason: z.ZodString }, z.core.$strip>>;
    thresholds: typeof ResultThresholdsSchema;
    rules: z.ZodArray<typeof RuleResultSchema>;
  },
  z.core.$strip
> = z.object({
  icpId: z.string(),
  icpVersion: z.string(),
  score: z.number().int().min(0).max(100),
  tier: TierSchema,
  confidence: z.number().min(0).max(1),
  points: z.number(),
  maxPoints: z.number(),
  fit: z.number().int().min(0).max(100).optional(),
  engagement: z.number().int().min(0).max(100).optional(),
  grade: z.string().optional(),
  disqualifiedBy: z.object({ rule: z.string(), reason: z.string() }).optional(),
  thresholds: ResultThresholdsSchema,
  rules: z.array(RuleResultSchema),
});

/**
 * A rule outcome.
 *
 * @example
 * ```ts
 * import type { RuleOutcome } from "icpfit";
 * const value: RuleOutcome = "match";
 * ```
 */
export type RuleOutcome = z.infer<typeof RuleOutcomeSchema>;
/**
 * A result tier.
 *
 * @example
 * ```ts
 * import type { Tier } from "icpfit";
 * const value: Tier = "primary";
 * ```
 */
export type Tier = z.infer<typeof TierSchema>;
/**
 * One ledger entry of a result.
 *
 * @example
 * ```ts
 * import { scoreLead, type RuleResult } from "icpfit";
 * const icp = { id: "a", version: "1", name: "A", rules: [{ id: "r", field: "firmographic.country", op: "eq", value: "US", points: 5 }] } as const;
 * const first: RuleResult | undefined = scoreLead({}, icp).rules[0];
 * first?.outcome; // "unknown"
 * ```
 */
export type RuleResult = z.infer<typeof RuleResultSchema>;
/**
 * The thresholds stored in a result.
 *
 * @example
 * ```ts
 * import type { ResultThresholds } from "icpfit";
 * const value: ResultThresholds = { primary: 80, secondary: 60, tertiary: 40, minConfidence: 0.5 };
 * ```
 */
export type ResultThresholds = z.infer<typeof ResultThresholdsSchema>;
/**
 * The result of scoring one lead against one ICP.
 *
 * @example
 * ```ts
 * import { scoreLead, type IcpResult } from "icpfit";
 * const icp = { id: "a", version: "1", name: "A", rules: [{ id: "r", field: "firmographic.country", op: "eq", value: "US", points: 5 }] } as const;
 * const result: IcpResult = scoreLead({ firmographic: { country: "us" } }, icp);
 * result.score; // 100
 * ```
 */
export type IcpResult = z.infer<typeof IcpResultSchema>;
