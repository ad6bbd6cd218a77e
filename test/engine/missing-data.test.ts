import { describe, expect, it } from "vitest";
import { scoreLead } from "../../src/index.js";
import { entry, icpOf, MISSING_REASON, outcomeOf, ruleOf, type RuleInput } from "./fixtures.js";

/* Missing-data policies, confidence and minConfidence. */

const rule = (id: string, points: number, extra: Partial<Pick<RuleInput, "missing">> = {}): RuleInput =>
  ({ id, field: `attributes.${id}`, op: "eq", value: "yes", points, ...extra }) as RuleInput;
const rules = [rule("a", 50), rule("b", 30), rule("c", 20)];

describe("missing policy", () => {
  it("neutral (default) drops unknown rules from the denominator", () => {
    const result = scoreLead({ attributes: { a: "yes", b: "no" } }, icpOf(rules));
    expect(entry(result, "c")).toMatchObject({ outcome: "unknown", points: 0, maxPoints: 0, weight: 20 });
    expect(result).toMatchObject({ points: 50, maxPoints: 80, score: 63 });
  });

  it("miss counts unknown rules at their full weight", () => {
    const result = scoreLead({ attributes: { a: "yes", b: "no" } }, icpOf(rules, { missing: "miss" }));
    expect(entry(result, "c")).toMatchObject({ outcome: "unknown", points: 0, maxPoints: 20 });
    expect(result).toMatchObject({ points: 50, maxPoints: 100, score: 50 });
  });

  it("a rule's own policy overrides the ICP's, both ways", () => {
    const lead = { attributes: { a: "yes" } };
    const strictRule = scoreLead(lead, icpOf([rule("a", 50), rule("b", 30, { missing: "miss" }), rule("c", 20)]));
    expect(strictRule).toMatchObject({ maxPoints: 80, score: 63 });
    const lenientRule = scoreLead(lead, icpOf([rule("a", 50), rule("b", 30, { missing: "neutral" }), rule("c", 20)], { missing: "miss" }));
    expect(lenientRule).toMatchObject({ maxPoints: 70, score: 71 });
  });

  it("never counts unknown negative rules against the lead", () => {
    const result = scoreLead({ attributes: { a: "yes" } }, icpOf([rule("a", 50), rule("penalty", -40)], { missing: "miss" }));
    expect(entry(result, "penalty")).toMatchObject({ outcome: "unknown", points: 0, maxPoints: 0 });
    expect(result).toMatchObject({ points: 50, maxPoints: 50, score: 100, confidence: 1 });
  });

  it("does not change confidence", () => {
    const lead = { attributes: { a: "yes" } };
    expect(scoreLead(lead, icpOf(rules)).confidence).toBe(0.5);
    expect(scoreLead(lead, icpOf(rules, { missing: "miss" })).confidence).toBe(0.5);
  });
});

describe("confidence", () => {
  it("is the known share of positive weight, to three decimals", () => {
    expect(scoreLead({ attributes: { a: "no", b: "no", c: "no" } }, icpOf(rules)).confidence).toBe(1);
    expect(scoreLead({ attributes: { b: "yes", c: "no" } }, icpOf(rules)).confidence).toBe(0.5);
    expect(scoreLead({ attributes: { c: "yes" } }, icpOf(rules)).confidence).toBe(0.2);
    const thirds = icpOf([rule("a", 1), rule("b", 1), rule("c", 1)]);
    expect(scoreLead({ attributes: { a: "no" } }, thirds).confidence).toBe(0.333);
    expect(scoreLead({ attributes: { a: "no", b: "no" } }, thirds).confidence).toBe(0.667);
  });

  it("counts a wrong-typed value as unknown", () => {
    expect(scoreLead({ attributes: { a: { yes: true }, b: "yes", c: "yes" } }, icpOf(rules)).confidence).toBe(0.5);
  });

  it("ignores negative rules and knockouts", () => {
    const icp = icpOf([rule("a", 50), rule("penalty", -40), { id: "k", field: "attributes.k", op: "exists", effect: "require" }]);
    expect(scoreLead({ attributes: { a: "no", k: 1 } }, icp).confidence).toBe(1);
    expect(scoreLead({ attributes: { penalty: "yes", k: 1 } }, icp).confidence).toBe(0);
  });
});

describe("minConfidence", () => {
  it("defaults to 0.5: below it the tier is insufficient-data, at it the lead is tiered", () => {
    expect(scoreLead({ attributes: { b: "yes", c: "yes" } }, icpOf(rules))).toMatchObject({ confidence: 0.5, score: 100, tier: "primary" });
    expect(scoreLead({ attributes: { b: "yes" } }, icpOf(rules))).toMatchObject({ confidence: 0.3, score: 100, tier: "insufficient-data" });
  });

  it("a lead with no data is never primary", () => {
    for (const missing of ["neutral", "miss"] as const) {
      expect(scoreLead({}, icpOf(rules, { missing })).tier).toBe("insufficient-data");
    }
  });

  it("can be raised or set to 0", () => {
    const lead = { attributes: { a: "yes", b: "yes" } };
    expect(scoreLead(lead, icpOf(rules, { minConfidence: 0.9 })).tier).toBe("insufficient-data");
    expect(scoreLead(lead, icpOf(rules, { minConfidence: 0.8 })).tier).toBe("primary");
    expect(scoreLead({}, icpOf(rules, { minConfidence: 0 }))).toMatchObject({ score: 0, tier: "unqualified" });
  });

  it("is stored in the result thresholds", () => {
    expect(scoreLead({}, icpOf(rules, { minConfidence: 0.25 })).thresholds.minConfidence).toBe(0.25);
  });
});

describe("an empty list in a field that holds one value (issue 15, point 8)", () => {
  it("is no data, as the guide says, for text, number and date fields", () => {
    for (const [condition, lead] of [
      [{ field: "firmographic.industry", op: "eq", value: "Software" }, { firmographic: { industry: [] } }],
      [{ field: "firmographic.employees", op: "gte", value: 10 }, { firmographic: { employees: [] } }],
      [{ field: "behavioral.lastActivityAt", op: "withinDays", value: 30 }, { behavioral: { lastActivityAt: [null] } }],
      [{ field: "attributes.city", op: "in", value: ["Köln"] }, { attributes: { city: [] } }],
    ] as const) {
      const result = ruleOf(condition, lead);
      expect(result.outcome).toBe("unknown");
      expect(result.reason).toMatch(MISSING_REASON);
    }
  });

  it("does not exist", () => {
    expect(outcomeOf({ field: "attributes.city", op: "exists" }, { attributes: { city: [null, ""] } })).toBe("miss");
    expect(outcomeOf({ field: "attributes.city", op: "exists" }, { attributes: { city: ["Köln"] } })).toBe("match");
  });
});
