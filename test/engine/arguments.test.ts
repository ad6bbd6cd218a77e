import { describe, expect, it } from "vitest";
import {
  compareResults,
  compileIcp,
  describeCondition,
  explain,
  gradeFor,
  IcpError,
  matchIcps,
  scoreLead,
  scoreLeads,
  scorerFor,
  tierFor,
  type IcpErrorCode,
} from "../../src/index.js";
import { icpOf, NOW } from "./fixtures.js";

/*
 * Every public engine entry point answers an argument of the wrong kind with an IcpError naming
 * the argument, never a bare TypeError (issue 15, point 6). Leads are not arguments of this kind:
 * scoring never throws on a malformed lead.
 */

const icp = icpOf([{ id: "us", field: "firmographic.country", op: "eq", value: "US", points: 10 }]);
const timed = icpOf([{ id: "recent", field: "behavioral.lastActivityAt", op: "withinDays", value: 30, points: 10 }]);
const result = scoreLead({ firmographic: { country: "US" } }, icp);
const DEFAULT_TIERS = { primary: 80, secondary: 60, tertiary: 40 };

function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
}

// Values that are not objects, or not the object wanted.
const notObjects: readonly unknown[] = [null, 42, Number.NaN, "text", "", true, [], [1, 2]];
const notLists: readonly unknown[] = [null, 42, "text", true, {}, { length: 2 }];

type Case = readonly [name: string, call: (bad: unknown) => unknown, bads: readonly unknown[], code: IcpErrorCode, path: ReadonlyArray<string | number>];

const cases: readonly Case[] = [
  ["compileIcp(icp)", (bad) => compileIcp(bad as never), [...notObjects, undefined], "INVALID_ICP", []],
  ["scorerFor(icp)", (bad) => scorerFor(bad as never), [...notObjects, undefined], "INVALID_ICP", []],
  ["scoreLead(lead, icp)", (bad) => scoreLead({}, bad as never), [...notObjects, undefined], "INVALID_ICP", []],
  ["scoreLead(lead, icp, options)", (bad) => scoreLead({}, icp, bad as never), notObjects, "INVALID_OPTIONS", ["options"]],
  ["compiled.score(lead, options)", (bad) => compileIcp(icp).score({}, bad as never), notObjects, "INVALID_OPTIONS", ["options"]],
  ["scoreLeads(leads, icp)", (bad) => scoreLeads(bad as never, icp), [...notLists, undefined], "INVALID_OPTIONS", ["leads"]],
  ["scoreLeads(leads, icp) with an ICP that is not one", (bad) => scoreLeads([], bad as never), [...notObjects, undefined], "INVALID_ICP", []],
  ["scoreLeads(leads, icp, options), even for a stream", (bad) => scoreLeads(new Set([{}]), icp, bad as never), notObjects, "INVALID_OPTIONS", ["options"]],
  ["matchIcps(lead, icps)", (bad) => matchIcps({}, bad as never), [...notLists, undefined], "INVALID_OPTIONS", ["icps"]],
  ["matchIcps(lead, [icp, bad])", (bad) => matchIcps({}, [icp, bad as never]), [...notObjects, undefined], "INVALID_ICP", ["icps", 1]],
  ["matchIcps(lead, icps, options)", (bad) => matchIcps({}, [icp], bad as never), notObjects, "INVALID_OPTIONS", ["options"]],
  ["explain(result)", (bad) => explain(bad as never), [...notObjects, undefined], "INVALID_OPTIONS", ["result"]],
  ["explain(result) without rules", () => explain({ ...result, rules: undefined } as never), [0], "INVALID_OPTIONS", ["result", "rules"]],
  ["explain(result, options)", (bad) => explain(result, bad as never), notObjects, "INVALID_OPTIONS", ["options"]],
  ["explain(result, { maxReasons })", (bad) => explain(result, { maxReasons: bad as never }), [-1, Number.NaN, "3", {}], "INVALID_OPTIONS", ["maxReasons"]],
  ["compareResults(a, b)", (bad) => compareResults(bad as never, result), [...notObjects, undefined], "INVALID_OPTIONS", ["a"]],
  ["compareResults(a, b) second", (bad) => compareResults(result, bad as never), [...notObjects, undefined], "INVALID_OPTIONS", ["b"]],
  ["tierFor(score, thresholds)", (bad) => tierFor(50, bad as never), [...notObjects, undefined], "INVALID_OPTIONS", ["thresholds"]],
  ["tierFor(score, thresholds, state)", (bad) => tierFor(50, DEFAULT_TIERS, bad as never), notObjects, "INVALID_OPTIONS", ["state"]],
  ["gradeFor(fit, engagement, tiers)", (bad) => gradeFor(50, 50, bad as never, { engagementHigh: 60, engagementMedium: 30 }), [...notObjects, undefined], "INVALID_OPTIONS", ["tiers"]],
  ["gradeFor(fit, engagement, tiers, grades)", (bad) => gradeFor(50, 50, DEFAULT_TIERS, bad as never), [...notObjects, undefined], "INVALID_OPTIONS", ["grades"]],
  ["describeCondition(condition)", (bad) => describeCondition(bad as never), [...notObjects, undefined], "INVALID_ICP", []],
  ["describeCondition(condition) nested", (bad) => describeCondition({ all: [bad] } as never), [...notObjects, undefined], "INVALID_ICP", []],
];

