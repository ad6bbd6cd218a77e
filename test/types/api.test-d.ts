import { describe, expectTypeOf, it } from "vitest";
import {
  compileIcp,
  defineIcp,
  explain,
  matchIcps,
  parseLead,
  safeParseIcp,
  safeParseLead,
  scoreLead,
  scoreLeads,
  type CompiledIcp,
  type Explanation,
  type Icp,
  type IcpError,
  type IcpInput,
  type IcpResult,
  type Lead,
  type Operator,
  type RuleOutcome,
  type RuleResult,
  type Tier,
} from "../../src/index.js";

/* The public types: what the core functions accept and return. */

const icp = defineIcp({
  id: "t",
  version: "1",
  name: "T",
  rules: [{ id: "size", field: "firmographic.employees", op: "between", value: [50, 500], points: 20 }],
});

describe("defineIcp and compileIcp", () => {
  it("defineIcp returns an Icp; compileIcp a CompiledIcp", () => {
    expectTypeOf(icp).toEqualTypeOf<Icp>();
    expectTypeOf(compileIcp(icp)).toEqualTypeOf<CompiledIcp>();
    expectTypeOf(compileIcp(icp).score).returns.toEqualTypeOf<IcpResult>();
    expectTypeOf(safeParseIcp).returns.toEqualTypeOf<{ readonly success: true; readonly data: Icp } | { readonly success: false; readonly error: IcpError }>();
  });

  it("accepts ICPs declared as const", () => {
    const constant = {
      id: "c",
      version: "1",
      name: "C",
      tiers: { primary: 90, secondary: 70, tertiary: 50 },
      rules: [
        { id: "in", field: "firmographic.industry", op: "in", value: ["Software"], points: 10 },
        { id: "range", field: "firmographic.employees", op: "between", value: [1, 2], points: 5, falloff: 0.5 },
        { id: "combo", any: [{ field: "domain", op: "exists" }, { not: { field: "email", op: "contains", value: ".edu" } }], points: 5 },
      ],
    } as const;
    expectTypeOf(constant).toExtend<IcpInput>();
    expectTypeOf(defineIcp(constant)).toEqualTypeOf<Icp>();
  });

  it("types value by op: between needs a [number, number]", () => {
    defineIcp({ id: "b", version: "1", name: "B", rules: [{ id: "ok", field: "firmographic.employees", op: "between", value: [1, 2], points: 1 }] });
    // @ts-expect-error between needs exactly two bounds, not three
    defineIcp({ id: "b", version: "1", name: "B", rules: [{ id: "three", field: "firmographic.employees", op: "between", value: [1, 2, 3], points: 1 }] });
    // @ts-expect-error between needs two bounds, not one
    defineIcp({ id: "b", version: "1", name: "B", rules: [{ id: "one", field: "firmographic.employees", op: "between", value: [1], points: 1 }] });
    // @ts-expect-error between bounds are numbers, not text
    defineIcp({ id: "b", version: "1", name: "B", rules: [{ id: "text", field: "firmographic.employees", op: "between", value: ["1", "2"], points: 1 }] });
    // @ts-expect-error gt compares with a number, not a list
    defineIcp({ id: "b", version: "1", name: "B", rules: [{ id: "gt", field: "firmographic.employees", op: "gt", value: [1], points: 1 }] });
    // @ts-expect-error includesAny takes a list of text
    defineIcp({ id: "b", version: "1", name: "B", rules: [{ id: "any", field: "technographic.technologies", op: "includesAny", value: "Slack", points: 1 }] });
    // @ts-expect-error exists takes no value
    defineIcp({ id: "b", version: "1", name: "B", rules: [{ id: "ex", field: "domain", op: "exists", value: true, points: 1 }] });
  });

  it("rejects unknown operators, effects and properties", () => {
    // @ts-expect-error "matches" is not an operator (no user regular expressions)
    defineIcp({ id: "u", version: "1", name: "U", rules: [{ id: "re", field: "email", op: "matches", value: ".*", points: 1 }] });
    // @ts-expect-error "boost" is not an effect
    defineIcp({ id: "u", version: "1", name: "U", rules: [{ id: "e", field: "domain", op: "exists", effect: "boost" }] });
    // @ts-expect-error rules is required
    defineIcp({ id: "u", version: "1", name: "U" });
    expectTypeOf<"matches">().not.toExtend<Operator>();
    expectTypeOf<Operator>().toEqualTypeOf<
      "eq" | "neq" | "in" | "notIn" | "gt" | "gte" | "lt" | "lte" | "between" | "includesAny" | "includesAll" | "includesNone" | "exists" | "contains" | "startsWith" | "withinDays"
    >();
  });
});

