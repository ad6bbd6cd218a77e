import { fieldWords, formatNumber } from "../engine/describe.js";
import type { IcpInput } from "../schema/icp.js";
import type { Candidate } from "./candidate-rules.js";
import { roundTo } from "./statistics.js";

/*
 * How deriveIcp writes a chosen candidate down: a readable rule id, the rule itself, and the
 * sentence that says why it is there.
 */

/** Evidence (the score test's p-value) and effect (lift) together: see `DerivedRuleReport.strength`. */
export function strengthOf(pValue: number, lift: number): "strong" | "moderate" | "weak" {
  if (pValue < 0.001 && lift >= 1.25) return "strong";
  if (pValue < 0.05 && lift >= 1.1) return "moderate";
  return "weak";
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40) || "rule";
}

export function ruleIdFor(candidate: Candidate, taken: Set<string>): string {
  const leaf = slug(fieldWords(candidate.field));
  const condition = candidate.condition;
  const detail =
    condition.op === "in" || condition.op === "includesAny" ? slug(condition.value.slice(0, 2).join("-"))
    : condition.op === "notIn" ? `not-${slug(condition.value.slice(0, 2).join("-"))}`
    : condition.op === "eq" ? String(condition.value)
    : condition.op === "between" ? `${condition.value[0]}-${condition.value[1]}`
    : `${condition.op}-${condition.value}`;
  const base = `${leaf}-${slug(detail)}`.slice(0, 90);
  let id = base;
  for (let suffix = 2; taken.has(id); suffix++) id = `${base}-${suffix}`;
  taken.add(id);
  return id;
}

export function ruleFor(candidate: Candidate, id: string, points: number): IcpInput["rules"][number] {
  const c = candidate.condition;
  const field = candidate.field;
  switch (c.op) {
    case "gte":
    case "lte":
      return c.falloff === undefined ? { id, field, op: c.op, value: c.value, points } : { id, field, op: c.op, value: c.value, falloff: c.falloff, points };
    case "between":
      return { id, field, op: "between", value: [c.value[0], c.value[1]], points };
    case "eq":
      return { id, field, op: "eq", value: c.value, points };
    case "includesAny":
      return { id, field, op: "includesAny", value: [...c.value], points };
    case "in":
    case "notIn":
      return { id, field, op: c.op, value: [...c.value], points };
  }
}

export const pct = (share: number): string => `${formatNumber(roundTo(share * 100, 1))}%`;

export function explainRule(label: string, partial: boolean, stats: { bestShare: number; allShare: number; rate: number; lift: number; support: number }, base: number, isOutcome: boolean, n: number): string {
  const matched = partial ? `fully meet "${label}" (partial credit below)` : `have "${label}"`;
  const evidence = isOutcome
    ? `${pct(stats.rate)} of the ${formatNumber(stats.support)} records that ${matched} are best vs ${pct(base)} of all`
    : `${pct(stats.bestShare)} of best records vs ${pct(stats.allShare)} of all ${matched}`;
  return `${evidence}: lift ${formatNumber(roundTo(stats.lift, 2))}×, support ${formatNumber(stats.support)} of ${formatNumber(n)} records.`;
}
