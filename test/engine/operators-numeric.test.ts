import { describe, expect, it } from "vitest";
import { MISSING_REASON, WRONG_TYPE_REASON, outcomeOf, ruleOf, type ConditionInput } from "./fixtures.js";

/* gt / gte / lt / lte / between, lenient number reading, and falloff partial credit. */

const employees = (value: unknown): unknown => ({ firmographic: { employees: value } });
const onEmployees = (op: "gt" | "gte" | "lt" | "lte", value: number): ConditionInput => ({ field: "firmographic.employees", op, value });
const between = (low: number, high: number): ConditionInput => ({ field: "firmographic.employees", op: "between", value: [low, high] });

/** Points a 10-point rule earns for `value`. */
const pointsFor = (condition: ConditionInput, value: unknown, falloff?: number): number =>
  ruleOf(condition, employees(value), falloff === undefined ? {} : { falloff }).points;

describe("comparisons without falloff", () => {
  it("gt and lt are strict, gte and lte inclusive", () => {
    expect(outcomeOf(onEmployees("gt", 100), employees(101))).toBe("match");
    expect(outcomeOf(onEmployees("gt", 100), employees(100))).toBe("miss");
    expect(outcomeOf(onEmployees("gte", 100), employees(100))).toBe("match");
    expect(outcomeOf(onEmployees("gte", 100), employees(99.99))).toBe("miss");
    expect(outcomeOf(onEmployees("lt", 100), employees(99))).toBe("match");
    expect(outcomeOf(onEmployees("lt", 100), employees(100))).toBe("miss");
    expect(outcomeOf(onEmployees("lte", 100), employees(100))).toBe("match");
    expect(outcomeOf(onEmployees("lte", 100), employees(100.01))).toBe("miss");
  });

  it("a value on a strict bound earns nothing, not a 99% partial", () => {
    expect(ruleOf(onEmployees("gt", 100), employees(100)).points).toBe(0);
    expect(ruleOf(onEmployees("lt", 0), employees(0)).points).toBe(0);
  });

  it("between includes both ends", () => {
    const range = between(50, 500);
    expect(outcomeOf(range, employees(50))).toBe("match");
    expect(outcomeOf(range, employees(500))).toBe("match");
    expect(outcomeOf(range, employees(49))).toBe("miss");
    expect(outcomeOf(range, employees(501))).toBe("miss");
    expect(outcomeOf(between(7, 7), employees(7))).toBe("match");
  });
});

describe("lenient number reading", () => {
  it.each([
    ["1,200", 1200],
    ["$5M", 5_000_000],
    ["2.5k", 2500],
    [" 1 200 ", 1200],
    ["€1.5m", 1_500_000],
    ["-5", -5],
    [".5", 0.5],
    ["3bn", 3e9],
  ])("reads %j as %d", (text, value) => {
    expect(outcomeOf({ field: "firmographic.employees", op: "eq", value }, employees(text))).toBe("match");
  });

  it('reads "200+" as its lower bound', () => {
    expect(outcomeOf(onEmployees("gte", 200), employees("200+"))).toBe("match");
    expect(outcomeOf(onEmployees("gt", 200), employees("200+"))).toBe("miss");
  });

  it('reads a range "51-200" as its midpoint', () => {
    expect(outcomeOf({ field: "firmographic.employees", op: "eq", value: 125.5 }, employees("51-200"))).toBe("match");
    expect(outcomeOf(onEmployees("gte", 126), employees("51-200"))).toBe("miss");
    expect(outcomeOf(onEmployees("gte", 3_000_000), employees("$1M–$5M"))).toBe("match");
  });

  it("treats NaN, Infinity, booleans, objects and prose as the wrong type", () => {
    for (const wrong of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, true, false, {}, [100], "lots", "1,2", "1e400"]) {
      const result = ruleOf(onEmployees("gte", 1), employees(wrong));
      expect(result.outcome, String(wrong)).toBe("unknown");
      expect(result.reason).toMatch(WRONG_TYPE_REASON);
      expect(result.points).toBe(0);
    }
  });

  it("treats null, undefined and blank text as missing", () => {
    for (const missing of [null, undefined, "", "  "]) {
      const result = ruleOf(onEmployees("gte", 1), employees(missing));
      expect(result.outcome).toBe("unknown");
      expect(result.reason).toMatch(MISSING_REASON);
    }
  });
});

