import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { csvObjects, ensureBuilt, ROOT, runCli, tempDir } from "./helpers.js";

/*
 * Round trip on real data: the Kaggle dataset "X Education lead scoring" (x-education-leads.csv,
 * 9,240 leads, outcome column Converted). Looked up in $ICPFIT_DATA, else ../shared/data next to
 * the repository; skipped when absent.
 */
const DATA_DIR = process.env["ICPFIT_DATA"] ?? resolve(ROOT, "../shared/data");
const X_EDUCATION = join(DATA_DIR, "x-education-leads.csv");
const present = existsSync(X_EDUCATION);
if (!present) {
  console.warn(
    `Skipping the X Education round trip: ${X_EDUCATION} not found. Download the Kaggle dataset "X Education lead scoring" (Leads.csv), save it as x-education-leads.csv in a directory, and set ICPFIT_DATA to it.`,
  );
}

// Filled in by the sales team during or after contact: they encode the outcome (see the data README).
const LEAKAGE = ["tags", "leadQuality", "lastActivity", "lastNotableActivity", "asymmetriqueActivityIndex", "asymmetriqueProfileIndex", "asymmetriqueActivityScore", "asymmetriqueProfileScore"];
const IDS = ["leadNumber"];

describe.skipIf(!present)("X Education: derive, score, evaluate", () => {
  let dir = "";
  beforeAll(() => {
    ensureBuilt();
    dir = tempDir("x-education");
  });

  it("derives an ICP, scores every lead, and evaluates it against Converted", () => {
    const icp = join(dir, "x-icp.json");
    const excludes = [...LEAKAGE, ...IDS].flatMap((key) => ["--exclude", `attributes.${key}`]);
    const derive = runCli(["derive", "--outcome", "Converted", "--missing-value", "Select", ...excludes, "--id", "x-education", "--now", "2026-11-23", "--out", icp, X_EDUCATION]);
    expect(derive.code).toBe(0);
    const derived = JSON.parse(readFileSync(icp, "utf8")) as { rules: Array<{ field?: string }> };
    expect(derived.rules.length).toBeGreaterThanOrEqual(5);
    for (const rule of derived.rules) expect(LEAKAGE.concat(IDS, ["converted"]).map((key) => `attributes.${key}`)).not.toContain(rule.field);

    const scored = join(dir, "x-scored.csv");
    const score = runCli(["score", "--icp", icp, "--missing-value", "Select", "--out", scored, X_EDUCATION]);
    expect(score.code).toBe(0);
    expect(score.stderr).toMatch(/9,240 rows read, 9,240 scored, 0 rejected/);
    const rows = csvObjects(readFileSync(scored, "utf8"));
    expect(rows).toHaveLength(9240);
    expect(rows[0]?.["Prospect ID"]).toBe("7927b2df-8bba-4d29-b9a2-b6e0beafe620");

    const evaluation = JSON.parse(runCli(["evaluate", "--outcome", "Converted", "--json", scored]).stdout) as {
      n: number; conversions: number; baseRate: number; auc: number; byTier: Array<{ tier: string; conversion: number; labelled: number }>;
    };
    expect(evaluation).toMatchObject({ n: 9240, conversions: 3561 });
    expect(evaluation.baseRate).toBeCloseTo(0.385, 3);
    expect(evaluation.auc).toBeGreaterThan(0.75);
    const primary = evaluation.byTier.find((row) => row.tier === "primary");
    expect(primary?.conversion ?? 0).toBeGreaterThan(evaluation.baseRate);

    const report = runCli(["report", "--outcome", "Converted", "--icp", icp, "--missing-value", "Select", "--now", "2026-11-23", "--out", join(dir, "x.html"), X_EDUCATION]);
    expect(report.code).toBe(0);
  });

  it("streams the same data through stdin and stdout as JSONL", () => {
    const icp = join(dir, "x-icp.json");
    const run = runCli(["score", "--icp", existsSync(icp) ? icp : join(ROOT, "test/cli/fixtures/icp.json"), "--output-format", "jsonl", "-"], { input: readFileSync(X_EDUCATION, "utf8") });
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toHaveLength(9240);
    expect(JSON.parse(lines[0] ?? "{}")).toHaveProperty("Converted", "0");
  });
});
