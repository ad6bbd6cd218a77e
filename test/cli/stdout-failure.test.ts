import { spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CLI, ensureBuilt, FIXTURES, ROOT } from "./helpers.js";

const ICP = join(FIXTURES, "icp.json");

beforeAll(() => {
  ensureBuilt();
});

/** Runs the CLI with its stdout on /dev/full, where every write fails with ENOSPC (a full disk). */
function runToFullDisk(args: readonly string[]): { code: number | null; stderr: string } {
  const full = openSync("/dev/full", "w");
  try {
    const run = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ["ignore", full, "pipe"], encoding: "utf8" });
    return { code: run.status, stderr: run.stderr };
  } finally {
    closeSync(full);
  }
}

describe.runIf(existsSync("/dev/full"))("a full disk behind stdout", () => {
  const commands: Array<[string, string[]]> = [
    ["score (CSV)", ["score", "--icp", ICP, "--now", "2026-11-23", join(FIXTURES, "leads.csv")]],
    ["score (JSONL)", ["score", "--icp", ICP, "--now", "2026-11-23", join(FIXTURES, "leads.jsonl")]],
    ["score --threads 2", ["score", "--icp", ICP, "--now", "2026-11-23", "--threads", "2", join(FIXTURES, "leads.csv")]],
    ["lint", ["lint", ICP, "--now", "2026-11-23", "--json"]],
    ["schema", ["schema"]],
    ["profile", ["profile", join(FIXTURES, "leads.csv")]],
  ];
  for (const [name, args] of commands) {
    it(`${name}: says it cannot write standard output, naming the file, and exits 1`, () => {
      const run = runToFullDisk(args);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`icpfit ${args[0]}: cannot write standard output (/dev/full): no space left on device`);
      expect(run.stderr).not.toMatch(/ENOSPC|Unhandled|at .*\.js/);
    });
  }

  it("gives the same words as --out /dev/full", () => {
    const run = spawnSync(process.execPath, [CLI, "score", "--icp", ICP, "--out", "/dev/full", join(FIXTURES, "leads.csv")], { cwd: ROOT, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("icpfit score: cannot write /dev/full: no space left on device");
  });
});
