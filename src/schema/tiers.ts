import * as z from "zod";

/* The score thresholds of the tiers and the engagement thresholds of the grade digit. */

/**
 * Score thresholds (0-100) for the tiers, each inclusive; primary > secondary > tertiary.
 *
 * @example
 * ```ts
 * import { TierThresholdsSchema } from "icpfit";
 * TierThresholdsSchema.parse({ primary: 80, secondary: 60, tertiary: 40 });
 * ```
 */
export const TierThresholdsSchema: z.ZodObject<
  {
    /** Lowest score for `primary`. */
    primary: z.ZodNumber;
    /** Lowest score for `secondary`. */
    secondary: z.ZodNumber;
    /** Lowest score for `tertiary`. */
    tertiary: z.ZodNumber;
  },
  z.core.$strict
> = z
  .strictObject({
    primary: z.number().min(0).max(100),
    secondary: z.number().min(0).max(100),
    tertiary: z.number().min(0).max(100),
  })
  .refine((t) => t.primary > t.secondary && t.secondary > t.tertiary, {
    message: "expected primary > secondary > tertiary",
  });

/**
 * Engagement thresholds for the grade digit: 1 at `engagementHigh`, 2 at `engagementMedium`, 3 below.
 *
 * @example
 * ```ts
 * import { GradeThresholdsSchema } from "icpfit";
 * GradeThresholdsSchema.parse({ engagementHigh: 60, engagementMedium: 30 });
 * ```
 */
export const GradeThresholdsSchema: z.ZodObject<
  {
    /** Lowest engagement score for grade digit 1. */
    engagementHigh: z.ZodNumber;
    /** Lowest engagement score for grade digit 2. */
    engagementMedium: z.ZodNumber;
  },
  z.core.$strict
> = z
  .strictObject({
    engagementHigh: z.number().min(0).max(100),
    engagementMedium: z.number().min(0).max(100),
  })
  .refine((g) => g.engagementHigh > g.engagementMedium, {
    message: "expected engagementHigh > engagementMedium",
  });

/**
 * Validated tier thresholds.
 *
 * @example
 * ```ts
 * import type { TierThresholds } from "icpfit";
 * const value: TierThresholds = { primary: 85, secondary: 65, tertiary: 45 };
 * ```
 */
export type TierThresholds = z.infer<typeof TierThresholdsSchema>;

/**
 * Validated grade thresholds.
 *
 * @example
 * ```ts
 * import type { GradeThresholds } from "icpfit";
 * const value: GradeThresholds = { engagementHigh: 70, engagementMedium: 40 };
 * ```
 */
export type GradeThresholds = z.infer<typeof GradeThresholdsSchema>;