describe("results", () => {
  const result = scoreLead({ firmographic: { employees: 10 } }, icp);

  it("IcpResult has typed fields", () => {
    expectTypeOf(result).toEqualTypeOf<IcpResult>();
    expectTypeOf(result.score).toEqualTypeOf<number>();
    expectTypeOf(result.tier).toEqualTypeOf<Tier>();
    expectTypeOf(result.icpId).toEqualTypeOf<string>();
    expectTypeOf(result.confidence).toEqualTypeOf<number>();
    expectTypeOf(result.grade).toEqualTypeOf<string | undefined>();
    expectTypeOf(result.fit).toEqualTypeOf<number | undefined>();
    expectTypeOf(result.disqualifiedBy).toEqualTypeOf<{ rule: string; reason: string } | undefined>();
    expectTypeOf(result.rules).toEqualTypeOf<RuleResult[]>();
    expectTypeOf(result.thresholds).toEqualTypeOf<{ primary: number; secondary: number; tertiary: number; minConfidence: number }>();
  });

  it("tiers and outcomes are closed unions", () => {
    expectTypeOf<Tier>().toEqualTypeOf<"primary" | "secondary" | "tertiary" | "unqualified" | "disqualified" | "insufficient-data">();
    expectTypeOf<RuleOutcome>().toEqualTypeOf<"match" | "partial" | "miss" | "unknown" | "excluded">();
    expectTypeOf<RuleResult["outcome"]>().toEqualTypeOf<RuleOutcome>();
    expectTypeOf<RuleResult["effect"]>().toEqualTypeOf<"score" | "require" | "exclude">();
    expectTypeOf<RuleResult["axis"]>().toEqualTypeOf<"fit" | "engagement">();
  });

  it("explain and matchIcps", () => {
    expectTypeOf(explain(result)).toEqualTypeOf<Explanation>();
    expectTypeOf(explain(result).nextTier?.reachable).toEqualTypeOf<boolean | undefined>();
    expectTypeOf(matchIcps({}, [icp, compileIcp(icp)])).toEqualTypeOf<IcpResult[]>();
  });
});

describe("scoreLeads overloads", () => {
  it("an array gives an array", () => {
    expectTypeOf(scoreLeads([{}, {}], icp)).toEqualTypeOf<IcpResult[]>();
    const readonlyLeads: readonly Lead[] = [];
    expectTypeOf(scoreLeads(readonlyLeads, icp)).toEqualTypeOf<IcpResult[]>();
  });

  it("a sync or async iterable gives an async iterable", () => {
    async function* leads(): AsyncGenerator<unknown> {
      yield {};
    }
    function* syncLeads(): Generator<unknown> {
      yield {};
    }
    expectTypeOf(scoreLeads(leads(), icp)).toEqualTypeOf<AsyncIterable<IcpResult>>();
    expectTypeOf(scoreLeads(syncLeads(), icp)).toEqualTypeOf<AsyncIterable<IcpResult>>();
    expectTypeOf(scoreLeads(new Set<unknown>(), icp)).toEqualTypeOf<AsyncIterable<IcpResult>>();
    // @ts-expect-error a single lead is not a collection of leads
    scoreLeads(42, icp);
  });

  it("scoreLead takes any lead but typed options", () => {
    expectTypeOf(scoreLead).parameter(0).toEqualTypeOf<unknown>();
    // @ts-expect-error now is a Date, ISO text or epoch milliseconds
    scoreLead({}, icp, { now: true });
  });
});

describe("leads", () => {
  it("parseLead returns a Lead; safeParseLead a discriminated result", () => {
    expectTypeOf(parseLead({})).toEqualTypeOf<Lead>();
    const parsed = safeParseLead({});
    if (parsed.success) expectTypeOf(parsed.data).toEqualTypeOf<Lead>();
    else expectTypeOf(parsed.error).toEqualTypeOf<IcpError>();
    expectTypeOf<NonNullable<Lead["firmographic"]>["employees"]>().toEqualTypeOf<number | undefined>();
  });
});
