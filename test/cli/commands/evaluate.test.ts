import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, FIXTURES, runCli, tempDir } from "../helpers.js";

const ICP = join(FIXTURES, "icp.json");
const LEADS = join(FIXTURES, "leads.csv");
let dir = "";

beforeAll(() => {
  ensureBuilt();
  dir = tempDir("evaluate-command");
});

describe("icpfit evaluate / report: where the tier thresholds come from (issue 14)", () => {
  it("on a scored file, warns on stderr that the tiers are the file's and names the thresholds they imply", () => {
    const scored = join(dir, "scored.csv");
    expect(runCli(["score", "--icp", ICP, "--out", scored, LEADS]).code).toBe(0);
    const lowest = (tier: string): number | undefined => {
      const rows = readFileSync(scored, "utf8").trim().split("\n").slice(1).filter((line) => line.includes(`,${tier},`));
      const scores = rows.map((line) => Number(/,(\d+),(?:primary|secondary|tertiary|unqualified),/.exec(line)?.[1]));
      return scores.length === 0 ? undefined : Math.min(...scores);
    };
    const implied = ["primary", "secondary", "tertiary"].map((tier) => (lowest(tier) === undefined ? `no row is ${tier}` : `${tier} >= ${lowest(tier)}`)).join(", ");
    for (const command of ["evaluate", "report"]) {
      const run = runCli([command, "--outcome", "Converted", ...(command === "report" ? ["--out", join(dir, "report.html")] : []), scored]);
      expect(run.code).toBe(0);
      expect(run.stderr).toContain(
        `icpfit: warning: a scored file does not record the ICP's tier thresholds: the tiers are read from its icp_tier column, whose lowest score per tier implies ${implied}; pass --icp <icp.json> to score the leads with the ICP's own thresholds\n`,
      );
    }
    const html = readFileSync(join(dir, "report.html"), "utf8");
    expect(html).toContain("A scored file does not record the ICP&#39;s tier thresholds");
    expect(html).toContain("Pass --icp with the ICP file to use its own thresholds.");
  });

  it("with --icp, says so when the ICP sets no tiers and the defaults are used, and is quiet when it sets them", () => {
    const icp = JSON.parse(readFileSync(ICP, "utf8")) as Record<string, unknown>;
    delete icp["tiers"];
    const untiered = join(dir, "untiered.json");
    writeFileSync(untiered, JSON.stringify(icp));
    const note = 'icpfit: warning: the ICP sets no tiers, so the default thresholds are used (primary >= 80, secondary >= 60, tertiary >= 40); add "tiers" to it (icpfit derive sets them from target shares)\n';
    const out = join(dir, "untiered.html");
    for (const command of ["evaluate", "report"]) {
      const args = command === "report" ? ["--out", out] : [];
      const defaults = runCli([command, "--icp", untiered, "--now", "2026-11-23", "--outcome", "Converted", ...(command === "report" ? ["--out", join(dir, "untiered-defaults.html")] : []), LEADS]);
      expect(defaults.code).toBe(0);
      expect(defaults.stderr).toContain(note);
      const own = runCli([command, "--icp", ICP, "--now", "2026-11-23", "--outcome", "Converted", ...args, LEADS]);
      expect(own.code).toBe(0);
      expect(own.stderr).not.toContain("tier thresholds");
      expect(own.stderr).not.toContain("sets no tiers");
      if (command === "report") expect(readFileSync(out, "utf8")).not.toContain("sets no tiers");
      if (command === "report") expect(readFileSync(join(dir, "untiered-defaults.html"), "utf8")).toContain("Note: the ICP sets no tiers, so the default thresholds are used");
    }
  });
});
