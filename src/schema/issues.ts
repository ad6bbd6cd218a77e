import type * as z from "zod";
import type { IcpIssue } from "../errors.js";

/*
 * Turns zod issues into IcpIssues that say what was expected and where. Unions are resolved to
 * the branch the input was evidently meant for (the one with the fewest problems), so a rule with
 * a bad `value` reports that value, not "Invalid input" for the whole rule.
 */

type Path = ReadonlyArray<string | number>;

function toPath(path: ReadonlyArray<PropertyKey>): Array<string | number> {
  return path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment));
}

function cleanMessage(message: string): string {
  return message.replace(/^Invalid input: /, "").replace(/^Invalid option: /, "");
}

function collect(issue: z.core.$ZodIssue, base: Path, out: IcpIssue[]): void {
  const path = [...base, ...toPath(issue.path)];
  if (issue.code === "invalid_union") {
    if (issue.errors.length === 0) {
      const discriminator = (issue as { discriminator?: string }).discriminator;
      const options = (issue as { options?: unknown[] }).options;
      if (discriminator !== undefined && options !== undefined) {
        out.push({ path, message: `expected ${discriminator} to be one of ${options.map(String).join(", ")}` });
        return;
      }
      out.push({ path, message: cleanMessage(issue.message) });
      return;
    }
    const best = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
    for (const inner of best) collect(inner, path, out);
    return;
  }
  if (issue.code === "unrecognized_keys") {
    for (const key of issue.keys) out.push({ path: [...path, key], message: `unknown property "${key}"` });
    return;
  }
  out.push({ path, message: cleanMessage(issue.message) });
}

/** Converts zod issues to {@link IcpIssue}s, resolving unions to the branch that was meant. */
export function toIcpIssues(issues: readonly z.core.$ZodIssue[]): IcpIssue[] {
  const out: IcpIssue[] = [];
  for (const issue of issues) collect(issue, [], out);
  return out;
}
