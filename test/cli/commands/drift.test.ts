import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ScoreDrift } from "../../../src/analyze/index.js";
import { ensureBuilt, FIXTURES, runCli, tempDir } from "../helpers.js";

const ICP = join(FIXTURES, "icp.json");
const LEADS = join(FIXTURES, "leads.csv");
let dir = "";
let drifted = "";

beforeAll(() => {
  ensureBuilt();
  dir = tempDir("drift-command");
  // The same leads with Software and Internet turned into Retail: the industry rule's field drifts.
  drifted = join(dir, "drifted.csv");
  writeFileSync(drifted, readFileSync(LEADS, "utf8").replaceAll(",Software,", ",Retail,").replaceAll(",Internet,", ",Retail,"));
});

describe("icpfit drift", () => {
  it("finds nothing between a file and itself", () => {
    const run = runCli(["drift", "--icp", ICP, "--now", "2026-11-23", "--reference", LEADS, "--json", LEADS]);
    expect(run.code).toBe(0);
    const drift = JSON.parse(run.stdout) as ScoreDrift;
    expect(drift.status).toBe("stable");
    expect(drift.score?.psi).toBe(0);
    expect(drift.referenceSize).toBe(10);
    expect(run.stderr).toMatch(/^ICP Fixture ICP \(version [^)]+\)\n10 reference leads, 10 current leads\n/);
    expect(run.stderr).toContain("Stable:");
  });

  it("names the drifted field, with the tables on stderr", () => {
    const run = runCli(["drift", "--icp", ICP, "--now", "2026-11-23", "--reference", LEADS, drifted]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/firmographic\.industry\s+\d\.\d{3}\s+act/);
    expect(run.stderr).toContain("Act:");
    expect(run.stderr).toContain("Small samples (10 and 10)");
  });

  it("takes the bands from --watch and --act", () => {
    const run = runCli(["drift", "--icp", ICP, "--now", "2026-11-23", "--reference", LEADS, "--watch", "50", "--act", "100", "--json", drifted]);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as ScoreDrift).bands).toEqual({ watch: 50, act: 100 });
  });

  it.each([
    [["--icp", ICP], /needs --reference/],
    [["--reference", LEADS], /needs --icp/],
    [["--icp", ICP, "--reference", LEADS, "--watch", "x"], /--watch expects a PSI/],
    [["--icp", ICP, "--reference", LEADS, "--watch", "0.3", "--act", "0.2"], /--act \(0\.2\) must be above --watch \(0\.3\)/],
  ])("exits 2 on a usage error: %j", (args, message) => {
    const run = runCli(["drift", ...args, "--now", "2026-11-23", LEADS]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it("exits 1 for a missing reference file", () => {
    expect(runCli(["drift", "--icp", ICP, "--now", "2026-11-23", "--reference", join(dir, "none.csv"), LEADS]).code).toBe(1);
  });
});
