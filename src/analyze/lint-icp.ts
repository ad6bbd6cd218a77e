import { IcpError } from "../errors.js";
import { readTime } from "../engine/coerce.js";
import { compileIcp } from "../engine/compile.js";
import { conditionFields, leafConditions } from "../engine/describe.js";
import { DEFAULT_TIERS } from "../engine/tiers.js";
import type { Condition } from "../schema/condition.js";
import type { Icp, IcpInput } from "../schema/icp.js";
import type { Rule } from "../schema/rule.js";
import { safeParseIcp } from "../schema/parse.js";
import { canHoldTogether, conditionKey } from "./condition-overlap.js";
import { driftFindings } from "./lint-drift.js";
import { personaFindings } from "./lint-personas.js";
import { unreachableTiers } from "./tier-reachability.js";

/** One problem (or remark) lintIcp found.
 *
 * @example
 * ```ts
 * import type { LintFinding } from "icpfit/analyze";
 * const finding: LintFinding = { code: "STALE", severity: "warning", message: "Last reviewed 2024-01-01, more than 12 months before 2026-11-23" };
 * ```
 */
export interface LintFinding {
  /** Stable machine-readable code, e.g. `TOO_BROAD`, `STALE`, `DUPLICATE_RULE`. */
  readonly code: string;
  /** `error`: the ICP cannot score as intended; `warning`: likely a mistake or a weak ICP; `info`: worth a look. */
  readonly severity: "error" | "warning" | "info";
  /** Plain-words description of the problem. */
  readonly message: string;
  /** Id of the rule the finding is about, when it is about one rule. */
  readonly ruleId?: string;
  /** Path in the ICP, e.g. `["rules", 2]`. */
  readonly path?: readonly (string | number)[];
}

/** Options for {@link lintIcp}.
 *
 * @example
 * ```ts
 * import type { LintOptions } from "icpfit/analyze";
 * const options: LintOptions = { now: "2026-11-23", sample: [{ firmographic: { industry: "Software" } }] };
 * ```
 */
export interface LintOptions {
  /** Today, for the review check and `withinDays` rules (the library never reads the clock). */
  readonly now: Date | string | number;
  /** Leads to test breadth and data coverage on (a recent, representative sample). */
  readonly sample?: readonly unknown[];
  /**
   * The leads the ICP was built or last checked on. With `sample`, lint compares the two with
   * `scoreDrift` and reports `SCORE_DRIFT`, `TIER_DRIFT` and `FIELD_DRIFT`: a warning when a
   * population stability index is above 0.25, a remark (info) from 0.1.
   */
  readonly reference?: readonly unknown[];
}

const YEAR_MS = 365.25 * 86_400_000;
const pct = (share: number): string => `${Math.round(share * 1000) / 10}%`;

