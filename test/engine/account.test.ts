import { describe, expect, it } from "vitest";
import { IcpError, compileIcp, scoreAccount, scoreLead } from "../../src/index.js";
import { PERSONA_ICP } from "./persona-fixtures.js";

/* scoreAccount: the company once, each contact's persona fit, the buying committee and the next persona to reach. */

const company = { firmographic: { industry: "Software", employees: 120 }, painPoints: ["on-call"] };
const cto = { title: "CTO", seniority: "cxo", department: "engineering", email: "ana@acme.io" };
const controller = { title: "Controller", seniority: "manager", department: "finance", buyingRole: "influencer" };
const cfo = { title: "CFO", seniority: "cxo", department: "finance", buyingRole: "economic-buyer" };

describe("scoreAccount", () => {
  it("scores the company once, exactly as scoreLead scores it without a contact", () => {
    const account = scoreAccount({ ...company, contact: cfo }, [cto], PERSONA_ICP);
    expect(account.company).toStrictEqual(scoreLead(company, PERSONA_ICP));
    expect("persona" in account.company).toBe(false);
  });

  it("scores each contact's personas, reading the company's pain points, with a priority per contact", () => {
    const account = scoreAccount(company, [cto, null, controller], PERSONA_ICP);
    expect(account.contacts).toHaveLength(3);
    expect(account.contacts[0]).toMatchObject({ persona: { id: "eng-leader", score: 100, match: "strong" }, priority: "A1" });
    // painPoints came from the company: the "pain" rule matched.
    expect(account.contacts[0]?.persona?.rules.find((rule) => rule.id === "pain")?.outcome).toBe("match");
    expect(account.contacts[1]).toEqual({});
    expect(account.contacts[2]).toMatchObject({ persona: { id: "economic-buyer", score: 50, match: "partial" }, priority: "A2" });
    // The same as scoring the contact as a lead of the company.
    const lead = scoreLead({ ...company, contact: controller }, PERSONA_ICP);
    expect(account.contacts[2]).toEqual({ persona: lead.persona, personas: lead.personas, priority: lead.priority });
  });

  it("reports required personas covered and missing, per seat the strong contacts, and the next persona with the closest contact", () => {
    const account = scoreAccount(company, [cto, null, controller], PERSONA_ICP);
    expect(account.committee).toEqual([
      { id: "eng-leader", name: "Engineering leader", required: true, covered: true, contacts: [0], bestScore: 100 },
      { id: "economic-buyer", name: "Economic buyer", required: true, covered: false, contacts: [], bestScore: 50 },
      { id: "champion", name: "Champion", required: false, covered: false, contacts: [], bestScore: 0 },
    ]);
    expect(account.covered).toEqual(["eng-leader"]);
    expect(account.missing).toEqual(["economic-buyer"]);
    expect(account.complete).toBe(false);
    expect(account.next).toEqual({ id: "economic-buyer", name: "Economic buyer", closest: { contact: 2, score: 50, match: "partial" } });
  });

  it("names the first missing required persona in ICP order, with its playbook", () => {
    const account = scoreAccount(company, [cfo], PERSONA_ICP);
    expect(account.missing).toEqual(["eng-leader"]);
    // The CFO meets the seniority and the company's pain point (60 of 100), below the threshold 70.
    expect(account.next).toEqual({ id: "eng-leader", name: "Engineering leader", playbook: PERSONA_ICP.personas[0].playbook, closest: { contact: 0, score: 60, match: "partial" } });
    expect(scoreAccount(company, [], PERSONA_ICP).next?.id).toBe("eng-leader");
  });

  it("is complete when every required persona is covered; one contact may cover several", () => {
    const both = { ...cto, department: "engineering", buyingRole: "economic-buyer" };
    const bothIcp = { ...PERSONA_ICP, personas: [PERSONA_ICP.personas[0], { ...PERSONA_ICP.personas[1], rules: [PERSONA_ICP.personas[1].rules[1] as never] }, PERSONA_ICP.personas[2]] } as const;
    const account = scoreAccount(company, [both], compileIcp(bothIcp));
    expect(account.covered).toEqual(["eng-leader", "economic-buyer"]);
    expect([account.missing, account.complete, "next" in account]).toEqual([[], true, false]);
    expect(scoreAccount(company, [cto, cfo], PERSONA_ICP)).toMatchObject({ covered: ["eng-leader", "economic-buyer"], complete: true });
  });

  it("works for an ICP without personas: no persona fit, nothing required", () => {
    const { personas: _, ...plain } = PERSONA_ICP;
    expect(scoreAccount(company, [cto], plain)).toEqual({ company: scoreLead(company, plain), contacts: [{}], committee: [], covered: [], missing: [], complete: true });
  });

  it("never throws on a malformed company or contact, and refuses contacts that are not an array", () => {
    for (const odd of [null, 5, "x", [], { firmographic: "?" }]) {
      expect(() => scoreAccount(odd, ["CTO", 7, { seniority: [] }, { __proto__: null }], PERSONA_ICP)).not.toThrow();
    }
    expect(() => scoreAccount(company, "cto" as never, PERSONA_ICP)).toThrow(IcpError);
  });
});
