import { describe, expect, it } from "vitest";
import { CliError } from "../../src/cli/cli-error.js";
import { parseNow } from "../../src/cli/load-icp.js";

/** The usage error parseNow throws for `text`. */
function refusal(text: string): CliError {
  try {
    parseNow(text);
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error(`--now ${text} was accepted`);
}

describe("parseNow", () => {
  it("reads ISO 8601 dates and times, epoch milliseconds of 13 digits or more, and now", () => {
    expect(parseNow(undefined)).toBeUndefined();
    expect(parseNow("2026-11-23")).toBe(Date.parse("2026-11-23T00:00:00Z"));
    expect(parseNow("2025-12-01T00:00:00Z")).toBe(1764547200000);
    expect(parseNow("1764547200000")).toBe(1764547200000);
    expect(parseNow(" 1000000000000 ")).toBe(1e12);
    const before = Date.now();
    expect(parseNow("now")).toBeGreaterThanOrEqual(before);
  });

  it("refuses epoch seconds (a day in 1970 as milliseconds), showing both readings and what to pass (exit 2)", () => {
    const error = refusal("1764547200");
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain("--now 1764547200 is ambiguous");
    expect(error.message).toContain("as epoch seconds it is 2025-12-01T00:00:00.000Z");
    expect(error.message).toContain("as epoch milliseconds 1970-01-21T10:09:07.200Z");
    expect(error.message).toContain("Pass --now 2025-12-01T00:00:00.000Z (or --now 1764547200000 in epoch milliseconds)");
  });

  it("refuses every bare number below 13 digits' worth, with a hint that fits it", () => {
    for (const text of ["0", "2026", "999999999999", "0001764547200"]) {
      const error = refusal(text);
      expect(error.exitCode).toBe(2);
      expect(error.message).toMatch(/is ambiguous: as epoch seconds it is .*, as epoch milliseconds /);
    }
    expect(refusal("20261123").message).toContain("For the day 2026-11-23, pass --now 2026-11-23");
    expect(refusal("20261332").message).toContain("Pass the date in ISO 8601 (e.g. --now 2026-11-23)");
  });

  it("refuses a number of milliseconds past what a date can hold, and text that is no date", () => {
    expect(refusal("8640000000000001").message).toContain("past the last date epoch milliseconds can hold");
    expect(parseNow("8640000000000000")).toBe(8.64e15);
    expect(refusal("2026-02-30").message).toContain("--now expects an ISO 8601 date or time that exists");
    expect(refusal("yesterday").exitCode).toBe(2);
  });
});
