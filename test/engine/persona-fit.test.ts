import { describe, expect, it } from "vitest";
import { IcpResultSchema, compileIcp, scoreLead, type IcpInput } from "../../src/index.js";
import { PERSONA_ICP } from "./persona-fixtures.js";

/* Persona fit beside company fit: the best persona, its exact ledger and playbook, every persona's score, the priority. */

const scorer = compileIcp(PERSONA_ICP);
const company = { firmographic: { industry: "Software", employees: 120 } };

describe("persona fit", () => {
  it("scores the company as before and the contact's best persona apart, with its ledger and playbook", () => {
    const result = scorer.score({ ...company, painPoints: ["on-call"], contact: { seniority: "vp", department: "engineering", email: "ana@acme.io" } });
    expect(result).toMatchObject({ score: 100, tier: "primary", points: 100, maxPoints: 100 });
    expect(result.persona).toEqual({
      id: "eng-leader",
      name: "Engineering leader",
      score: 100,
      match: "strong",
      confidence: 1,
      points: 100,
      maxPoints: 100,
      threshold: 70,
      rules: [
        { id: "dept", label: "department is one of engineering, it", effect: "score", axis: "fit", outcome: "match", points: 40, maxPoints: 40, weight: 40, reason: "department is one of engineering, it" },
        { id: "level", label: "seniority is one of cxo, vp, director", effect: "score", axis: "fit", outcome: "match", points: 40, maxPoints: 40, weight: 40, reason: "seniority is one of cxo, vp, director" },
        { id: "pain", label: "pain points include any of on-call", effect: "score", axis: "fit", outcome: "match", points: 20, maxPoints: 20, weight: 20, reason: "pain points include any of on-call" },
        { id: "no-freemail", label: "free mail is true", effect: "exclude", axis: "fit", outcome: "miss", points: 0, maxPoints: 0, weight: 0, reason: "Not excluded: it is not true that free mail is true" },
      ],
      playbook: PERSONA_ICP.personas[0].playbook,
    });
    expect(result.personas).toEqual([
      { id: "eng-leader", score: 100, match: "strong" },
      { id: "economic-buyer", score: 0, match: "none" },
      { id: "champion", score: 0, match: "none" },
    ]);
    expect(result.priority).toBe("A1");
    // The persona ledger adds up exactly, as the company's does.
    expect(result.persona?.points).toBe(result.persona?.rules.reduce((sum, rule) => sum + rule.points, 0));
    expect(IcpResultSchema.parse(JSON.parse(JSON.stringify(result)))).toEqual(result);
  });

  it("grades the match: strong at the threshold with enough data, partial at half of it, none below or when ruled out", () => {
    const level = (contact: unknown): unknown => scorer.score({ ...company, contact }).persona;
    // 80 of 100 known points: at the threshold 70.
    expect(level({ seniority: "vp", department: "it" })).toMatchObject({ id: "eng-leader", score: 100, confidence: 0.8, match: "strong" });
    // department met, seniority missed, pain points unknown: 40 / 80 = 50, at least half of 70.
    expect(level({ seniority: "entry", department: "it" })).toMatchObject({ id: "eng-leader", score: 50, match: "partial" });
    // Only the department known: 100 but confidence 0.4, below minConfidence 0.5: partial.
    expect(level({ department: "engineering" })).toMatchObject({ id: "eng-leader", score: 100, confidence: 0.4, match: "partial" });
    // A free-mail address rules the persona out whatever the score; a persona not ruled out ranks first.
    const freeMail = scorer.score({ ...company, contact: { seniority: "vp", department: "it", email: "ana@gmail.com" } });
    expect(freeMail.personas?.[0]).toEqual({ id: "eng-leader", score: 100, match: "none" });
    expect(freeMail.persona).toMatchObject({ id: "economic-buyer", match: "none" });
    const only = compileIcp({ ...PERSONA_ICP, personas: [PERSONA_ICP.personas[0]] }).score({ ...company, contact: { seniority: "vp", department: "it", email: "ana@gmail.com" } });
    expect(only.persona).toMatchObject({ id: "eng-leader", score: 100, match: "none", disqualifiedBy: { rule: "no-freemail", reason: "Personal email address" } });
  });

  it("ranks by match, then score, then ICP order, and lists every persona's score", () => {
    const result = scorer.score({ ...company, contact: { department: "finance", buyingRole: "champion", seniority: "vp" } });
    // economic-buyer: 50 of 100 (partial, threshold 60); champion: 10 of 10 (strong): strong wins over a higher raw score elsewhere.
    expect(result.personas).toEqual([
      { id: "eng-leader", score: 50, match: "partial" },
      { id: "economic-buyer", score: 50, match: "partial" },
      { id: "champion", score: 100, match: "strong" },
    ]);
    expect(result.persona?.id).toBe("champion");
    expect(result.priority).toBe("A1");
    // A strong match with less data (confidence 0.5, at minConfidence) beats a partial one.
    expect(scorer.score({ ...company, contact: { department: "finance", seniority: "vp" } }).persona).toMatchObject({ id: "economic-buyer", score: 100, confidence: 0.5, match: "strong" });
    // Equal match and score: the first persona in the ICP.
    const tie = scorer.score({ ...company, contact: { department: "sales", seniority: "entry" } });
    expect(tie.personas?.map((persona) => persona.score)).toEqual([0, 0, 0]);
    expect(tie.persona?.id).toBe("eng-leader");
  });

  it("takes priorities from the default matrix, or from the ICP's rows", () => {
    const priority = (lead: unknown, icp: IcpInput = PERSONA_ICP): string | undefined => scoreLead(lead, icp).priority;
    expect(priority({ firmographic: { industry: "Software", employees: 5 }, contact: { buyingRole: "champion" } })).toBe("B1");
    expect(priority({ firmographic: { industry: "Retail", employees: 100 }, contact: { department: "finance" } })).toBe("C1");
    expect(priority({ firmographic: { industry: "Retail", employees: 5 }, contact: { department: "it", seniority: "entry" } })).toBe("D2");
    expect(priority({ contact: { department: "sales" } })).toBe("D3");
    const custom = { ...PERSONA_ICP, priorityMatrix: { primary: { strong: "call today", partial: "nurture", none: "find the buyer" } } } as const;
    expect(priority({ ...company, contact: { department: "sales", seniority: "entry" } }, custom)).toBe("find the buyer");
    expect(priority({ firmographic: { industry: "Software", employees: 5 }, contact: { buyingRole: "champion" } }, custom)).toBe("B1");
    expect(compileIcp(custom).priority("disqualified", "strong")).toBe("X");
  });

  it("adds no key to leads without a contact, or with a null one, and to any lead of an ICP without personas", () => {
    const { personas: _, ...plain } = PERSONA_ICP;
    for (const lead of [company, { ...company, contact: null }, { ...company, contact: undefined }, {}]) {
      expect(scorer.score(lead)).toStrictEqual(compileIcp(plain).score(lead));
    }
    expect(Object.keys(compileIcp(plain).score({ ...company, contact: { seniority: "vp" } }))).not.toContain("persona");
  });

  it("never throws on a malformed contact: what it cannot read is unknown", () => {
    for (const contact of ["CTO", 42, [], { seniority: 7, department: { x: 1 }, email: ["a"] }, { __proto__: { seniority: "vp" } }]) {
      const result = scorer.score({ ...company, contact });
      expect(result.persona?.match).toBe("none");
      expect(result.persona?.rules.every((rule) => rule.outcome === "unknown" || rule.outcome === "miss")).toBe(true);
      expect(IcpResultSchema.safeParse(result).success).toBe(true);
    }
  });

  it("compiles persona rules once: their fields are listed, and scorePersonas scores the contact alone", () => {
    expect(scorer.fields).toEqual(["firmographic.industry", "firmographic.employees", "contact.department", "contact.seniority", "painPoints", "contact.freeMail", "contact.buyingRole"]);
    expect(scorer.scorePersonas({ contact: { buyingRole: "champion" } })?.persona.id).toBe("champion");
    expect(scorer.scorePersonas({ firmographic: { industry: "Software" } })).toBeUndefined();
    const { personas: _, ...plain } = PERSONA_ICP;
    expect(compileIcp(plain).scorePersonas({ contact: { buyingRole: "champion" } })).toBeUndefined();
  });
});
