import { describe, expect, it } from "vitest";
import { scoreLead } from "../../src/index.js";
import { entry, icpOf, type RuleInput } from "./fixtures.js";

/* require and exclude: knockouts that disqualify a lead, and what they say about it. */

const software: RuleInput = { id: "software", field: "firmographic.industry", op: "eq", value: "Software", points: 10 };
const domain: RuleInput = { id: "domain", field: "domain", op: "exists", effect: "require", reason: "Needs a company domain" };
const us: RuleInput = { id: "us", field: "firmographic.country", op: "eq", value: "US", effect: "require" };
const gov: RuleInput = { id: "gov", field: "firmographic.industry", op: "eq", value: "Government", effect: "exclude", reason: "We do not sell to the public sector" };
const edu: RuleInput = { id: "edu", field: "email", op: "contains", value: ".edu", effect: "exclude" };

describe("require", () => {
  it("has no effect when met", () => {
    const result = scoreLead({ domain: "acme.io", firmographic: { industry: "Software" } }, icpOf([software, domain]));
    expect(result.tier).toBe("primary");
    expect(result.disqualifiedBy).toBeUndefined();
    expect(entry(result, "domain")).toMatchObject({ outcome: "match", points: 0, maxPoints: 0, reason: "Requirement met: domain is known" });
  });

  it("disqualifies when not met, carrying the rule and its reason", () => {
    const result = scoreLead({ firmographic: { industry: "Software" } }, icpOf([software, domain]));
    expect(result.tier).toBe("disqualified");
    expect(result.disqualifiedBy).toEqual({ rule: "domain", reason: "Needs a company domain" });
    expect(entry(result, "domain")).toMatchObject({ outcome: "miss", reason: "Requirement not met: Needs a company domain" });
    expect(result.score).toBe(100);
  });

  it("uses the rule's label as the reason when it has none", () => {
    const result = scoreLead({ firmographic: { industry: "Software", country: "DE" } }, icpOf([software, us]));
    expect(result.disqualifiedBy).toEqual({ rule: "us", reason: "country is US" });
  });

  it("ignores unknown data under the neutral policy", () => {
    const result = scoreLead({ firmographic: { industry: "Software" } }, icpOf([software, us]));
    expect(entry(result, "us").outcome).toBe("unknown");
    expect(result.tier).toBe("primary");
  });

  it("disqualifies on unknown data under the miss policy, from the ICP or the rule", () => {
    const lead = { firmographic: { industry: "Software" } };
    expect(scoreLead(lead, icpOf([software, us], { missing: "miss" })).disqualifiedBy).toEqual({ rule: "us", reason: "country is US" });
    expect(scoreLead(lead, icpOf([software, { ...us, missing: "miss" } as RuleInput])).tier).toBe("disqualified");
    expect(scoreLead(lead, icpOf([software, { ...us, missing: "neutral" } as RuleInput], { missing: "miss" })).tier).toBe("primary");
  });
});

describe("exclude", () => {
  it("disqualifies when met, with outcome excluded", () => {
    const result = scoreLead({ firmographic: { industry: " government " } }, icpOf([software, gov]));
    expect(result.tier).toBe("disqualified");
    expect(result.disqualifiedBy).toEqual({ rule: "gov", reason: "We do not sell to the public sector" });
    expect(entry(result, "gov")).toMatchObject({ outcome: "excluded", points: 0, reason: "Excluded: We do not sell to the public sector" });
  });

  it("has no effect when not met or unknown, whatever the missing policy", () => {
    const notMet = scoreLead({ firmographic: { industry: "Software" } }, icpOf([software, gov]));
    expect(entry(notMet, "gov").outcome).toBe("miss");
    expect(notMet.tier).toBe("primary");
    const unknown = scoreLead({ firmographic: { industry: "Software" } }, icpOf([software, edu], { missing: "miss" }));
    expect(entry(unknown, "edu").outcome).toBe("unknown");
    expect(unknown.tier).toBe("primary");
  });

  it("uses the label as the reason when it has none", () => {
    const result = scoreLead({ email: "a@b.EDU" }, icpOf([software, edu]));
    expect(result.disqualifiedBy).toEqual({ rule: "edu", reason: 'email contains ".edu"' });
  });
});

describe("knockout precedence", () => {
  it("names the first knockout in rule order", () => {
    const lead = { firmographic: { industry: "Government" }, email: "x@y.edu" };
    expect(scoreLead(lead, icpOf([software, edu, gov])).disqualifiedBy?.rule).toBe("edu");
    expect(scoreLead(lead, icpOf([software, gov, edu])).disqualifiedBy?.rule).toBe("gov");
  });

  it("disqualified wins over insufficient-data", () => {
    const result = scoreLead({ email: "x@y.edu" }, icpOf([software, edu]));
    expect(result.confidence).toBe(0);
    expect(result.tier).toBe("disqualified");
  });

  it("knockouts earn no points and leave confidence alone", () => {
    const lead = { domain: "acme.io", firmographic: { industry: "Retail" } };
    const result = scoreLead(lead, icpOf([software, domain, gov]));
    expect(result).toMatchObject({ points: 0, maxPoints: 10, confidence: 1, tier: "unqualified" });
  });
});
