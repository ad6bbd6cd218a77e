import { describe, expect, it } from "vitest";
import { compileIcp, IcpError, scoreLeads } from "../../src/index.js";
import { deriveIcp, rocAuc } from "../../src/analyze/index.js";

// A synthetic book of 600 leads where industry, size and a tool drive conversion; country is noise.
function syntheticLeads(): { leads: unknown[]; converted: boolean[] } {
  let seed = 99;
  const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const industries = ["Software", "Retail", "Health", "Finance", "Education"];
  const leads: unknown[] = [];
  const converted: boolean[] = [];
  for (let i = 0; i < 600; i++) {
    const industry = industries[Math.floor(random() * industries.length)] ?? "Retail";
    const employees = Math.round(10 + random() * 990);
    const tools = random() < 0.4 ? ["Slack", "Jira"] : ["Teams"];
    const country = random() < 0.5 ? "US" : "DE";
    const logit = -1.5 + (industry === "Software" ? 1.6 : 0) + (industry === "Finance" ? 0.8 : 0) + (employees > 200 && employees < 700 ? 1.2 : 0) + (tools.includes("Jira") ? 1 : 0);
    leads.push({ firmographic: { industry, employees, country }, technographic: { technologies: tools }, attributes: { visits: i % 7 } });
    converted.push(random() < 1 / (1 + Math.exp(-logit)));
  }
  return { leads, converted };
}

