import { describe, expect, it } from "vitest";
import { explain, matchIcps, safeParseLead, scoreLead, scoreLeads, type IcpInput } from "../../src/index.js";
import { compareProfiles, deriveIcp, evaluate, lintIcp, profileCustomers } from "../../src/analyze/index.js";

/* Leads nested thousands deep (objects and arrays) are scored and analysed without throwing. */

const DEPTH = 10_000;
const deepObject = (): unknown => {
  let node: unknown = { plan: "pro" };
  for (let level = 0; level < DEPTH; level++) node = { a: node };
  return node;
};
const deepList = (): unknown[] => {
  let node: unknown[] = ["Slack"];
  for (let level = 0; level < DEPTH; level++) node = [node];
  return node;
};
const deepLead = {
  firmographic: { industry: deepObject(), employees: deepList() },
  technographic: { technologies: deepList() },
  painPoints: deepList(),
  attributes: { plan: deepObject(), tags: deepList(), nested: deepObject() },
};
const icp: IcpInput = {
  id: "deep",
  version: "1",
  name: "Deep",
  rules: [
    { id: "industry", field: "firmographic.industry", op: "in", value: ["Software"], points: 10 },
    { id: "size", field: "firmographic.employees", op: "between", value: [10, 500], points: 10, falloff: 0.5 },
    { id: "stack", field: "technographic.technologies", op: "includesAny", value: ["Slack"], points: 10 },
    { id: "pain", field: "painPoints", op: "includesAll", value: ["reporting"], points: 5 },
    { id: "plan", field: "attributes.plan", op: "eq", value: "pro", points: 5 },
    { id: "tags", field: "attributes.tags", op: "exists", points: 5 },
    { id: "nested", field: "attributes.nested.a.a", op: "exists", points: 5 },
  ],
};
const plainLead = { firmographic: { industry: "Software", employees: 100 }, technographic: { technologies: ["Slack"] }, painPoints: ["reporting"], attributes: { plan: "pro", tags: ["x"] } };

describe("leads nested 10,000 deep", () => {
  it("score without throwing: the unreadable fields are unknown, with a reason", () => {
    const result = scoreLead(deepLead, icp);
    expect(result.rules.find((rule) => rule.id === "industry")?.outcome).toBe("unknown");
    expect(result.rules.find((rule) => rule.id === "stack")?.reason).toMatch(/\S/);
    expect(() => explain(result)).not.toThrow();
    expect(matchIcps(deepLead, [icp])).toHaveLength(1);
    expect(scoreLeads([deepLead, plainLead], icp)).toHaveLength(2);
    expect(safeParseLead(deepLead).success).toBe(false);
  });

  it("are profiled, compared, derived from, linted against and evaluated without throwing", () => {
    const records = Array.from({ length: 60 }, (_, index) => (index % 3 === 0 ? deepLead : { ...plainLead, firmographic: { industry: index % 2 === 0 ? "Software" : "Retail", employees: 20 + index } }));
    const outcomes = records.map((_, index) => index % 2 === 0);
    const profile = profileCustomers(records);
    expect(profile.attributes.find((attribute) => attribute.field === "technographic.technologies")?.present).toBe(60);
    expect(() => compareProfiles(profileCustomers(records.filter((_, index) => outcomes[index])), profile)).not.toThrow();
    expect(() => deriveIcp(records, { outcome: outcomes, minSupport: 5 })).not.toThrow();
    expect(() => lintIcp(icp, { now: "2026-11-23", sample: records })).not.toThrow();
    expect(() => evaluate(scoreLeads(records, icp), outcomes)).not.toThrow();
  });
});
