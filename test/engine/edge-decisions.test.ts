import { describe, expect, it } from "vitest";
import { compileIcp, describeCondition, IcpError, safeParseIcp, scoreLead, scoreLeads } from "../../src/index.js";

describe("decisions on edge cases", () => {
  it("never lets rounding lift a partial credit above the rule's weight", () => {
    const icp = {
      id: "w", version: "1", name: "W",
      rules: [{ id: "size", field: "firmographic.employees", op: "gte", value: 1000, points: 0.126, falloff: 1 }],
    } as const;
    // credit 0.999 -> 0.125874, which rounds to 0.13 > 0.126 without the clamp
    const result = scoreLead({ firmographic: { employees: 999 } }, icp);
    const entry = result.rules[0];
    expect(entry?.outcome).toBe("partial");
    expect(entry?.points).toBeLessThanOrEqual(0.126);
    expect(result.points).toBeLessThanOrEqual(result.maxPoints);
  });

  it("rejects a string passed as the list of leads instead of scoring its characters", () => {
    const icp = { id: "s", version: "1", name: "S", rules: [{ id: "us", field: "firmographic.country", op: "eq", value: "US", points: 1 }] } as const;
    expect(() => scoreLeads("abc" as unknown as Iterable<unknown>, icp)).toThrow(IcpError);
    try {
      scoreLeads("abc" as unknown as Iterable<unknown>, icp);
    } catch (error) {
      expect((error as IcpError).code).toBe("INVALID_OPTIONS");
      expect((error as IcpError).path).toEqual(["leads"]);
    }
  });

  it("suggests the field whose name contains the word typed", () => {
    const result = safeParseIcp({ id: "r", version: "1", name: "R", rules: [{ id: "r", field: "revenue", op: "gt", value: 1, points: 1 }] });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.message).toContain('did you mean "firmographic.annualRevenue"');
  });

  it("describes conditions declared as const", () => {
    const condition = { any: [{ field: "firmographic.country", op: "in", value: ["US", "CA"] }] } as const;
    expect(describeCondition(condition)).toBe("country is one of US, CA");
    expect(compileIcp({ id: "c", version: "1", name: "C", rules: [{ id: "na", ...condition, points: 1 }] }).fields).toEqual(["firmographic.country"]);
  });
});
