import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { IcpSchema, scoreLeads } from "../../src/index.js";
import { CLI, csvObjects, ensureBuilt, FIXTURES, readCsv, ROOT, runCli, tempDir } from "./helpers.js";

const ICP = join(FIXTURES, "icp.json");
const LEADS = join(FIXTURES, "leads.csv");
const BAD = join(FIXTURES, "bad-rows.csv");
let dir = "";

beforeAll(() => {
  ensureBuilt();
  dir = tempDir("score");
});

describe("icpfit score: CSV", () => {
  it("keeps the input columns, adds score columns, and writes only data on stdout", () => {
    const run = runCli(["score", "--icp", ICP, LEADS]);
    expect(run.code).toBe(0);
    const [header = [], ...rows] = readCsv(run.stdout);
    expect(header).toEqual([
      ...readCsv(readFileSync(LEADS, "utf8"))[0] ?? [],
      "icp_score", "icp_tier", "icp_confidence", "icp_grade", "icp_reasons",
    ]);
    expect(rows).toHaveLength(10);
    const byId = Object.fromEntries(csvObjects(run.stdout).map((row) => [row["Record ID"], row]));
    expect(byId["1"]).toMatchObject({ icp_score: "100", icp_tier: "primary", icp_confidence: "1" });
    expect(byId["1"]?.icp_reasons).toBe("Tech industry (+30); 50-500 employees (+25); $5M-$50M revenue (+20)");
    // "1,200" employees and "51-200" bands are read as numbers; "$7.5M" as revenue.
    expect(byId["2"]?.icp_tier).toBe("tertiary");
    expect(byId["3"]?.icp_score).toBe("60");
    expect(byId["5"]).toMatchObject({ icp_tier: "disqualified" });
    expect(byId["5"]?.icp_reasons).toMatch(/^Excluded: No public sector/);
    expect(byId["7"]?.["Company name"]).toBe('Quote "Co", Inc.');
    expect(byId["8"]?.icp_tier).toBe("insufficient-data");
    expect(run.stderr).toMatch(/10 rows read, 10 scored, 0 rejected/);
    expect(run.stderr).toMatch(/tiers: primary 4 \(40\.0%\)/);
  });

  it("scores the bundled HubSpot-style export exactly as the library scores the same leads as JSON", () => {
    // The README's first command: examples/leads.csv holds the leads of examples/leads.json.
    const run = runCli(["score", "--icp", "examples/icp.json", "--now", "2026-11-23", "examples/leads.csv"]);
    expect(run.code).toBe(0);
    const read = (name: string): unknown => JSON.parse(readFileSync(join(ROOT, "examples", name), "utf8"));
    const leads = read("leads.json") as { id: string }[];
    const expected = scoreLeads(leads, IcpSchema.parse(read("icp.json")), { now: "2026-11-23" });
    const rows = csvObjects(run.stdout);
    expect(rows.map((row) => [row["Record ID"], row.icp_score, row.icp_tier, row.icp_grade])).toEqual(
      expected.map((result, index) => [leads[index]?.id, String(result.score), result.tier, result.grade ?? ""]),
    );
    expect(run.stderr).toMatch(/34 rows read, 34 scored, 0 rejected/);
  });

  it("reads stdin and writes stdout with -", () => {
    const run = runCli(["score", "--icp", ICP, "-"], { input: readFileSync(LEADS, "utf8") });
    expect(run.code).toBe(0);
    expect(csvObjects(run.stdout)).toHaveLength(10);
  });

  it("reads and writes another delimiter, and refuses one that has a meaning in CSV", () => {
    const semicolons = readFileSync(LEADS, "utf8").replaceAll(",", ";");
    const run = runCli(["score", "--icp", ICP, "--delimiter", ";", "-"], { input: semicolons });
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")[0]).toMatch(/;icp_score;icp_tier;icp_confidence;icp_grade;icp_reasons$/);
    for (const bad of ['"', "\n", "\r"]) {
      const refused = runCli(["score", "--icp", ICP, "--delimiter", bad, "-"], { input: semicolons });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/--delimiter cannot be/);
    }
  });

  it("writes the output file named by --out, in the format of its extension", () => {
    const out = join(dir, "scored.jsonl");
    const run = runCli(["score", "--icp", ICP, "--out", out, LEADS]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    const lines = readFileSync(out, "utf8").trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(10);
    expect(lines[0]).toMatchObject({ "Record ID": "1", icp_score: 100, icp_tier: "primary", icp_grade: null });
    expect(lines[0]?.["icp_reasons"]).toEqual(["Tech industry (+30)", "50-500 employees (+25)", "$5M-$50M revenue (+20)"]);
  });

  it("writes to --out exactly what it writes on stdout, replacing an older, longer file", () => {
    const out = join(dir, "scored-again.csv");
    writeFileSync(out, "x".repeat(100_000));
    const written = runCli(["score", "--icp", ICP, "--now", "2026-11-15", "--out", out, LEADS]);
    const printed = runCli(["score", "--icp", ICP, "--now", "2026-11-15", LEADS]);
    expect(written.code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(printed.stdout);
  });

  it("names an --out or --rejects file that cannot be written, before reading any row (exit 1)", () => {
    const out = join(dir, "no-such-directory", "scored.csv");
    for (const option of ["--out", "--rejects"]) {
      const run = runCli(["score", "--icp", ICP, option, out, LEADS]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`cannot write ${out}: no such directory`);
      expect(run.stderr).not.toMatch(/rows read/);
    }
    // A file that fails while being written (a full disk), on one thread or more.
    for (const threads of [[], ["--threads", "2"]]) {
      for (const option of ["--out", "--rejects"]) {
        const run = runCli(["score", "--icp", ICP, ...threads, option, "/dev/full", BAD]);
        expect(run.code).toBe(1);
        expect(run.stderr).toContain("cannot write /dev/full: no space left on device");
        expect(run.stderr).not.toMatch(/Unhandled|at .*\.js/);
      }
    }
    const init = runCli(["init", out]);
    expect(init.code).toBe(1);
    expect(init.stderr).toContain(`cannot write ${out}: no such directory`);
  });

  it("stops quietly (exit 0) when the reader of its output goes away, on stdout or --out /dev/stdout, on one thread or more", () => {
    const [header = "", ...rows] = readFileSync(LEADS, "utf8").trim().split("\n");
    const big = join(dir, "big.csv");
    // Far more than a pipe holds (64 KiB), so writing must meet the closed pipe.
    writeFileSync(big, `${header}\n${Array.from({ length: 400 }, () => rows.join("\n")).join("\n")}\n`);
    for (const out of [[], ["--out", "/dev/stdout"], ["--threads", "2"], ["--threads", "2", "--out", "/dev/stdout"]]) {
      const command = [process.execPath, CLI, "score", "--icp", ICP, "--now", "2026-11-15", ...out, big].map((arg) => `'${arg}'`).join(" ");
      // A process kept alive (a worker started after the output failed) would hit the timeout.
      const run = spawnSync("bash", ["-c", `${command} | head -c 100 > /dev/null; echo "exit=\${PIPESTATUS[0]}"`], { encoding: "utf8", timeout: 60_000 });
      expect(run.stdout.trim()).toBe("exit=0");
      expect(run.stderr).not.toMatch(/EPIPE|cannot write/);
    }
  });

  it("refuses to write over its input, or --rejects over --out (exit 2, the input left whole)", () => {
    const input = join(dir, "own-input.csv");
    const text = readFileSync(LEADS, "utf8");
    writeFileSync(input, text);
    for (const option of ["--out", "--rejects"]) {
      const run = runCli(["score", "--icp", ICP, option, input, input]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`${option} must name a different file than the input`);
      expect(readFileSync(input, "utf8")).toBe(text);
    }
    const both = join(dir, "both.csv");
    const run = runCli(["score", "--icp", ICP, "--out", both, "--rejects", both, LEADS]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--rejects must name a different file than --out");
  });

  it("writes a JSON array with --output-format json", () => {
    const run = runCli(["score", "--icp", ICP, "--output-format", "json", LEADS]);
    const rows = JSON.parse(run.stdout) as unknown[];
    expect(rows).toHaveLength(10);
  });

  it("adds the full breakdown with --explain", () => {
    const run = runCli(["score", "--icp", ICP, "--explain", LEADS]);
    const rows = csvObjects(run.stdout);
    expect(rows[1]).toMatchObject({ icp_rule_industry: "match", icp_rule_industry_points: "30", icp_rule_employees: "miss", icp_points: "50" });
    expect(rows[1]?.icp_next_tier).toMatch(/^secondary: /);
    expect(rows[4]?.icp_disqualified_by).toBe("gov: No public sector");
  });

  it("scores at the clock without --now, and says which --now repeats the run exactly", () => {
    // examples/leads.csv has activity dates with a half-life: the time of day moves scores.
    const run = runCli(["score", "--icp", "examples/icp.json", "examples/leads.csv"]);
    expect(run.code).toBe(0);
    const now = /withinDays rules; scoring at (\S+) \(the clock\)\. Pass --now (\S+) to repeat/.exec(run.stderr);
    expect(now?.[2]).toBe(now?.[1]);
    expect(runCli(["score", "--icp", "examples/icp.json", "--now", now?.[2] ?? "", "examples/leads.csv"]).stdout).toBe(run.stdout);
    expect(runCli(["score", "--icp", "examples/icp.json", "--now", "2026-11-23", LEADS]).code).toBe(0);
    for (const bad of ["yesterday", "2026-02-30", "2026-11-31T10:00:00Z"]) {
      const refused = runCli(["score", "--icp", "examples/icp.json", "--now", bad, LEADS]);
      expect(refused.code, bad).toBe(2);
      expect(refused.stderr).toContain(`--now expects an ISO 8601 date or time that exists`);
    }
  });

  it("gives the same output for the same --now", () => {
    const a = runCli(["score", "--icp", "examples/icp.json", "--now", "2026-11-23", LEADS]).stdout;
    const b = runCli(["score", "--icp", "examples/icp.json", "--now", "2026-11-23", LEADS]).stdout;
    expect(a).toBe(b);
  });
});

describe("icpfit score: column mapping", () => {
  it("maps HubSpot export headers automatically and prints the mapping with --verbose", () => {
    const run = runCli(["score", "--icp", ICP, "--verbose", LEADS]);
    expect(run.stderr).toContain('"Number of Employees" -> firmographic.employees');
    expect(run.stderr).toContain('"Country/Region" -> firmographic.country');
  });

  it("warns about ICP fields that no column feeds", () => {
    const run = runCli(["score", "--icp", ICP, join(FIXTURES, "custom-headers.csv")]);
    expect(run.code).toBe(0);
    // "Sector" is a known name for the industry; "Staff" is not.
    expect(run.stderr).toMatch(/no column for firmographic\.employees, firmographic\.annualRevenue/);
  });

  it("maps columns with --field and a --map file", () => {
    const viaField = runCli(["score", "--icp", ICP, "--field", "firmographic.industry=Sector", "--field", "firmographic.employees=Staff", join(FIXTURES, "custom-headers.csv")]);
    const viaMap = runCli(["score", "--icp", ICP, "--map", join(FIXTURES, "mapping.json"), join(FIXTURES, "custom-headers.csv")]);
    expect(csvObjects(viaField.stdout).map((row) => row.icp_score)).toEqual(["100", "54"]);
    // The map file also drops the guessed Country mapping (null), so confidence falls.
    const rows = csvObjects(viaMap.stdout);
    expect(rows.map((row) => row.icp_score)).toEqual(["100", "45"]);
    expect(viaMap.stderr).toMatch(/no column for .*firmographic\.country/);
  });

  it("rejects a mapping to a column that is not in the input (exit 2)", () => {
    const run = runCli(["score", "--icp", ICP, "--field", "firmographic.employees=Headcount", LEADS]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/column "Headcount" .* is not in the input/);
    expect(runCli(["score", "--icp", ICP, "--field", "firmographic.staff=Industry", LEADS]).code).toBe(2);
    expect(runCli(["score", "--icp", ICP, "--field", "nonsense", LEADS]).code).toBe(2);
  });

  it("treats --missing-value cells as no data", () => {
    const input = "Industry,Employees\nSelect,120\n";
    const plain = csvObjects(runCli(["score", "--icp", ICP, "-"], { input }).stdout)[0];
    const missing = csvObjects(runCli(["score", "--icp", ICP, "--missing-value", "Select", "-"], { input }).stdout)[0];
    expect(Number(missing?.icp_confidence)).toBeLessThan(Number(plain?.icp_confidence));
  });
});

describe("icpfit score: bad input", () => {
  it("reports malformed rows with their line numbers and keeps them with tier invalid", () => {
    const run = runCli(["score", "--icp", ICP, BAD]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("icpfit: line 3: expected 4 columns, got 5");
    expect(run.stderr).toContain("icpfit: line 6: expected 4 columns, got 2");
    expect(run.stderr).toMatch(/5 rows read, 3 scored, 2 rejected/);
    const rows = csvObjects(run.stdout);
    expect(rows.map((row) => row.icp_tier)).toEqual(["primary", "invalid", "primary", "invalid", "insufficient-data"]);
    expect(rows[2]?.["Company name"]).toBe("Multi\nline name");
    expect(rows[1]?.icp_reasons).toBe("line 3: expected 4 columns, got 5");
  });

  it("reports an unclosed quote as an invalid row and keeps stray quotes in unquoted cells", () => {
    const run = runCli(["score", "--icp", ICP, "-"], { input: 'Industry,Employees\nSoft"ware,120\nSoftware,"80\n' });
    expect(run.code).toBe(0);
    const rows = csvObjects(run.stdout);
    expect(rows[0]).toMatchObject({ Industry: 'Soft"ware', Employees: "120" });
    expect(rows[1]?.icp_tier).toBe("invalid");
    expect(run.stderr).toMatch(/icpfit: line \d+: unclosed quote/);
    expect(run.stderr).toMatch(/2 rows read, 1 scored, 1 rejected/);
  });

  it("keeps the first line of a record with bad quotes, as written, in the output and in --rejects", () => {
    const input = 'Industry,Employees\r\n"Acme" Inc,120\r\nSoftware,"80\r\nSoftware,90\r\n';
    const kept = runCli(["score", "--icp", ICP, "-"], { input });
    expect(csvObjects(kept.stdout).map((row) => [row.Industry, row.Employees, row.icp_tier])).toEqual([
      ['"Acme" Inc,120', "", "invalid"],
      ['Software,"80', "", "invalid"],
      ["Software", "90", expect.not.stringMatching(/invalid/)],
    ]);
    for (const threads of ["0", "2"]) {
      const csv = join(dir, `quote-rejects-${threads}.csv`);
      const jsonl = join(dir, `quote-rejects-${threads}.jsonl`);
      expect(runCli(["score", "--icp", ICP, "--threads", threads, "--rejects", csv, "-"], { input }).code).toBe(0);
      expect(runCli(["score", "--icp", ICP, "--threads", threads, "--rejects", jsonl, "-"], { input }).code).toBe(0);
      expect(readCsv(readFileSync(csv, "utf8")).map((row) => [row[0], row[2]])).toEqual([
        ["line", "Industry"],
        ["2", '"Acme" Inc,120'],
        ["3", 'Software,"80'],
      ]);
      expect(readFileSync(jsonl, "utf8").trim().split("\n").map((line) => (JSON.parse(line) as { raw?: string }).raw)).toEqual(['"Acme" Inc,120', 'Software,"80']);
    }
  });

  it("exits 1 with the line when the header row has bad quotes", () => {
    const run = runCli(["score", "--icp", ICP, "-"], { input: '"Industry" x,Employees\nSoftware,80\n' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("line 1: the header row cannot be read: malformed quotes");
  });

  it("copies quote-free input records as written and re-encodes quoted ones as valid CSV", () => {
    const input = 'Industry,Employees\nSoftware,0120\n"Soft""ware",80\nSoft"ware,90\n" Saas ",70\n';
    const run = runCli(["score", "--icp", ICP, "--quiet", "-"], { input });
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[1]?.startsWith("Software,0120,")).toBe(true);
    expect(lines[2]?.startsWith('"Soft""ware",80,')).toBe(true);
    expect(lines[3]?.startsWith('"Soft""ware",90,')).toBe(true);
    expect(lines[4]?.startsWith(" Saas ,70,")).toBe(true);
    expect(csvObjects(run.stdout).map((row) => row.Industry)).toEqual(["Software", 'Soft"ware', 'Soft"ware', " Saas "]);
  });

  it("--strict also rejects unreadable numbers and exits 1", () => {
    const run = runCli(["score", "--icp", ICP, "--strict", BAD]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('line 7: column "Number of Employees" (firmographic.employees) has "lots", which is not a number');
    expect(run.stderr).toMatch(/5 rows read, 2 scored, 3 rejected/);
    expect(runCli(["score", "--icp", ICP, "--strict", LEADS]).code).toBe(0);
    const two = runCli(["score", "--icp", "examples/icp.json", "--now", "2026-11-23", "--strict", "-"], {
      input: "Number of Employees,Annual Revenue,Last Activity Date\nlots,five million,2026-11-31\n",
    });
    expect(two.stderr).toContain(
      'line 2: column "Number of Employees" (firmographic.employees) has "lots", which is not a number; column "Annual Revenue" (firmographic.annualRevenue) has "five million", which is not a number; column "Last Activity Date" (behavioral.lastActivityAt) has "2026-11-31", which is not a date (ISO 8601) that exists',
    );
  });

  it("writes rejected rows to --rejects instead of the output", () => {
    const rejects = join(dir, "rejects.csv");
    const run = runCli(["score", "--icp", ICP, "--rejects", rejects, BAD]);
    expect(run.code).toBe(0);
    expect(csvObjects(run.stdout).map((row) => row["Record ID"])).toEqual(["1", "3", "5"]);
    const rejected = readCsv(readFileSync(rejects, "utf8"));
    expect(rejected[0]).toEqual(["line", "error", "Record ID", "Company name", "Industry", "Number of Employees"]);
    expect(rejected[1]).toEqual(["3", "expected 4 columns, got 5", "2", "Too Many", "Software", "120", "extra"]);
    expect(rejected[2]).toEqual(["6", "expected 4 columns, got 2", "4", "Too Few"]);
    expect(run.stderr).toMatch(/2 rejected \(written to .*rejects\.csv\)/);
    // JSONL rejects keep the cells as read too: a short row is not padded, a long one keeps its extra cell.
    const jsonl = join(dir, "rejects-width.jsonl");
    expect(runCli(["score", "--icp", ICP, "--rejects", jsonl, BAD]).code).toBe(0);
    const records = readFileSync(jsonl, "utf8").trim().split("\n").map((line) => (JSON.parse(line) as { record?: unknown }).record);
    expect(records[0]).toEqual({ "Record ID": "2", "Company name": "Too Many", Industry: "Software", "Number of Employees": "120", column_5: "extra" });
    expect(records[1]).toEqual({ "Record ID": "4", "Company name": "Too Few" });
  });

  it("reports unparsable JSONL lines, keeps the others, and writes JSONL rejects", () => {
    const rejects = join(dir, "rejects.jsonl");
    const run = runCli(["score", "--icp", ICP, "--rejects", rejects, join(FIXTURES, "leads.jsonl")]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/line 3: not valid JSON/);
    expect(run.stderr).toMatch(/line 4: expected a JSON object, got an array/);
    const out = run.stdout.trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(out.map((row) => row["id"])).toEqual(["j1", "j2", "j5"]);
    // Objects of another shape are mapped by their own keys.
    expect(out[2]?.["icp_tier"]).toBe("primary");
    const rejected = readFileSync(rejects, "utf8").trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rejected).toEqual([
      expect.objectContaining({ line: 3, raw: "{not json}" }),
      expect.objectContaining({ line: 4, raw: "[1,2]" }),
    ]);
  });

  it("prints the path of every problem in an invalid ICP and exits 1", () => {
    const run = runCli(["score", "--icp", join(FIXTURES, "invalid-icp.json"), LEADS]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("rules[0].field");
    expect(run.stderr).toContain("rules[1].value");
    expect(run.stdout).toBe("");
  });

  it("exits 1 for a missing input file and for an ICP that is not JSON", () => {
    const missing = runCli(["score", "--icp", ICP, join(dir, "nope.csv")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*nope\.csv: no such file/);
    const notJson = join(dir, "not-json.json");
    writeFileSync(notJson, "{ id: ");
    const bad = runCli(["score", "--icp", notJson, LEADS]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/is not valid JSON/);
    const truncated = join(dir, "truncated.json");
    writeFileSync(truncated, '[{"Industry": "Software"},');
    const cut = runCli(["score", "--icp", ICP, truncated]);
    expect(cut.code).toBe(1);
    expect(cut.stderr).toBe(`icpfit score: ${truncated} is not valid JSON (Unexpected end of JSON input)\n`);
  });

  it("exits 2 for usage mistakes, each told once in plain words", () => {
    const cases: [string[], string][] = [
      [["score", LEADS], 'icpfit score: needs --icp <file> (an ICP JSON file; "icpfit init" writes a starter).'],
      [["score", "--icp", ICP, "--bogus", LEADS], 'icpfit score: unknown option --bogus (a file name that starts with "-" goes after "--": -- --bogus)'],
      [["score", "--icp", ICP, "--format", "xml", LEADS], 'icpfit score: --format expects csv, jsonl or json, got "xml"'],
      [["score", "--icp", ICP, "--output-format", "xml", LEADS], 'icpfit score: --output-format expects csv, jsonl or json, got "xml"'],
      [["score", "--icp", ICP, LEADS, LEADS], `icpfit score: expects an input file, got 2 arguments: ${LEADS} ${LEADS}`],
      [["score", "--icp", "-", "-"], "icpfit score: --icp - and the input would both read stdin; name a file for one of them"],
      [["score", "--icp", ICP, "--out", join(dir, "scored.xml"), LEADS], `icpfit score: --out ${join(dir, "scored.xml")}: ".xml" names no format icpfit writes; end it in .csv, .jsonl or .json, or pass --output-format`],
      // The clock is read, and said so, only once the options are known to be usable.
      [["score", "--icp", "examples/icp.json", "--output-format", "xml", LEADS], 'icpfit score: --output-format expects csv, jsonl or json, got "xml"'],
    ];
    for (const [args, message] of cases) {
      const run = runCli(args);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr.split("\n")[0]).toBe(message);
    }
  });

  it("refuses to score a scored file again under the same column names (exit 2), and scores it with --prefix", () => {
    const scored = join(dir, "scored-once.csv");
    expect(runCli(["score", "--icp", ICP, "--out", scored, LEADS]).code).toBe(0);
    for (const threads of ["0", "2"]) {
      const again = runCli(["score", "--icp", ICP, "--threads", threads, scored]);
      expect(again.code).toBe(2);
      expect(again.stderr).toMatch(/the input already has "icp_score", "icp_tier", .*pass --prefix/);
      expect(again.stdout).toBe("");
    }
    const later = runCli(["score", "--icp", ICP, "--output-format", "jsonl", "-"], { input: '{"Industry":"Software"}\n{"Industry":"Software","icp_score":5}\n' });
    expect(later.code).toBe(2);
    expect(later.stderr).toContain('the input already has "icp_score" (in a later record): it looks scored already');
    const beside = runCli(["score", "--icp", ICP, "--prefix", "new_", scored]);
    expect(beside.code).toBe(0);
    expect(readCsv(beside.stdout)[0]?.filter((name) => name.endsWith("_score"))).toEqual(["icp_score", "new_score"]);
  });

  it("keeps every cell of a header with repeated or empty names in JSON output, and says how it keys them", () => {
    const run = runCli(["score", "--icp", ICP, "--output-format", "jsonl", "-"], { input: "Employees,Employees,,Industry\n1,2,3,Software\n" });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ Employees: "1", Employees_2: "2", column_3: "3", Industry: "Software" });
    expect(run.stderr).toContain('JSON output keys column 2 ("Employees") as "Employees_2", column 3 ("") as "column_3"');
    const csv = runCli(["score", "--icp", ICP, "-"], { input: "Employees,Employees,,Industry\n1,2,3,Software\n" });
    expect(csv.stderr).toContain("the header has empty or repeated names; a mapping reads the first column of a name\n");
    expect(run.stderr).toMatch(/icpfit: 1 row read, 1 scored/);
  });
});

describe("icpfit score: progress", () => {
  it("writes progress to stderr only, when forced with --progress", () => {
    const big = join(dir, "big.csv");
    const lines = ["Industry,Employees"];
    for (let index = 0; index < 60_000; index++) lines.push(index % 2 === 0 ? "Software,120" : "Retail,5");
    writeFileSync(big, `${lines.join("\n")}\n`);
    const quiet = runCli(["score", "--icp", ICP, "--no-progress", big]);
    const loud = runCli(["score", "--icp", ICP, "--progress", big]);
    expect(loud.stdout).toBe(quiet.stdout);
    expect(quiet.stderr).not.toMatch(/rows\/s, [\d.]+%/);
    expect(loud.stderr).toMatch(/icpfit: 60,000 rows, [\d,]+ rows\/s, 100\.0%, ETA/);
    expect(existsSync(big)).toBe(true);
    expect(csvObjects(loud.stdout)).toHaveLength(60_000);
  });
});

describe("icpfit score: --threads", () => {
  /** A seeded CSV of `count` rows mixing clean rows, quoted cells, line breaks in cells, bad quotes, wrong widths and blank lines. */
  function mixedCsv(count: number, newline: string): string {
    let seed = 20261123;
    const next = (): number => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed / 2 ** 32;
    };
    const industries = ["Software", "SaaS", "Retail", "Internet", "Healthcare", "Soft\"ware"];
    const lines = ["Record ID,Company name,Industry,Number of Employees,Annual Revenue,Country/Region,Technologies"];
    for (let index = 0; index < count; index++) {
      const pick = next();
      const industry = industries[Math.floor(next() * industries.length)] as string;
      const employees = pick < 0.05 ? "lots" : String(Math.floor(next() * 900));
      if (pick < 0.01) lines.push(`${index},"Unclosed ${index},${industry},${employees},,,`);
      else if (pick < 0.02) lines.push(`${index},"Bad" quotes,${industry},${employees},,,`);
      else if (pick < 0.03) lines.push(`${index},Too few`);
      else if (pick < 0.04) lines.push("");
      else if (pick < 0.3) lines.push(`${index},"Acme, ${index}${pick < 0.1 ? `${newline}Two lines` : ""}",${industry},"${employees}","$${Math.floor(next() * 50)}M",Germany,"Slack;Jira"`);
      else lines.push(`${index},Company ${index},${industry},${employees},${Math.floor(next() * 9e7)},United States,Slack`);
    }
    return `${lines.join(newline)}${newline}`;
  }
  const summary = (stderr: string): string => stderr.replace(/ in [\d.]+ s \([\d,]+ rows\/s\)/, "");

  it("writes byte for byte the output, rejects, row errors and summary of the main thread", () => {
    for (const [name, newline] of [["lf", "\n"], ["crlf", "\r\n"]] as const) {
      const input = join(dir, `mixed-${name}.csv`);
      writeFileSync(input, mixedCsv(name === "lf" ? 9000 : 3000, newline));
      for (const extra of [["--explain"], ["--strict", "--output-format", "jsonl", "--max-errors", "1000000"]]) {
        const runs = ["0", "2"].map((threads) => {
          const rejects = join(dir, `rejects-${name}.csv`);
          rmSync(rejects, { force: true });
          const run = runCli(["score", "--icp", ICP, "--now", "2026-11-23", "--threads", threads, ...(extra[0] === "--strict" ? ["--rejects", rejects] : []), ...extra, input]);
          return { ...run, rejects: existsSync(rejects) ? readFileSync(rejects, "utf8") : "" };
        });
        const [main, threaded] = runs as [(typeof runs)[0], (typeof runs)[0]];
        expect(threaded.code).toBe(main.code);
        expect(threaded.stdout).toBe(main.stdout);
        expect(threaded.rejects).toBe(main.rejects);
        expect(summary(threaded.stderr)).toBe(summary(main.stderr));
        expect(main.stderr).toMatch(/line \d+: malformed quotes/);
        expect(main.stderr).toMatch(/line \d+: expected 7 columns, got 2/);
      }
    }
  });

  it("gives the main thread's output for an empty input, a header alone and a last line without a break", () => {
    for (const input of ["", "Industry,Employees\n", "\uFEFFIndustry,Employees\r\nSoftware,120"]) {
      const main = runCli(["score", "--icp", ICP, "--now", "2026-11-23", "--threads", "0", "-"], { input });
      const threaded = runCli(["score", "--icp", ICP, "--now", "2026-11-23", "--threads", "2", "-"], { input });
      expect(threaded.code).toBe(main.code);
      expect(threaded.stdout).toBe(main.stdout);
    }
  });

  it("says when --threads does not apply, and scores on the main thread", () => {
    const run = runCli(["score", "--icp", ICP, "--threads", "2", "--output-format", "json", LEADS]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("--threads applies to CSV or JSONL input with CSV or JSONL output; scoring on the main thread");
    expect(JSON.parse(run.stdout)).toHaveLength(csvObjects(readFileSync(LEADS, "utf8")).length);
    expect(runCli(["score", "--icp", ICP, "--threads", "65", LEADS]).code).toBe(2);
  });
});
