import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IcpResultSchema, compileIcp, safeParseIcp } from "../../src/index.js";
import { personaIcpArbitrary, personaLeadArbitrary } from "./persona-arbitraries.js";

/* Persona scoring never throws on a malformed contact, whatever ICP-valid personas it is scored against. */

describe("persona scoring (property)", () => {
  it("never throws on a malformed contact, and gives a valid, exact result", () => {
    fc.assert(
      fc.property(personaIcpArbitrary, fc.array(personaLeadArbitrary, { minLength: 1, maxLength: 5 }), (icp, leads) => {
        expect(safeParseIcp(icp).success).toBe(true);
        const scorer = compileIcp(icp);
        for (const input of leads) {
          const result = scorer.score(input);
          expect(IcpResultSchema.safeParse(result).success).toBe(true);
          const hasContact = input.contact !== undefined && input.contact !== null;
          expect(result.persona !== undefined).toBe(hasContact);
          if (result.persona === undefined) continue;
          const { persona: fit } = result;
          expect(fit.points).toBeCloseTo(fit.rules.reduce((sum, rule) => sum + rule.points, 0), 9);
          expect(fit.score).toBe(fit.maxPoints > 0 ? Math.min(100, Math.round((100 * Math.max(0, fit.points)) / fit.maxPoints)) : 0);
          expect(result.personas?.find((entry) => entry.id === fit.id)).toEqual({ id: fit.id, score: fit.score, match: fit.match });
          expect(result.priority).toMatch(/^([A-D][1-3]|X)$/);
          expect(JSON.parse(JSON.stringify(result))).toEqual(result);
        }
      }),
      { numRuns: 200 },
    );
  });
});
