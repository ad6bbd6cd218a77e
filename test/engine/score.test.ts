import { describe, expect, it } from "vitest";
import { IcpError, compileIcp, defineIcp, scoreLead, scoreLeads, scorerFor, type IcpResult } from "../../src/index.js";
import { NOW, daysAgo, icpOf } from "./fixtures.js";

/* scoreLead, scorerFor's per-ICP cache, and scoreLeads over arrays and (async) iterables. */

const icp = icpOf([
  { id: "saas", field: "firmographic.industry", op: "eq", value: "Software", points: 10 },
  { id: "active", field: "behavioral.lastActivityAt", op: "withinDays", value: 30, points: 10 },
]);
const leads = [
  { firmographic: { industry: "Software" }, behavioral: { lastActivityAt: daysAgo(2) } },
  { firmographic: { industry: "Retail" }, behavioral: { lastActivityAt: daysAgo(90) } },
  {},
  "not a lead",
];
const expected: IcpResult[] = leads.map((lead) => compileIcp(icp).score(lead, { now: NOW }));

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe("scoreLead and scorerFor", () => {
  it("scores like the compiled scorer", () => {
    expect(leads.map((lead) => scoreLead(lead, icp, { now: NOW }))).toStrictEqual(expected);
  });

  it("compiles once per ICP object", () => {
    const plain = icpOf([{ id: "saas", field: "firmographic.industry", op: "eq", value: "Software", points: 10 }]);
    expect(scorerFor(plain)).toBe(scorerFor(plain));
    expect(scorerFor(plain)).not.toBe(scorerFor({ ...plain }));
    const defined = defineIcp(plain);
    expect(scorerFor(defined)).toBe(scorerFor(defined));
  });

  it("passes compiled scorers through", () => {
    const scorer = compileIcp(icp);
    expect(scorerFor(scorer)).toBe(scorer);
    expect(scoreLead(leads[0], scorer, { now: NOW })).toStrictEqual(expected[0]);
  });

  it("keeps the first compiled form of a plain ICP mutated after use (ICPs are treated as immutable)", () => {
    const mutable = { id: "m", version: "1", name: "M", rules: [{ id: "r", field: "firmographic.country", op: "eq" as const, value: "US", points: 10 }] };
    expect(scoreLead({ firmographic: { country: "US" } }, mutable).score).toBe(100);
    const first = mutable.rules[0];
    if (first !== undefined) first.value = "DE";
    expect(scoreLead({ firmographic: { country: "US" } }, mutable).score).toBe(100);
    expect(scorerFor(mutable).icp.rules[0]).toMatchObject({ value: "US" });
  });

  it("does not cache invalid ICPs: every call throws", () => {
    const invalid = icpOf([{ id: "r", field: "firmographic.country", op: "eq", value: "US", points: 0 }]);
    expect(() => scoreLead({}, invalid)).toThrow(IcpError);
    expect(() => scoreLead({}, invalid)).toThrow(IcpError);
  });
});

describe("scoreLeads", () => {
  it("maps an array to an array, in order", () => {
    const results = scoreLeads(leads, icp, { now: NOW });
    expect(Array.isArray(results)).toBe(true);
    expect(results).toStrictEqual(expected);
    expect(scoreLeads([], icp, { now: NOW })).toEqual([]);
  });

  it("accepts readonly arrays", () => {
    const frozen: readonly unknown[] = Object.freeze([...leads]);
    expect(scoreLeads(frozen, icp, { now: NOW })).toStrictEqual(expected);
  });

  it("maps a generator to an async iterable, in order", async () => {
    function* generate(): Generator<unknown> {
      yield* leads;
    }
    const results = scoreLeads(generate(), icp, { now: NOW });
    expect(Array.isArray(results)).toBe(false);
    expect(typeof results[Symbol.asyncIterator]).toBe("function");
    expect(await collect(results)).toStrictEqual(expected);
  });

  it("maps an async generator and other iterables", async () => {
    async function* generate(): AsyncGenerator<unknown> {
      for (const lead of leads) {
        await Promise.resolve();
        yield lead;
      }
    }
    expect(await collect(scoreLeads(generate(), icp, { now: NOW }))).toStrictEqual(expected);
    expect(await collect(scoreLeads(new Set(leads), icp, { now: NOW }))).toStrictEqual(expected);
  });

  it("scores a stream lazily, one lead per result pulled", async () => {
    const pulled: number[] = [];
    function* generate(): Generator<unknown> {
      for (let index = 0; index < 1000; index++) {
        pulled.push(index);
        yield { firmographic: { industry: index % 2 === 0 ? "Software" : "Retail" } };
      }
    }
    const iterator = scoreLeads(generate(), icp, { now: NOW })[Symbol.asyncIterator]();
    expect(pulled).toEqual([]);
    const first = await iterator.next();
    expect(first.value).toMatchObject({ score: 100 });
    expect(pulled).toEqual([0]);
    await iterator.next();
    expect(pulled).toEqual([0, 1]);
    await iterator.return?.();
  });

  it("rejects, not throws, when a stream needs now", async () => {
    const results = scoreLeads([leads[0]].values(), icp);
    await expect(collect(results)).rejects.toMatchObject({ code: "MISSING_NOW" });
  });

  it("validates the ICP before reading any lead", () => {
    const invalid = icpOf([{ id: "r", field: "firmographic.countri", op: "eq", value: "US", points: 10 }]);
    expect(() => scoreLeads((function* () {})(), invalid)).toThrow(expect.objectContaining({ code: "UNKNOWN_FIELD" }));
  });
});
