import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, FIXTURES, ROOT, runCli, tempDir } from "./helpers.js";

const ICP = join(FIXTURES, "icp.json");
const LEADS = join(FIXTURES, "leads.csv");
const COMMANDS = ["score", "lint", "profile", "derive", "evaluate", "report", "schema", "init"];
let dir = "";

beforeAll(() => {
  ensureBuilt();
  dir = tempDir("commands");
});

describe("icpfit (global)", () => {
  it("prints the package version", () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(runCli(["--version"]).stdout.trim()).toBe(version);
    expect(runCli(["-V"]).code).toBe(0);
  });

  it("lists every command in --help, and exits 2 without a command", () => {
    const help = runCli(["--help"]);
    expect(help.code).toBe(0);
    for (const command of COMMANDS) expect(help.stdout).toContain(`  ${command}`);
    const none = runCli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("Usage: icpfit <command>");
  });

  it("exits 2 for an unknown command", () => {
    const run = runCli(["scroe"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown command "scroe"/);
  });

  it.each(COMMANDS)("%s --help shows usage, an example and the exit codes", (command) => {
    const run = runCli([command, "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage: icpfit ${command}`);
    expect(run.stdout).toContain("Example:");
    expect(run.stdout).toContain("Exit codes:");
  });
});

describe("icpfit schema", () => {
  it("prints the ICP JSON Schema by default and the lead schema on request", () => {
    const icp = JSON.parse(runCli(["schema"]).stdout) as { title: string };
    expect(icp.title).toBe("icpfit ICP");
    const lead = JSON.parse(runCli(["schema", "lead"]).stdout) as { title: string };
    expect(lead.title).toBe("icpfit lead");
    expect(runCli(["schema", "deal"]).code).toBe(2);
  });
});

describe("icpfit init", () => {
  it("writes a valid starter ICP with $schema, and refuses to overwrite it", () => {
    const path = join(dir, "starter.json");
    const run = runCli(["init", path, "--id", "starter", "--date", "2026-11-23"]);
    expect(run.code).toBe(0);
    const icp = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
    expect(icp).toMatchObject({ $schema: "./node_modules/icpfit/dist/schema/icp.schema.json", id: "starter", reviewedAt: "2026-11-23" });
    expect(runCli(["init", path]).code).toBe(1);
    expect(runCli(["init", path, "--force"]).code).toBe(0);
    const lint = runCli(["lint", path, "--now", "2026-11-23"]);
    expect(lint.code).toBe(0);
    expect(runCli(["score", "--icp", path, "--now", "2026-11-23", LEADS]).code).toBe(0);
  });
});

describe("icpfit lint", () => {
  it("prints findings and exits 0 without errors", () => {
    const run = runCli(["lint", ICP, "--now", "2026-11-23"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/0 error\(s\)/);
  });

  it("flags a stale ICP, and fails on warnings with --strict", () => {
    const run = runCli(["lint", ICP, "--now", "2029-01-01", "--json"]);
    const findings = JSON.parse(run.stdout) as Array<{ code: string; severity: string }>;
    expect(findings.map((finding) => finding.code)).toContain("STALE");
    expect(runCli(["lint", ICP, "--now", "2029-01-01", "--strict"]).code).toBe(1);
  });

  it("tests breadth on a --sample file", () => {
    const run = runCli(["lint", ICP, "--now", "2026-11-23", "--sample", LEADS, "--json"]);
    expect(run.code).toBe(0);
    expect(Array.isArray(JSON.parse(run.stdout))).toBe(true);
  });

  it("lists every problem of an invalid ICP with its path (exit 1)", () => {
    const run = runCli(["lint", join(FIXTURES, "invalid-icp.json")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("rules[0].field");
    expect(run.stderr).toContain("rules[1].value");
  });
});

describe("icpfit profile", () => {
  it("profiles every mapped field, as text or JSON, optionally only the best rows", () => {
    const text = runCli(["profile", LEADS]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^10 records/);
    expect(text.stdout).toContain("firmographic.industry");
    const all = JSON.parse(runCli(["profile", "--json", LEADS]).stdout) as { n: number; attributes: Array<{ field: string; kind: string }> };
    expect(all.n).toBe(10);
    expect(all.attributes.find((attribute) => attribute.field === "firmographic.employees")?.kind).toBe("numeric");
    const best = JSON.parse(runCli(["profile", "--json", "--best", "Converted=1", LEADS]).stdout) as { n: number };
    expect(best.n).toBe(5);
    expect(runCli(["profile", "--best", "Nope=1", LEADS]).code).toBe(2);
  });
});

describe("icpfit derive", () => {
  it("needs exactly one of --outcome and --best", () => {
    expect(runCli(["derive", LEADS]).code).toBe(2);
    expect(runCli(["derive", "--outcome", "Converted", "--best", "Converted=1", LEADS]).code).toBe(2);
  });

  it("derives a valid ICP that never uses the outcome column", () => {
    const leads = join(dir, "derive.csv");
    const lines = ["Industry,Employees,Country,Converted"];
    for (let index = 0; index < 400; index++) {
      const software = index % 3 === 0;
      lines.push(`${software ? "Software" : index % 3 === 1 ? "Retail" : "Healthcare"},${20 + (index % 40) * 10},${index % 2 === 0 ? "US" : "DE"},${software && index % 2 === 0 ? 1 : index % 17 === 0 ? 1 : 0}`);
    }
    writeFileSync(leads, `${lines.join("\n")}\n`);
    const out = join(dir, "derived.json");
    const run = runCli(["derive", "--outcome", "Converted", "--id", "derived", "--now", "2026-11-23", "--out", out, leads]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/derived \d+ rules from 400 records/);
    const icp = JSON.parse(readFileSync(out, "utf8")) as { id: string; reviewedAt: string; rules: Array<{ field?: string }> };
    expect(icp).toMatchObject({ id: "derived", reviewedAt: "2026-11-23" });
    expect(icp.rules.some((rule) => rule.field === "firmographic.industry")).toBe(true);
    expect(icp.rules.some((rule) => rule.field?.toLowerCase().includes("converted"))).toBe(false);
    expect(runCli(["lint", out, "--now", "2026-11-23"]).code).toBe(0);
  });
});

describe("icpfit evaluate and report", () => {
  it("evaluates a scored file: AUC, per-tier and per-decile tables", () => {
    const scored = join(dir, "scored.csv");
    expect(runCli(["score", "--icp", ICP, "--out", scored, LEADS]).code).toBe(0);
    const run = runCli(["evaluate", "--outcome", "Converted", scored]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/10 leads, 10 with an outcome, 5 converted \(base rate 50\.0%\)/);
    expect(run.stdout).toMatch(/AUC \d\.\d{3}/);
    expect(run.stdout).toMatch(/^primary\s+4\s+40\.0%/m);
    expect(run.stdout).toContain("Decile");
    const json = JSON.parse(runCli(["evaluate", "--outcome", "Converted", "--json", scored]).stdout) as { auc: number; n: number };
    expect(json.n).toBe(10);
    // Scoring on the fly with --icp gives the same evaluation.
    const direct = JSON.parse(runCli(["evaluate", "--icp", ICP, "--outcome", "Converted", "--json", LEADS]).stdout) as { auc: number };
    expect(direct.auc).toBe(json.auc);
  });

  it("exits 2 without --outcome or with an unknown column, and reads stdin", () => {
    expect(runCli(["evaluate", LEADS]).code).toBe(2);
    expect(runCli(["evaluate", "--outcome", "Won", "--icp", ICP, LEADS]).code).toBe(2);
    expect(runCli(["evaluate", "--outcome", "Converted", LEADS]).code).toBe(2);
    const scored = runCli(["score", "--icp", ICP, LEADS]).stdout;
    expect(runCli(["evaluate", "--outcome", "Converted", "-"], { input: scored }).code).toBe(0);
  });

  it("writes a self-contained HTML report", () => {
    const scored = join(dir, "scored-report.csv");
    runCli(["score", "--icp", ICP, "--out", scored, LEADS]);
    const out = join(dir, "report.html");
    const run = runCli(["report", "--outcome", "Converted", "--title", "Fixture backtest", "--out", out, scored]);
    expect(run.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    const html = readFileSync(out, "utf8");
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain("Fixture backtest");
    expect(html).toContain("<svg");
    expect(html).not.toMatch(/<script/i);
  });
});
