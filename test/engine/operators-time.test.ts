import { describe, expect, it } from "vitest";
import { IcpError, compileIcp, scoreLead, scoreLeads } from "../../src/index.js";
import { DAY_MS, MISSING_REASON, NOW, NOW_MS, WRONG_TYPE_REASON, daysAgo, icpOf, ruleOf, scoreCondition } from "./fixtures.js";

/* withinDays, halfLife decay, the forms a time may take, and the `now` option. */

const recent = { field: "behavioral.lastActivityAt", op: "withinDays", value: 30 } as const;
const active = (lastActivityAt: unknown): unknown => ({ behavioral: { lastActivityAt } });

describe("withinDays", () => {
  it("matches times at most `value` days before now, the edge included", () => {
    expect(ruleOf(recent, active(daysAgo(10))).outcome).toBe("match");
    expect(ruleOf(recent, active(daysAgo(30))).outcome).toBe("match");
    expect(ruleOf(recent, active(daysAgo(30.001))).outcome).toBe("miss");
    expect(ruleOf(recent, active(daysAgo(400))).outcome).toBe("miss");
  });

  it("counts future timestamps (clock skew) as activity now", () => {
    expect(ruleOf(recent, active(daysAgo(-3))).outcome).toBe("match");
    expect(ruleOf(recent, active(daysAgo(-3)), { halfLife: 7 }).points).toBe(10);
  });

  it("accepts Date objects, epoch milliseconds and ISO text alike", () => {
    const at = NOW_MS - 12 * DAY_MS;
    const forms = [new Date(at), at, new Date(at).toISOString(), "2026-11-11T12:00:00Z", "2026-11-11T14:00:00+02:00", "2026-11-11T14:00:00+0200", "2026-11-11 12:00:00Z"];
    for (const form of forms) {
      expect(ruleOf(recent, active(form), { halfLife: 12 }).points, String(form)).toBe(5);
    }
  });

  it("reads ISO text without an offset as UTC, whatever the machine's time zone", () => {
    const zone = process.env["TZ"];
    process.env["TZ"] = "America/New_York"; // Node applies a TZ change at once
    try {
      expect(new Date(2026, 10, 1).getTimezoneOffset()).not.toBe(0);
      // Exactly 30 and 14.5 days before NOW when read as UTC; hours off when read as local time.
      expect(ruleOf(recent, active("2026-10-24T12:00:00"), { halfLife: 30 }).points).toBe(5);
      expect(ruleOf(recent, active("2026-11-09"), { halfLife: 14.5 }).points).toBe(5);
    } finally {
      if (zone === undefined) delete process.env["TZ"];
      else process.env["TZ"] = zone;
    }
  });

  it("is unknown for missing or unreadable times", () => {
    for (const missing of [null, undefined, "", "  "]) {
      expect(ruleOf(recent, active(missing)).reason).toMatch(MISSING_REASON);
    }
    for (const wrong of ["yesterday", "2026-13-45", "11/20/2026", {}, [NOW], true, Number.NaN, new Date(Number.NaN)]) {
      const result = ruleOf(recent, active(wrong));
      expect(result.outcome, String(wrong)).toBe("unknown");
      expect(result.reason).toMatch(WRONG_TYPE_REASON);
    }
  });
});

describe("halfLife", () => {
  it("decays credit as 0.5^(age / halfLife) inside the window", () => {
    const rule = { ...recent, value: 60 } as const;
    expect(ruleOf(rule, active(daysAgo(0)), { halfLife: 14 }).points).toBe(10);
    expect(ruleOf(rule, active(daysAgo(7)), { halfLife: 14 }).points).toBe(7.07);
    expect(ruleOf(rule, active(daysAgo(14)), { halfLife: 14 }).points).toBe(5);
    expect(ruleOf(rule, active(daysAgo(28)), { halfLife: 14 }).points).toBe(2.5);
    expect(ruleOf(rule, active(daysAgo(42)), { halfLife: 14 }).points).toBe(1.25);
    expect(ruleOf(rule, active(daysAgo(14)), { halfLife: 14 })).toMatchObject({ outcome: "partial", reason: "Partly met (50%): last activity within the last 60 days" });
  });

  it("gives nothing outside the window", () => {
    expect(ruleOf(recent, active(daysAgo(31)), { halfLife: 14 })).toMatchObject({ outcome: "miss", points: 0 });
  });
});

describe("now", () => {
  const icp = icpOf([{ id: "active", ...recent, points: 10 }]);

  it("accepts a Date, ISO text or epoch milliseconds with the same result", () => {
    const lead = active(daysAgo(20));
    const results = [new Date(NOW_MS), NOW, NOW_MS].map((now) => scoreLead(lead, icp, { now }));
    expect(results[1]).toStrictEqual(results[0]);
    expect(results[2]).toStrictEqual(results[0]);
    expect(results[0]?.rules[0]?.outcome).toBe("match");
  });

  it("is required when an ICP has withinDays rules", () => {
    const lead = active(daysAgo(1));
    const error = catchError(() => scoreLead(lead, icp));
    expect(error).toBeInstanceOf(IcpError);
    expect(error).toMatchObject({ code: "MISSING_NOW", path: ["now"] });
    expect(error.message).toContain("withinDays");
    expect(catchError(() => scoreLeads([lead], icp))).toMatchObject({ code: "MISSING_NOW" });
  });

  it("rejects a now that is not a time as invalid (not missing), quoting it", () => {
    for (const now of ["soon", Number.NaN, new Date(Number.NaN)]) {
      const error = catchError(() => scoreLead({}, icp, { now }));
      expect(error).toMatchObject({ code: "INVALID_OPTIONS", path: ["now"] });
    }
    expect(catchError(() => scoreLead({}, icp, { now: "soon" })).message).toContain('"soon"');
  });

  it("is required for withinDays nested in a combinator, and not otherwise", () => {
    const nested = compileIcp(icpOf([{ id: "n", any: [recent, { field: "firmographic.country", op: "eq", value: "US" }], points: 5 }]));
    expect(nested.usesTime).toBe(true);
    expect(catchError(() => nested.score({}))).toMatchObject({ code: "MISSING_NOW" });
    const timeless = compileIcp(icpOf([{ id: "us", field: "firmographic.country", op: "eq", value: "US", points: 5 }]));
    expect(timeless.usesTime).toBe(false);
    expect(timeless.score({ firmographic: { country: "US" } }).score).toBe(100);
  });

  it("moves results with it: the same lead ages out of the window", () => {
    const lead = active("2026-11-01T00:00:00Z");
    expect(scoreCondition(recent, lead, {}, { now: "2026-11-30T00:00:00Z" }).score).toBe(100);
    expect(scoreCondition(recent, lead, {}, { now: "2026-12-02T00:00:00Z" }).score).toBe(0);
  });
});

function catchError(run: () => unknown): IcpError {
  try {
    run();
  } catch (error) {
    if (error instanceof IcpError) return error;
    throw error;
  }
  throw new Error("expected an IcpError");
}
