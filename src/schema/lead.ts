import * as z from "zod";

/*
 * Lead schemas. The scoring engine never parses leads with these (that would cost a zod parse per
 * lead on the hot path); it reads fields defensively instead. These schemas are the strict gate
 * for callers who want to validate data at their boundary, and the source of the Lead type and of
 * the set of field paths an ICP may refer to.
 */

const text = z.string().trim().min(1);
const list = z.array(text);
const count = z.number().int().nonnegative();
const dateLike = z.union([z.iso.datetime({ offset: true, local: true }), z.iso.date(), z.date()]);

/**
 * Firmographic attributes: industry, employees, annual revenue, country, region, company type, founded year.
 *
 * @example
 * ```ts
 * import { FirmographicSchema } from "icpfit";
 * FirmographicSchema.parse({ industry: "Software", employees: 120, annualRevenue: 12_000_000, country: "US" });
 * ```
 */
export const FirmographicSchema: z.ZodObject<{
    industry: z.ZodOptional<z.ZodString>;
    employees: z.ZodOptional<z.ZodNumber>;
    annualRevenue: z.ZodOptional<z.ZodNumber>;
    country: z.ZodOptional<z.ZodString>;
    region: z.ZodOptional<z.ZodString>;
    companyType: z.ZodOptional<z.ZodString>;
    foundedYear: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict> = z.strictObject({
  industry: text.optional(),
  employees: count.optional(),
  annualRevenue: z.number().nonnegative().optional(),
  country: text.optional(),
  region: text.optional(),
  companyType: text.optional(),
  foundedYear: z.number().int().min(1600).max(3000).optional(),
});

/**
 * Technographic attributes: technologies used and their categories.
 *
 * @example
 * ```ts
 * import { TechnographicSchema } from "icpfit";
 * TechnographicSchema.parse({ technologies: ["Slack", "Jira"], categories: ["Collaboration"] });
 * ```
 */
export const TechnographicSchema: z.ZodObject<{
    technologies: z.ZodOptional<z.ZodArray<z.ZodString>>;
    categories: z.ZodOptional<z.ZodArray<z.ZodString>>;
}, z.core.$strict> = z.strictObject({
  technologies: list.optional(),
  categories: list.optional(),
});

/**
 * Behavioral attributes: page views, visits, email engagement, intent score, last activity, events.
 *
 * @example
 * ```ts
 * import { BehavioralSchema } from "icpfit";
 * BehavioralSchema.parse({ pageViews: 14, intentScore: 72, lastActivityAt: "2026-11-20" });
 * ```
 */
export const BehavioralSchema: z.ZodObject<{
    pageViews: z.ZodOptional<z.ZodNumber>;
    visits: z.ZodOptional<z.ZodNumber>;
    emailOpens: z.ZodOptional<z.ZodNumber>;
    emailClicks: z.ZodOptional<z.ZodNumber>;
    formSubmissions: z.ZodOptional<z.ZodNumber>;
    intentScore: z.ZodOptional<z.ZodNumber>;
    lastActivityAt: z.ZodOptional<z.ZodUnion<readonly [z.ZodISODateTime, z.ZodISODate, z.ZodDate]>>;
    events: z.ZodOptional<z.ZodArray<z.ZodString>>;
}, z.core.$strict> = z.strictObject({
  pageViews: count.optional(),
  visits: count.optional(),
  emailOpens: count.optional(),
  emailClicks: count.optional(),
  formSubmissions: count.optional(),
  intentScore: z.number().min(0).max(100).optional(),
  lastActivityAt: dateLike.optional(),
  events: list.optional(),
});

/**
 * Psychographic attributes: values and priorities.
 *
 * @example
 * ```ts
 * import { PsychographicSchema } from "icpfit";
 * PsychographicSchema.parse({ values: ["sustainability"], priorities: ["speed"] });
 * ```
 */
export const PsychographicSchema: z.ZodObject<{
    values: z.ZodOptional<z.ZodArray<z.ZodString>>;
    priorities: z.ZodOptional<z.ZodArray<z.ZodString>>;
}, z.core.$strict> = z.strictObject({
  values: list.optional(),
  priorities: list.optional(),
});

type AttributeValueSchema = z.ZodUnion<
  readonly [z.ZodString, z.ZodNumber, z.ZodBoolean, z.ZodNull, z.ZodArray<z.ZodString>, z.ZodDate]
>;
/** Custom fields: text, numbers, booleans, null, lists of text or dates. */
const attributeValue: AttributeValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string()), z.date()]);

