import { describe, expect, it } from "vitest";
import { lintIcp } from "../../src/analyze/index.js";

const good = {
  id: "good",
  version: "1",
  name: "Good",
  reviewedAt: "2026-06-01",
  rules: [
    { id: "industry", field: "firmographic.industry", op: "in", value: ["Software", "Internet"], points: 25 },
    { id: "size", field: "firmographic.employees", op: "between", value: [50, 500], points: 20 },
    { id: "country", field: "firmographic.country", op: "in", value: ["US", "CA"], points: 15 },
    { id: "stack", field: "technographic.technologies", op: "includesAny", value: ["Slack"], points: 15 },
    { id: "intent", field: "behavioral.intentScore", op: "gte", value: 60, points: 15 },
    { id: "pain", field: "painPoints", op: "includesAny", value: ["reporting"], points: 10 },
  ],
} as const;
const codes = (findings: readonly { code: string }[]): string[] => findings.map((f) => f.code);

describe("lintIcp", () => {
  it("finds nothing wrong with a reviewed ICP of six attributes", () => {
    expect(lintIcp(good, { now: "2026-11-23" })).toEqual([]);
  });

  it("flags too few and too many attributes", () => {
    expect(codes(lintIcp({ ...good, rules: good.rules.slice(0, 2) }, { now: "2026-11-23" }))).toContain("TOO_FEW_ATTRIBUTES");
    const many = Array.from({ length: 11 }, (_, i) => ({ id: `a${i}`, field: `attributes.f${i}`, op: "exists" as const, points: 5 }));
    expect(codes(lintIcp({ ...good, rules: many }, { now: "2026-11-23" }))).toContain("TOO_MANY_ATTRIBUTES");
  });

  it("flags missing and stale reviews relative to now", () => {
    const { reviewedAt: _, ...unreviewed } = good;
    expect(codes(lintIcp(unreviewed, { now: "2026-11-23" }))).toEqual(["NOT_REVIEWED"]);
    expect(codes(lintIcp(good, { now: "2027-07-01" }))).toEqual(["STALE"]);
  });

  it("flags duplicate and contradictory rules", () => {
    const rules = [
      ...good.rules,
      { id: "industry-again", field: "firmographic.industry", op: "in", value: ["internet", "software"], points: 5 },
      { id: "need-us", field: "firmographic.country", op: "eq", value: "US", effect: "require" },
      { id: "need-de", field: "firmographic.country", op: "eq", value: "DE", effect: "require" },
      { id: "small", field: "firmographic.employees", op: "lt", value: 10, effect: "require" },
      { id: "large", field: "firmographic.employees", op: "gte", value: 10, effect: "require" },
    ] as const;
    const findings = lintIcp({ ...good, rules }, { now: "2026-11-23" });
    expect(findings[0]?.severity).toBe("error");
    expect(findings.filter((f) => f.code === "CONTRADICTORY_RULES").map((f) => f.ruleId)).toEqual(["need-de", "large"]);
    expect(findings.find((f) => f.code === "DUPLICATE_RULE")?.ruleId).toBe("industry-again");
  });

  it("compares rule values folded, as the engine does", () => {
    const rules = [
      ...good.rules,
      { id: "city", field: "attributes.city", op: "eq", value: "İstanbul", points: 5 },
      { id: "city-again", field: "attributes.city", op: "eq", value: "istanbul", points: 5 },
      { id: "need-street", field: "attributes.street", op: "eq", value: "Straße", effect: "require" },
      { id: "need-street-caps", field: "attributes.street", op: "in", value: ["STRASSE", "Weg"], effect: "require" },
    ] as const;
    const findings = lintIcp({ ...good, rules }, { now: "2026-11-23" });
    expect(findings.find((f) => f.code === "DUPLICATE_RULE")?.ruleId).toBe("city-again");
    expect(findings.filter((f) => f.code === "CONTRADICTORY_RULES")).toEqual([]);
  });

  it("flags unreachable tiers", () => {
    const lumpy = { ...good, rules: [{ id: "one", field: "firmographic.industry", op: "eq", value: "Software", points: 10 }], tiers: { primary: 90, secondary: 60, tertiary: 40 }, missing: "miss" } as const;
    expect(lintIcp(lumpy, { now: "2026-11-23" }).filter((f) => f.code === "UNREACHABLE_TIER").map((f) => f.path?.[1])).toEqual(["secondary", "tertiary"]);
  });

  it("checks breadth and coverage on a sample", () => {
    const everyone = Array.from({ length: 120 }, () => ({ firmographic: { industry: "Software", employees: 100, country: "US" }, technographic: { technologies: ["Slack"] }, behavioral: { intentScore: 90 }, painPoints: ["reporting"] }));
    expect(codes(lintIcp(good, { now: "2026-11-23", sample: everyone }))).toContain("TOO_BROAD");
    const empty = Array.from({ length: 120 }, () => ({ firmographic: { industry: "Retail" } }));
    const findings = codes(lintIcp(good, { now: "2026-11-23", sample: empty }));
    expect(findings).toEqual(expect.arrayContaining(["TOO_NARROW", "POOR_DATA", "LOW_COVERAGE", "RULE_NEVER_MATCHES"]));
  });

  it("returns INVALID_ICP findings instead of throwing, and needs a valid now", () => {
    const findings = lintIcp({ id: "x", version: "1", name: "X", rules: [] }, { now: "2026-11-23" });
    expect(findings[0]).toMatchObject({ code: "INVALID_ICP", severity: "error" });
    expect(() => lintIcp(good, { now: "not a date" })).toThrow(/now/);
  });
});

describe("lintIcp with a reference sample: drift", () => {
  const lead = (industry: string, employees: number): unknown => ({ firmographic: { industry, employees, country: "US" }, technographic: { technologies: ["Slack"] }, behavioral: { intentScore: 70 }, painPoints: ["reporting"] });
  const reference = Array.from({ length: 400 }, (_, i) => lead(i % 4 === 0 ? "Software" : "Retail", 20 + (i % 600)));
  const drifted = Array.from({ length: 400 }, (_, i) => lead(i % 4 === 0 ? "Retail" : "Software", 20 + (i % 600)));

  it("says when the recent sample has drifted from the reference", () => {
    const findings = lintIcp(good, { now: "2026-11-23", sample: drifted, reference });
    const drift = findings.filter((finding) => finding.code.endsWith("_DRIFT"));
    expect(drift.map((finding) => [finding.code, finding.severity])).toEqual([
      ["SCORE_DRIFT", "warning"],
      ["TIER_DRIFT", "warning"],
      ["FIELD_DRIFT", "warning"],
    ]);
    expect(drift[2]?.message).toMatch(/^Field firmographic\.industry has drifted: PSI \d\.\d{3} \(above 0\.25: act\)$/);
  });

  it("finds no drift between a sample and itself, and checks none without a reference", () => {
    expect(codes(lintIcp(good, { now: "2026-11-23", sample: reference, reference })).filter((code) => code.endsWith("_DRIFT"))).toEqual([]);
    expect(codes(lintIcp(good, { now: "2026-11-23", sample: drifted })).filter((code) => code.endsWith("_DRIFT"))).toEqual([]);
  });
});
