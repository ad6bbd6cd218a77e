import { describe, expect, it } from "vitest";
import { describeCondition, formatNumber, type Condition } from "../../src/index.js";

/* Plain-words labels: the same text on every runtime and locale. */

describe("formatNumber", () => {
  it.each([
    [0, "0"],
    [999, "999"],
    [1000, "1,000"],
    [5_000_000, "5,000,000"],
    [1234.567, "1,234.57"],
    [-1500, "-1,500"],
    [0.5, "0.5"],
    [-0.004, "0"],
  ])("formats %d as %s", (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });
});

describe("describeCondition", () => {
  it.each<[Condition, string]>([
    [{ field: "firmographic.industry", op: "eq", value: "Software" }, "industry is Software"],
    [{ field: "firmographic.country", op: "neq", value: "US" }, "country is not US"],
    [{ field: "firmographic.industry", op: "in", value: ["Software", 42] }, "industry is one of Software, 42"],
    [{ field: "firmographic.industry", op: "notIn", value: ["Government"] }, "industry is none of Government"],
    [{ field: "firmographic.annualRevenue", op: "gt", value: 5_000_000 }, "annual revenue above 5,000,000"],
    [{ field: "firmographic.employees", op: "gte", value: 50 }, "employees at least 50"],
    [{ field: "firmographic.employees", op: "lt", value: 50 }, "employees below 50"],
    [{ field: "firmographic.employees", op: "lte", value: 50 }, "employees at most 50"],
    [{ field: "firmographic.employees", op: "between", value: [50, 500] }, "employees between 50 and 500"],
    [{ field: "technographic.technologies", op: "includesAny", value: ["Slack", "Jira"] }, "technologies include any of Slack, Jira"],
    [{ field: "technographic.technologies", op: "includesAll", value: ["Slack"] }, "technologies include all of Slack"],
    [{ field: "technographic.technologies", op: "includesNone", value: ["Asana"] }, "technologies include none of Asana"],
    [{ field: "domain", op: "exists" }, "domain is known"],
    [{ field: "email", op: "contains", value: "@acme." }, 'email contains "@acme."'],
    [{ field: "domain", op: "startsWith", value: "app." }, 'domain starts with "app."'],
    [{ field: "behavioral.lastActivityAt", op: "withinDays", value: 30 }, "last activity within the last 30 days"],
    [{ field: "attributes.isPartner", op: "eq", value: true }, "is partner is true"],
    [{ field: "attributes.choosingACourse", op: "eq", value: "x" }, "choosing a course is x"],
    [{ field: "attributes.leadSourceURLHost", op: "eq", value: "x" }, "lead source url host is x"],
  ])("%j reads %j", (condition, text) => {
    expect(describeCondition(condition)).toBe(text);
  });

  it("brackets nested combinators", () => {
    expect(
      describeCondition({
        all: [{ field: "firmographic.country", op: "eq", value: "US" }, { any: [{ not: { field: "domain", op: "exists" } }, { field: "email", op: "exists" }] }],
      }),
    ).toBe("country is US and ((not domain is known) or email is known)");
  });
});