function structuralFindings(icp: Icp): LintFinding[] {
  const findings: LintFinding[] = [];
  const fields = new Set(icp.rules.flatMap((rule) => conditionFields(rule as Condition)));
  if (fields.size < 5) findings.push({ code: "TOO_FEW_ATTRIBUTES", severity: "warning", message: `Uses ${fields.size} attribute(s); good ICPs use 5–10, fewer is usually too broad` });
  if (fields.size > 10) findings.push({ code: "TOO_MANY_ATTRIBUTES", severity: "warning", message: `Uses ${fields.size} attributes; good ICPs use 5–10, more is hard to act on and usually too narrow` });
  const scoring = icp.rules.filter((rule) => (rule.effect ?? "score") === "score");
  if (!scoring.some((rule) => (rule.points ?? 0) > 0)) findings.push({ code: "NO_POSITIVE_POINTS", severity: "error", message: "No rule has positive points, so every score is 0", path: ["rules"] });
  const seen = new Map<string, Rule>();
  icp.rules.forEach((rule, index) => {
    const key = `${conditionKey(rule as Condition)}`;
    const first = seen.get(key);
    if (first !== undefined) {
      findings.push({ code: "DUPLICATE_RULE", severity: "warning", message: `Rule "${rule.id}" tests the same condition as "${first.id}"`, ruleId: rule.id, path: ["rules", index] });
      const effects = new Set([first.effect ?? "score", rule.effect ?? "score"]);
      if (effects.has("require") && effects.has("exclude")) {
        findings.push({ code: "CONTRADICTORY_RULES", severity: "error", message: `"${first.id}" requires what "${rule.id}" excludes: every lead is disqualified`, ruleId: rule.id, path: ["rules", index] });
      } else if (effects.has("score") && effects.has("exclude")) {
        findings.push({ code: "SCORE_ONLY_WHEN_EXCLUDED", severity: "warning", message: `Rule "${rule.id}" / "${first.id}" scores leads only when they are also excluded`, ruleId: rule.id, path: ["rules", index] });
      }
    } else {
      seen.set(key, rule);
    }
  });
  const requirements = icp.rules
    .map((rule, index) => ({ rule, index }))
    .filter(({ rule }) => rule.effect === "require" && "field" in rule);
  for (let a = 0; a < requirements.length; a++) {
    for (let b = a + 1; b < requirements.length; b++) {
      const x = requirements[a];
      const y = requirements[b];
      if (x === undefined || y === undefined) continue;
      const [left] = leafConditions(x.rule as Condition);
      const [right] = leafConditions(y.rule as Condition);
      if (left !== undefined && right !== undefined && !canHoldTogether(left, right)) {
        findings.push({ code: "CONTRADICTORY_RULES", severity: "error", message: `Requirements "${x.rule.id}" and "${y.rule.id}" cannot both hold: every lead is disqualified`, ruleId: y.rule.id, path: ["rules", y.index] });
      }
    }
  }
  const unreachable = unreachableTiers(icp, icp.tiers ?? DEFAULT_TIERS) ?? [];
  for (const tier of unreachable) {
    findings.push({ code: "UNREACHABLE_TIER", severity: "warning", message: `No combination of rule outcomes gives a ${tier} score; adjust the points or the thresholds`, path: ["tiers", tier] });
  }
  return findings;
}

function reviewFindings(icp: Icp, nowMs: number): LintFinding[] {
  if (icp.reviewedAt === undefined) return [{ code: "NOT_REVIEWED", severity: "warning", message: "No reviewedAt date: record when the ICP was last reviewed (at least yearly)", path: ["reviewedAt"] }];
  const reviewed = readTime(icp.reviewedAt);
  if (typeof reviewed !== "number") return [];
  if (nowMs - reviewed > YEAR_MS) {
    return [{ code: "STALE", severity: "warning", message: `Last reviewed ${icp.reviewedAt}, more than 12 months before ${new Date(nowMs).toISOString().slice(0, 10)}`, path: ["reviewedAt"] }];
  }
  if (reviewed > nowMs + 86_400_000) return [{ code: "REVIEWED_IN_FUTURE", severity: "info", message: `reviewedAt ${icp.reviewedAt} is after now`, path: ["reviewedAt"] }];
  return [];
}

