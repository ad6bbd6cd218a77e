import { describe, expect, it } from "vitest";
import { scoreLead, type IcpInput } from "../../src/index.js";

/*
 * Lead values are untrusted (webhooks, CSV uploads). The readers' patterns are fixed, but a pattern
 * with overlapping optional parts can still backtrack polynomially; these inputs took minutes before
 * number text got a length cap. The assertions are about outcomes; a regression shows as a timeout.
 */

const icp: IcpInput = {
  id: "redos",
  version: "1",
  name: "ReDoS",
  rules: [
    { id: "employees", field: "firmographic.employees", op: "gte", value: 10, points: 10 },
    { id: "revenue", field: "firmographic.annualRevenue", op: "between", value: [1, 1e9], points: 10, falloff: 0.5 },
    { id: "industry", field: "firmographic.industry", op: "in", value: ["Software", 5], points: 10 },
    { id: "tech", field: "technographic.technologies", op: "includesAll", value: ["Slack"], points: 10 },
    { id: "active", field: "behavioral.lastActivityAt", op: "withinDays", value: 30, points: 10 },
    { id: "email", field: "email", op: "contains", value: "@acme.", points: 10 },
  ],
};

const hostile = [
  `1${" ".repeat(100_000)}x`,
  `${"1".repeat(100_000)}-`,
  `1${",1".repeat(50_000)}x`,
  `$${"1 ".repeat(50_000)}k`,
  `1${" to ".repeat(25_000)}`,
  `2026-11-01${"0".repeat(100_000)}`,
  `${";".repeat(100_000)}Slack`,
  `${"a".repeat(100_000)}@acme.io`,
];

describe("hostile lead values", () => {
  it.each(hostile.map((text) => [text.slice(0, 12), text]))("scores %j… quickly and correctly", (_, text) => {
    const lead = {
      email: text,
      firmographic: { employees: text, annualRevenue: text, industry: text },
      technographic: { technologies: text },
      behavioral: { lastActivityAt: text },
    };
    const result = scoreLead(lead, icp, { now: "2026-11-23" });
    const outcomes = Object.fromEntries(result.rules.map((rule) => [rule.id, rule.outcome]));
    expect(outcomes["employees"]).toBe("unknown");
    expect(outcomes["revenue"]).toBe("unknown");
    expect(outcomes["active"]).toBe("unknown");
    expect(outcomes["industry"]).toBe("miss");
  });

  it("still finds the needle at the end of long text", () => {
    const lead = { email: `${"a".repeat(100_000)}@acme.io`, technographic: { technologies: `${";".repeat(100_000)}Slack` } };
    const outcomes = scoreLead(lead, icp, { now: "2026-11-23" }).rules.map((rule) => rule.outcome);
    expect(outcomes.slice(3)).toEqual(["match", "unknown", "match"]);
  });
});
