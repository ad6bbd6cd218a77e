import { describe, expect, it } from "vitest";
import { compileIcp, defineIcp, describeCondition, IcpError, MAX_CONDITION_DEPTH, safeParseIcp, scoreLead, type Condition } from "../../src/index.js";
import { lintIcp } from "../../src/analyze/index.js";

/* all / any / not nested thousands deep: a clear IcpError naming the rule and the limit, never a RangeError. */

const leaf = { field: "firmographic.industry", op: "eq", value: "Software" } as const;
type Wrap = (inner: unknown) => unknown;
const WRAPS: ReadonlyArray<readonly [string, Wrap]> = [
  ["not", (inner) => ({ not: inner })],
  ["all", (inner) => ({ all: [inner] })],
  ["any", (inner) => ({ any: [leaf, inner] })],
];
const nest = (depth: number, wrap: Wrap): Record<string, unknown> => {
  let node: unknown = leaf;
  for (let level = 0; level < depth; level++) node = wrap(node);
  return node as Record<string, unknown>;
};
const icpWith = (...conditions: Array<Record<string, unknown>>): unknown => ({
  id: "deep",
  version: "1",
  name: "Deep",
  rules: conditions.map((condition, index) => ({ id: `r${index}`, points: 10, ...condition })),
});

const errorOf = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
};

const expectDepthError = (error: unknown, index: number): void => {
  expect(error).toBeInstanceOf(IcpError);
  const icpError = error as IcpError;
  expect(icpError.code).toBe("INVALID_ICP");
  expect(icpError.issues).toEqual([{ path: ["rules", index], message: expect.stringContaining(`more than ${MAX_CONDITION_DEPTH} levels deep`) as string }]);
  expect(icpError.message).toContain(`rules[${index}]`);
};

describe("the depth of all / any / not in an ICP", () => {
  it("is documented as 32 levels", () => {
    expect(MAX_CONDITION_DEPTH).toBe(32);
  });

  it.each(WRAPS)("3,000 nested %s: safeParseIcp, compileIcp, defineIcp and scoreLead give INVALID_ICP at rules[0]", (_, wrap) => {
    const icp = icpWith(nest(3000, wrap));
    const parsed = safeParseIcp(icp);
    expect(parsed.success).toBe(false);
    if (!parsed.success) expectDepthError(parsed.error, 0);
    expectDepthError(errorOf(() => compileIcp(icp as never)), 0);
    expectDepthError(errorOf(() => defineIcp(icp as never)), 0);
    expectDepthError(errorOf(() => scoreLead({}, icp as never)), 0);
  });

  it("names each rule that is too deep, and lintIcp reports it as a finding", () => {
    const icp = icpWith(leaf, nest(40, WRAPS[0]?.[1] ?? ((x) => x)), leaf, nest(5000, WRAPS[1]?.[1] ?? ((x) => x)));
    const parsed = safeParseIcp(icp);
    expect(parsed.success ? [] : parsed.error.issues.map((issue) => issue.path)).toEqual([["rules", 1], ["rules", 3]]);
    const findings = lintIcp(icp as never, { now: "2026-11-23" });
    expect(findings.map((finding) => [finding.code, finding.path])).toEqual([["INVALID_ICP", ["rules", 1]], ["INVALID_ICP", ["rules", 3]]]);
  });

  it.each(WRAPS)("%s nested exactly 32 levels is accepted and scores; 33 is refused", (_, wrap) => {
    const icp = icpWith(nest(MAX_CONDITION_DEPTH, wrap));
    expect(safeParseIcp(icp).success).toBe(true);
    expect(scoreLead({ firmographic: { industry: "Software" } }, icp as never).rules[0]?.outcome).toMatch(/match|miss/);
    expectDepthError(errorOf(() => compileIcp(icpWith(nest(MAX_CONDITION_DEPTH + 1, wrap)) as never)), 0);
  });

  it("still reports the other problems of a deep rule that is within the limit", () => {
    const icp = icpWith(nest(30, (inner) => ({ all: [inner, { field: "firmographic.industri", op: "eq", value: "x" }] })));
    const parsed = safeParseIcp(icp);
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues[0]?.message).toContain("firmographic.industry");
  });

  it("ends on a condition that contains itself", () => {
    const loop: { not?: unknown } = {};
    loop.not = loop;
    expectDepthError(errorOf(() => compileIcp(icpWith(loop) as never)), 0);
  });

  it("deep values that are not conditions are plain schema errors", () => {
    let deep: unknown = "x";
    for (let level = 0; level < 10_000; level++) deep = [deep];
    let deepObject: unknown = {};
    for (let level = 0; level < 10_000; level++) deepObject = { a: deepObject };
    const icp = { id: "d", version: "1", name: "D", description: deepObject, tiers: deepObject, extra: deep, rules: [{ id: "r", field: "firmographic.industry", op: "in", value: deep, points: 1 }, { id: "s", field: "firmographic.industry", op: "eq", value: deepObject, points: 1, label: deep }] };
    const error = errorOf(() => compileIcp(icp as never));
    expect(error).toBeInstanceOf(IcpError);
    expect((error as IcpError).code).toBe("INVALID_ICP");
  });

  it("describeCondition refuses a hand-built condition deeper than the limit", () => {
    const error = errorOf(() => describeCondition(nest(10_000, WRAPS[0]?.[1] ?? ((x) => x)) as Condition));
    expect(error).toBeInstanceOf(IcpError);
    expect((error as IcpError).code).toBe("INVALID_ICP");
    expect(describeCondition(nest(3, WRAPS[0]?.[1] ?? ((x) => x)) as Condition)).toBe("not (not (not industry is Software))");
  });
});
