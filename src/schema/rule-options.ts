import * as z from "zod";

/* What a rule sets besides its condition and points: its effect, its missing-data policy, its axis. */

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