describe("falloff", () => {
  it("gte: linear from full credit at the bound to none at falloff × |bound| below it", () => {
    const rule = onEmployees("gte", 100);
    expect(pointsFor(rule, 100, 0.5)).toBe(10);
    expect(pointsFor(rule, 90, 0.5)).toBe(8);
    expect(pointsFor(rule, 75, 0.5)).toBe(5);
    expect(pointsFor(rule, 60, 0.5)).toBe(2);
    expect(pointsFor(rule, 50, 0.5)).toBe(0);
    expect(pointsFor(rule, 10, 0.5)).toBe(0);
    expect(ruleOf(rule, employees(75), { falloff: 0.5 })).toMatchObject({ outcome: "partial", maxPoints: 10, weight: 10 });
    expect(ruleOf(rule, employees(50), { falloff: 0.5 }).outcome).toBe("miss");
  });

  it("lte: linear above the bound", () => {
    const rule = onEmployees("lte", 100);
    expect(pointsFor(rule, 125, 0.5)).toBe(5);
    expect(pointsFor(rule, 150, 0.5)).toBe(0);
    expect(pointsFor(rule, 110, 1)).toBe(9);
  });

  it("strict bounds not met earn at most 99%", () => {
    expect(pointsFor(onEmployees("gt", 100), 100, 0.5)).toBe(9.9);
    expect(pointsFor(onEmployees("gt", 100), 75, 0.5)).toBe(5);
    expect(pointsFor(onEmployees("gt", 100), 100.5, 0.5)).toBe(10);
    expect(pointsFor(onEmployees("lt", 100), 100, 0.5)).toBe(9.9);
    expect(pointsFor(onEmployees("lt", 100), 125, 0.5)).toBe(5);
  });

  it("between: each side falls off relative to its own bound", () => {
    const range = between(50, 500);
    expect(pointsFor(range, 37.5, 0.5)).toBe(5);
    expect(pointsFor(range, 25, 0.5)).toBe(0);
    expect(pointsFor(range, 625, 0.5)).toBe(5);
    expect(pointsFor(range, 750, 0.5)).toBe(0);
    expect(pointsFor(range, 300, 0.5)).toBe(10);
  });

  it("uses falloff itself as the span when the bound is 0, and |bound| for negative bounds", () => {
    expect(pointsFor(onEmployees("gte", 0), -5, 10)).toBe(5);
    expect(pointsFor(onEmployees("gte", -100), -125, 0.5)).toBe(5);
    expect(pointsFor(onEmployees("lte", -100), -75, 0.5)).toBe(5);
  });

  it("explains partial credit as a whole percent", () => {
    expect(ruleOf(onEmployees("gte", 100), employees(75), { falloff: 0.5 }).reason).toBe("Partly met (50%): employees at least 100");
    expect(ruleOf(onEmployees("gte", 300), employees(200), { falloff: 1 }).reason).toBe("Partly met (67%): employees at least 300");
  });

  it("scales negative points too, and never writes -0", () => {
    const penalty = { falloff: 0.5, points: -10 };
    expect(ruleOf(onEmployees("gte", 100), employees(75), penalty).points).toBe(-5);
    const tiny = ruleOf(onEmployees("gte", 100), employees(50.001), penalty);
    expect(tiny.outcome).toBe("partial");
    expect(Object.is(tiny.points, -0)).toBe(false);
    expect(JSON.parse(JSON.stringify(tiny))).toStrictEqual(tiny);
  });

  it("leaves unknown values unknown", () => {
    expect(ruleOf(onEmployees("gte", 100), employees("many"), { falloff: 0.5 }).outcome).toBe("unknown");
  });
});