/**
 * A lead or company to score. The strict gate for your boundary (`parseLead`); scoring itself reads any value leniently. Custom fields go in `attributes`.
 *
 * @example
 * ```ts
 * import { LeadSchema } from "icpfit";
 * LeadSchema.parse({ id: "L1", firmographic: { industry: "Software", employees: 120 }, painPoints: ["collaboration"], attributes: { plan: "pro" } });
 * ```
 */
export const LeadSchema: z.ZodObject<{
    id: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>;
    name: z.ZodOptional<z.ZodString>;
    email: z.ZodOptional<z.ZodString>;
    domain: z.ZodOptional<z.ZodString>;
    firmographic: z.ZodOptional<typeof FirmographicSchema>;
    technographic: z.ZodOptional<typeof TechnographicSchema>;
    behavioral: z.ZodOptional<typeof BehavioralSchema>;
    painPoints: z.ZodOptional<z.ZodArray<z.ZodString>>;
    goals: z.ZodOptional<z.ZodArray<z.ZodString>>;
    psychographic: z.ZodOptional<typeof PsychographicSchema>;
    attributes: z.ZodOptional<z.ZodRecord<z.ZodString, AttributeValueSchema>>;
}, z.core.$strict> = z.strictObject({
  id: z.union([z.string(), z.number()]).optional(),
  name: z.string().optional(),
  email: z.string().optional(),
  domain: z.string().optional(),
  firmographic: FirmographicSchema.optional(),
  technographic: TechnographicSchema.optional(),
  behavioral: BehavioralSchema.optional(),
  painPoints: list.optional(),
  goals: list.optional(),
  psychographic: PsychographicSchema.optional(),
  attributes: z.record(z.string(), attributeValue).optional(),
});

/**
 * Firmographic attributes of a lead.
 *
 * @example
 * ```ts
 * import type { Firmographic } from "icpfit";
 * const value: Firmographic = { industry: "Software", employees: 120 };
 * ```
 */
export type Firmographic = z.infer<typeof FirmographicSchema>;
/**
 * Technographic attributes of a lead.
 *
 * @example
 * ```ts
 * import type { Technographic } from "icpfit";
 * const value: Technographic = { technologies: ["Slack"] };
 * ```
 */
export type Technographic = z.infer<typeof TechnographicSchema>;
/**
 * Behavioral attributes of a lead.
 *
 * @example
 * ```ts
 * import type { Behavioral } from "icpfit";
 * const value: Behavioral = { visits: 3, lastActivityAt: "2026-11-20" };
 * ```
 */
export type Behavioral = z.infer<typeof BehavioralSchema>;
/**
 * Psychographic attributes of a lead.
 *
 * @example
 * ```ts
 * import type { Psychographic } from "icpfit";
 * const value: Psychographic = { values: ["privacy"] };
 * ```
 */
export type Psychographic = z.infer<typeof PsychographicSchema>;
/**
 * A validated lead, as returned by `parseLead`.
 *
 * @example
 * ```ts
 * import type { Lead } from "icpfit";
 * const value: Lead = { firmographic: { industry: "Software" } };
 * ```
 */
export type Lead = z.infer<typeof LeadSchema>;
/**
 * A lead as accepted by `parseLead`.
 *
 * @example
 * ```ts
 * import type { LeadInput } from "icpfit";
 * const value: LeadInput = { firmographic: { employees: 40 } };
 * ```
 */
export type LeadInput = z.input<typeof LeadSchema>;
