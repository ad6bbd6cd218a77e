/**
 * The one error class icpfit throws. Like zod's issues, every error carries a machine-readable
 * `code`, the `path` of the offending value, and, for validation failures, every issue found
 * (not just the first).
 */

/** Machine-readable error codes carried by {@link IcpError}: `INVALID_ICP` (an ICP, or a value
 * passed as one, is not valid), `UNKNOWN_FIELD` (a rule names a field a lead cannot have),
 * `INVALID_LEAD` (the strict lead gate), `MISSING_NOW` (time rules and no `now`) and
 * `INVALID_OPTIONS` (any other argument or option of the wrong kind or value, an invalid `now`
 * included).
 *
 * @example
 * ```ts
 * import { IcpError, type IcpErrorCode } from "icpfit";
 * const isFieldTypo = (error: IcpError): boolean => error.code === ("UNKNOWN_FIELD" satisfies IcpErrorCode);
 * ```
 */
export type IcpErrorCode = "INVALID_ICP" | "UNKNOWN_FIELD" | "INVALID_LEAD" | "MISSING_NOW" | "INVALID_OPTIONS";

/** One problem found while validating an ICP, a lead or options.
 *
 * @example
 * ```ts
 * import { safeParseIcp, type IcpIssue } from "icpfit";
 * const result = safeParseIcp({});
 * const issues: readonly IcpIssue[] = result.success ? [] : result.error.issues;
 * ```
 */
export interface IcpIssue {
  /** Where the problem is, as property names and array indices (`["rules", 2, "value"]`). */
  readonly path: ReadonlyArray<string | number>;
  /** What was expected, in plain words. */
  readonly message: string;
}

/**
 * Error thrown for an invalid ICP, an unknown field path, a lead that fails the strict gate
 * (`parseLead`) or misuse such as a missing `now`. Scoring a malformed lead never throws.
 *
 * @example
 * ```ts
 * import { compileIcp, IcpError } from "icpfit";
 * try {
 *   compileIcp({ id: "x", version: "1", name: "X", rules: [] });
 * } catch (error) {
 *   if (error instanceof IcpError) console.log(error.code, error.issues);
 * }
 * ```
 */
export class IcpError extends Error {
  /** Machine-readable code, e.g. `INVALID_ICP`. */
  readonly code: IcpErrorCode;
  /** Path of the first problem (`[]` when the whole value is wrong). */
  readonly path: ReadonlyArray<string | number>;
  /** Every problem found, in document order. */
  readonly issues: ReadonlyArray<IcpIssue>;

  constructor(code: IcpErrorCode, issues: ReadonlyArray<IcpIssue>, summary?: string) {
    const lines = issues.map((issue) => `  - ${formatPath(issue.path)}: ${issue.message}`);
    super(`${summary ?? defaultSummary(code)}\n${lines.join("\n")}`);
    this.name = "IcpError";
    this.code = code;
    this.issues = issues;
    this.path = issues[0]?.path ?? [];
  }
}

function defaultSummary(code: IcpErrorCode): string {
  switch (code) {
    case "INVALID_ICP":
      return "Invalid ICP:";
    case "UNKNOWN_FIELD":
      return "The ICP refers to fields that a lead cannot have:";
    case "INVALID_LEAD":
      return "Invalid lead:";
    case "MISSING_NOW":
      return "Missing option:";
    case "INVALID_OPTIONS":
      return "Invalid options:";
  }
}

/**
 * Formats a path the way a JavaScript reader would write it: `rules[2].value`.
 *
 * @example
 * ```ts
 * import { formatPath } from "icpfit";
 * formatPath(["rules", 2, "value"]); // "rules[2].value"
 * ```
 */
export function formatPath(path: ReadonlyArray<string | number>): string {
  if (path.length === 0) return "(root)";
  let out = "";
  for (const segment of path) {
    out += typeof segment === "number" ? `[${segment}]` : out === "" ? segment : `.${segment}`;
  }
  return out;
}
