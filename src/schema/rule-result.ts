import * as z from "zod";
import { AxisSchema, EffectSchema } from "./rule-options.js";

/* One ledger entry of a result: what a rule did with a lead (company rules and persona rules alike). */

/**
 * What a rule's condition did: `match`, `partial`, `miss`, `unknown` or `excluded`.
 *
 * @example
 * ```ts
 * import { RuleOutcomeSchema } from "icpfit";
 * RuleOutcomeSchema.parse("partial");
 * ```
 */
export const RuleOutcomeSchema: z.ZodEnum<{
  /** The condition holds: full points (for a `require` rule, the requirement is met). */
  match: "match";
  /** The condition holds in part (numeric `falloff`, `withinDays` `halfLife`): a share of the points. */
  partial: "partial";
  /** The condition does not hold: no points (for a `require` rule, disqualified). */
  miss: "miss";
  /** The field is missing or of the wrong type; the missing-data policy decides what that costs. */
  unknown: "unknown";
  /** An `exclude` rule's condition holds: the lead is disqualified. */
  excluded: "excluded";
}> = z.enum(["match", "partial", "miss", "unknown", "excluded"]);
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
    /** The rule's id. */
    id: z.ZodString;
    /** The rule's label. */
    label: z.ZodString;
    /** The rule's effect. */
    effect: typeof EffectSchema;
    /** The rule's axis. */
    axis: typeof AxisSchema;
    /** What the condition did with this lead. */
    outcome: typeof RuleOutcomeSchema;
    /** Points earned (partial, negative or 0 included). */
    points: z.ZodNumber;
    /** What the rule added to the denominator: its positive weight when known, 0 when unknown under `neutral` or when it is a knockout. */
    maxPoints: z.ZodNumber;
    /** The rule's configured points. */
    weight: z.ZodNumber;
    /** Plain-words reason for this outcome. */
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
