import * as z from "zod";
import type { IcpIssue } from "../errors.js";
import { child } from "./field-path.js";
import { toIcpIssues } from "./issues.js";
import { ConditionSchema, EqualityConditionSchema, LeafConditionSchema } from "./condition.js";
import { AllRuleSchema, AnyRuleSchema, LeafRuleSchema, NotRuleSchema, RuleSchema } from "./rule.js";

/*
 * Shape issues of rules and conditions, judged against the branch each was written for. zod's
 * unions pick the branch with the fewest issues: a leaf rule with a bad `effect` then reads as a
 * group (`all: expected array`, `field: unknown property`), and an unknown `op` stops every other
 * check of its rule. Here a node with `field` or `op` is a leaf, one with `all` / `any` / `not` is
 * a group, and each is checked against that branch only; a group's conditions one by one.
 */

type Path = ReadonlyArray<string | number>;

/** The branch a rule or condition was written for, read from the properties it has. */
export type Branch = "leaf" | "all" | "any" | "not";

type Group = Exclude<Branch, "leaf">;

const GROUPS: readonly Group[] = ["all", "any", "not"];

/** The schemas that check one level: rules (with id, points, ...) or the conditions inside them. */
interface Level {
  readonly whole: z.ZodType;
  readonly leaf: z.ZodType;
  readonly unknownOp: z.ZodType;
  readonly groups: Readonly<Record<Group, z.ZodType>>;
}

/* A leaf whose op is unknown still has its other properties checked; its value cannot be. */
const unknownOpShape = {
  field: EqualityConditionSchema.shape.field,
  // Optional: a missing op is reported once, by the leaf schema; the value's shape depends on it.
  op: z.unknown().optional(),
  value: z.unknown().optional(),
  caseSensitive: EqualityConditionSchema.shape.caseSensitive,
};

const RULES: Level = {
  whole: RuleSchema,
  leaf: LeafRuleSchema,
  unknownOp: AllRuleSchema.omit({ all: true }).extend(unknownOpShape),
  groups: { all: AllRuleSchema, any: AnyRuleSchema, not: NotRuleSchema },
};

// The same lists and negation the rule schemas hold, so both levels share their limits.
const CONDITIONS: Level = {
  whole: ConditionSchema,
  leaf: LeafConditionSchema,
  unknownOp: z.strictObject(unknownOpShape),
  groups: {
    all: z.strictObject({ all: AllRuleSchema.shape.all }),
    any: z.strictObject({ any: AnyRuleSchema.shape.any }),
    not: z.strictObject({ not: NotRuleSchema.shape.not }),
  },
};

/**
 * The branch a rule or condition was written for: `leaf` when it has `field` or `op`, else the
 * first of `all` / `any` / `not` it has; `undefined` for a non-object or one with none of them.
 */
export function branchOf(node: unknown): Branch | undefined {
  if (node === null || typeof node !== "object" || Array.isArray(node)) return undefined;
  if (Object.hasOwn(node, "field") || Object.hasOwn(node, "op")) return "leaf";
  return GROUPS.find((key) => Object.hasOwn(node, key));
}

/** Whether `op` names one of the leaf operators. */
function isOperator(op: unknown): boolean {
  return LeafConditionSchema.options.some((option) => option.shape.op.safeParse(op).success);
}

function within(path: Path, issues: readonly IcpIssue[]): IcpIssue[] {
  return issues.map((issue) => ({ path: [...path, ...issue.path], message: issue.message }));
}

/** The issues of `node` against `schema`, leaving out those at paths `skip` accepts. */
function issuesAgainst(schema: z.ZodType, node: unknown, path: Path, skip?: (at: readonly PropertyKey[]) => boolean): IcpIssue[] {
  const parsed = schema.safeParse(node);
  if (parsed.success) return [];
  const kept = skip === undefined ? parsed.error.issues : parsed.error.issues.filter((issue) => !skip(issue.path));
  return within(path, toIcpIssues(kept));
}

function branchIssues(node: object, branch: Branch, path: Path, level: Level): IcpIssue[] {
  if (branch === "leaf") {
    const issues = issuesAgainst(level.leaf, node, path);
    return isOperator(child(node, "op")) ? issues : [...issues, ...issuesAgainst(level.unknownOp, node, path)];
  }
  // The group's own properties here; its conditions below, each against its own branch.
  const insideCondition = (at: readonly PropertyKey[]): boolean =>
    at[0] === branch && (branch === "not" || typeof at[1] === "number");
  const issues = issuesAgainst(level.groups[branch], node, path, insideCondition);
  const inner = child(node, branch);
  if (branch === "not") return [...issues, ...conditionIssues(inner, [...path, "not"])];
  if (!Array.isArray(inner)) return issues;
  return [...issues, ...inner.flatMap((condition: unknown, index) => conditionIssues(condition, [...path, branch, index]))];
}

function conditionIssues(node: unknown, path: Path): IcpIssue[] {
  const branch = branchOf(node);
  if (branch === undefined) return issuesAgainst(CONDITIONS.whole, node, path);
  return branchIssues(node as object, branch, path, CONDITIONS);
}

/**
 * The shape issues of the rule at `path`, each said against the branch the rule was written for
 * (see {@link branchOf}); none for a rule {@link RuleSchema} accepts.
 */
export function ruleShapeIssues(rule: unknown, path: Path): IcpIssue[] {
  const parsed = RULES.whole.safeParse(rule);
  if (parsed.success) return [];
  const branch = branchOf(rule);
  const issues = branch === undefined ? [] : branchIssues(rule as object, branch, path, RULES);
  // zod's own reading stands for a rule that names no branch, and for any case the branches miss.
  return issues.length > 0 ? issues : within(path, toIcpIssues(parsed.error.issues));
}
