import { afterEach, describe, expect, it } from "vitest";
import { compileIcp, defineIcp, parseLead, safeParseIcp, safeParseLead, scoreLead, scoreLeads, type IcpInput } from "../../src/index.js";

/* Field paths never reach prototypes, and leads or ICPs from JSON never write to them. */

const FORBIDDEN = ["__proto__", "constructor", "prototype"] as const;
const icp: IcpInput = {
  id: "safe",
  version: "1",
  name: "Safe",
  rules: [
    { id: "industry", field: "firmographic.industry", op: "eq", value: "Software", points: 10 },
    { id: "plan", field: "attributes.plan", op: "eq", value: "pro", points: 10 },
    { id: "polluted", field: "attributes.polluted", op: "exists", points: 10 },
    { id: "deep", field: "attributes.polluted.yes", op: "exists", points: 10 },
  ],
};

function assertPrototypesClean(): void {
  for (const proto of [Object.prototype, Array.prototype, Function.prototype]) {
    expect(Object.getOwnPropertyNames(proto)).not.toContain("polluted");
  }
  expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  expect(Object.prototype.toString.call({})).toBe("[object Object]");
}

afterEach(assertPrototypesClean);

describe("field paths", () => {
  const paths = FORBIDDEN.flatMap((word) => [word, `${word}.polluted`, `attributes.${word}`, `attributes.a.${word}`, `firmographic.${word}`, `${word}.attributes.x`]);

  it.each(paths)("rejects %s at compile time", (field) => {
    const input = { ...icp, rules: [...icp.rules, { id: "evil", field, op: "exists", points: 1 }] };
    const result = safeParseIcp(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe("UNKNOWN_FIELD");
    expect(result.error.issues).toEqual([
      { path: ["rules", 4, "field"], message: `"${field}" names __proto__, constructor or prototype, which are never lead fields` },
    ]);
    expect(() => compileIcp(input as IcpInput)).toThrow(/never lead fields/);
  });

  it("rejects them inside combinators too", () => {
    const input = { ...icp, rules: [{ id: "evil", any: [{ not: { field: "attributes.constructor.prototype", op: "exists" } }], points: 1 }] };
    expect(safeParseIcp(input)).toMatchObject({ success: false, error: { code: "UNKNOWN_FIELD", path: ["rules", 0, "any", 0, "not", "field"] } });
  });

  it("does not read inherited properties such as toString or hasOwnProperty", () => {
    const own = compileIcp({ ...icp, rules: [{ id: "m", field: "attributes.toString", op: "exists", points: 1 }, { id: "h", field: "attributes.hasOwnProperty", op: "eq", value: "x", points: 1 }] });
    expect(own.score({ attributes: {} }).rules.map((rule) => rule.outcome)).toEqual(["miss", "unknown"]);
    expect(own.score({ attributes: { hasOwnProperty: "x", toString: "y" } }).rules.map((rule) => rule.outcome)).toEqual(["match", "match"]);
  });
});

describe("leads from JSON", () => {
  const hostile = [
    '{"__proto__": {"polluted": "yes"}, "firmographic": {"industry": "Software"}, "attributes": {"plan": "pro"}}',
    '{"firmographic": {"__proto__": {"polluted": "yes"}, "industry": "Software"}, "attributes": {"plan": "pro"}}',
    '{"attributes": {"__proto__": {"polluted": "yes"}, "plan": "pro"}, "firmographic": {"industry": "Software"}}',
    '{"constructor": {"prototype": {"polluted": "yes"}}, "attributes": {"constructor": {"prototype": {"polluted": "yes"}}, "plan": "pro"}, "firmographic": {"industry": "Software"}}',
    '{"attributes": {"plan": "pro", "polluted": {"__proto__": {"yes": 1}}}, "firmographic": {"industry": "Software", "constructor": {"prototype": {"polluted": 1}}}}',
  ];

  it.each(hostile)("scores %s without polluting anything", (json) => {
    const lead: unknown = JSON.parse(json);
    const result = scoreLead(lead, icp);
    expect(result.rules.slice(0, 2).map((rule) => rule.outcome)).toEqual(["match", "match"]);
    expect(result.rules[3]?.outcome).toBe("miss");
    expect(scoreLeads([lead, lead], icp)).toStrictEqual([result, result]);
  });

  it("reads an own __proto__ key only as data, never as a prototype", () => {
    const lead: unknown = JSON.parse('{"attributes": {"__proto__": {"plan": "pro"}}}');
    expect(scoreLead(lead, icp).rules[1]?.outcome).toBe("unknown");
  });

  it.each(hostile)("parseLead of %s pollutes nothing and returns plain data", (json) => {
    const result = safeParseLead(JSON.parse(json));
    if (result.success) {
      const attributes = result.data.attributes ?? {};
      expect(Object.keys(attributes)).not.toContain("__proto__");
      expect((attributes as Record<string, unknown>)["polluted"]).not.toEqual("yes");
      expect([Object.prototype, null]).toContain(Object.getPrototypeOf(attributes));
    } else {
      expect(result.error.code).toBe("INVALID_LEAD");
    }
    expect(() => parseLead(JSON.parse(json))).not.toThrow(TypeError);
  });

  it("reports top-level __proto__ and constructor keys as unknown properties", () => {
    const result = safeParseLead(JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}}'));
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((issue) => issue.path)).toEqual([["__proto__"], ["constructor"]]);
  });
});

describe("ICPs from JSON", () => {
  it("rejects __proto__ keys as unknown properties and pollutes nothing", () => {
    const json = JSON.stringify({ ...icp, rules: icp.rules.slice(0, 1) }).replace('{"id":"safe"', '{"__proto__":{"polluted":"yes"},"id":"safe"');
    const result = safeParseIcp(JSON.parse(json));
    expect(result).toMatchObject({ success: false, error: { code: "INVALID_ICP", path: ["__proto__"] } });
  });

  it("rejects __proto__ keys inside rules", () => {
    const rule = JSON.parse('{"id": "r", "field": "domain", "op": "exists", "points": 1, "__proto__": {"polluted": "yes"}}') as IcpInput["rules"][number];
    expect(() => defineIcp({ ...icp, rules: [rule] })).toThrow(/unknown property "__proto__"/);
  });
});
