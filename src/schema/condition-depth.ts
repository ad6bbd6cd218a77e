import type { IcpIssue } from "../errors.js";

/*
 * zod parses `all` / `any` / `not` by recursion, and so do validation, compilation and the
 * descriptions of conditions: nesting thousands deep would overflow the call stack with a bare
 * RangeError. The depth is therefore checked first, here, with an explicit stack and no recursion,
 * on the raw input; every recursive walk that follows sees at most MAX_CONDITION_DEPTH levels.
 */

/**
 * The deepest nesting of `all` / `any` / `not` a rule may have: a rule whose condition is a leaf has
 * depth 0, `{ not: leaf }` depth 1, and so on. Deeper rules are refused with `IcpError`
 * `INVALID_ICP` naming the rule; real ICPs stay within 2 or 3 levels.
 *
 * @example
 * ```ts
 * import { MAX_CONDITION_DEPTH } from "icpfit";
 * MAX_CONDITION_DEPTH; // 32
 * ```
 */
export const MAX_CONDITION_DEPTH = 32;

const COMBINATORS = ["all", "any", "not"] as const;

/**
 * Whether a rule or condition, as written (not yet validated), nests `all` / `any` / `not` deeper
 * than {@link MAX_CONDITION_DEPTH}. Follows every combinator key a node has, as zod's union does,
 * and stops as soon as the limit is passed, so a structure that contains itself ends too.
 */
export function exceedsConditionDepth(node: unknown): boolean {
  const pending: Array<{ readonly node: unknown; readonly depth: number }> = [{ node, depth: 0 }];
  while (pending.length > 0) {
    const { node: current, depth } = pending.pop() as { readonly node: unknown; readonly depth: number };
    if (current === null || typeof current !== "object" || Array.isArray(current)) continue;
    for (const key of COMBINATORS) {
      if (!Object.hasOwn(current, key)) continue;
      if (depth + 1 > MAX_CONDITION_DEPTH) return true;
      const inner = (current as Record<string, unknown>)[key];
      if (key === "not") pending.push({ node: inner, depth: depth + 1 });
      else if (Array.isArray(inner)) for (const item of inner as readonly unknown[]) pending.push({ node: item, depth: depth + 1 });
    }
  }
  return false;
}

function ownList(value: unknown, key: string): readonly unknown[] {
  const list = value !== null && typeof value === "object" && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  return Array.isArray(list) ? list : [];
}

function rulesTooDeep(rules: readonly unknown[], base: ReadonlyArray<string | number>): IcpIssue[] {
  const issues: IcpIssue[] = [];
  rules.forEach((rule, index) => {
    if (exceedsConditionDepth(rule)) {
      issues.push({
        path: [...base, index],
        message: `nests all / any / not more than ${MAX_CONDITION_DEPTH} levels deep, the limit; flatten its conditions or split the rule`,
      });
    }
  });
  return issues;
}

/** One issue per rule of an ICP input (its own rules and its personas') whose conditions nest deeper than {@link MAX_CONDITION_DEPTH}. */
export function conditionDepthIssues(input: unknown): IcpIssue[] {
  return [
    ...rulesTooDeep(ownList(input, "rules"), ["rules"]),
    ...ownList(input, "personas").flatMap((persona, index) => rulesTooDeep(ownList(persona, "rules"), ["personas", index, "rules"])),
  ];
}
