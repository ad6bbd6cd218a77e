import { describe, expect, it } from "vitest";
import { IcpError, IcpResultSchema, compileIcp, defineIcp, scoreLead } from "../../src/index.js";
import { NOW, entry, icpOf, type RuleInput } from "./fixtures.js";

/* The compiled scorer: what it exposes, the ledger it writes and the score arithmetic. */

const industry: RuleInput = { id: "industry", field: "firmographic.industry", op: "in", value: ["Software", "Internet"], points: 25 };
const size: RuleInput = { id: "size", field: "firmographic.employees", op: "between", value: [50, 500], points: 20 };
const stack: RuleInput = { id: "stack", field: "technographic.technologies", op: "includesAny", value: ["Slack", "Jira"], points: 15 };
const competitor: RuleInput = { id: "competitor", field: "technographic.technologies", op: "includesAny", value: ["Asana"], points: -10 };
const icp = icpOf([industry, size, stack, competitor]);

describe("compileIcp", () => {
  it("exposes the frozen ICP, the fields it reads and what it needs", () => {
    const scorer = compileIcp(icp);
    expect(scorer.icp).toEqual(icp);
    expect(Object.isFrozen(scorer.icp)).toBe(true);
    expect(scorer.fields).toEqual(["firmographic.industry", "firmographic.employees", "technographic.technologies"]);
    expect(scorer.usesTime).toBe(false);
    expect(scorer.hasEngagement).toBe(false);
  });

  it("accepts an ICP that defineIcp already validated", () => {
    const defined = defineIcp(icp);
    expect(compileIcp(defined).score({}).icpId).toBe("test");
  });

  it("throws IcpError on an invalid ICP", () => {
    expect(() => compileIcp({ ...icp, rules: [] })).toThrow(IcpError);
  });
});

describe("score arithmetic", () => {
  it("sums points, drops unknowns from the denominator and rounds the percentage", () => {
    const result = scoreLead({ firmographic: { industry: "Software", employees: 10 }, technographic: { technologies: ["Jira"] } }, icp);
    expect(result.rules.map((rule) => [rule.id, rule.outcome, rule.points, rule.maxPoints])).toEqual([
      ["industry", "match", 25, 25],
      ["size", "miss", 0, 20],
      ["stack", "match", 15, 15],
      ["competitor", "miss", 0, 0],
    ]);
    expect(result.points).toBe(40);
    expect(result.maxPoints).toBe(60);
    expect(result.score).toBe(67);
    expect(result.tier).toBe("secondary");
  });

  it("lets negative points lower the score but keeps them out of the denominator", () => {
    const lead = { firmographic: { industry: "Software", employees: 100 }, technographic: { technologies: ["Slack", "Asana"] } };
    const result = scoreLead(lead, icp);
    expect(entry(result, "competitor")).toMatchObject({ outcome: "match", points: -10, maxPoints: 0, weight: -10 });
    expect(result.points).toBe(50);
    expect(result.maxPoints).toBe(60);
    expect(result.score).toBe(83);
  });

  it("floors the score at 0 while points stay negative", () => {
    const result = scoreLead({ firmographic: { industry: "Retail", employees: 5 }, technographic: { technologies: ["Asana"] } }, icp);
    expect(result.points).toBe(-10);
    expect(result.score).toBe(0);
    expect(result.tier).toBe("unqualified");
  });

  it("scores 0 when nothing positive is known", () => {
    const result = scoreLead({}, icp);
    expect(result).toMatchObject({ score: 0, points: 0, maxPoints: 0, confidence: 0, tier: "insufficient-data" });
  });

  it("rounds half up at the tier boundary", () => {
    const half = icpOf([
      { id: "a", field: "attributes.a", op: "exists", points: 159 },
      { id: "b", field: "attributes.b", op: "exists", points: 41 },
    ]);
    const result = scoreLead({ attributes: { a: 1, b: null } }, half);
    expect(result.points / result.maxPoints).toBe(0.795);
    expect(result.score).toBe(80);
    expect(result.tier).toBe("primary");
  });

  it("writes a plain result that its own schema accepts", () => {
    const result = scoreLead({ firmographic: { industry: "Software" } }, icp);
    expect(IcpResultSchema.parse(JSON.parse(JSON.stringify(result)))).toStrictEqual(result);
    expect(Object.keys(result).sort()).toEqual(["confidence", "icpId", "icpVersion", "maxPoints", "points", "rules", "score", "thresholds", "tier"]);
    expect(result).toMatchObject({ icpId: "test", icpVersion: "1", thresholds: { primary: 80, secondary: 60, tertiary: 40, minConfidence: 0.5 } });
  });
});

describe("ledger", () => {
  it("labels rules by their condition unless the rule has a label", () => {
    const labelled = icpOf([{ ...industry, label: "Software company" } as RuleInput, size]);
    const result = scoreLead({ firmographic: { industry: "Software", employees: 1 } }, labelled);
    expect(entry(result, "industry")).toMatchObject({ label: "Software company", reason: "Software company" });
    expect(entry(result, "size")).toMatchObject({ label: "employees between 50 and 500", reason: "Not met: employees between 50 and 500" });
  });

  it("records effect, axis and weight for every rule", () => {
    const result = scoreLead({}, icpOf([industry, { id: "gov", field: "firmographic.industry", op: "eq", value: "Government", effect: "exclude" }]));
    expect(entry(result, "industry")).toMatchObject({ effect: "score", axis: "fit", weight: 25 });
    expect(entry(result, "gov")).toMatchObject({ effect: "exclude", axis: "fit", weight: 0, points: 0, maxPoints: 0 });
  });

  it("never throws on leads that are not objects", () => {
    const scorer = compileIcp(icpOf([industry, { id: "active", field: "behavioral.lastActivityAt", op: "withinDays", value: 7, points: 5 }]));
    for (const lead of [null, undefined, 42, "lead", [], [{ firmographic: { industry: "Software" } }], true, Symbol("x"), 10n, () => 1]) {
      const result = scorer.score(lead, { now: NOW });
      expect(result.rules.every((rule) => rule.outcome === "unknown")).toBe(true);
      expect(result.tier).toBe("insufficient-data");
    }
  });

  it("scores the same lead the same way twice", () => {
    const lead = { firmographic: { industry: "Internet", employees: "51-200" }, technographic: { technologies: "Slack;Asana" } };
    const scorer = compileIcp(icp);
    expect(scorer.score(lead)).toStrictEqual(scorer.score(lead));
    expect(scoreLead(lead, icp)).toStrictEqual(compileIcp(icp).score(lead));
  });
});
