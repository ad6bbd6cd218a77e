import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, runCli, tempDir } from "../helpers.js";

let dir = "";

/** 1,000 leads whose only attribute, Origin, takes three values: a derived ICP scores 3 distinct values. */
function originLeads(path: string, outcome: (index: number) => string): void {
  const lines = ["Lead ID,Origin,Stage"];
  for (let index = 0; index < 1000; index++) {
    const origin = index < 137 ? "unknown" : index < 685 ? "search" : "social";
    lines.push(`${index + 1},${origin},${outcome(index)}`);
  }
  writeFileSync(path, `${lines.join("\n")}\n`);
}

const converts = (index: number): boolean => (index < 137 ? index % 3 === 0 : index < 685 ? index % 8 === 0 : index % 30 === 0);

/** Leads where industry, size and a tool drive conversion (several fields, many distinct scores). */
function mixedLeads(path: string): void {
  let seed = 11;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const lines = ["Industry,Employees,Tool,Country,Converted"];
  for (let index = 0; index < 1500; index++) {
    const industry = ["Software", "Retail", "Health", "Finance"][index % 4] ?? "Retail";
    const employees = Math.round(10 + random() * 990);
    const tool = random() < 0.4 ? "Jira" : "Teams";
    const logit = -1.5 + (industry === "Software" ? 1.5 : industry === "Finance" ? 0.8 : 0) + (employees > 300 ? 1 : 0) + (tool === "Jira" ? 0.8 : 0);
    lines.push(`${industry},${employees},${tool},${random() < 0.5 ? "US" : "DE"},${random() < 1 / (1 + Math.exp(-logit)) ? 1 : 0}`);
  }
  writeFileSync(path, `${lines.join("\n")}\n`);
}

beforeAll(() => {
  ensureBuilt();
  dir = tempDir("derive-command");
});

describe("icpfit derive: tiers on coarse scores (issue 14)", () => {
  it("gives each tier its own leads, prints the shares achieved beside the targets, and warns", () => {
    const leads = join(dir, "origin.csv");
    originLeads(leads, (index) => (converts(index) ? "yes" : "no"));
    const run = runCli(["derive", "--outcome", "Stage", "--exclude", "Lead ID", "--min-rules", "1", leads]);
    expect(run.code).toBe(0);
    const icp = JSON.parse(run.stdout) as { tiers: { primary: number; secondary: number; tertiary: number } };
    expect(icp.tiers.primary - icp.tiers.secondary).toBeGreaterThan(1);
    expect(run.stderr).toMatch(/^Tiers \(share of the 1,000 records\): primary \(score >= 100\) 13\.7%, target 10\.0%; secondary \(score >= \d+\) 54\.8%, target 20\.0%; tertiary \(score >= 0\) 31\.5%, target 30\.0%; unqualified 0\.0%$/m);
    expect(run.stderr).toContain("Tiers: secondary holds 54.8% of leads against a target of 20%");
  });
});

