import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IcpResultSchema, compileIcp, safeParseIcp, scoreLead, tierFor, type IcpInput, type IcpResult } from "../../src/index.js";
import { icpArbitrary, leadArbitrary, nowArbitrary, tierThresholds } from "./arbitraries.js";
import type { RuleInput } from "./fixtures.js";

/* Invariants of scoring over random valid ICPs and leads. */

const scored = fc.record({ icp: icpArbitrary, lead: leadArbitrary, now: nowArbitrary });
const score = ({ icp, lead, now }: { icp: IcpInput; lead: unknown; now: Date | string | number }): IcpResult => scoreLead(lead, icp, { now });

describe("scoring properties", () => {
  it("the arbitrary only makes valid ICPs", () => {
    fc.assert(fc.property(icpArbitrary, (icp) => safeParseIcp(icp).success));
  });

  it("scores are integers from 0 to 100, and so are fit and engagement", () => {
    fc.assert(
      fc.property(scored, (input) => {
        const result = score(input);
        for (const value of [result.score, result.fit ?? 0, result.engagement ?? 0]) {
          expect(Number.isInteger(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        }
        expect(result.confidence).toBeGreaterThanOrEqual(0);
        expect(result.confidence).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("points is exactly the sum of rules[].points, maxPoints of rules[].maxPoints", () => {
    fc.assert(
      fc.property(scored, (input) => {
        const result = score(input);
        expect(result.rules.reduce((sum, rule) => sum + rule.points, 0)).toBe(result.points);
        expect(result.rules.reduce((sum, rule) => sum + rule.maxPoints, 0)).toBe(result.maxPoints);
        const expected = result.maxPoints > 0 ? Math.round((100 * Math.max(0, result.points)) / result.maxPoints) : 0;
        expect(result.score).toBe(Math.min(100, expected));
      }),
    );
  });

  it("adding a rule the lead meets, with positive points, never lowers the score", () => {
    fc.assert(
      fc.property(scored, fc.integer({ min: 1, max: 1000 }), (input, points) => {
        const before = score(input);
        const extra: RuleInput = { id: "extra", field: "attributes.extraFlag", op: "eq", value: "yes", points };
        const icp = { ...input.icp, rules: [...input.icp.rules, extra] };
        const lead = { ...input.lead, attributes: { ...(input.lead["attributes"] as object), extraFlag: "yes" } };
        const after = scoreLead(lead, icp, { now: input.now });
        expect(after.rules.at(-1)?.outcome).toBe("match");
        expect(after.score).toBeGreaterThanOrEqual(before.score);
      }),
    );
  });

  it("tiers partition the score range for any valid thresholds", () => {
    fc.assert(
      fc.property(tierThresholds, fc.integer({ min: 0, max: 100 }), (tiers, value) => {
        const bands = {
          primary: value >= tiers.primary,
          secondary: value >= tiers.secondary && value < tiers.primary,
          tertiary: value >= tiers.tertiary && value < tiers.secondary,
          unqualified: value < tiers.tertiary,
        };
        const holding = Object.entries(bands).filter(([, holds]) => holds).map(([tier]) => tier);
        expect(holding).toHaveLength(1);
        expect(tierFor(value, tiers, { confidence: 1, minConfidence: 0.5 })).toBe(holding[0]);
      }),
    );
  });

  it("the tier follows from disqualification, confidence and score", () => {
    fc.assert(
      fc.property(scored, (input) => {
        const result = score(input);
        const expected =
          result.disqualifiedBy !== undefined
            ? "disqualified"
            : result.confidence < result.thresholds.minConfidence
              ? "insufficient-data"
              : tierFor(result.score, result.thresholds);
        expect(result.tier).toBe(expected);
        if (result.disqualifiedBy !== undefined) {
          const knockout = result.rules.find((rule) => rule.id === result.disqualifiedBy?.rule);
          expect(knockout?.effect).not.toBe("score");
          expect(["excluded", "miss", "unknown"]).toContain(knockout?.outcome);
        }
      }),
    );
  });

  it("results survive a JSON round trip and match their schema", () => {
    fc.assert(
      fc.property(scored, (input) => {
        const result = score(input);
        const stored: unknown = JSON.parse(JSON.stringify(result));
        expect(stored).toStrictEqual(result);
        expect(IcpResultSchema.parse(stored)).toStrictEqual(result);
      }),
    );
  });

  it("is deterministic: the same lead, ICP and now give the same result", () => {
    fc.assert(
      fc.property(scored, ({ icp, lead, now }) => {
        const first = compileIcp(icp).score(lead, { now });
        // A separately compiled copy, a cloned lead and `now` in another form.
        const again = compileIcp(structuredClone(icp)).score(structuredClone(lead), { now: new Date(toMs(now)) });
        expect(again).toStrictEqual(first);
      }),
    );
  });

  it("grades appear exactly when a scoring rule is on the engagement axis", () => {
    fc.assert(
      fc.property(scored, (input) => {
        const result = score(input);
        const engaged = input.icp.rules.some((rule) => (rule.effect ?? "score") === "score" && rule.axis === "engagement");
        expect(result.grade !== undefined).toBe(engaged);
        if (result.grade !== undefined) expect(result.grade).toMatch(/^[ABCD][123]$/);
      }),
    );
  });
});

function toMs(now: Date | string | number): number {
  return now instanceof Date ? now.getTime() : typeof now === "string" ? Date.parse(now) : now;
}
