import { existsSync, linkSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { csvObjects, ensureBuilt, FIXTURES, ROOT, runCli, tempDir } from "./helpers.js";

const BAD = join(FIXTURES, "bad-rows.csv");
let dir = "";
let icp = "";
let icpText = "";

beforeAll(() => {
  ensureBuilt();
  dir = tempDir("score-options");
  icpText = readFileSync(join(FIXTURES, "icp.json"), "utf8");
  icp = join(dir, "icp.json");
  writeFileSync(icp, icpText);
});

describe("icpfit score: --out and --rejects never erase what the run reads", () => {
  it("refuses an --out or --rejects naming the ICP, however the path is written (exit 2, the ICP left whole)", () => {
    const symlink = join(dir, "icp-link.json");
    const hardlink = join(dir, "icp-hard.json");
    symlinkSync(icp, symlink);
    linkSync(icp, hardlink);
    const spellings = [icp, relative(ROOT, icp), join(dir, ".", "sub", "..", "icp.json"), symlink, hardlink];
    for (const option of ["--out", "--rejects"]) {
      for (const target of spellings) {
        const run = runCli(["score", "--icp", icp, option, target, BAD]);
        expect(run.code, `${option} ${target}`).toBe(2);
        expect(run.stderr).toContain(`${option} must name a different file than the ICP (--icp) (writing it would erase the ICP)`);
        expect(readFileSync(icp, "utf8")).toBe(icpText);
      }
    }
  });

  it("refuses an output naming the --map file, and --rejects naming --out under another spelling", () => {
    const map = join(dir, "mapping.json");
    writeFileSync(map, '{"firmographic.industry": "Industry"}');
    const run = runCli(["score", "--icp", icp, "--map", map, "--out", map, BAD]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--out must name a different file than the mapping file (--map)");
    const out = join(dir, "scored.csv");
    const same = runCli(["score", "--icp", icp, "--out", out, "--rejects", relative(ROOT, out), BAD]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("--rejects must name a different file than --out");
  });

  it("refuses --rejects - when the output goes to stdout too, and takes it with --out", () => {
    const run = runCli(["score", "--icp", icp, "--rejects", "-", BAD]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--rejects - and the output (no --out) would both write stdout");
    expect(runCli(["score", "--icp", icp, "--out", "-", "--rejects", "-", BAD]).stderr).toContain("--rejects - and --out - would both write stdout");
    const out = join(dir, "scored-beside-stdout.csv");
    const split = runCli(["score", "--icp", icp, "--quiet", "--out", out, "--rejects", "-", BAD]);
    expect(split.code).toBe(0);
    expect(split.stdout.split("\n")[0]).toBe("line,error,Record ID,Company name,Industry,Number of Employees");
  });
});

describe("icpfit score: --rejects follows the extension rules of --out", () => {
  it("writes a JSON array to a .json rejects file, on one thread or more", () => {
    let first = "";
    for (const threads of [[], ["--threads", "2"]]) {
      const rejects = join(dir, `rejects-${threads.length}.json`);
      const run = runCli(["score", "--icp", icp, "--quiet", ...threads, "--rejects", rejects, BAD]);
      expect(run.code).toBe(0);
      const text = readFileSync(rejects, "utf8");
      const entries = JSON.parse(text) as Array<Record<string, unknown>>;
      expect(entries.map((entry) => [entry["line"], entry["error"]])).toEqual([
        [3, "expected 4 columns, got 5"],
        [6, "expected 4 columns, got 2"],
      ]);
      expect(text).toBe(`[\n${entries.map((entry) => JSON.stringify(entry)).join(",\n")}\n]\n`);
      first ||= text;
      expect(text).toBe(first);
    }
  });

  it("writes [] to a .json rejects file when no row is rejected", () => {
    const rejects = join(dir, "none.json");
    const run = runCli(["score", "--icp", icp, "--quiet", "--rejects", rejects, join(FIXTURES, "leads.csv")]);
    expect(run.code).toBe(0);
    expect(readFileSync(rejects, "utf8")).toBe("[]\n");
  });

  it.runIf(existsSync("/dev/full"))("reports a .json rejects file on a full disk as a failing --rejects (exit 1)", () => {
    const full = join(dir, "full.json");
    symlinkSync("/dev/full", full);
    for (const [threads, input] of [[[], BAD], [["--threads", "2"], BAD], [[], join(FIXTURES, "leads.csv")]] as const) {
      const run = runCli(["score", "--icp", icp, "--quiet", ...threads, "--rejects", full, input]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`cannot write ${full}: no space left on device`);
    }
  });

  it("refuses an extension that names no format (exit 2), before writing anything", () => {
    const rejects = join(dir, "rejects.dat");
    const run = runCli(["score", "--icp", icp, "--rejects", rejects, BAD]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--rejects ${rejects}: ".dat" names no format icpfit writes; end it in .csv, .jsonl or .json`);
    expect(run.stdout).toBe("");
  });

  it("reads .txt as CSV and .ndjson as JSON Lines, and writes a name without an extension in the input's format", () => {
    const cases: Array<[name: string, input: string, check: (text: string) => void]> = [
      ["rejects.txt", BAD, (text) => expect(text.startsWith("line,error,Record ID")).toBe(true)],
      ["rejects.ndjson", BAD, (text) => expect(JSON.parse(text.split("\n")[0] ?? "")).toMatchObject({ line: 3 })],
      ["rejects-csv", BAD, (text) => expect(csvObjects(text)[0]).toMatchObject({ line: "3" })],
      ["rejects-jsonl", join(FIXTURES, "leads.jsonl"), (text) => expect(JSON.parse(text.split("\n")[0] ?? "")).toMatchObject({ line: 3 })],
    ];
    for (const [name, input, check] of cases) {
      const rejects = join(dir, name);
      const run = runCli(["score", "--icp", icp, "--quiet", "--rejects", rejects, input]);
      expect(run.code, name).toBe(0);
      check(readFileSync(rejects, "utf8"));
    }
  });
});

describe("icpfit score: --now", () => {
  it("refuses epoch seconds with both readings (exit 2) and takes epoch milliseconds", () => {
    const run = runCli(["score", "--icp", "examples/icp.json", "--now", "1764547200", "examples/leads.csv"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("as epoch seconds it is 2025-12-01T00:00:00.000Z, as epoch milliseconds 1970-01-21T10:09:07.200Z");
    expect(run.stdout).toBe("");
    const ms = runCli(["score", "--icp", "examples/icp.json", "--now", "1764547200000", "examples/leads.csv"]);
    const iso = runCli(["score", "--icp", "examples/icp.json", "--now", "2025-12-01T00:00:00Z", "examples/leads.csv"]);
    expect(ms.code).toBe(0);
    expect(ms.stdout).toBe(iso.stdout);
  });
});
