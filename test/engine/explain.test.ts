import { describe, expect, it } from "vitest";
import { explain, scoreLead } from "../../src/index.js";
import { icpOf, type RuleInput } from "./fixtures.js";

/* explain(): reasons, unknowns, dataNeeded and the smallest lift to the next tier. */

const flag = (id: string, points: number, extra: Partial<Pick<RuleInput, "missing" | "label">> = {}): RuleInput =>
  ({ id, field: `attributes.${id}`, op: "eq", value: "yes", points, ...extra }) as RuleInput;
const leadWith = (yes: readonly string[], no: readonly string[] = []): unknown => ({
  attributes: Object.fromEntries([...yes.map((id) => [id, "yes"]), ...no.map((id) => [id, "no"])]),
});

describe("reasons and summary", () => {
  const icp = icpOf([
    { id: "industry", field: "firmographic.industry", op: "in", value: ["Software", "Internet"], points: 25 },
    { id: "size", field: "firmographic.employees", op: "between", value: [50, 500], points: 20, falloff: 0.5 },
    { id: "stack", field: "technographic.technologies", op: "includesAny", value: ["Slack"], points: 15 },
    { id: "competitor", field: "technographic.technologies", op: "includesAny", value: ["Asana"], points: -10 },
    { id: "country", field: "firmographic.country", op: "eq", value: "US", points: 5 },
  ]);
  const result = scoreLead({ firmographic: { industry: "Software", employees: 40 }, technographic: { technologies: ["Slack", "Asana"] } }, icp);

  it("lists the rules that moved the score most, signed, largest first", () => {
    const why = explain(result);
    expect(why.reasons).toEqual([
      "+25 industry is one of Software, Internet",
      "+15 technologies include any of Slack",
      "+12 Partly met (60%): employees between 50 and 500",
    ]);
    expect(explain(result, { maxReasons: 10 }).reasons).toEqual([
      "+25 industry is one of Software, Internet",
      "+15 technologies include any of Slack",
      "+12 Partly met (60%): employees between 50 and 500",
      "-10 technologies include any of Asana",
    ]);
    expect(explain(result, { maxReasons: 0 }).reasons).toEqual([]);
  });

  it("summarises tier, score, confidence and the main reason", () => {
    expect(result).toMatchObject({ score: 70, confidence: 0.923, tier: "secondary" });
    expect(explain(result).summary).toBe("Secondary (good) fit for ICP test: score 70/100, confidence 92%; +25 industry is one of Software, Internet.");
  });

  it("lists unknown rules, heaviest first, each once and by its label", () => {
    const bare = scoreLead({ firmographic: { industry: "Software" } }, icp);
    // Two rules read technographic.technologies: each is named, not the field twice.
    expect(explain(bare).unknown).toEqual([
      "employees between 50 and 500: no data for firmographic.employees",
      "technologies include any of Slack: no data for technographic.technologies",
      "country is US: no data for firmographic.country",
      "technologies include any of Asana: no data for technographic.technologies",
    ]);
    expect(explain(bare)).toMatchObject({ icpId: "test", tier: "insufficient-data", score: 100 });
  });

  it("names a rule of several conditions once, and a rule repeated in a hand-edited ledger once", () => {
    const grouped = icpOf([
      { id: "fit", label: "B2B software", all: [{ field: "firmographic.industry", op: "eq", value: "Software" }, { any: [{ field: "firmographic.employees", op: "gte", value: 50 }, { not: { field: "firmographic.employees", op: "gte", value: 5000 } }] }], points: 20 },
      { id: "us", field: "firmographic.country", op: "eq", value: "US", points: 10 },
    ]);
    const result = scoreLead({ firmographic: { country: "US" } }, grouped);
    expect(explain(result).unknown).toEqual(["B2B software: no data for firmographic.industry, firmographic.employees"]);
    const repeated = { ...result, rules: [...result.rules, ...result.rules] };
    expect(explain(repeated).unknown).toEqual(["B2B software: no data for firmographic.industry, firmographic.employees"]);
  });

  it("says what a rule expected when a value cannot be read", () => {
    const unreadable = scoreLead({ firmographic: { industry: {}, employees: "lots", country: {} }, technographic: { technologies: 7 } }, icp);
    expect(explain(unreadable, { maxReasons: 0 }).unknown).toEqual([
      "industry is one of Software, Internet: this rule cannot read the value of firmographic.industry (it expects text)",
      "employees between 50 and 500: this rule cannot read the value of firmographic.employees (it expects a number)",
      "technologies include any of Slack: this rule cannot read the value of technographic.technologies (it expects a list or text)",
      "country is US: this rule cannot read the value of firmographic.country (it expects text)",
      "technologies include any of Asana: this rule cannot read the value of technographic.technologies (it expects a list or text)",
    ]);
    const dated = icpOf([{ id: "recent", field: "behavioral.lastActivityAt", op: "withinDays", value: 30, points: 10 }]);
    expect(scoreLead({ behavioral: { lastActivityAt: "2026-02-30" } }, dated, { now: "2026-11-23" }).rules[0]?.reason).toBe(
      "Unknown: this rule cannot read the value of behavioral.lastActivityAt (it expects an ISO 8601 date)",
    );
  });
});

