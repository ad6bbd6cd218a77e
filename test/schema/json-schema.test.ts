import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { icpJsonSchema, leadJsonSchema, safeParseIcp, safeParseLead } from "../../src/index.js";
import { PERSONA_ICP } from "../engine/persona-fixtures.js";
import { keywordsOf, schemaErrors } from "./json-schema-check.js";

/* The JSON Schemas for editors: their structure, and that they accept and reject what the zod schemas do. */

const icpSchema = icpJsonSchema();
const leadSchema = leadJsonSchema();
const UNDERSTOOD = new Set([
  "$schema", "$defs", "$ref", "title", "description", "type", "properties", "required", "additionalProperties", "propertyNames",
  "enum", "const", "minLength", "maxLength", "pattern", "format", "minimum", "maximum", "exclusiveMinimum",
  "items", "prefixItems", "minItems", "maxItems", "anyOf", "oneOf", "not",
]);

const icp = {
  id: "mid-market-saas",
  version: "1",
  name: "Mid-market SaaS",
  reviewedAt: "2026-11-01",
  tiers: { primary: 80, secondary: 60, tertiary: 40 },
  rules: [
    { id: "industry", field: "firmographic.industry", op: "in", value: ["Software", "Internet"], points: 25 },
    { id: "size", field: "firmographic.employees", op: "between", value: [50, 500], points: 20, falloff: 0.5 },
    { id: "active", field: "behavioral.lastActivityAt", op: "withinDays", value: 30, points: 10, halfLife: 14, axis: "engagement" },
    { id: "gov", field: "firmographic.industry", op: "eq", value: "Government", effect: "exclude", reason: "No public sector" },
    { id: "b2b", any: [{ field: "email", op: "exists" }, { not: { all: [{ field: "domain", op: "contains", value: "gmail" }] } }], points: 5 },
  ],
};

describe("icpJsonSchema", () => {
  it("is a draft 2020-12 object schema with a title and only keywords the checker understands", () => {
    expect(icpSchema).toMatchObject({ $schema: "https://json-schema.org/draft/2020-12/schema", type: "object", title: "icpfit ICP", additionalProperties: false });
    expect([...keywordsOf(icpSchema)].filter((keyword) => !UNDERSTOOD.has(keyword))).toEqual([]);
    expect(JSON.parse(JSON.stringify(icpSchema))).toEqual(icpSchema);
  });

  it("requires id, version, name and 1-200 rules", () => {
    expect(icpSchema["required"]).toEqual(["id", "version", "name", "rules"]);
    expect((icpSchema["properties"] as Record<string, unknown>)["rules"]).toMatchObject({ type: "array", minItems: 1, maxItems: 200 });
  });

  it("offers every operator", () => {
    const ops = new Set<string>();
    JSON.stringify(icpSchema, (key, value: unknown) => {
      if (key === "op" && typeof value === "object" && value !== null) {
        const op = value as { enum?: string[]; const?: string };
        for (const name of op.enum ?? [op.const ?? ""]) ops.add(name);
      }
      return value;
    });
    expect([...ops].sort()).toEqual(
      ["between", "contains", "eq", "exists", "gt", "gte", "in", "includesAll", "includesAny", "includesNone", "lt", "lte", "neq", "notIn", "startsWith", "withinDays"],
    );
  });

  it("describes personas, their playbooks and the priority matrix, and accepts an ICP with them", () => {
    const properties = icpSchema["properties"] as Record<string, Record<string, unknown>>;
    expect(properties["personas"]).toMatchObject({ type: "array", maxItems: 20 });
    expect(Object.keys(properties["priorityMatrix"]?.["properties"] as object)).toEqual(["primary", "secondary", "tertiary", "unqualified", "insufficient-data", "disqualified"]);
    expect(schemaErrors(icpSchema, { ...PERSONA_ICP, priorityMatrix: { primary: { strong: "hot", partial: "warm", none: "cold" } } })).toEqual([]);
  });

  it("accepts a valid ICP, the shipped example included", () => {
    expect(schemaErrors(icpSchema, icp)).toEqual([]);
    const example: unknown = JSON.parse(readFileSync(new URL("../../examples/icp.json", import.meta.url), "utf8"));
    expect(safeParseIcp(example).success).toBe(true);
    expect(schemaErrors(icpSchema, example)).toEqual([]);
  });

  it.each([
    ["no rules", { ...icp, rules: [] }, "/rules/minItems"],
    ["a missing name", Object.fromEntries(Object.entries(icp).filter(([key]) => key !== "name")), "/required/name"],
    ["an unknown property", { ...icp, owner: "me" }, "/additionalProperties/owner"],
    ["a bad tier threshold", { ...icp, tiers: { primary: 120, secondary: 60, tertiary: 40 } }, "/tiers/primary/maximum"],
    ["a bad missing policy", { ...icp, missing: "skip" }, "/missing/enum"],
    ["a bad review date", { ...icp, reviewedAt: "2026-13-01" }, "/reviewedAt/pattern"],
    ["a three-bound between", { ...icp, rules: [{ id: "s", field: "firmographic.employees", op: "between", value: [1, 2, 3], points: 1 }] }, "/rules/0/anyOf"],
    ["an unknown operator", { ...icp, rules: [{ id: "s", field: "domain", op: "matches", value: "x", points: 1 }] }, "/rules/0/anyOf"],
    ["a persona without rules", { ...icp, personas: [{ id: "p", name: "P", rules: [] }] }, "/personas/0/rules/minItems"],
    ["an unknown playbook property", { ...PERSONA_ICP, personas: [{ ...PERSONA_ICP.personas[2], playbook: { tactics: [] } }] }, "/personas/0/playbook/additionalProperties/tactics"],
    ["a priority row without a level", { ...PERSONA_ICP, priorityMatrix: { primary: { strong: "A1" } } }, "/priorityMatrix/primary/required/partial"],
  ])("rejects %s, as safeParseIcp does", (_, document, pointer) => {
    expect(schemaErrors(icpSchema, document)).toContain(pointer);
    expect(safeParseIcp(document).success).toBe(false);
  });
});