describe("arguments of the wrong kind", () => {
  for (const [name, call, bads, code, path] of cases) {
    it(`${name}: IcpError ${code} at ${path.join(".") || "(root)"}`, () => {
      for (const bad of bads) {
        const error = thrown(() => call(bad));
        expect(error, `${name} with ${String(bad)}`).toBeInstanceOf(IcpError);
        expect(error, `${name} with ${String(bad)}`).toMatchObject({ code, path });
        expect((error as IcpError).message).toMatch(/expected/);
      }
    });
  }

  it("names what was passed: scoreLeads({}), matchIcps(lead, null), explain(null)", () => {
    expect((thrown(() => scoreLeads({} as never, icp)) as IcpError).message).toContain("leads: expected an array, an iterable or an async iterable of leads, got an object");
    expect((thrown(() => matchIcps({}, null as never)) as IcpError).message).toContain("icps: expected an array of ICPs, got null");
    expect((thrown(() => explain(null as never)) as IcpError).message).toContain("result: expected a scoring result (what scoreLead returns), got null");
  });

  it("still accepts what is allowed: no options, arrays, iterables, async iterables", async () => {
    expect(scoreLead({}, icp, undefined).icpId).toBe("test");
    expect(scoreLeads([{}], icp)).toHaveLength(1);
    const streamed: unknown[] = [];
    for await (const scored of scoreLeads(new Set([{}, {}]), icp)) streamed.push(scored);
    expect(streamed).toHaveLength(2);
    expect(matchIcps({}, [], undefined)).toEqual([]);
    expect(explain(result, undefined).icpId).toBe("test");
    expect(tierFor(50, DEFAULT_TIERS)).toBe("tertiary");
  });
});

describe("an invalid now", () => {
  it("says invalid, not missing, quoting what was given", () => {
    for (const [now, quoted] of [
      [new Date("x"), "an invalid Date"],
      [Number.NaN, "NaN"],
      [Number.POSITIVE_INFINITY, "Infinity"],
      ["next tuesday", '"next tuesday"'],
      ["2026-02-30", '"2026-02-30"'],
      [{}, "an object"],
      [true, "true"],
    ] as const) {
      const error = thrown(() => scoreLead({}, timed, { now: now as never }));
      expect(error, String(now)).toMatchObject({ code: "INVALID_OPTIONS", path: ["now"] });
      expect((error as IcpError).message).toMatch(/^Invalid option:/);
      expect((error as IcpError).message).toContain(`got ${quoted}`);
      expect((error as IcpError).message).not.toMatch(/missing|none was given/i);
    }
  });

  it("is missing only when none was given", () => {
    for (const options of [undefined, {}, { now: undefined }] as const) {
      expect(thrown(() => scoreLead({}, timed, options as never))).toMatchObject({ code: "MISSING_NOW", path: ["now"] });
    }
    expect(scoreLead({}, timed, { now: NOW }).icpId).toBe("test");
  });
});