describe("nextTier", () => {
  it("picks the smallest set of rules, not the first ones missed", () => {
    // 10 of 85 points: rules b, c and d together (15) would not do what e alone does.
    const icp = icpOf([flag("a", 10), flag("b", 5), flag("c", 5), flag("d", 5), flag("e", 60)]);
    const result = scoreLead(leadWith(["a"], ["b", "c", "d", "e"]), icp);
    expect(result).toMatchObject({ score: 12, tier: "unqualified" });
    expect(explain(result).nextTier).toEqual({
      tier: "tertiary",
      threshold: 40,
      reachable: true,
      scoreAfter: 82,
      changes: [{ id: "e", label: "e is yes", outcome: "miss", gain: 60 }],
    });
  });

  it("needs several rules when no single one is enough, heaviest first", () => {
    const icp = icpOf([flag("a", 40), flag("b", 10), flag("c", 15), flag("d", 20), flag("e", 15)]);
    const result = scoreLead(leadWith(["a"], ["b", "c", "d", "e"]), icp);
    expect(result).toMatchObject({ score: 40, tier: "tertiary" });
    const next = explain(result).nextTier;
    expect(next?.changes.map((change) => change.id)).toEqual(["d"]);
    expect(next).toMatchObject({ tier: "secondary", scoreAfter: 60, reachable: true });
    const toPrimary = explain(scoreLead(leadWith(["a", "d"], ["b", "c", "e"]), icp)).nextTier;
    expect(toPrimary?.changes.map((change) => change.id)).toEqual(["c", "e"]);
    expect(toPrimary).toMatchObject({ tier: "primary", threshold: 80, scoreAfter: 90 });
  });

  it("weighs an unknown rule by what it adds to the denominator", () => {
    // a: 30 of 30 known; b (70) missed; c (100) unknown and left out of the denominator.
    const icp = icpOf([flag("a", 30), flag("b", 70), flag("c", 100)]);
    const result = scoreLead(leadWith(["a"], ["b"]), icp);
    expect(result).toMatchObject({ score: 30, tier: "unqualified" });
    expect(explain(result).nextTier?.changes).toEqual([{ id: "b", label: "b is yes", outcome: "miss", gain: 70 }]);
    const missPolicy = scoreLead(leadWith(["a"], ["b"]), icpOf([flag("a", 30), flag("b", 70), flag("c", 100, { missing: "miss" })]));
    expect(missPolicy.score).toBe(15);
    expect(explain(missPolicy).nextTier).toMatchObject({ changes: [{ id: "c", outcome: "unknown", gain: 100 }], scoreAfter: 65 });
  });

  it("counts only the missing part of a partial rule", () => {
    const icp = icpOf([flag("a", 5), { id: "size", field: "firmographic.employees", op: "gte", value: 100, points: 50, falloff: 1 }]);
    const result = scoreLead({ attributes: { a: "no" }, firmographic: { employees: 60 } }, icp);
    expect(result).toMatchObject({ points: 30, score: 55, tier: "tertiary" });
    expect(explain(result).nextTier?.changes).toEqual([{ id: "size", label: "employees at least 100", outcome: "partial", gain: 20 }]);
  });

  it("says when the next tier is out of reach", () => {
    const icp = icpOf([flag("a", 10), flag("penalty", -100)]);
    const result = scoreLead(leadWith(["penalty"], ["a"]), icp);
    expect(result).toMatchObject({ points: -100, score: 0, tier: "unqualified" });
    expect(explain(result).nextTier).toEqual({
      tier: "tertiary",
      threshold: 40,
      reachable: false,
      scoreAfter: 0,
      changes: [{ id: "a", label: "a is yes", outcome: "miss", gain: 10 }],
    });
  });

  it("stays minimal with a fractional threshold (a score of 80 does not reach 80.5)", () => {
    // x (missed, 198) alone lifts 768/1198 to 966/1198 = 80.6%, which rounds to 81. y (unknown, 1000,
    // outside the denominator) alone gives 1768/2198 = 80.4%, which rounds to 80: not enough.
    const icp = icpOf([flag("a", 1000), flag("x", 198), flag("y", 1000), flag("n", -232)], { tiers: { primary: 80.5, secondary: 60, tertiary: 40 } });
    const result = scoreLead(leadWith(["a", "n"], ["x"]), icp);
    expect(result).toMatchObject({ points: 768, maxPoints: 1198, score: 64, tier: "secondary" });
    expect(explain(result).nextTier).toEqual({
      tier: "primary",
      threshold: 80.5,
      reachable: true,
      scoreAfter: 81,
      changes: [{ id: "x", label: "x is yes", outcome: "miss", gain: 198 }],
    });
  });

  it("is absent for primary, insufficient-data and disqualified leads", () => {
    const icp = icpOf([flag("a", 10), flag("b", 10), { id: "x", field: "attributes.x", op: "exists", effect: "exclude" }]);
    expect(explain(scoreLead(leadWith(["a", "b"]), icp)).nextTier).toBeUndefined();
    expect(explain(scoreLead({}, icp)).nextTier).toBeUndefined();
    expect(explain(scoreLead({ attributes: { a: "no", x: 1 } }, icp)).nextTier).toBeUndefined();
  });
});

