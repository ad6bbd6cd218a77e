import * as z from "zod";
import { PersonaSchema } from "./persona.js";
import { PriorityMatrixSchema } from "./priority.js";
import { RuleSchema } from "./rule.js";
import { MissingPolicySchema } from "./rule-options.js";
import { GradeThresholdsSchema, TierThresholdsSchema } from "./tiers.js";

/* The ICP document: identity, tiers, grades, missing-data policy, minConfidence and its rules. */

const icpId = z.string().trim().min(1).max(100);

/**
 * An Ideal Customer Profile: identity, tier thresholds, missing-data policy, `minConfidence`, 1-200 rules, and optional buyer personas with a priority matrix. Strict: unknown properties are errors, so typos surface.
 * Validate untrusted ICPs with `safeParseIcp` / `defineIcp` / `compileIcp`, which also check field
 * paths and refuse conditions nested deeper than `MAX_CONDITION_DEPTH` before zod recurses into them.
 *
 * @example
 * ```ts
 * import { IcpSchema } from "icpfit";
 * IcpSchema.parse({ id: "smb", version: "1", name: "SMB", rules: [{ id: "size", field: "firmographic.employees", op: "lt", value: 50, points: 10 }] });
 * ```
 */
export const IcpSchema: z.ZodObject<
  {
    /** JSON Schema address for editor validation; ignored by scoring. */
    $schema: z.ZodOptional<z.ZodString>;
    /** Stable id of the ICP, copied into every result. */
    id: z.ZodString;
    /** Version of the ICP, copied into every result. */
    version: z.ZodString;
    /** Human-readable name. */
    name: z.ZodString;
    /** What the profile is for. */
    description: z.ZodOptional<z.ZodString>;
    /** Date of the last review (`YYYY-MM-DD`); `lintIcp` flags ICPs not reviewed within 12 months. */
    reviewedAt: z.ZodOptional<z.ZodISODate>;
    /** Score thresholds for primary / secondary / tertiary (defaults 80 / 60 / 40). */
    tiers: z.ZodOptional<typeof TierThresholdsSchema>;
    /** Engagement thresholds for the grade digit (defaults 60 / 30). */
    grades: z.ZodOptional<typeof GradeThresholdsSchema>;
    /** What a missing field means: `neutral` (default, out of the denominator) or `miss`. */
    missing: z.ZodOptional<typeof MissingPolicySchema>;
    /** Below this confidence a lead is `insufficient-data` (default 0.5). */
    minConfidence: z.ZodOptional<z.ZodNumber>;
    /** The rules, 1 to 200. */
    rules: z.ZodArray<typeof RuleSchema>;
    /** Buyer personas (up to 20, ids unique): rules on the contact and a playbook; see the guide "ICP and personas". */
    personas: z.ZodOptional<z.ZodArray<typeof PersonaSchema>>;
    /** Company tier × persona match → priority label; rows given replace the default rows (A1 ... D3, X). Needs `personas`. */
    priorityMatrix: z.ZodOptional<typeof PriorityMatrixSchema>;
  },
  z.core.$strict
> = z.strictObject({
  $schema: z.string().optional(),
  id: icpId,
  version: z.string().trim().min(1).max(100),
  name: z.string().trim().min(1).max(200),
  description: z.string().max(5000).optional(),
  reviewedAt: z.iso.date().optional(),
  tiers: TierThresholdsSchema.optional(),
  grades: GradeThresholdsSchema.optional(),
  missing: MissingPolicySchema.optional(),
  minConfidence: z.number().min(0).max(1).optional(),
  rules: z.array(RuleSchema).min(1).max(200),
  personas: z.array(PersonaSchema).max(20).optional(),
  priorityMatrix: PriorityMatrixSchema.optional(),
});

/**
 * A validated ICP, as returned by `defineIcp` (frozen).
 *
 * @example
 * ```ts
 * import type { Icp } from "icpfit";
 * const value: Icp = { id: "smb", version: "1", name: "SMB", rules: [{ id: "size", field: "firmographic.employees", op: "lt", value: 50, points: 10 }] };
 * ```
 */
export type Icp = z.infer<typeof IcpSchema>;

/**
 * Makes a type deeply read-only, keeping tuples as tuples, so that ICPs declared `as const` (or
 * typed with readonly arrays) are accepted wherever a mutable ICP is.
 *
 * @example
 * ```ts
 * import type { ReadonlyDeep } from "icpfit";
 * const pair: ReadonlyDeep<[number, number]> = [50, 500] as const;
 * ```
 */
export type ReadonlyDeep<T> = T extends readonly [infer A, infer B]
  ? readonly [ReadonlyDeep<A>, ReadonlyDeep<B>]
  : T extends ReadonlyArray<infer U>
    ? ReadonlyArray<ReadonlyDeep<U>>
    : T extends Date
      ? T
      : T extends object
        ? { readonly [K in keyof T]: ReadonlyDeep<T[K]> }
        : T;

/**
 * What `defineIcp` and `compileIcp` accept: an ICP as written in TypeScript (mutable or
 * `as const`) or parsed from JSON.
 *
 * @example
 * ```ts
 * import type { IcpInput } from "icpfit";
 * const icp = {
 *   id: "smb", version: "1", name: "SMB",
 *   rules: [{ id: "size", field: "firmographic.employees", op: "between", value: [1, 50], points: 10 }],
 * } as const satisfies IcpInput;
 * ```
 */
export type IcpInput = ReadonlyDeep<z.input<typeof IcpSchema>>;
