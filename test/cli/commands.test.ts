import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { csvObjects, ensureBuilt, FIXTURES, ROOT, runCli, tempDir } from "./helpers.js";

const ICP = join(FIXTURES, "icp.json");
const LEADS = join(FIXTURES, "leads.csv");
const COMMANDS = ["score", "lint", "profile", "derive", "evaluate", "report", "compare", "drift", "schema", "init"];
let dir = "";

/** The column where each option's description starts, for the lines of a help's "Options:" block. */
function optionDescriptionColumns(help: string): number[] {
  const lines = help.split("\n");
  const start = lines.indexOf("Options:");
  const columns: number[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith(" ")) break;
    const option = /^(\s+-.*?\S)\s{2,}\S/.exec(line);
    if (option !== null) columns.push(option[0].length - 1);
    else if (line.trim() !== "" && !line.trimStart().startsWith("-")) columns.push(line.length - line.trimStart().length);
  }
  return columns;
}

/**
 * Leads in which a leaking "Tags" column nearly equals the outcome, industry and course choice
 * drive conversion, and "Newsletter" = No is significant on 3,000 records with a lift of only 1.04.
 */
function courseLeads(path: string): void {
  let seed = 7;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const lines = ["Lead ID,Industry,What matters most to you in choosing a course,Newsletter,Tags,Converted"];
  for (let index = 0; index < 3000; index++) {
    const industry = ["Software", "Retail", "Health"][index % 3] ?? "Retail";
    const career = random() < 0.3 ? "Better Career Prospects" : "Other";
    const newsletter = random() < 0.95 ? "No" : "Yes";
    const logit = -1.5 + (industry === "Software" ? 1.5 : 0) + (career === "Better Career Prospects" ? 1.2 : 0) + (newsletter === "No" ? 0 : -2.5);
    const converted = random() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
    lines.push(`${index + 1},${industry},${career},${newsletter},${converted === 1 && random() < 0.9 ? "Will revert" : "Ringing"},${converted}`);
  }
  writeFileSync(path, `${lines.join("\n")}\n`);
}