describe("dataNeeded", () => {
  it("names the fewest unknown rules whose data would reach minConfidence, heaviest first", () => {
    const icp = icpOf([flag("a", 10), flag("b", 20), flag("c", 20), flag("d", 20), flag("e", 30)]);
    const result = scoreLead(leadWith(["a"]), icp);
    expect(result).toMatchObject({ confidence: 0.1, tier: "insufficient-data" });
    expect(explain(result).dataNeeded.map((change) => [change.id, change.outcome, change.gain])).toEqual([
      ["e", "unknown", 30],
      ["b", "unknown", 20],
    ]);
  });

  it("judges confidence as rounded in the result, as the tier does", () => {
    // 10,009 of 20,000 points known: 0.50045, stated as 0.5, below a minConfidence of 0.5004.
    const known = [...Array.from({ length: 10 }, (_, i) => flag(`k${i}`, 1000)), flag("k10", 9)];
    const unknown = [...Array.from({ length: 9 }, (_, i) => flag(`u${i}`, 1000)), flag("u9", 991)];
    const icp = icpOf([...known, ...unknown], { minConfidence: 0.5004 });
    const result = scoreLead(leadWith(known.map((rule) => rule.id)), icp);
    expect(result).toMatchObject({ confidence: 0.5, tier: "insufficient-data" });
    expect(explain(result).dataNeeded.map((change) => change.id)).toEqual(["u0"]);
  });

  it("is empty when the lead has enough data", () => {
    const icp = icpOf([flag("a", 10), flag("b", 10)]);
    expect(explain(scoreLead(leadWith([], ["a", "b"]), icp)).dataNeeded).toEqual([]);
  });
});

describe("disqualified leads", () => {
  it("lead with the knockout and carry disqualifiedBy", () => {
    const icp = icpOf([
      flag("a", 50),
      { id: "gov", field: "firmographic.industry", op: "eq", value: "Government", effect: "exclude", reason: "No public sector" },
      { id: "domain", field: "domain", op: "exists", effect: "require", reason: "Needs a domain" },
    ]);
    const why = explain(scoreLead({ attributes: { a: "yes" }, firmographic: { industry: "government" } }, icp));
    expect(why.disqualifiedBy).toEqual({ rule: "gov", reason: "No public sector" });
    expect(why.reasons).toEqual(["Excluded: No public sector", "Requirement not met: Needs a domain", "+50 a is yes"]);
    expect(why.summary).toBe("Disqualified for ICP test: score 100/100, confidence 100%; Excluded: No public sector.");
    expect(why.dataNeeded).toEqual([]);
  });

  it("give the knockout as the first reason when missing data disqualified the lead", () => {
    const icp = icpOf([flag("a", 50), { id: "us", field: "firmographic.country", op: "eq", value: "US", effect: "require", missing: "miss", reason: "US only" }]);
    const result = scoreLead(leadWith(["a"]), icp);
    expect(result).toMatchObject({ tier: "disqualified", disqualifiedBy: { rule: "us", reason: "US only" } });
    const why = explain(result);
    expect(why.reasons).toEqual(["Unknown: no data for firmographic.country", "+50 a is yes"]);
    expect(why.summary).toBe("Disqualified for ICP test: score 100/100, confidence 100%; Unknown: no data for firmographic.country.");
  });
});

describe("explain: persona fit", () => {
  it("explains the best persona beside the company, and says nothing of personas without persona fit", async () => {
    const { PERSONA_ICP } = await import("./persona-fixtures.js");
    const company = { firmographic: { industry: "Software", employees: 120 } };
    const why = explain(scoreLead({ ...company, contact: { seniority: "entry", department: "it" } }, PERSONA_ICP));
    expect(why.persona).toEqual({
      id: "eng-leader",
      name: "Engineering leader",
      match: "partial",
      score: 50,
      priority: "A2",
      summary: "Partial match with persona Engineering leader (eng-leader): score 50/100, priority A2; +40 department is one of engineering, it.",
      reasons: ["+40 department is one of engineering, it"],
      unknown: ["pain points include any of on-call: no data for painPoints", "free mail is true: no data for contact.freeMail"],
    });
    expect(why.summary).toBe(explain(scoreLead(company, PERSONA_ICP)).summary);
    expect("persona" in explain(scoreLead(company, PERSONA_ICP))).toBe(false);
  });
});
