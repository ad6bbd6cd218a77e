import * as z from "zod";
import { BuyingRoleSchema, DepartmentSchema, SenioritySchema } from "./contact-vocabulary.js";

/*
 * The contact section of a lead: the person at the company, as opposed to the company itself.
 * Like the rest of the lead schema it is the strict gate for callers who validate at their
 * boundary; scoring reads `contact.*` fields leniently and never throws on a malformed contact.
 * Derived fields (`contact.emailDomain`, `contact.freeMail`) are not stored here: the engine
 * computes them from the email when a rule asks for them (src/schema/derived-fields.ts).
 */

const text = z.string().trim().min(1);

/**
 * The contact section of a lead: job title, seniority, department, buying role, country, income
 * band (B2C), email, and the person's own pain points and goals. Seniority, department and buying
 * role take icpfit's vocabulary ({@link SenioritySchema}, {@link DepartmentSchema},
 * {@link BuyingRoleSchema}); the CRM adapters map vendor codes onto it.
 *
 * @example
 * ```ts
 * import { ContactSchema } from "icpfit";
 * ContactSchema.parse({ title: "VP Engineering", seniority: "vp", department: "engineering", buyingRole: "decision-maker", email: "ana@acme.io" });
 * ```
 */
export const ContactSchema: z.ZodObject<{
    /** The job title as written, e.g. `"Sr. Dir. of IT Ops"` (non-blank text). */
    title: z.ZodOptional<z.ZodString>;
    /** The contact's level: `owner`, `cxo`, `vp`, `director`, `manager`, `senior`, `entry`, `intern` or `unknown`. */
    seniority: z.ZodOptional<typeof SenioritySchema>;
    /** The contact's department or function, e.g. `"engineering"`, `"customer-success"`. */
    department: z.ZodOptional<typeof DepartmentSchema>;
    /** The contact's role in the purchase: `decision-maker`, `economic-buyer`, `champion`, `influencer` or `user`. */
    buyingRole: z.ZodOptional<typeof BuyingRoleSchema>;
    /** Where the person is, as your data writes it, e.g. `"DE"` (non-blank text); the company's own country is `firmographic.country`. */
    country: z.ZodOptional<z.ZodString>;
    /** For B2C: an income band label as your data source writes it, e.g. `"50k-100k"` or `"100k+"` (non-blank text); rules match it with `eq` / `in`. */
    incomeBand: z.ZodOptional<z.ZodString>;
    /** The person's email address (not checked for format); `contact.emailDomain` and `contact.freeMail` are derived from it. */
    email: z.ZodOptional<z.ZodString>;
    /** Problems this person wants solved (non-blank text). */
    painPoints: z.ZodOptional<z.ZodArray<z.ZodString>>;
    /** Outcomes this person is after (non-blank text). */
    goals: z.ZodOptional<z.ZodArray<z.ZodString>>;
}, z.core.$strict> = z.strictObject({
  title: text.optional(),
  seniority: SenioritySchema.optional(),
  department: DepartmentSchema.optional(),
  buyingRole: BuyingRoleSchema.optional(),
  country: text.optional(),
  incomeBand: text.optional(),
  email: z.string().optional(),
  painPoints: z.array(text).optional(),
  goals: z.array(text).optional(),
});

/**
 * The contact section of a validated lead.
 *
 * @example
 * ```ts
 * import type { Contact } from "icpfit";
 * const contact: Contact = { title: "Head of Data", seniority: "director", department: "data" };
 * ```
 */
export type Contact = z.infer<typeof ContactSchema>;
