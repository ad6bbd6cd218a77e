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

export const TechnographicSchema: z.ZodObject<{
    technologies: z.ZodOptional<z.ZodArray<z.ZodString>>;
    categories: z.ZodOptional<z.ZodArray<z.ZodString>>;
}, z.core.$strict> = z.strictObject({
  technologies: list.optional(),
  categories: list.optional(),
});

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

export type Firmographic = z.infer<typeof FirmographicSchema>;
export type Technographic = z.infer<typeof TechnographicSchema>;
export type Behavioral = z.infer<typeof BehavioralSchema>;
export type Psychographic = z.infer<typeof PsychographicSchema>;
export type Lead = z.infer<typeof LeadSchema>;
export type LeadInput = z.input<typeof LeadSchema>;
