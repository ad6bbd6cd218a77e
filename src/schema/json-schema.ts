import * as z from "zod";
import { IcpSchema } from "./icp.js";
import { LeadSchema } from "./lead.js";

/*
 * JSON has no Date: in a JSON document a time is ISO text, which the lead schema's other branches
 * already describe. So a `z.date()` branch becomes "no value" rather than `{}` (which would accept
 * anything, objects included). Anything else unrepresentable stays open.
 */
const unrepresentable: z.core.UnrepresentableHandler<z.core.$ZodTypes> = (ctx) =>
  ctx.zodSchema._zod.def.type === "date" ? { not: {} } : "any";

/**
 * The JSON Schema (draft 2020-12) of the ICP file format, for editor validation: point an ICP
 * JSON file's `$schema` at the copy shipped as `icpfit/schema/icp.json`.
 *
 * @example
 * ```ts
 * import { icpJsonSchema } from "icpfit";
 * const schema = icpJsonSchema();
 * console.log(schema.title); // "icpfit ICP"
 * ```
 */
export function icpJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(IcpSchema, { target: "draft-2020-12", unrepresentable, io: "input" }),
    title: "icpfit ICP",
    description: "An Ideal Customer Profile for icpfit: weighted rules, tiers and missing-data policy.",
  };
}

/**
 * The JSON Schema (draft 2020-12) of the lead format that `parseLead` accepts.
 *
 * @example
 * ```ts
 * import { leadJsonSchema } from "icpfit";
 * console.log(Object.keys(leadJsonSchema().properties as object));
 * ```
 */
export function leadJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(LeadSchema, { target: "draft-2020-12", unrepresentable, io: "input" }),
    title: "icpfit lead",
    description: "A lead or company to score: firmographic, technographic, behavioral, pain points, goals, the contact, custom attributes.",
  };
}