describe("deriveIcp", () => {
  const { leads, converted } = syntheticLeads();
  const derived = deriveIcp(leads, { outcome: converted, id: "synthetic", name: "Synthetic", version: "2026-11", reviewedAt: "2026-11-23" });

  it("returns a valid ICP of 5 to 10 rules with positive points adding up to about 100", () => {
    expect(() => compileIcp(derived.icp)).not.toThrow();
    expect(derived.icp.rules.length).toBeGreaterThanOrEqual(5);
    expect(derived.icp.rules.length).toBeLessThanOrEqual(10);
    const total = derived.icp.rules.reduce((sum, rule) => sum + (rule.points ?? 0), 0);
    expect(total).toBeGreaterThanOrEqual(95);
    expect(total).toBeLessThanOrEqual(105);
    expect(derived.icp).toMatchObject({ id: "synthetic", name: "Synthetic", version: "2026-11", reviewedAt: "2026-11-23", missing: "miss" });
  });

  it("finds the real drivers first", () => {
    const fields = derived.report.slice(0, 3).map((row) => row.field).sort();
    expect(fields).toEqual(["firmographic.employees", "firmographic.industry", "technographic.technologies"]);
    const industry = derived.report.find((row) => row.field === "firmographic.industry");
    expect(JSON.stringify(derived.icp.rules)).toContain("Software");
    expect(industry?.lift).toBeGreaterThan(1.2);
  });

  it("explains every rule with lift, support and evidence strength", () => {
    for (const row of derived.report) {
      expect(row.why).toMatch(/lift .*×, support/);
      expect(row.support).toBeGreaterThan(0);
      expect(["strong", "moderate", "weak"]).toContain(row.strength);
      expect(derived.icp.rules.find((rule) => rule.id === row.ruleId)?.points).toBe(row.points);
    }
    expect(derived.report[0]?.strength).toBe("strong");
  });

  it("calls a rule strong or moderate only when its lift is meaningfully above 1, however small its p-value", () => {
    // 3,000 records; newsletter = "No" (95% of them) is highly significant but barely lifts the rate.
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const records: unknown[] = [];
    const outcome: boolean[] = [];
    for (let i = 0; i < 3000; i++) {
      const industry = ["Software", "Retail", "Health"][i % 3] ?? "Retail";
      const newsletter = random() < 0.95 ? "No" : "Yes";
      const logit = -1.2 + (industry === "Software" ? 1.5 : 0) + (newsletter === "No" ? 0 : -2.5);
      records.push({ firmographic: { industry }, attributes: { newsletter } });
      outcome.push(random() < 1 / (1 + Math.exp(-logit)));
    }
    const report = deriveIcp(records, { outcome, minRules: 1 }).report;
    const newsletter = report.find((row) => row.ruleId === "newsletter-no");
    expect(newsletter?.pValue).toBeLessThan(0.001);
    expect(newsletter?.lift).toBeLessThan(1.1);
    expect(newsletter?.strength).toBe("weak");
    for (const row of [...report, ...derived.report]) {
      const expected = row.pValue < 0.001 && row.lift >= 1.25 ? "strong" : row.pValue < 0.05 && row.lift >= 1.1 ? "moderate" : "weak";
      expect(row.strength).toBe(expected);
    }
  });

  it("labels a column with a one-letter word readably (choosing a course, not acourse)", () => {
    const records = Array.from({ length: 300 }, (_, i) => ({ attributes: { whatMattersMostToYouInChoosingACourse: i % 3 === 0 ? "Better Career Prospects" : "Other" } }));
    const derived = deriveIcp(records, { isBest: (_, i) => i % 3 === 0 && i % 2 === 0, minRules: 1 });
    const rule = derived.report[0];
    expect(rule?.label).toBe("what matters most to you in choosing a course is one of Better Career Prospects");
    expect(rule?.why).toContain('"what matters most to you in choosing a course is one of Better Career Prospects"');
    expect(rule?.ruleId).toMatch(/^what-matters-most-to-you-in-choosing-a-c/);
  });

  it("gives data-driven numeric ranges and tier thresholds from the target shares", () => {
    const size = derived.icp.rules.find((rule) => "field" in rule && rule.field === "firmographic.employees");
    expect(size && "op" in size ? ["between", "gte", "lte"] : []).toContain(size && "op" in size ? size.op : "");
    const scores = scoreLeads(leads, derived.icp).map((result) => result.score);
    const primaryShare = scores.filter((score) => score >= (derived.icp.tiers?.primary ?? 101)).length / scores.length;
    expect(primaryShare).toBeCloseTo(0.1, 1);
    expect(derived.tierShares.map((row) => [row.tier, row.targetShare])).toEqual([["primary", 0.1], ["secondary", 0.2], ["tertiary", 0.3], ["unqualified", undefined]]);
    expect(derived.tierShares[0]?.share).toBeCloseTo(primaryShare, 6);
    expect(rocAuc(scores, converted)).toBeCloseTo(derived.trainingAuc, 6);
    expect(derived.trainingAuc).toBeGreaterThan(0.7);
  });

  it("never keeps two rules that credit exactly the same records, even when padding to minRules", () => {
    // newsletter "no", "not yes", region "east or south" and "not north" all pick the same 400 records.
    const leads = Array.from({ length: 600 }, (_, i) => ({ attributes: { newsletter: i % 3 === 0 ? "yes" : "no", plan: i % 5 === 0 ? "gold" : "basic", region: ["north", "south", "east"][i % 3] } }));
    const outcome = leads.map((lead, i) => (lead.attributes.newsletter === "no" ? i % 4 !== 0 : i % 7 === 0));
    const derived = deriveIcp(leads, { outcome });
    const scorer = compileIcp(derived.icp);
    const matched = derived.icp.rules.map((_, k) => leads.map((lead) => scorer.score(lead).rules[k]?.points).join());
    expect(new Set(matched).size).toBe(matched.length);
  });

  it("is deterministic", () => {
    expect(deriveIcp(leads, { outcome: converted, id: "synthetic", name: "Synthetic", version: "2026-11", reviewedAt: "2026-11-23" }).icp).toEqual(derived.icp);
  });

  it("accepts isBest, and numeric value outcomes (top quartile is best)", () => {
    const byFunction = deriveIcp(leads, { isBest: (_, index) => converted[index] === true, maxRules: 6 });
    expect(byFunction.icp.rules.length).toBeLessThanOrEqual(6);
    const values = converted.map((c, i) => (c ? 1000 + (i % 10) : i % 10));
    const byValue = deriveIcp(leads, { outcome: values, maxRules: 5 });
    expect(byValue.positives).toBeGreaterThan(100);
  });

  it("never uses excluded fields, and skips records with a null outcome", () => {
    const outcome = converted.map((c, i) => (i % 10 === 0 ? null : c));
    const narrow = deriveIcp(leads, { outcome, exclude: ["firmographic.industry"] });
    expect(narrow.report.some((row) => row.field === "firmographic.industry")).toBe(false);
    expect(narrow.n).toBe(540);
  });

  it("gives every tier its own records on coarse scores, and reports the shares achieved next to the targets (issue 14)", () => {
    // One field, three values: the derived ICP can only score 3 distinct values.
    const records = Array.from({ length: 1000 }, (_, i) => ({ attributes: { origin: i < 137 ? "unknown" : i < 685 ? "search" : "social" } }));
    const outcome = records.map((_, i) => (i < 137 ? i % 3 === 0 : i < 685 ? i % 8 === 0 : i % 30 === 0));
    const coarse = deriveIcp(records, { outcome, minRules: 1 });
    const scores = new Set(scoreLeads(records, coarse.icp).map((result) => result.score));
    expect(scores.size).toBe(3);
    expect(coarse.tierShares.slice(0, 3).every((row) => row.count > 0)).toBe(true);
    expect(coarse.tierShares.map((row) => row.share)).toEqual([0.137, 0.548, 0.315, 0]);
    expect(coarse.warnings.some((warning) => warning.startsWith("Tiers: secondary holds 54.8%"))).toBe(true);
    expect(JSON.parse(JSON.stringify(coarse.tierShares))).toEqual(coarse.tierShares);
  });

  it("names record keys that are not lead fields and says how to pass them (issue 15)", () => {
    const flat = Array.from({ length: 300 }, (_, i) => ({ Product: i % 3 === 0 ? "A" : "B", Region: i % 2 === 0 ? "North" : "South" }));
    const isBest = (_: unknown, i: number): boolean => i % 3 === 0 && i % 4 !== 0;
    let error: unknown;
    try {
      deriveIcp(flat, { isBest });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(IcpError);
    expect((error as IcpError).code).toBe("UNKNOWN_FIELD");
    expect((error as IcpError).message).toContain('2 of 2 key(s) are not lead fields: "Product", "Region"');
    expect((error as IcpError).message).toContain('{ attributes: { "Product": … } } gives the field "attributes.Product"');
    expect((error as IcpError).message).not.toContain("raises the best rate");
    // The same data under attributes derives; a stray flat key beside lead fields is a warning.
    const nested = flat.map((row) => ({ attributes: row, Stray: 1 }));
    const derived = deriveIcp(nested, { isBest, minRules: 1 });
    expect(derived.report[0]?.field).toBe("attributes.Product");
    expect(derived.warnings.some((warning) => warning.startsWith('Not used: 1 of 3 key(s) are not lead fields: "Stray"'))).toBe(true);
  });

  it("honours minRules and maxRulesPerField, and rejects out-of-range values", () => {
    const one = deriveIcp(leads, { outcome: converted, maxRulesPerField: 1, minRules: 8 });
    const fields = one.report.map((row) => row.field);
    expect(new Set(fields).size).toBe(fields.length);
    expect(() => deriveIcp(leads, { outcome: converted, minRules: -1 })).toThrow(/minRules[\s\S]*integer from 0 to 200/);
    expect(() => deriveIcp(leads, { outcome: converted, maxRulesPerField: 0 })).toThrow(/maxRulesPerField[\s\S]*integer from 1 to 200/);
    expect(() => deriveIcp(leads, { outcome: converted, minRules: 2.5 })).toThrow(/minRules/);
  });

  it("rejects missing or inconsistent outcomes with IcpError INVALID_OPTIONS", () => {
    expect(() => deriveIcp(leads, {})).toThrow(IcpError);
    expect(() => deriveIcp(leads, { outcome: [true] })).toThrow(/one outcome per record/);
    expect(() => deriveIcp(leads, { outcome: leads.map(() => true) })).toThrow(/at least 2 best and 2 other/);
    expect(() => deriveIcp(leads, { outcome: converted, maxRules: 0 })).toThrow(/maxRules/);
  });
});
