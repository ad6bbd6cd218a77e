import * as z from "zod";
import { PersonaFitSchema, PersonaScoreSchema } from "./persona-result.js";
import { RuleResultSchema } from "./rule-result.js";

export { RuleOutcomeSchema, RuleResultSchema, type RuleOutcome, type RuleResult } from "./rule-result.js";

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
  /** Score at or above the `primary` threshold: an ideal fit. */
  primary: "primary";
  /** Score at or above `secondary`, below `primary`: a good fit. */
  secondary: "secondary";
  /** Score at or above `tertiary`, below `secondary`: a weaker fit. */
  tertiary: "tertiary";
  /** Score below `tertiary`. */
  unqualified: "unqualified";
  /** A knockout (`require` / `exclude`) rule ruled the lead out, whatever its score. */
  disqualified: "disqualified";
  /** Confidence below `minConfidence`: too little of the rule weight could be judged to trust the score. */
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
 * The thresholds a result was tiered with, so it can be explained without its ICP.
 *
 * @example
 * ```ts
 * import { ResultThresholdsSchema } from "icpfit";
 * ResultThresholdsSchema.parse({ primary: 80, secondary: 60, tertiary: 40, minConfidence: 0.5 });
 * ```
 */
export const ResultThresholdsSchema: z.ZodObject<
  {
    /** Lowest score for `primary`. */
    primary: z.ZodNumber;
    /** Lowest score for `secondary`. */
    secondary: z.ZodNumber;
    /** Lowest score for `tertiary`. */
    tertiary: z.ZodNumber;
    /** Below this confidence the tier is `insufficient-data`. */
    minConfidence: z.ZodNumber;
  },
  z.core.$strip
> = z.object({
  /** Lowest score for `primary`. */
  primary: z.number(),
  /** Lowest score for `secondary`. */
  secondary: z.number(),
  /** Lowest score for `tertiary`. */
  tertiary: z.number(),
  /** Below this confidence the tier is `insufficient-data`. */
  minConfidence: z.number(),
});

/**
 * A scoring result: plain JSON, safe to store and to validate when it comes back. `points` is the sum of `rules[].points`; `score = round(100 × max(0, points) / maxPoints)`.
 * Company fit (`score`, `tier`, `rules`) and persona fit (`persona`, `personas`) stay apart; `priority` combines them.
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
    /** Id of the ICP that scored the lead. */
    icpId: z.ZodString;
    /** Version of that ICP. */
    icpVersion: z.ZodString;
    /** 0-100: round(100 × max(0, points) / maxPoints). */
    score: z.ZodNumber;
    /** The tier. */
    tier: typeof TierSchema;
    /** 0-1 (3 decimals): the share of the positive rule weight whose fields were known. */
    confidence: z.ZodNumber;
    /** Sum of `rules[].points`. */
    points: z.ZodNumber;
    /** Sum of `rules[].maxPoints`. */
    maxPoints: z.ZodNumber;
    /** 0-100 score of the `fit` rules alone; present when the ICP has `engagement` rules. */
    fit: z.ZodOptional<z.ZodNumber>;
    /** 0-100 score of the `engagement` rules alone; present when the ICP has them. */
    engagement: z.ZodOptional<z.ZodNumber>;
    /** Two-letter grade, fit A-D × engagement 1-3 (e.g. `A1`); present when the ICP has `engagement` rules. */
    grade: z.ZodOptional<z.ZodString>;
    /** The knockout rule that disqualified the lead, and why. */
    disqualifiedBy: z.ZodOptional<
      z.ZodObject<
        {
          /** Id of the knockout rule. */
          rule: z.ZodString;
          /** Why it disqualified the lead. */
          reason: z.ZodString;
        },
        z.core.$strip
      >
    >;
    /** The thresholds the tier was set with. */
    thresholds: typeof ResultThresholdsSchema;
    /** One ledger entry per rule, in ICP order. */
    rules: z.ZodArray<typeof RuleResultSchema>;
    /** The contact's best persona (ranked by match, then score, then ICP order); only when the ICP has personas and the lead a contact. */
    persona: z.ZodOptional<typeof PersonaFitSchema>;
    /** Every persona's score for the contact, in ICP order; only with `persona`. */
    personas: z.ZodOptional<z.ZodArray<typeof PersonaScoreSchema>>;
    /** Company tier × persona match from the ICP's priority matrix (default `A1` ... `D3`, `X`); only with `persona`. */
    priority: z.ZodOptional<z.ZodString>;
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
  persona: PersonaFitSchema.optional(),
  personas: z.array(PersonaScoreSchema).optional(),
  priority: z.string().optional(),
});

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
