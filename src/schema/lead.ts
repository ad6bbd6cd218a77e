import * as z from "zod";
import { ContactSchema } from "./contact.js";

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
    /** The company's industry, e.g. `"Software"` (non-blank text). */
    industry: z.ZodOptional<z.ZodString>;
    /** Number of employees (whole number, 0 or more). */
    employees: z.ZodOptional<z.ZodNumber>;
    /** Annual revenue (0 or more); use one currency across all leads. */
    annualRevenue: z.ZodOptional<z.ZodNumber>;
    /** Country of the company, as your data writes it, e.g. `"US"` (non-blank text). */
    country: z.ZodOptional<z.ZodString>;
    /** Region within the country (state, province) or sales region (non-blank text). */
    region: z.ZodOptional<z.ZodString>;
    /** Kind of company or account, e.g. `"Customer"`, `"Partner"` (non-blank text). */
    companyType: z.ZodOptional<z.ZodString>;
    /** Year the company was founded (whole number, 1600-3000). */
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
    /** Products the company uses, e.g. `["Slack", "Jira"]` (non-blank text). */
    technologies: z.ZodOptional<z.ZodArray<z.ZodString>>;
    /** Categories of those products, e.g. `["Collaboration"]` (non-blank text). */
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
    /** Website page views (whole number, 0 or more). */
    pageViews: z.ZodOptional<z.ZodNumber>;
    /** Website visits or sessions (whole number, 0 or more). */
    visits: z.ZodOptional<z.ZodNumber>;
    /** Marketing emails opened (whole number, 0 or more). */
    emailOpens: z.ZodOptional<z.ZodNumber>;
    /** Marketing emails clicked (whole number, 0 or more). */
    emailClicks: z.ZodOptional<z.ZodNumber>;
    /** Forms submitted (whole number, 0 or more). */
    formSubmissions: z.ZodOptional<z.ZodNumber>;
    /** Buyer-intent score from an intent data provider, 0-100. */
    intentScore: z.ZodOptional<z.ZodNumber>;
    /** When the lead was last active: ISO date or date-time text, or a `Date`; `withinDays` rules test it. */
    lastActivityAt: z.ZodOptional<z.ZodUnion<readonly [z.ZodISODateTime, z.ZodISODate, z.ZodDate]>>;
    /** Names of things the lead did, e.g. `["demo"]` (non-blank text). */
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
    /** What the company stands for, e.g. `["sustainability"]` (non-blank text). */
    values: z.ZodOptional<z.ZodArray<z.ZodString>>;
    /** What the company focuses on now, e.g. `["speed"]` (non-blank text). */
    priorities: z.ZodOptional<z.ZodArray<z.ZodString>>;
}, z.core.$strict> = z.strictObject({
  values: list.optional(),
  priorities: list.optional(),
});

// Internal building block of LeadSchema's type (users name Lead["attributes"]); listed in typedoc.json `intentionallyNotExported`.
/** The zod type of one custom field value: text, a number, a boolean, null, a list of text or a date. */
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
 * LeadSchema.parse({ id: "L1", firmographic: { industry: "Software", employees: 120 }, painPoints: ["collaboration"], contact: { title: "CTO", seniority: "cxo" }, attributes: { plan: "pro" } });
 * ```
 */
export const LeadSchema: z.ZodObject<{
    /** Your identifier for the lead (e.g. a CRM record id); not used in scoring. */
    id: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>;
    /** Company or contact name. */
    name: z.ZodOptional<z.ZodString>;
    /** Contact email address (not checked for format); `contact.emailDomain` and `contact.freeMail` fall back to it when the contact has no email. */
    email: z.ZodOptional<z.ZodString>;
    /** Company web domain, e.g. `"acme.com"`. */
    domain: z.ZodOptional<z.ZodString>;
    /** Company facts: industry, size, revenue, location, type, age. */
    firmographic: z.ZodOptional<typeof FirmographicSchema>;
    /** The technology the company uses. */
    technographic: z.ZodOptional<typeof TechnographicSchema>;
    /** Engagement: web visits, email activity, intent, last activity, events. */
    behavioral: z.ZodOptional<typeof BehavioralSchema>;
    /** Problems the lead wants solved, e.g. `["collaboration"]` (non-blank text). */
    painPoints: z.ZodOptional<z.ZodArray<z.ZodString>>;
    /** Outcomes the lead is after (non-blank text). */
    goals: z.ZodOptional<z.ZodArray<z.ZodString>>;
    /** Values and priorities of the company. */
    psychographic: z.ZodOptional<typeof PsychographicSchema>;
    /** The person at the company: title, seniority, department, buying role, country, income band, email, pain points, goals. */
    contact: z.ZodOptional<typeof ContactSchema>;
    /** Custom fields by name (text, number, boolean, null, list of text or date); rules refer to them as `attributes.<name>`. */
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
  contact: ContactSchema.optional(),
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
