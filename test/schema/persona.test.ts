import { describe, expect, it } from "vitest";
import { IcpError, PersonaSchema, defineIcp, safeParseIcp, type IcpInput, type IcpIssue } from "../../src/index.js";
import { PERSONA_ICP } from "../engine/persona-fixtures.js";

/* Personas in the ICP: shape, what persona rules may read, unique ids, and the priority matrix. */

const issuesOf = (input: unknown): Array<{ path: string; message: string }> => {
  const result = safeParseIcp(input);
  if (result.success) return [];
  return result.error.issues.map((issue: IcpIssue) => ({ path: issue.path.join("."), message: issue.message }));
};

const withPersonas = (personas: unknown, extra: Record<string, unknown> = {}): unknown => ({ ...PERSONA_ICP, personas, ...extra });

describe("personas in the ICP", () => {
  it("accepts an ICP with personas, playbooks and a priority matrix, and freezes them", () => {
    const icp = defineIcp({ ...PERSONA_ICP, priorityMatrix: { primary: { strong: "hot", partial: "warm", none: "cold" } } });
    expect(icp.personas?.map((persona) => persona.id)).toEqual(["eng-leader", "economic-buyer", "champion"]);
    expect(Object.isFrozen(icp.personas?.[0]?.playbook?.objections?.[0])).toBe(true);
  });

  it("refuses a company field in a persona rule, naming the path and the fields allowed", () => {
    const issues = issuesOf(withPersonas([{ id: "p", name: "P", rules: [{ id: "x", field: "firmographic.industry", op: "eq", value: "Software", points: 5 }] }]));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe("personas.0.rules.0.field");
    expect(issues[0]?.message).toContain('"firmographic.industry" is not a contact field');
    expect(issues[0]?.message).toContain("contact.seniority");
    expect(issues[0]?.message).toContain("contact.freeMail");
    expect(issues[0]?.message).toContain("painPoints");
    const error = safeParseIcp(withPersonas([{ id: "p", name: "P", rules: [{ id: "x", field: "attributes.plan", op: "eq", value: "a", points: 5 }] }]));
    expect(error.success ? undefined : error.error.code).toBe("INVALID_ICP");
  });

  it("checks leaves inside all / any / not of persona rules", () => {
    const issues = issuesOf(withPersonas([
      { id: "p", name: "P", rules: [{ id: "x", any: [{ field: "contact.title", op: "contains", value: "eng" }, { not: { field: "domain", op: "exists" } }], points: 5 }] },
    ]));
    expect(issues.map((issue) => issue.path)).toEqual(["personas.0.rules.0.any.1.not.field"]);
  });

  it("reports an unknown contact field with a suggestion (UNKNOWN_FIELD when it is the only problem)", () => {
    const result = safeParseIcp(withPersonas([{ id: "p", name: "P", rules: [{ id: "x", field: "contact.titel", op: "eq", value: "CTO", points: 5 }] }]));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe("UNKNOWN_FIELD");
    expect(result.error.issues[0]).toMatchObject({ path: ["personas", 0, "rules", 0, "field"] });
    expect(result.error.issues[0]?.message).toContain('did you mean "contact.title"');
  });

  it("wants unique persona ids, unique rule ids per persona, and a positive scoring rule per persona", () => {
    const rule = { id: "r", field: "contact.seniority", op: "eq", value: "vp", points: 5 };
    expect(issuesOf(withPersonas([
      { id: "p", name: "P", rules: [rule, rule] },
      { id: "p", name: "Q", rules: [{ ...rule, points: -5 }] },
    ]))).toEqual([
      { path: "personas.0.rules.1.id", message: 'duplicate rule id "r" (also personas[0].rules[0])' },
      { path: "personas.1.id", message: 'duplicate persona id "p" (also personas[0])' },
      { path: "personas.1.rules", message: 'expected at least one scoring rule with positive points in persona "p"' },
    ]);
    // The same rule id in two personas, or in a persona and the company rules, is fine.
    expect(issuesOf(withPersonas([{ id: "a", name: "A", rules: [{ ...rule, id: "sw" }] }, { id: "b", name: "B", rules: [{ ...rule, id: "sw" }] }]))).toEqual([]);
  });

  it("refuses the engagement axis and misplaced partial credit in persona rules", () => {
    expect(issuesOf(withPersonas([{ id: "p", name: "P", rules: [{ id: "r", field: "contact.seniority", op: "eq", value: "vp", points: 5, axis: "engagement" }] }]))).toEqual([
      { path: "personas.0.rules.0.axis", message: 'persona rules have no engagement axis; remove "axis" (a persona score is one fit score)' },
    ]);
    expect(issuesOf(withPersonas([{ id: "p", name: "P", rules: [{ id: "r", field: "contact.seniority", op: "eq", value: "vp", points: 5, falloff: 0.5 }] }]))[0]?.path).toBe("personas.0.rules.0.falloff");
  });

  it("reports shape problems inside persona rules against the branch written, next to other problems", () => {
    expect(issuesOf(withPersonas([{ id: "p", name: "P", threshold: 0, rules: [{ id: "r", field: "firmographic.country", op: "bogus", points: 5 }] }]))).toEqual([
      { path: "personas.0.rules.0.field", message: expect.stringContaining("is not a contact field") as string },
      { path: "personas.0.rules.0.op", message: expect.stringContaining("expected op to be one of eq, neq") as string },
      { path: "personas.0.threshold", message: expect.stringContaining(">=1") as string },
    ]);
  });

  it("bounds the playbook: lengths and counts", () => {
    const base = { id: "p", name: "P", rules: [{ id: "r", field: "contact.seniority", op: "eq", value: "vp", points: 5 }] };
    expect(PersonaSchema.safeParse({ ...base, playbook: { channels: Array.from({ length: 21 }, (_, i) => `c${i}`) } }).success).toBe(false);
    expect(PersonaSchema.safeParse({ ...base, playbook: { messages: ["x".repeat(2001)] } }).success).toBe(false);
    expect(PersonaSchema.safeParse({ ...base, playbook: { objections: [{ objection: "", response: "r" }] } }).success).toBe(false);
    expect(PersonaSchema.safeParse({ ...base, playbook: { tactics: [] } }).success).toBe(false);
    expect(issuesOf(withPersonas([{ ...base, playbook: { channels: [" "] } }]))[0]?.path).toBe("personas.0.playbook.channels.0");
  });

  it("wants personas for a priority matrix, and full rows", () => {
    const { personas: _, ...noPersonas } = PERSONA_ICP;
    expect(issuesOf({ ...noPersonas, priorityMatrix: { primary: { strong: "A", partial: "B", none: "C" } } })).toEqual([
      { path: "priorityMatrix", message: "a priority matrix combines company tier with persona match; add personas or remove priorityMatrix" },
    ]);
    expect(issuesOf(withPersonas(PERSONA_ICP.personas, { priorityMatrix: { primary: { strong: "A" } } })).map((issue) => issue.path)).toEqual([
      "priorityMatrix.primary.none",
      "priorityMatrix.primary.partial",
    ]);
  });

  it("refuses persona rules nested too deep before zod walks them", () => {
    let condition: unknown = { field: "contact.seniority", op: "eq", value: "vp" };
    for (let depth = 0; depth < 40; depth++) condition = { not: condition };
    const result = safeParseIcp(withPersonas([{ id: "p", name: "P", rules: [{ id: "deep", ...(condition as object), points: 5 }] }]));
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((issue) => issue.path)).toEqual([["personas", 0, "rules", 0]]);
  });

  it("throws IcpError from defineIcp", () => {
    expect(() => defineIcp(withPersonas([{ id: "p", name: "P", rules: [] }]) as IcpInput)).toThrow(IcpError);
  });
});
