import { describe, expect, it } from "vitest";
import { scoreLead, type Condition, type RuleOutcome } from "../../src/index.js";
import { MISSING_REASON, WRONG_TYPE_REASON, entry, icpOf, type RuleInput } from "./fixtures.js";

/* all / any / not under Kleene's three-valued logic: all = weakest, any = strongest, not = complement. */

type Truth = "T" | "F" | "U";

/** A condition on its own attribute, true for "yes", false for "no", unknown when absent. */
const flag = (name: string): Condition => ({ field: `attributes.${name}`, op: "eq", value: "yes" });
const VALUE: Readonly<Record<Truth, string | undefined>> = { T: "yes", F: "no", U: undefined };
const OUTCOME: Readonly<Record<Truth, RuleOutcome>> = { T: "match", F: "miss", U: "unknown" };

function leadOf(truths: readonly Truth[]): unknown {
  const attributes: Record<string, string> = {};
  truths.forEach((truth, index) => {
    const value = VALUE[truth];
    if (value !== undefined) attributes[`c${index}`] = value;
  });
  return { attributes };
}

function outcome(rule: RuleInput, truths: readonly Truth[]): RuleOutcome {
  return entry(scoreLead(leadOf(truths), icpOf([rule])), "r").outcome;
}

const all = (size: number): RuleInput => ({ id: "r", all: Array.from({ length: size }, (_, i) => flag(`c${i}`)), points: 10 });
const any = (size: number): RuleInput => ({ id: "r", any: Array.from({ length: size }, (_, i) => flag(`c${i}`)), points: 10 });

const PAIRS: ReadonlyArray<readonly [Truth, Truth]> = (["T", "F", "U"] as const).flatMap((a) => (["T", "F", "U"] as const).map((b) => [a, b] as const));
const RANK: Readonly<Record<Truth, number>> = { F: 0, U: 1, T: 2 };
const kleeneAnd = (a: Truth, b: Truth): Truth => (RANK[a] < RANK[b] ? a : b);
const kleeneOr = (a: Truth, b: Truth): Truth => (RANK[a] > RANK[b] ? a : b);

describe("Kleene truth tables", () => {
  it.each(PAIRS)("all(%s, %s)", (a, b) => {
    expect(outcome(all(2), [a, b])).toBe(OUTCOME[kleeneAnd(a, b)]);
  });

  it.each(PAIRS)("any(%s, %s)", (a, b) => {
    expect(outcome(any(2), [a, b])).toBe(OUTCOME[kleeneOr(a, b)]);
  });

  it.each([["T", "miss"], ["F", "match"], ["U", "unknown"]] as const)("not(%s) is %s", (truth, expected) => {
    expect(outcome({ id: "r", not: flag("c0"), points: 10 }, [truth])).toBe(expected);
  });

  it("a decided operand wins over any number of unknowns", () => {
    expect(outcome(all(4), ["U", "U", "F", "U"])).toBe("miss");
    expect(outcome(any(4), ["U", "U", "T", "U"])).toBe("match");
    expect(outcome(all(3), ["T", "T", "T"])).toBe("match");
    expect(outcome(any(3), ["F", "F", "F"])).toBe("miss");
  });

  it("nests to any depth", () => {
    const rule: RuleInput = { id: "r", not: { all: [flag("c0"), { any: [flag("c1"), flag("c2")] }] }, points: 10 };
    expect(outcome(rule, ["T", "F", "U"])).toBe("unknown");
    expect(outcome(rule, ["T", "F", "F"])).toBe("match");
    expect(outcome(rule, ["T", "T", "U"])).toBe("miss");
    expect(outcome(rule, ["F", "U", "U"])).toBe("match");
  });
});

describe("combinator details", () => {
  it("reports missing data over wrong types when both leave the result unknown", () => {
    const rule: RuleInput = { id: "r", all: [flag("c0"), { field: "firmographic.employees", op: "gt", value: 5 }], points: 10 };
    const both = entry(scoreLead({ attributes: {}, firmographic: { employees: "lots" } }, icpOf([rule])), "r");
    expect(both.reason).toMatch(MISSING_REASON);
    const wrongOnly = entry(scoreLead({ attributes: { c0: "yes" }, firmographic: { employees: "lots" } }, icpOf([rule])), "r");
    expect(wrongOnly.reason).toMatch(WRONG_TYPE_REASON);
  });

  it("names every field it reads in unknown reasons", () => {
    const rule: RuleInput = { id: "r", any: [flag("c0"), flag("c1")], points: 10 };
    expect(entry(scoreLead({}, icpOf([rule])), "r").reason).toBe("Unknown: no data for attributes.c0, attributes.c1");
  });

  it("describes itself in plain words", () => {
    const rule: RuleInput = {
      id: "r",
      any: [
        { field: "firmographic.country", op: "in", value: ["US", "CA"] },
        { all: [{ field: "firmographic.industry", op: "eq", value: "Software" }, { not: { field: "email", op: "contains", value: ".edu" } }] },
      ],
      points: 10,
    };
    expect(entry(scoreLead({}, icpOf([rule])), "r").label).toBe(
      'country is one of US, CA or (industry is Software and (not email contains ".edu"))',
    );
  });

  it("a strict bound met exactly is false inside a combinator too", () => {
    const rule: RuleInput = { id: "r", not: { field: "firmographic.employees", op: "gt", value: 100 }, points: 10 };
    expect(entry(scoreLead({ firmographic: { employees: 100 } }, icpOf([rule])), "r")).toMatchObject({ outcome: "match", points: 10 });
  });
});