describe("leadJsonSchema", () => {
  it("is a strict object schema with the lead's groups", () => {
    expect(leadSchema).toMatchObject({ type: "object", title: "icpfit lead", additionalProperties: false });
    expect(Object.keys(leadSchema["properties"] as object).sort()).toEqual(
      ["attributes", "behavioral", "contact", "domain", "email", "firmographic", "goals", "id", "name", "painPoints", "psychographic", "technographic"],
    );
    expect([...keywordsOf(leadSchema)].filter((keyword) => !UNDERSTOOD.has(keyword))).toEqual([]);
    const firmographic = (leadSchema["properties"] as Record<string, { properties: Record<string, unknown> }>)["firmographic"];
    expect(firmographic?.properties["employees"]).toMatchObject({ type: "integer", minimum: 0 });
  });

  it("accepts the shipped example leads", () => {
    const leads = JSON.parse(readFileSync(new URL("../../examples/leads.json", import.meta.url), "utf8")) as unknown[];
    expect(leads.length).toBeGreaterThan(0);
    for (const lead of leads) {
      if (safeParseLead(lead).success) expect(schemaErrors(leadSchema, lead)).toEqual([]);
    }
  });

  it.each([
    [{ firmographic: { employees: 10, industry: "Software" }, attributes: { plan: "pro", seats: 3, tags: ["a"], gone: null } }, true],
    [{ behavioral: { lastActivityAt: "2026-11-20T10:00:00Z", intentScore: 50 } }, true],
    [{ firmographic: { employees: -1 } }, false],
    [{ firmographic: { employees: 1.5 } }, false],
    [{ technographic: { technologies: "Slack" } }, false],
    [{ behavioral: { intentScore: 101 } }, false],
    [{ attributes: { nested: { a: 1 } } }, false],
    [{ behavioral: { lastActivityAt: 42 } }, false],
    [{ behavioral: { lastActivityAt: { at: "2026-11-20" } } }, false],
    [{ extra: true }, false],
  ])("agrees with safeParseLead on %j", (lead, valid) => {
    expect(safeParseLead(lead).success).toBe(valid);
    expect(schemaErrors(leadSchema, lead).length === 0).toBe(valid);
  });
});
