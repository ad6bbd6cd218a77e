import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { IcpComparison } from "../../../src/analyze/index.js";
import { ensureBuilt, FIXTURES, runCli, tempDir } from "../helpers.js";

const ICP = join(FIXTURES, "icp.json");
const LEADS = join(FIXTURES, "leads.csv");
let dir = "";
let challenger = "";

beforeAll(() => {
  ensureBuilt();
  dir = tempDir("compare-command");
  const icp = JSON.parse(readFileSync(ICP, "utf8")) as { version: string; rules: Array<{ id: string }> };
  challenger = join(dir, "challenger.json");
  writeFileSync(challenger, JSON.stringify({ ...icp, version: "2", rules: icp.rules.filter((rule) => rule.id !== "stack" && rule.id !== "country") }));
});

describe("icpfit compare", () => {
  it("writes the tables and the verdict to stderr, and the comparison as JSON with --json", () => {
    const run = runCli(["compare", "--champion", ICP, "--challenger", challenger, "--outcome", "Converted", "--now", "2026-11-23", "--json", LEADS]);
    expect(run.code).toBe(0);
    const comparison = JSON.parse(run.stdout) as IcpComparison;
    expect(comparison.n).toBe(10);
    expect(comparison.challenger.icpVersion).toBe("2");
    expect(comparison.migration.cells.reduce((sum, cell) => sum + cell.count, 0)).toBe(10);
    expect(run.stderr).toMatch(/^Champion: ICP .* \(version [^)]+\)\nChallenger: ICP .* \(version 2\)\n10 leads, 10 with an outcome, \d+ converted\n/);
    expect(run.stderr).toContain("Top leads");
    expect(run.stderr).toContain("Tier migration (rows: champion tier; columns: challenger tier");
    expect(run.stderr).toContain(comparison.summary);
    expect(run.stderr).toContain("Small sample:");
  });

  it("says no significant difference for an ICP against itself, and prints nothing on stdout without --json", () => {
    const run = runCli(["compare", "--champion", ICP, "--challenger", ICP, "--outcome", "Converted", "--now", "2026-11-23", LEADS]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("No significant difference:");
  });

  it("takes --alpha and --shares", () => {
    const run = runCli(["compare", "--champion", ICP, "--challenger", challenger, "--outcome", "Converted", "--now", "2026-11-23", "--alpha", "0.01", "--shares", "50", "--json", LEADS]);
    expect(run.code).toBe(0);
    const comparison = JSON.parse(run.stdout) as IcpComparison;
    expect(comparison.alpha).toBe(0.01);
    expect(comparison.capture.map((row) => row.share)).toEqual([0.5]);
    expect(run.stderr).toContain("99% CI");
  });

  it.each([
    [["--champion", ICP, "--outcome", "Converted"], /needs --champion <icp.json> and --challenger <icp.json>/],
    [["--champion", ICP, "--challenger", ICP, "--outcome", "Converted", "--icp", ICP], /--icp does not apply to compare/],
    [["--champion", ICP, "--challenger", ICP, "--outcome", "Converted", "--alpha", "often"], /--alpha expects a number/],
    [["--champion", ICP, "--challenger", ICP, "--outcome", "Converted", "--alpha", "2"], /alpha/],
    [["--champion", ICP, "--challenger", ICP, "--outcome", "Converted", "--shares", "0,20"], /--shares expects percentages/],
    [["--champion", ICP, "--challenger", ICP], /needs --outcome/],
  ])("exits 2 on a usage error: %j", (args, message) => {
    const run = runCli(["compare", ...args, "--now", "2026-11-23", LEADS]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it("exits 1 on an invalid ICP", () => {
    const run = runCli(["compare", "--champion", ICP, "--challenger", join(FIXTURES, "invalid-icp.json"), "--outcome", "Converted", "--now", "2026-11-23", LEADS]);
    expect(run.code).toBe(1);
  });
});
