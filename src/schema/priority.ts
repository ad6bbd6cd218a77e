import * as z from "zod";

/*
 * How company fit and persona fit combine: a matrix of the company's tier × how well the contact
 * matches a persona, giving a short priority label (by default A1 ... D3, X).
 */

/**
 * How well a contact matches a persona: `strong` (score at or above the persona's threshold, with
 * at least the ICP's `minConfidence`), `partial` (score at or above half the threshold), `none`.
 * A persona whose knockout rule rules the contact out is `none`.
 *
 * @example
 * ```ts
 * import { PersonaMatchSchema } from "icpfit";
 * PersonaMatchSchema.parse("partial");
 * ```
 */
export const PersonaMatchSchema: z.ZodEnum<{
  /** Score at or above the threshold, with enough data. */
  strong: "strong";
  /** Score at or above half the threshold, but not strong. */
  partial: "partial";
  /** Below half the threshold, or disqualified by a persona knockout rule. */
  none: "none";
}> = z.enum(["strong", "partial", "none"]);

const label = z.string().trim().min(1).max(40);

/**
 * One row of the priority matrix: the label for each persona match level.
 *
 * @example
 * ```ts
 * import { PriorityRowSchema } from "icpfit";
 * PriorityRowSchema.parse({ strong: "A1", partial: "A2", none: "A3" });
 * ```
 */
export const PriorityRowSchema: z.ZodObject<
  {
    /** Label when the best persona is a strong match. */
    strong: z.ZodString;
    /** Label when it is a partial match. */
    partial: z.ZodString;
    /** Label when no persona matches. */
    none: z.ZodString;
  },
  z.core.$strict
> = z.strictObject({ strong: label, partial: label, none: label });

/**
 * The priority matrix: company tier × persona match → label. Each row given replaces the default
 * row of its tier ({@link DEFAULT_PRIORITY_MATRIX}); rows not given keep the default.
 *
 * @example
 * ```ts
 * import { PriorityMatrixSchema } from "icpfit";
 * PriorityMatrixSchema.parse({ primary: { strong: "hot", partial: "warm", none: "find-the-buyer" } });
 * ```
 */
export const PriorityMatrixSchema: z.ZodObject<
  {
    /** Row for `primary` companies (default A1 / A2 / A3). */
    primary: z.ZodOptional<typeof PriorityRowSchema>;
    /** Row for `secondary` companies (default B1 / B2 / B3). */
    secondary: z.ZodOptional<typeof PriorityRowSchema>;
    /** Row for `tertiary` companies (default C1 / C2 / C3). */
    tertiary: z.ZodOptional<typeof PriorityRowSchema>;
    /** Row for `unqualified` companies (default D1 / D2 / D3). */
    unqualified: z.ZodOptional<typeof PriorityRowSchema>;
    /** Row for `insufficient-data` companies (default D1 / D2 / D3). */
    "insufficient-data": z.ZodOptional<typeof PriorityRowSchema>;
    /** Row for `disqualified` companies (default X / X / X). */
    disqualified: z.ZodOptional<typeof PriorityRowSchema>;
  },
  z.core.$strict
> = z.strictObject({
  primary: PriorityRowSchema.optional(),
  secondary: PriorityRowSchema.optional(),
  tertiary: PriorityRowSchema.optional(),
  unqualified: PriorityRowSchema.optional(),
  "insufficient-data": PriorityRowSchema.optional(),
  disqualified: PriorityRowSchema.optional(),
});

/**
 * A persona match level.
 *
 * @example
 * ```ts
 * import type { PersonaMatch } from "icpfit";
 * const level: PersonaMatch = "strong";
 * ```
 */
export type PersonaMatch = z.infer<typeof PersonaMatchSchema>;

/**
 * A row of the priority matrix.
 *
 * @example
 * ```ts
 * import type { PriorityRow } from "icpfit";
 * const row: PriorityRow = { strong: "B1", partial: "B2", none: "B3" };
 * ```
 */
export type PriorityRow = z.infer<typeof PriorityRowSchema>;

/**
 * A (partial) priority matrix as written in an ICP.
 *
 * @example
 * ```ts
 * import type { PriorityMatrix } from "icpfit";
 * const matrix: PriorityMatrix = { disqualified: { strong: "no", partial: "no", none: "no" } };
 * ```
 */
export type PriorityMatrix = z.infer<typeof PriorityMatrixSchema>;

/**
 * The default priority matrix: A / B / C for primary / secondary / tertiary companies, D for
 * unqualified and insufficient-data ones, X for disqualified ones; digit 1 / 2 / 3 for a strong /
 * partial / no persona match. So `A1` is an ideal company with the right person, `A3` an ideal
 * company where the right person is still to be found, `C1` the right person at a weaker fit.
 *
 * @example
 * ```ts
 * import { DEFAULT_PRIORITY_MATRIX } from "icpfit";
 * DEFAULT_PRIORITY_MATRIX.secondary.partial; // "B2"
 * ```
 */
export const DEFAULT_PRIORITY_MATRIX: Readonly<Record<keyof PriorityMatrix, Readonly<PriorityRow>>> = Object.freeze({
  primary: Object.freeze({ strong: "A1", partial: "A2", none: "A3" }),
  secondary: Object.freeze({ strong: "B1", partial: "B2", none: "B3" }),
  tertiary: Object.freeze({ strong: "C1", partial: "C2", none: "C3" }),
  unqualified: Object.freeze({ strong: "D1", partial: "D2", none: "D3" }),
  "insufficient-data": Object.freeze({ strong: "D1", partial: "D2", none: "D3" }),
  disqualified: Object.freeze({ strong: "X", partial: "X", none: "X" }),
});
