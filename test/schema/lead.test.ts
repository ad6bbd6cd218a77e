import { describe, expect, it } from "vitest";
import { IcpError, LeadSchema, formatPath, parseLead, safeParseLead } from "../../src/index.js";

/* parseLead / safeParseLead: the strict gate for leads entering a system. */

const lead = {
  id: "L1",
  name: "Acme",
  email: "jo@acme.io",
  domain: "acme.io",
  firmographic: { industry: " Software ", employees: 120, annualRevenue: 12_000_000, country: "US", region: "NA", companyType: "private", foundedYear: 2012 },
  technographic: { technologies: ["Slack", "Jira"], categories: ["Collaboration"] },
  behavioral: { pageViews: 14, visits: 3, emailOpens: 2, emailClicks: 1, formSubmissions: 0, intentScore: 72, lastActivityAt: "2026-11-20", events: ["demo"] },
  painPoints: ["silos"],
  goals: ["speed"],
  psychographic: { values: ["privacy"], priorities: ["cost"] },
  attributes: { plan: "pro", seats: 12, trial: false, churned: null, tags: ["a"], signedAt: new Date(0) },
};

function problems(input: unknown): string[] {
  const result = safeParseLead(input);
  if (result.success) return [];
  expect(result.error.code).toBe("INVALID_LEAD");
  return result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
}

describe("parseLead", () => {
  it("returns a complete lead, with text trimmed", () => {
    const parsed = parseLead(lead);
    expect(parsed.firmographic?.industry).toBe("Software");
    expect(parsed).toEqual({ ...lead, firmographic: { ...lead.firmographic, industry: "Software" } });
  });

  it("accepts an empty lead, numeric ids and the three time forms", () => {
    expect(parseLead({})).toEqual({});
    expect(parseLead({ id: 7 }).id).toBe(7);
    for (const lastActivityAt of ["2026-11-20", "2026-11-20T10:00:00Z", "2026-11-20T10:00:00+02:00", "2026-11-20T10:00:00", new Date(0)]) {
      expect(problems({ behavioral: { lastActivityAt } }), String(lastActivityAt)).toEqual([]);
    }
  });

  it("throws IcpError INVALID_LEAD with the path of the first problem", () => {
    expect(() => parseLead({ firmographic: { employees: "many" } })).toThrow(IcpError);
    expect(() => parseLead({ firmographic: { employees: "many" } })).toThrow(
      expect.objectContaining({ code: "INVALID_LEAD", path: ["firmographic", "employees"] }),
    );
  });
});

describe("safeParseLead", () => {
  it("returns success and data for a valid lead", () => {
    const result = safeParseLead({ firmographic: { employees: 12 } });
    expect(result).toEqual({ success: true, data: { firmographic: { employees: 12 } } });
  });

  it("lists every problem with its path", () => {
    expect(
      problems({
        firmographic: { employees: -1, foundedYear: 1200, industri: "x" },
        technographic: { technologies: ["Slack", ""] },
        behavioral: { intentScore: 101, lastActivityAt: "yesterday", visits: 1.5 },
        attributes: { nested: { a: 1 } },
        extra: 1,
      }),
    ).toEqual([
      "firmographic.employees: Too small: expected number to be >=0",
      "firmographic.foundedYear: Too small: expected number to be >=1600",
      'firmographic.industri: unknown property "industri"',
      "technographic.technologies[1]: Too small: expected string to have >=1 characters",
      "behavioral.visits: expected int, received number",
      "behavioral.intentScore: Too big: expected number to be <=100",
      "behavioral.lastActivityAt: Invalid ISO datetime",
      "attributes.nested: expected string, received object",
      'extra: unknown property "extra"',
    ]);
  });

  it("rejects what scoring would read leniently", () => {
    expect(problems({ firmographic: { employees: "1,200" } })).toEqual(["firmographic.employees: expected number, received string"]);
    expect(problems({ technographic: { technologies: "Slack;Jira" } })).toEqual(["technographic.technologies: expected array, received string"]);
    expect(problems({ firmographic: { annualRevenue: Number.NaN } })).toEqual(["firmographic.annualRevenue: expected number, received NaN"]);
    expect(problems({ firmographic: { employees: Number.POSITIVE_INFINITY } })).toHaveLength(1);
  });

  it("rejects values that are not leads", () => {
    for (const input of [null, 42, "lead", [lead]]) expect(problems(input)).toHaveLength(1);
  });

  it("agrees with LeadSchema", () => {
    expect(LeadSchema.safeParse(lead).success).toBe(true);
    expect(LeadSchema.safeParse({ extra: 1 }).success).toBe(false);
  });
});
