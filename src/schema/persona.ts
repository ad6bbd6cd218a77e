import * as z from "zod";
import { RuleSchema } from "./rule.js";

/*
 * Buyer personas inside an ICP: which people at a fitting company to reach, and how. A persona's
 * rules are ICP rules restricted to the contact (`contact.*`) and the lead's `painPoints`
 * (validate-personas.ts says why and checks it); its playbook is plain text carried into results.
 */

const words = (max: number): z.ZodString => z.string().trim().min(1).max(max);

/**
 * One objection a persona raises, with the answer that works.
 *
 * @example
 * ```ts
 * import { PersonaObjectionSchema } from "icpfit";
 * PersonaObjectionSchema.parse({ objection: "We built this in-house", response: "Show the maintenance cost of the in-house tool" });
 * ```
 */
export const PersonaObjectionSchema: z.ZodObject<
  {
    /** What the person says, 1-500 characters. */
    objection: z.ZodString;
    /** How to answer it, 1-2000 characters. */
    response: z.ZodString;
  },
  z.core.$strict
> = z.strictObject({ objection: words(500), response: words(2000) });

/**
 * How to sell to a persona: channels, messages, objections with responses. Plain text, carried
 * unchanged into every result the persona is the best match of.
 *
 * @example
 * ```ts
 * import { PersonaPlaybookSchema } from "icpfit";
 * PersonaPlaybookSchema.parse({ channels: ["LinkedIn", "peer referral"], messages: ["Cut on-call pages by half"] });
 * ```
 */
export const PersonaPlaybookSchema: z.ZodObject<
  {
    /** Where to reach the person (up to 20, each 1-200 characters), e.g. `"LinkedIn"`. */
    channels: z.ZodOptional<z.ZodArray<z.ZodString>>;
    /** What to say (up to 20, each 1-2000 characters). */
    messages: z.ZodOptional<z.ZodArray<z.ZodString>>;
    /** Objections the person raises and the answers (up to 20). */
    objections: z.ZodOptional<z.ZodArray<typeof PersonaObjectionSchema>>;
  },
  z.core.$strict
> = z.strictObject({
  channels: z.array(words(200)).max(20).optional(),
  messages: z.array(words(2000)).max(20).optional(),
  objections: z.array(PersonaObjectionSchema).max(20).optional(),
});

/**
 * The default persona match threshold: a contact whose persona score is at least 60 (with enough
 * data) is a strong match.
 *
 * @example
 * ```ts
 * import { DEFAULT_PERSONA_THRESHOLD } from "icpfit";
 * DEFAULT_PERSONA_THRESHOLD; // 60
 * ```
 */
export const DEFAULT_PERSONA_THRESHOLD = 60;

/**
 * A buyer persona: id, name, rules on the contact (`contact.*`) and `painPoints`, a match
 * threshold, whether the buying committee needs it, and its playbook. Strict.
 *
 * @example
 * ```ts
 * import { PersonaSchema } from "icpfit";
 * PersonaSchema.parse({
 *   id: "eng-leader", name: "Engineering leader", required: true, threshold: 70,
 *   rules: [
 *     { id: "dept", field: "contact.department", op: "eq", value: "engineering", points: 40 },
 *     { id: "level", field: "contact.seniority", op: "in", value: ["cxo", "vp", "director"], points: 40 },
 *   ],
 *   playbook: { channels: ["LinkedIn"] },
 * });
 * ```
 */
export const PersonaSchema: z.ZodObject<
  {
    /** Stable id, unique among the ICP's personas; named in results and CRM fields. */
    id: z.ZodString;
    /** Human-readable name. */
    name: z.ZodString;
    /** Who the persona is, for reviewers. */
    description: z.ZodOptional<z.ZodString>;
    /** True when an account's buying committee needs this persona (see `scoreAccount`); default false. */
    required: z.ZodOptional<z.ZodBoolean>;
    /**
     * Persona score (0-100) at or above which a contact is a strong match; half of it gives a
     * partial match. Default {@link DEFAULT_PERSONA_THRESHOLD} (60).
     */
    threshold: z.ZodOptional<z.ZodNumber>;
    /** 1-50 rules on `contact.*` fields and `painPoints`, in the ICP rule language. */
    rules: z.ZodArray<typeof RuleSchema>;
    /** How to sell to the persona, carried into results. */
    playbook: z.ZodOptional<typeof PersonaPlaybookSchema>;
  },
  z.core.$strict
> = z.strictObject({
  id: z.string().trim().min(1).max(100),
  name: z.string().trim().min(1).max(200),
  description: z.string().max(2000).optional(),
  required: z.boolean().optional(),
  threshold: z.number().min(1).max(100).optional(),
  rules: z.array(RuleSchema).min(1).max(50),
  playbook: PersonaPlaybookSchema.optional(),
});

/**
 * A validated persona.
 *
 * @example
 * ```ts
 * import type { Persona } from "icpfit";
 * const persona: Persona = { id: "cfo", name: "CFO", rules: [{ id: "fin", field: "contact.department", op: "eq", value: "finance", points: 10 }] };
 * ```
 */
export type Persona = z.infer<typeof PersonaSchema>;

/**
 * A persona's playbook.
 *
 * @example
 * ```ts
 * import type { PersonaPlaybook } from "icpfit";
 * const playbook: PersonaPlaybook = { objections: [{ objection: "Too expensive", response: "Show the payback period" }] };
 * ```
 */
export type PersonaPlaybook = z.infer<typeof PersonaPlaybookSchema>;
