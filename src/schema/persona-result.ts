import * as z from "zod";
import { PersonaPlaybookSchema } from "./persona.js";
import { PersonaMatchSchema } from "./priority.js";
import { RuleResultSchema } from "./rule-result.js";

/* Persona fit in a result: the best persona's full fit (ledger and playbook) and every persona's score. */

/**
 * How one contact fits the persona it matches best: score, match level, confidence, the exact
 * ledger of the persona's rules and the persona's playbook. `points` is the sum of
 * `rules[].points`; `score = round(100 × max(0, points) / maxPoints)`, as for the company.
 *
 * @example
 * ```ts
 * import { PersonaFitSchema } from "icpfit";
 * PersonaFitSchema.parse({ id: "cto", name: "CTO", score: 100, match: "strong", confidence: 1, points: 10, maxPoints: 10, threshold: 60,
 *   rules: [{ id: "cxo", label: "contact seniority is cxo", effect: "score", axis: "fit", outcome: "match", points: 10, maxPoints: 10, weight: 10, reason: "contact seniority is cxo" }] });
 * ```
 */
export const PersonaFitSchema: z.ZodObject<
  {
    /** The persona's id. */
    id: z.ZodString;
    /** The persona's name. */
    name: z.ZodString;
    /** 0-100: round(100 × max(0, points) / maxPoints) over the persona's rules. */
    score: z.ZodNumber;
    /** `strong`, `partial` or `none` (see `PersonaMatchSchema`). */
    match: typeof PersonaMatchSchema;
    /** 0-1 (3 decimals): the share of the persona's positive rule weight whose fields were known. */
    confidence: z.ZodNumber;
    /** Sum of `rules[].points`. */
    points: z.ZodNumber;
    /** Sum of `rules[].maxPoints`. */
    maxPoints: z.ZodNumber;
    /** The persona's match threshold (a partial match needs half of it). */
    threshold: z.ZodNumber;
    /** The persona knockout rule that ruled the contact out, and why. */
    disqualifiedBy: z.ZodOptional<
      z.ZodObject<
        {
          /** Id of the knockout rule. */
          rule: z.ZodString;
          /** Why it ruled the contact out. */
          reason: z.ZodString;
        },
        z.core.$strip
      >
    >;
    /** One ledger entry per persona rule, in the persona's order. */
    rules: z.ZodArray<typeof RuleResultSchema>;
    /** The persona's playbook, when it has one. */
    playbook: z.ZodOptional<typeof PersonaPlaybookSchema>;
  },
  z.core.$strip
> = z.object({
  id: z.string(),
  name: z.string(),
  score: z.number().int().min(0).max(100),
  match: PersonaMatchSchema,
  confidence: z.number().min(0).max(1),
  points: z.number(),
  maxPoints: z.number(),
  threshold: z.number(),
  disqualifiedBy: z.object({ rule: z.string(), reason: z.string() }).optional(),
  rules: z.array(RuleResultSchema),
  playbook: PersonaPlaybookSchema.optional(),
});

/**
 * One persona's score for a contact, in the compact list of every persona.
 *
 * @example
 * ```ts
 * import { PersonaScoreSchema } from "icpfit";
 * PersonaScoreSchema.parse({ id: "cfo", score: 40, match: "partial" });
 * ```
 */
export const PersonaScoreSchema: z.ZodObject<
  {
    /** The persona's id. */
    id: z.ZodString;
    /** 0-100 persona score. */
    score: z.ZodNumber;
    /** `strong`, `partial` or `none`. */
    match: typeof PersonaMatchSchema;
  },
  z.core.$strip
> = z.object({ id: z.string(), score: z.number().int().min(0).max(100), match: PersonaMatchSchema });

/**
 * A contact's fit with its best persona.
 *
 * @example
 * ```ts
 * import { scoreLead, type PersonaFit } from "icpfit";
 * const icp = { id: "a", version: "1", name: "A", rules: [{ id: "us", field: "firmographic.country", op: "eq", value: "US", points: 5 }],
 *   personas: [{ id: "cto", name: "CTO", rules: [{ id: "cxo", field: "contact.seniority", op: "eq", value: "cxo", points: 10 }] }] } as const;
 * const fit: PersonaFit | undefined = scoreLead({ contact: { seniority: "cxo" } }, icp).persona;
 * fit?.match; // "strong"
 * ```
 */
export type PersonaFit = z.infer<typeof PersonaFitSchema>;

/**
 * One persona's compact score.
 *
 * @example
 * ```ts
 * import type { PersonaScore } from "icpfit";
 * const score: PersonaScore = { id: "cto", score: 100, match: "strong" };
 * ```
 */
export type PersonaScore = z.infer<typeof PersonaScoreSchema>;
