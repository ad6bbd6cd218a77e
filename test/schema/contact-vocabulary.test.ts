import { describe, expect, it } from "vitest";
import { BuyingRoleSchema, DepartmentSchema, SENIORITY_RANK, SenioritySchema } from "../../src/index.js";

/* The contact vocabularies are the lists issue #16 fixes; extending them is a documented decision. */

describe("contact vocabularies", () => {
  it("lists the seniorities highest first, ranked in that order", () => {
    expect(SenioritySchema.options).toEqual(["owner", "cxo", "vp", "director", "manager", "senior", "entry", "intern", "unknown"]);
    const ranks = SenioritySchema.options.map((level) => SENIORITY_RANK[level]);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(new Set(ranks).size).toBe(ranks.length);
    expect(SENIORITY_RANK.unknown).toBe(0);
    expect(Object.isFrozen(SENIORITY_RANK)).toBe(true);
  });

  it("lists the departments and buying roles", () => {
    expect(DepartmentSchema.options).toEqual([
      "executive", "engineering", "it", "data", "security", "product", "design", "marketing", "sales",
      "customer-success", "finance", "hr", "operations", "legal", "procurement", "unknown",
    ]);
    expect(BuyingRoleSchema.options).toEqual(["decision-maker", "economic-buyer", "champion", "influencer", "user"]);
  });

  it("rejects values outside the lists, naming them", () => {
    const result = SenioritySchema.safeParse("ceo");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain("cxo");
    expect(DepartmentSchema.safeParse("Sales").success).toBe(false);
    expect(BuyingRoleSchema.safeParse("buyer").success).toBe(false);
  });
});