/** Rows of derive's rule table on stderr: id, lift, support, strength. */
function ruleRows(stderr: string): Array<{ id: string; lift: number; strength: string }> {
  return stderr
    .split("\n")
    .map((line) => /^(\S+)\s+\d+\s+([\d.]+)x\s+[\d,]+\s+(strong|moderate|weak)\s/.exec(line))
    .flatMap((match) => (match === null ? [] : [{ id: match[1] ?? "", lift: Number(match[2]), strength: match[3] ?? "" }]));
}

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

  it("fails (exit 1) on a --best value no row has, naming the values there are", () => {
    const run = runCli(["profile", "--best", "Converted=7", LEADS]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim()).toBe(`icpfit profile: --best "Converted=7": no row has "7" in column "Converted"; its most frequent values are "1" (5), "0" (5)`);
    expect(runCli(["derive", "--best", "Converted=7", LEADS]).code).toBe(1);
  });

  it.each(["profile", "derive"])("%s --help aligns every option's description, --best included", (command) => {
    const help = runCli([command, "--help"]).stdout;
    expect(help).toContain("--best <column>=<value>");
    const columns = optionDescriptionColumns(help);
    expect(columns.length).toBeGreaterThan(4);
    expect(new Set(columns)).toEqual(new Set([29]));
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

  it("reads --exclude as a lead path or an input column, and fails (exit 2) on one that names neither", () => {
    const leads = join(dir, "course.csv");
    courseLeads(leads);
    const usesTags = (args: readonly string[]): boolean => {
      const run = runCli(["derive", "--outcome", "Converted", ...args, leads]);
      expect(run.code).toBe(0);
      return (JSON.parse(run.stdout) as { rules: Array<{ field?: string }> }).rules.some((rule) => rule.field === "attributes.tags");
    };
    expect(usesTags([])).toBe(true);
    expect(usesTags(["--exclude", "attributes.tags"])).toBe(false);
    expect(usesTags(["--exclude", "Tags"])).toBe(false);
    expect(usesTags(["--exclude", "tags"])).toBe(false);
    const typo = runCli(["derive", "--outcome", "Converted", "--exclude", "attributes.tag", leads]);
    expect(typo.code).toBe(2);
    expect(typo.stdout).toBe("");
    expect(typo.stderr).toMatch(/^icpfit derive: --exclude: "attributes\.tag" is neither a lead path derive reads nor a column of the input; did you mean "attributes\.tags"\?\n$/);
    const bogus = runCli(["derive", "--outcome", "Converted", "--exclude", "bogus.x", leads]);
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toContain('"bogus.x" is neither a lead path derive reads nor a column of the input; its columns are: "Lead ID", "Industry"');
  });

  it("calls a rule strong only with a lift well above 1, splits one-letter words in labels, and groups thousands", () => {
    const leads = join(dir, "course-strength.csv");
    courseLeads(leads);
    const run = runCli(["derive", "--outcome", "Converted", "--exclude", "Tags", leads]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^icpfit: derived \d+ rules from 3,000 records \(1,\d{3} best, /);
    const rows = ruleRows(run.stderr);
    // Newsletter = No: p < 1e-12 on 3,000 records, yet its leads convert only 1.04x as often as all.
    expect(rows.find((row) => row.id === "newsletter-no")).toMatchObject({ lift: 1.04, strength: "weak" });
    expect(rows.find((row) => row.id === "industry-software")?.strength).toBe("strong");
    for (const row of rows) {
      if (row.strength === "strong") expect(row.lift).toBeGreaterThanOrEqual(1.25);
      if (row.strength === "moderate") expect(row.lift).toBeGreaterThanOrEqual(1.1);
    }
    expect(run.stderr).toContain('"what matters most to you in choosing a course is one of Better Career Prospects"');
    expect(run.stderr).not.toContain("acourse");
    expect(run.stderr).toMatch(/ 2,\d{3}  weak /);
  });

  it("runs the guide's X Education example, which leaves out every leakage column the dataset README names", () => {
    const guide = readFileSync(join(ROOT, "docs/guides/cli.md"), "utf8");
    const command = /icpfit derive --outcome Converted(?:[^\n]*\\\n)*[^\n]*/.exec(guide)?.[0] ?? "";
    const excluded = [...command.matchAll(/--exclude ("[^"]+"|\S+)/g)].map((match) => (match[1] ?? "").replace(/^"|"$/g, ""));
    // Filled in by sales during or after contact: they encode the outcome (shared/data/README.md).
    const leakage = ["Tags", "Lead Quality", "Last Activity", "Last Notable Activity", "Asymmetrique Activity Index", "Asymmetrique Profile Index", "Asymmetrique Activity Score", "Asymmetrique Profile Score"];
    expect(excluded).toEqual(expect.arrayContaining([...leakage, "Prospect ID", "Lead Number"]));
    // Every leakage column predicts the outcome perfectly here: any that slipped through would be a rule.
    const header = ["Prospect ID", "Lead Number", "Lead Origin", ...leakage, "Converted"];
    const lines = [header.join(",")];
    for (let index = 0; index < 400; index++) {
      const converted = index % 3 === 0 ? 1 : 0;
      const origin = index % 4 === 0 || (converted === 1 && index % 2 === 0) ? "Lead Add Form" : "Landing Page Submission";
      lines.push([`p${index}`, String(index), origin, ...leakage.map((_, column) => `${converted === 1 ? "yes" : "no"}${column}`), String(converted)].join(","));
    }
    const leads = join(dir, "x-education-like.csv");
    writeFileSync(leads, `${lines.join("\n")}\n`);
    const run = runCli(["derive", "--outcome", "Converted", ...excluded.flatMap((column) => ["--exclude", column]), "--max-rules", "3", leads]);
    expect(run.stderr).not.toMatch(/--exclude/);
    expect(run.code).toBe(0);
    const icp = JSON.parse(run.stdout) as { rules: Array<{ field?: string }> };
    expect(new Set(icp.rules.map((rule) => rule.field))).toEqual(new Set(["attributes.leadOrigin"]));
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
    // Deciles show scores; the disqualified lead (ranked last, as -1 in the JSON) is named, not "-1".
    expect(run.stdout).toMatch(/^10\s+1\s+disqualified\s/m);
    expect(run.stdout).toMatch(/^4\s+1\s+100\s/m);
    expect(run.stdout).toContain("Tier secondary has only 1 lead with a known outcome");
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

  it("fails (exit 1, one line on stderr, no tables) on an outcome column with no 1/0, true/false or yes/no", () => {
    const scored = join(dir, "scored-industry.csv");
    expect(runCli(["score", "--icp", ICP, "--out", scored, LEADS]).code).toBe(0);
    for (const command of ["evaluate", "report"]) {
      const run = runCli([command, "--outcome", "Industry", scored]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toBe(`icpfit ${command}: no row has a readable outcome in column "Industry" (expected 1/0, true/false or yes/no; it holds "Software", "Internet", "Healthcare")\n`);
    }
  });

  it("fails on an outcome column that holds other values besides 0 and 1 (a count, say), instead of reading only those rows", () => {
    const counts = join(dir, "count-outcome.csv");
    writeFileSync(counts, "Industry,Visits\nSoftware,0\nSoftware,1\nRetail,5\nRetail,12\nSoftware,\n");
    const run = runCli(["evaluate", "--icp", ICP, "--outcome", "Visits", counts]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain('icpfit evaluate: column "Visits" has 2 outcome cell(s) that are not 1/0, true/false or yes/no (e.g. "5", "12"); is it the outcome column?');
  });

  it("reads every column of a header with repeated names in profile and derive, with a warning", () => {
    const repeated = join(dir, "repeated-header.csv");
    writeFileSync(repeated, `Industry,Plan,Plan,won\n${Array.from({ length: 120 }, (_, i) => `Software,a,${i % 2 === 0 ? "gold" : "basic"},${i % 2 === 0 ? 1 : 0}`).join("\n")}\n`);
    const profile = runCli(["profile", "--json", repeated]);
    expect(profile.code).toBe(0);
    expect(profile.stderr).toContain('the header has empty or repeated names; reading column 3 ("Plan") as "Plan_2"');
    expect(profile.stdout).toContain("gold");
    const derive = runCli(["derive", "--outcome", "won", "--now", "2026-11-23", repeated]);
    expect(derive.code).toBe(0);
    expect(derive.stdout).toContain("gold");
    const neither = runCli(["derive", repeated]);
    expect(neither.code).toBe(2);
    expect(neither.stderr.split("\n")[0]).toBe("icpfit derive: needs exactly one of --outcome <column> or --best <column>=<value>.");
  });

  it("adds mean value and churn per tier to the text table with --value and --churned", () => {
    const leads = join(dir, "value-churn.csv");
    const [header = "", ...rows] = readFileSync(LEADS, "utf8").trim().split("\n");
    writeFileSync(leads, `${[`${header},LTV,Churned`, ...rows.map((row, index) => `${row},${1000 * (index + 1)},${index % 2}`)].join("\n")}\n`);
    const plain = runCli(["evaluate", "--icp", ICP, "--outcome", "Converted", leads]);
    expect(plain.stdout).not.toContain("Mean value");
    const run = runCli(["evaluate", "--icp", ICP, "--outcome", "Converted", "--value", "LTV", "--churned", "Churned", leads]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Tier .*Cum\. capture {2}Mean value\s+Churn$/m);
    const json = JSON.parse(runCli(["evaluate", "--icp", ICP, "--outcome", "Converted", "--value", "LTV", "--churned", "Churned", "--json", leads]).stdout) as {
      byTier: Array<{ tier: string; meanValue?: number; churnRate?: number }>;
    };
    const primary = json.byTier.find((row) => row.tier === "primary");
    // Two decimals always, so the column lines up.
    const mean = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(primary?.meanValue ?? Number.NaN);
    expect(mean).toMatch(/^\d,\d{3}\.\d{2}$/);
    expect(run.stdout).toMatch(new RegExp(`^primary .* ${mean.replace(".", "\\.")}\\s+${((primary?.churnRate ?? 0) * 100).toFixed(1)}%$`, "m"));
  });

  it("words the no-outcome warning in CLI terms, with thousands separators", () => {
    const scored = join(dir, "scored-unknown.csv");
    const lines = ["icp_score,icp_tier,Converted"];
    for (let index = 0; index < 2400; index++) lines.push(`${index % 100},${index % 100 >= 80 ? "primary" : "unqualified"},${index < 1200 ? String(index % 2) : ""}`);
    writeFileSync(scored, `${lines.join("\n")}\n`);
    const run = runCli(["evaluate", "--outcome", "Converted", scored]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("options.worked");
    expect(run.stdout).toContain('  - 1,200 of 2,400 rows (50%) have no outcome in column "Converted" and are left out of AUC, lift and capture');
    const out = join(dir, "report-unknown.html");
    expect(runCli(["report", "--outcome", "Converted", "--out", out, scored]).code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).not.toContain("options.worked");
    expect(html).toContain("1,200 of 2,400 rows");
  });

  it("on a scored file, names it after the file and marks each tier at the lowest score seen in it", () => {
    const icp = join(dir, "low-tiers.json");
    writeFileSync(icp, JSON.stringify({ ...(JSON.parse(readFileSync(ICP, "utf8")) as object), tiers: { primary: 55, secondary: 38, tertiary: 23 } }));
    const scored = join(dir, "low-tiers-scored.csv");
    expect(runCli(["score", "--icp", icp, "--out", scored, LEADS]).code).toBe(0);
    const rows = csvObjects(readFileSync(scored, "utf8"));
    const lowest = (tier: string): number => Math.min(...rows.filter((row) => row["icp_tier"] === tier).map((row) => Number(row["icp_score"])));
    expect(lowest("primary")).toBeLessThan(80);
    const evaluation = runCli(["evaluate", "--outcome", "Converted", scored]);
    expect(evaluation.stdout.split("\n")[0]).toBe("Scored file low-tiers-scored.csv");
    const out = join(dir, "low-tiers.html");
    expect(runCli(["report", "--outcome", "Converted", "--out", out, scored]).code).toBe(0);
    const html = readFileSync(out, "utf8");
    for (const tier of ["primary", "secondary", "tertiary"]) {
      if (rows.some((row) => row["icp_tier"] === tier)) expect(html).toContain(`${tier} ≥ ${lowest(tier)}<`);
    }
    expect(html).not.toContain("primary ≥ 80");
    expect(html).toContain("the histogram&#39;s tier lines mark the lowest score seen in each tier");
    expect(html).not.toContain("scored-file");
    expect(html).not.toMatch(/version \./);
    expect(html).toContain("ICP low-tiers-scored.</footer>");
    // With --icp the lines are the ICP's own thresholds.
    const direct = join(dir, "low-tiers-direct.html");
    expect(runCli(["report", "--icp", icp, "--outcome", "Converted", "--out", direct, LEADS]).code).toBe(0);
    expect(readFileSync(direct, "utf8")).toContain("primary ≥ 55<");
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