function sampleFindings(icp: Icp, sample: readonly unknown[], now: number): LintFinding[] {
  const findings: LintFinding[] = [];
  const scorer = compileIcp(icp);
  const results = sample.map((lead) => scorer.score(lead, { now }));
  const n = results.length;
  if (n === 0) return findings;
  const share = (test: (tier: string) => boolean): number => results.filter((result) => test(result.tier)).length / n;
  const top = share((tier) => tier === "primary" || tier === "secondary");
  const primary = share((tier) => tier === "primary");
  const lacking = share((tier) => tier === "insufficient-data");
  if (top > 0.5) findings.push({ code: "TOO_BROAD", severity: "warning", message: `${pct(top)} of the sample is primary or secondary: the ICP does not discriminate` });
  if (n >= 100 && primary < 0.01) findings.push({ code: "TOO_NARROW", severity: "warning", message: `Only ${pct(primary)} of the sample is primary` });
  if (lacking > 0.3) findings.push({ code: "POOR_DATA", severity: "warning", message: `${pct(lacking)} of the sample lacks the data to be tiered (insufficient-data)` });
  icp.rules.forEach((rule, index) => {
    let matched = 0;
    let unknown = 0;
    for (const result of results) {
      const outcome = result.rules[index]?.outcome;
      if (outcome === "match" || outcome === "partial" || outcome === "excluded") matched++;
      if (outcome === "unknown") unknown++;
    }
    const path = ["rules", index] as const;
    if (unknown / n > 0.5) findings.push({ code: "LOW_COVERAGE", severity: "warning", message: `Rule "${rule.id}" has no data for ${pct(unknown / n)} of the sample`, ruleId: rule.id, path });
    const known = n - unknown;
    if (known > 0 && matched === 0) findings.push({ code: "RULE_NEVER_MATCHES", severity: "warning", message: `Rule "${rule.id}" matches none of the ${known} sample leads with data`, ruleId: rule.id, path });
    else if (known >= 20 && matched / known > 0.95 && (rule.effect ?? "score") === "score") {
      findings.push({ code: "RULE_ALWAYS_MATCHES", severity: "info", message: `Rule "${rule.id}" matches ${pct(matched / known)} of sample leads with data: it barely discriminates`, ruleId: rule.id, path });
    }
  });
  return findings;
}

/**
 * Checks an ICP for the classic failures: invalid rules, fewer than 5 or more than 10 attributes,
 * no positive points, duplicate or contradictory rules, unreachable tiers, and no review within 12
 * months of `now`, personas no contact can match (`PERSONA_UNREACHABLE`) and personas that test the
 * same conditions or all of another's (`PERSONA_DUPLICATE`, `PERSONA_OVERLAP`); with a `sample` of leads, also too broad (most leads primary or secondary), too
 * narrow, poor data coverage and rules that never or always match. Returns findings, errors
 * first; an invalid ICP gives `INVALID_ICP` findings instead of throwing.
 * Throws `INVALID_OPTIONS` when `now` is not a date.
 *
 * @example
 * ```ts
 * import { lintIcp } from "icpfit/analyze";
 * const icp = { id: "a", version: "1", name: "A", reviewedAt: "2024-01-01", rules: [
 *   { id: "sw", field: "firmographic.industry", op: "eq", value: "Software", points: 10 },
 * ] } as const;
 * lintIcp(icp, { now: "2026-11-23" }).map((finding) => finding.code);
 * // ["TOO_FEW_ATTRIBUTES", "UNREACHABLE_TIER", "UNREACHABLE_TIER", "STALE"]: one all-or-nothing rule
 * // scores 0 or 100, so secondary and tertiary can never be reached
 * ```
 */
export function lintIcp(icp: IcpInput | Icp, options: LintOptions): LintFinding[] {
  const nowMs = readTime(options?.now);
  if (typeof nowMs !== "number") {
    throw new IcpError("INVALID_OPTIONS", [{ path: ["now"], message: `expected a Date, ISO text or epoch ms, got ${JSON.stringify(String(options?.now))}` }]);
  }
  const parsed = safeParseIcp(icp);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({ code: parsed.error.code, severity: "error" as const, message: issue.message, path: issue.path }));
  }
  const findings = [...structuralFindings(parsed.data), ...personaFindings(parsed.data), ...reviewFindings(parsed.data, nowMs)];
  if (options.sample !== undefined) findings.push(...sampleFindings(parsed.data, options.sample, nowMs));
  if (options.sample !== undefined && options.reference !== undefined) findings.push(...driftFindings(parsed.data, options.reference, options.sample, nowMs));
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => rank[a.finding.severity] - rank[b.finding.severity] || a.index - b.index)
    .map(({ finding }) => finding);
}
