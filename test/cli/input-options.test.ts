import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_ROW_DEPTH } from "../../src/cli/io/input-limits.js";
import { ensureBuilt, FIXTURES, readCsv, runCli, tempDir } from "./helpers.js";

const ICP = join(FIXTURES, "icp.json");
const NOW = ["--now", "2026-11-23"];
let dir = "";

beforeAll(() => {
  ensureBuilt();
  dir = tempDir("input");
});

const deepObject = (levels: number): string => `${'{"a":'.repeat(levels)}1${"}".repeat(levels)}`;

describe("icpfit: rows nested too deep", () => {
  it("reports a JSONL row nested 5,000 deep as invalid with its line, and scores the rows around it, in every output format", () => {
    const input = join(dir, "deep.jsonl");
    writeFileSync(input, `{"Industry": "Software"}\n{"Industry": "Retail", "x": ${deepObject(5000)}}\n{"Industry": "Software"}\n`);
    for (const format of ["jsonl", "json", "csv"]) {
      const run = runCli(["score", "--icp", ICP, ...NOW, "--output-format", format, input]);
      expect(run.code).toBe(0);
      expect(run.stderr).toContain(`icpfit: line 2: nested deeper than ${MAX_ROW_DEPTH} levels of objects and arrays`);
      expect(run.stderr).toContain("3 rows read, 2 scored, 1 rejected");
    }
    const rejects = join(dir, "deep-rejects.jsonl");
    const run = runCli(["score", "--icp", ICP, ...NOW, "--rejects", rejects, input]);
    expect(run.stdout.trim().split("\n")).toHaveLength(2);
    expect(JSON.parse(readFileSync(rejects, "utf8"))).toMatchObject({ line: 2, error: expect.stringMatching(/^nested deeper/) });
  });

  it("leaves a deep row out of profile and evaluate, saying which", () => {
    const input = join(dir, "deep-outcomes.jsonl");
    const rows = Array.from({ length: 12 }, (_, index) => JSON.stringify({ Industry: index % 2 === 0 ? "Software" : "Retail", Converted: index % 2 === 0 ? 1 : 0 }));
    rows.splice(3, 0, `{"Industry": "Software", "Converted": 1, "x": ${deepObject(5000)}}`);
    writeFileSync(input, `${rows.join("\n")}\n`);
    const profile = runCli(["profile", "--json", input]);
    expect(profile.code).toBe(0);
    expect(profile.stderr).toContain("line 4: nested deeper than");
    expect((JSON.parse(profile.stdout) as { n: number }).n).toBe(12);
    const evaluate = runCli(["evaluate", "--icp", ICP, ...NOW, "--outcome", "Converted", "--json", input]);
    expect(evaluate.code).toBe(0);
    expect(evaluate.stderr).toContain("line 4: nested deeper than");
  });
});

describe("icpfit: JSON array input", () => {
  it("names rows by item, with their line, in messages and in the rejects file (CSV and JSONL)", () => {
    const input = join(dir, "items.json");
    writeFileSync(input, '[\n  {"Industry": "Software"},\n  null,\n  {"Industry": tru},\n  {"Industry": "Retail"}\n]\n');
    const csvRejects = join(dir, "items-rejects.csv");
    const run = runCli(["score", "--icp", ICP, ...NOW, "--rejects", csvRejects, input]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("icpfit: item 2: expected a JSON object, got null (line 3)");
    expect(run.stderr).toMatch(/icpfit: item 3: not valid JSON at line 4: /);
    expect(readCsv(readFileSync(csvRejects, "utf8")).map((row) => row.slice(0, 3))).toEqual([
      ["item", "error", "Industry"],
      ["2", "expected a JSON object, got null (line 3)", "null"],
      ["3", expect.stringMatching(/^not valid JSON at line 4/), '{"Industry": tru}'],
    ]);
    const jsonlRejects = join(dir, "items-rejects.jsonl");
    runCli(["score", "--icp", ICP, ...NOW, "--rejects", jsonlRejects, input]);
    expect(JSON.parse(readFileSync(jsonlRejects, "utf8").split("\n")[0] ?? "")).toEqual({ item: 2, error: "expected a JSON object, got null (line 3)", raw: "null" });
    const kept = runCli(["score", "--icp", ICP, ...NOW, "--output-format", "jsonl", input]);
    expect(JSON.parse(kept.stdout.split("\n")[1] ?? "")).toMatchObject({ item: 2, raw: "null", icp_tier: "invalid" });
  });

  it("says got null for a JSONL null line", () => {
    const run = runCli(["score", "--icp", ICP, ...NOW, "--format", "jsonl", "-"], { input: '{"Industry": "Software"}\nnull\n' });
    expect(run.stderr).toContain("icpfit: line 2: expected a JSON object, got null");
  });
});