describe("icpfit derive: --min-rules, --max-rules-per-field, --tier-shares (issue 15)", () => {
  it("passes the options to the derivation", () => {
    const leads = join(dir, "mixed.csv");
    mixedLeads(leads);
    const onePerField = runCli(["derive", "--outcome", "Converted", "--max-rules-per-field", "1", "--min-rules", "4", "--tier-shares", "20,30,30", leads]);
    expect(onePerField.code).toBe(0);
    const icp = JSON.parse(onePerField.stdout) as { rules: Array<{ field: string }> };
    const fields = icp.rules.map((rule) => rule.field);
    expect(new Set(fields).size).toBe(fields.length);
    expect(fields.length).toBeGreaterThanOrEqual(4);
    expect(onePerField.stderr).toMatch(/primary \(score >= \d+\) [\d.]+%, target 20\.0%; secondary \(score >= \d+\) [\d.]+%, target 30\.0%; tertiary \(score >= \d+\) [\d.]+%, target 30\.0%/);
    const two = runCli(["derive", "--outcome", "Converted", "--max-rules", "2", "--min-rules", "2", leads]);
    expect((JSON.parse(two.stdout) as { rules: unknown[] }).rules).toHaveLength(2);
  });

  it.each([
    [["--tier-shares", "10,20"], /--tier-shares expects three percents from 0 to 100 for primary, secondary and tertiary, e\.g\. 10,20,30; got "10,20"/],
    [["--tier-shares", "10,x,30"], /--tier-shares expects three percents/],
    [["--tier-shares", "50,40,30"], /--tier-shares are each tier's own share and add up to at most 100; got 120/],
    [["--tier-shares", "0.1,0.2,0.3"], /--tier-shares takes percents: "0\.1,0\.2,0\.3" would mean 0\.1%, 0\.2%, 0\.3%; for shares of 10%, 20%, 30% write 10,20,30/],
    [["--min-rules=-1"], /--min-rules expects a whole number, got "-1"/],
    [["--min-rules", "201"], /--min-rules expects a whole number from 0 to 200, got 201/],
    [["--max-rules-per-field", "0"], /--max-rules-per-field expects a whole number from 1 to 200, got 0/],
    [["--max-rules", "0"], /--max-rules expects a whole number from 1 to 200, got 0/],
  ])("refuses %j with a usage error (exit 2)", (args, message) => {
    const run = runCli(["derive", "--outcome", "Converted", ...args, join(dir, "mixed.csv")]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
  });
});

describe("icpfit derive --outcome: any two-valued column (issue 15)", () => {
  it("reads Won / Lost and two values that say good and bad, and counts blank outcomes", () => {
    const won = join(dir, "won.csv");
    originLeads(won, (index) => (index % 50 === 0 ? "" : converts(index) ? "Won" : "Lost"));
    const wonRun = runCli(["derive", "--outcome", "Stage", "--exclude", "Lead ID", "--min-rules", "1", won]);
    expect(wonRun.code).toBe(0);
    expect(wonRun.stderr).toContain('icpfit: 20 row(s) with no outcome in column "Stage" are left out');
    expect(wonRun.stderr).toMatch(/derived \d+ rules from 980 records/);
    const stages = join(dir, "stages.csv");
    originLeads(stages, (index) => (converts(index) ? "Closed Won" : "Closed Lost"));
    const stageRun = runCli(["derive", "--outcome", "Stage", "--exclude", "Lead ID", "--min-rules", "1", stages]);
    expect(stageRun.code).toBe(0);
    expect(stageRun.stderr).toContain('icpfit: --outcome Stage: "Closed Won" is best, "Closed Lost" is not');
    const best = (JSON.parse(stageRun.stdout) as { rules: Array<{ value: unknown }> }).rules[0]?.value;
    expect(JSON.stringify(best)).toContain("unknown");
  });

  it("refuses a column with three values, or two that do not say which is good, naming them (exit 1)", () => {
    const open = join(dir, "open.csv");
    originLeads(open, (index) => (index % 10 === 0 ? "Open" : converts(index) ? "Won" : "Lost"));
    const three = runCli(["derive", "--outcome", "Stage", open]);
    expect(three.code).toBe(1);
    expect(three.stdout).toBe("");
    expect(three.stderr).toMatch(/column "Stage" holds 3 different values \("Lost" \d{3}, "(?:Won" \d+, "Open" 100|Open" 100, "Won" \d+)\); --outcome expects two/);
    expect(three.stderr).toContain('--best "Stage=Won"');
    expect(runCli(["derive", "--outcome", "Stage", "--missing-value", "Open", "--exclude", "Lead ID", "--min-rules", "1", open]).code).toBe(0);
    const vague = join(dir, "vague.csv");
    originLeads(vague, (index) => (converts(index) ? "A" : "B"));
    const two = runCli(["derive", "--outcome", "Stage", vague]);
    expect(two.code).toBe(1);
    expect(two.stderr).toMatch(/column "Stage" holds two values \("B" \d+, "A" \d+\) and they do not read as a good and a bad outcome; mark the best rows with --best "Stage=A"/);
  });
});
