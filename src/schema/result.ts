import * as z from "zod";

export const RuleOutcomeSchema: z.ZodEnum<{
    unknown: "unknown";
    match: "match";
    miss: "miss";
    partial: "partial";
    excluded: "excluded";
}> = z.enum(["match", "partial", "miss", "unknown", "excluded"]);
export const TierSchema: z.ZodEnum<{
    primary: "primary";
    secondary: "secondary";
    tertiary: "tertiary";
    unqualified: "unqualified";
    disqualified: "disqualified";
    "insufficient-data": "insufficient-data";
}> = z.enum([
  "primary",
  "secondary",
  "tertiary",
  "unqualified",
  "disqualified",
  "insufficient-data",
]);

export const RuleResultSchema: z.ZodObject<{
    id: z.ZodString;
    label: z.ZodString;
    effect: z.ZodEnum<{
        score: "score";
        require: "require";
        exclude: "exclude";
    }>;
    axis: z.ZodEnum<{
        fit: "fit";
        engagement: "engagement";
    }>;
    outcome: z.ZodEnum<{
        unknown: "unknown";
        match: "match";
        miss: "miss";
        partial: "partial";
        excluded: "excluded";
    }>;
    points: z.ZodNumber;
    maxPoints: z.ZodNumber;
    weight: z.ZodNumber;
    reason: z.ZodString;
}, z.core.$strip> = z.object({
  id: z.string(),
  label: z.string(),
  effect: z.enum(["score", "require", "exclude"]),
  axis: z.enum(["fit", "engagement"]),
  outcome: RuleOutcomeSchema,
  points: z.number(),
  maxPoints: z.number(),
  weight: z.number(),
  reason: z.string(),
});

export const ResultThresholdsSchema: z.ZodObject<{
    primary: z.ZodNumber;
    secondary: z.ZodNumber;
    tertiary: z.ZodNumber;
    minConfidence: z.ZodNumber;
}, z.core.$strip> = z.object({
  primary: z.number(),
  secondary: z.number(),
  tertiary: z.number(),
  minConfidence: z.number(),
});

export const IcpResultSchema: z.ZodObject<{
    icpId: z.ZodString;
    icpVersion: z.ZodString;
    score: z.ZodNumber;
    tier: z.ZodEnum<{
        primary: "primary";
        secondary: "secondary";
        tertiary: "tertiary";
        unqualified: "unqualified";
        disqualified: "disqualified";
        "insufficient-data": "insufficient-data";
    }>;
    confidence: z.ZodNumber;
    points: z.ZodNumber;
    maxPoints: z.ZodNumber;
    fit: z.ZodOptional<z.ZodNumber>;
    engagement: z.ZodOptional<z.ZodNumber>;
    grade: z.ZodOptional<z.ZodString>;
    disqualifiedBy: z.ZodOptional<z.ZodObject<{
        rule: z.ZodString;
        reason: z.ZodString;
    }, z.core.$strip>>;
    thresholds: z.ZodObject<{
        primary: z.ZodNumber;
        secondary: z.ZodNumber;
        tertiary: z.ZodNumber;
        minConfidence: z.ZodNumber;
    }, z.core.$strip>;
    rules: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        label: z.ZodString;
        effect: z.ZodEnum<{
            score: "score";
            require: "require";
            exclude: "exclude";
        }>;
        axis: z.ZodEnum<{
            fit: "fit";
            engagement: "engagement";
        }>;
        outcome: z.ZodEnum<{
            unknown: "unknown";
            match: "match";
            miss: "miss";
            partial: "partial";
            excluded: "excluded";
        }>;
        points: z.ZodNumber;
        maxPoints: z.ZodNumber;
        weight: z.ZodNumber;
        reason: z.ZodString;
    }, z.core.$strip>>;
}, z.core.$strip> = z.object({
  icpId: z.string(),
  icpVersion: z.string(),
  score: z.number().int().min(0).max(100),
  tier: TierSchema,
  confidence: z.number().min(0).max(1),
  points: z.number(),
  maxPoints: z.number(),
  fit: z.number().int().min(0).max(100).optional(),
  engagement: z.number().int().min(0).max(100).optional(),
  grade: z.string().optional(),
  disqualifiedBy: z.object({ rule: z.string(), reason: z.string() }).optional(),
  thresholds: ResultThresholdsSchema,
  rules: z.array(RuleResultSchema),
});

export type RuleOutcome = z.infer<typeof RuleOutcomeSchema>;
export type Tier = z.infer<typeof TierSchema>;
export type RuleResult = z.infer<typeof RuleResultSchema>;
export type ResultThresholds = z.infer<typeof ResultThresholdsSchema>;
export type IcpResult = z.infer<typeof IcpResultSchema>;
