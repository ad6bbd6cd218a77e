import { describe, expect, it } from "vitest";
import { lintIcp, type LintFinding } from "../../src/analyze/index.js";
import type { IcpInput } from "../../src/index.js";
import { PERSONA_ICP } from "../engine/persona-fixtures.js";

/* lintIcp on personas: personas no contact can match, and personas that overlap. */

const NOW = "2026-12-01";
const personaFindings = (personas: unknown): LintFinding[] =>
  lintIcp({ ...PERSONA_ICP, personas } as IcpInput, { now: NOW }).filter((finding) => finding.code.startsWith("PERSONA_"));
const rule = (id: string, field: string, op: string, value: unknown, points?: number, effect?: string): Record<string, unknown> =>
  ({ id, field, op, value, ...(points === undefined ? {} : { points }), ...(effect === undefined ? {} : { effect }) });

describe("lintIcp: personas", () => {
  it("finds nothing wrong with distinct, reachable personas", () => {
    expect(personaFindings(PERSONA_ICP.personas)).toEqual([]);
  });

  it("flags a persona whose rules that can hold together stay below its threshold", () => {
    const findings = personaFindings([
      { id: "split", name: "Split", threshold: 60, rules: [rule("cxo", "contact.seniority", "eq", "cxo", 50), rule("intern", "contact.seniority", "eq", "intern", 50)] },
    ]);
    expect(findings).toEqual([
      { code: "PERSONA_UNREACHABLE", severity: "error", message: 'Persona "split" scores at most 50 (its rules that can hold together), below its threshold 60: no contact is a strong match', path: ["personas", 0, "threshold"] },
    ]);
    // At the threshold it is reachable.
    expect(personaFindings([{ id: "split", name: "Split", threshold: 50, rules: [rule("cxo", "contact.seniority", "eq", "cxo", 50), rule("intern", "contact.seniority", "eq", "intern", 50)] }])).toEqual([]);
  });

  it("counts a requirement against the rules it contradicts, and contradictory requirements", () => {
    const requireVp = rule("vp-only", "contact.seniority", "eq", "vp", undefined, "require");
    expect(personaFindings([{ id: "p", name: "P", rules: [requireVp, rule("cxo", "contact.seniority", "in", ["cxo", "owner"], 80), rule("eng", "contact.department", "eq", "engineering", 20)] }])).toMatchObject([
      { code: "PERSONA_UNREACHABLE", message: expect.stringContaining("scores at most 20") as string },
    ]);
    expect(personaFindings([{ id: "p", name: "P", rules: [requireVp, rule("no-vp", "contact.seniority", "in", ["cxo"], undefined, "require"), rule("eng", "contact.department", "eq", "engineering", 20)] }])).toEqual([
      { code: "PERSONA_UNREACHABLE", severity: "error", message: 'Persona "p" has requirements that cannot both hold: every contact is ruled out', path: ["personas", 0, "rules"] },
    ]);
  });

  it("flags personas with the same conditions, and one that tests all of another's", () => {
    const eng = rule("eng", "contact.department", "eq", "Engineering", 10);
    const vp = rule("vp", "contact.seniority", "eq", "vp", 10);
    expect(personaFindings([
      { id: "a", name: "A", rules: [eng, vp] },
      { id: "b", name: "B", rules: [{ ...vp, id: "x", points: 30 }, { ...eng, value: "engineering ", id: "y" }] },
    ]).map((finding) => [finding.code, finding.path])).toEqual([["PERSONA_DUPLICATE", ["personas", 1]]]);
    expect(personaFindings([
      { id: "broad", name: "Broad", rules: [eng] },
      { id: "narrow", name: "Narrow", rules: [eng, vp] },
    ])).toMatchObject([{ code: "PERSONA_OVERLAP", severity: "warning", path: ["personas", 1], message: expect.stringContaining("list the narrower persona first") as string }]);
    expect(personaFindings([
      { id: "narrow", name: "Narrow", rules: [eng, vp] },
      { id: "broad", name: "Broad", rules: [eng] },
    ])).toMatchObject([{ code: "PERSONA_OVERLAP", severity: "info" }]);
  });
});
