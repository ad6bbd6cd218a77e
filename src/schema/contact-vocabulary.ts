import * as z from "zod";

/*
 * The words a contact (the person at a lead's company) is described with: seniority, department
 * and buying role. `normalizeTitle` maps free-text job titles onto the first two; the contact
 * section of a lead and the persona rules use all three.
 */

/**
 * A contact's level, highest first: `owner`, `cxo`, `vp`, `director`, `manager`, `senior`,
 * `entry`, `intern`, or `unknown` when the title says nothing about it. `SENIORITY_RANK` orders
 * them.
 *
 * @example
 * ```ts
 * import { SenioritySchema } from "icpfit";
 * SenioritySchema.parse("director");
 * ```
 */
export const SenioritySchema: z.ZodEnum<{
  /** Founder, co-founder, owner, proprietor, partner of a firm, self-employed. */
  owner: "owner";
  /** Chief officers (CEO, CTO, ...), presidents, board members and their equivalents (Managing Director, Geschäftsführer, PDG, Director General). */
  cxo: "cxo";
  /** Vice presidents of every kind (VP, SVP, EVP, AVP). */
  vp: "vp";
  /** Directors and heads of a function ("Head of Sales", Leiter, Directeur). */
  director: "director";
  /** Managers, supervisors and team leads. */
  manager: "manager";
  /** Senior individual contributors: senior, lead, principal, staff, architect. */
  senior: "senior";
  /** Individual contributors without a senior marker, juniors, associates, assistants. */
  entry: "entry";
  /** Interns, trainees, apprentices, working students. */
  intern: "intern";
  /** The title names no level. */
  unknown: "unknown";
}> = z.enum(["owner", "cxo", "vp", "director", "manager", "senior", "entry", "intern", "unknown"]);

/**
 * A contact's seniority (see {@link SenioritySchema}).
 *
 * @example
 * ```ts
 * import type { Seniority } from "icpfit";
 * const level: Seniority = "vp";
 * ```
 */
export type Seniority = z.infer<typeof SenioritySchema>;

/**
 * A contact's department or function: `executive`, `engineering`, `it`, `data`, `security`,
 * `product`, `design`, `marketing`, `sales`, `customer-success`, `finance`, `hr`, `operations`,
 * `legal`, `procurement`, or `unknown`.
 *
 * @example
 * ```ts
 * import { DepartmentSchema } from "icpfit";
 * DepartmentSchema.parse("customer-success");
 * ```
 */
export const DepartmentSchema: z.ZodEnum<{
  /** General management: CEOs, founders, owners, presidents, board, and their assistants. */
  executive: "executive";
  /** Software and hardware engineering, R&D, QA, DevOps. */
  engineering: "engineering";
  /** Information technology: internal systems, networks, help desk, infrastructure. */
  it: "it";
  /** Data science, analytics, business intelligence, machine learning. */
  data: "data";
  /** Information and cyber security. */
  security: "security";
  /** Product management. */
  product: "product";
  /** Design, UX, creative. */
  design: "design";
  /** Marketing, growth, communications, content. */
  marketing: "marketing";
  /** Sales, business development, partnerships, account management, revenue operations. */
  sales: "sales";
  /** Customer success, support, service, implementation. */
  "customer-success": "customer-success";
  /** Finance, accounting, FP&A, payroll. */
  finance: "finance";
  /** Human resources, people, recruiting, talent. */
  hr: "hr";
  /** Operations, supply chain, logistics, facilities, project and programme management. */
  operations: "operations";
  /** Legal, compliance, privacy. */
  legal: "legal";
  /** Procurement, purchasing, sourcing. */
  procurement: "procurement";
  /** The title names no department. */
  unknown: "unknown";
}> = z.enum([
  "executive",
  "engineering",
  "it",
  "data",
  "security",
  "product",
  "design",
  "marketing",
  "sales",
  "customer-success",
  "finance",
  "hr",
  "operations",
  "legal",
  "procurement",
  "unknown",
]);

/**
 * A contact's department (see {@link DepartmentSchema}).
 *
 * @example
 * ```ts
 * import type { Department } from "icpfit";
 * const department: Department = "engineering";
 * ```
 */
export type Department = z.infer<typeof DepartmentSchema>;

/**
 * A contact's role in a purchase: `decision-maker`, `economic-buyer`, `champion`, `influencer` or
 * `user`.
 *
 * @example
 * ```ts
 * import { BuyingRoleSchema } from "icpfit";
 * BuyingRoleSchema.parse("champion");
 * ```
 */
export const BuyingRoleSchema: z.ZodEnum<{
  /** Makes the final call. */
  "decision-maker": "decision-maker";
  /** Owns the budget and signs off the spend. */
  "economic-buyer": "economic-buyer";
  /** Sells the purchase internally. */
  champion: "champion";
  /** Shapes the decision without making it (technical evaluators, advisers). */
  influencer: "influencer";
  /** Will use the product day to day. */
  user: "user";
}> = z.enum(["decision-maker", "economic-buyer", "champion", "influencer", "user"]);

/**
 * A contact's buying role (see {@link BuyingRoleSchema}).
 *
 * @example
 * ```ts
 * import type { BuyingRole } from "icpfit";
 * const role: BuyingRole = "economic-buyer";
 * ```
 */
export type BuyingRole = z.infer<typeof BuyingRoleSchema>;

/**
 * The rank of each seniority, highest 8 (`owner`) to lowest 1 (`intern`), 0 for `unknown`, for
 * sorting contacts and for rules such as "director or above".
 *
 * @example
 * ```ts
 * import { SENIORITY_RANK } from "icpfit";
 * SENIORITY_RANK.vp > SENIORITY_RANK.manager; // true
 * ```
 */
export const SENIORITY_RANK: Readonly<Record<Seniority, number>> = Object.freeze({
  owner: 8,
  cxo: 7,
  vp: 6,
  director: 5,
  manager: 4,
  senior: 3,
  entry: 2,
  intern: 1,
  unknown: 0,
});
