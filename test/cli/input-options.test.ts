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

/** Bytes of a Windows-1252 export: "Café" and "Bäcker" with é = 0xE9, ä = 0xE4. */
const WINDOWS_1252 = Buffer.concat([
  Buffer.from("Company,Industry,Employees\r\nAcme,Software,120\r\n"),
  Buffer.from([0x43, 0x61, 0x66, 0xe9]),
  Buffer.from(" Soft,Software,80\r\n"),
  Buffer.from([0x42, 0xe4, 0x63, 0x6b, 0x65, 0x72]),
  Buffer.from(",Retail,5\r\n"),
]);

describe("icpfit: input encodings", () => {
  it("refuses Windows-1252 bytes read as UTF-8 (exit 2) naming the line and --encoding, and reads them with --encoding windows-1252", () => {
    const input = join(dir, "excel.csv");
    writeFileSync(input, WINDOWS_1252);
    const refused = runCli(["score", "--icp", ICP, ...NOW, input]);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toContain(`${input} is not UTF-8 text: line 3 holds byte 0xE9, which UTF-8 does not allow there`);
    expect(refused.stderr).toContain("pass --encoding windows-1252");
    for (const encoding of ["windows-1252", "latin1", "cp1252"]) {
      const run = runCli(["score", "--icp", ICP, ...NOW, "--encoding", encoding, input]);
      expect(run.code).toBe(0);
      expect(readCsv(run.stdout).map((row) => row[0])).toEqual(["Company", "Acme", "Café Soft", "Bäcker"]);
    }
    const profile = runCli(["profile", "--encoding", "windows-1252", "--json", input]);
    expect(profile.code).toBe(0);
    expect(runCli(["profile", input]).code).toBe(2);
  });

  it("reads Windows-1252 JSONL and JSON, from a file or stdin", () => {
    const jsonl = Buffer.concat([Buffer.from('{"Company": "Caf'), Buffer.from([0xe9]), Buffer.from('", "Industry": "Software"}\n')]);
    const run = runCli(["score", "--icp", ICP, ...NOW, "--encoding", "windows-1252", "--format", "jsonl", "-"], { input: jsonl });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ Company: "Café" });
    const json = join(dir, "excel.json");
    writeFileSync(json, Buffer.concat([Buffer.from("["), jsonl.subarray(0, -1), Buffer.from("]")]));
    expect(JSON.parse(runCli(["score", "--icp", ICP, ...NOW, "--encoding", "latin1", json]).stdout)).toMatchObject([{ Company: "Café" }]);
    expect(runCli(["score", "--icp", ICP, ...NOW, json]).stderr).toContain("line 1 holds byte 0xE9");
  });

  it("reads UTF-16 with a byte order mark, in either byte order, without --encoding, for every command", () => {
    const text = "Company,Industry,Employees,Converted\r\nCafé 😀,Software,120,1\r\nBäcker,Retail,5,0\r\n";
    const little = join(dir, "utf16le.csv");
    writeFileSync(little, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const big = join(dir, "utf16be.csv");
    writeFileSync(big, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]));
    for (const input of [little, big]) {
      const run = runCli(["score", "--icp", ICP, ...NOW, input]);
      expect(run.code).toBe(0);
      expect(readCsv(run.stdout).map((row) => row[0])).toEqual(["Company", "Café 😀", "Bäcker"]);
      expect(runCli(["evaluate", "--icp", ICP, ...NOW, "--outcome", "Converted", "--json", input]).code).toBe(0);
    }
    expect(runCli(["score", "--icp", ICP, ...NOW, "-"], { input: readFileSync(big) }).stdout).toContain("Café 😀");
    // The mark contradicts the encoding asked for: refused, not misread.
    const contradicted = runCli(["score", "--icp", ICP, ...NOW, "--encoding", "utf-8", little]);
    expect(contradicted.code).toBe(2);
    expect(contradicted.stderr).toContain("the input starts with a UTF-16LE byte order mark");
    // Without a mark, UTF-16 looks binary (NUL bytes): the message says what to pass.
    const bare = join(dir, "utf16-bare.csv");
    writeFileSync(bare, Buffer.from(text, "utf16le"));
    const refused = runCli(["score", "--icp", ICP, ...NOW, bare]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("needs --encoding utf-16le");
    expect(runCli(["score", "--icp", ICP, ...NOW, "--encoding", "utf-16le", bare]).stdout).toContain("Bäcker");
  });
});

describe("icpfit: compressed and binary input", () => {
  it("reads gzip by its magic bytes, whatever the name, from a file or stdin", async () => {
    const { gzipSync } = await import("node:zlib");
    const csv = readFileSync(join(FIXTURES, "leads.csv"));
    const plain = runCli(["score", "--icp", ICP, ...NOW, "-q", join(FIXTURES, "leads.csv")]).stdout;
    for (const name of ["leads.csv.gz", "leads-gz.csv"]) {
      const input = join(dir, name);
      writeFileSync(input, gzipSync(csv));
      const run = runCli(["score", "--icp", ICP, ...NOW, "-q", "--format", "csv", input]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(plain);
    }
    expect(runCli(["score", "--icp", ICP, ...NOW, "-q", "-"], { input: gzipSync(csv) }).stdout).toBe(plain);
    const damaged = join(dir, "damaged.csv.gz");
    writeFileSync(damaged, gzipSync(csv).subarray(0, 60));
    const run = runCli(["score", "--icp", ICP, ...NOW, "--format", "csv", damaged]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${damaged}: the gzip data cannot be read`);
  });

  it("refuses binary input (exit 2) instead of scoring noise", async () => {
    const { randomBytes } = await import("node:crypto");
    const random = join(dir, "random.csv");
    writeFileSync(random, Buffer.concat([randomBytes(4000), Buffer.from([0])]));
    const run = runCli(["score", "--icp", ICP, ...NOW, random]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/is not (text|UTF-8 text): line \d+ holds/);
    const workbook = join(dir, "leads.xlsx");
    writeFileSync(workbook, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(100)]));
    const xlsx = runCli(["score", "--icp", ICP, ...NOW, "--format", "csv", workbook]);
    expect(xlsx.code).toBe(2);
    expect(xlsx.stderr).toContain("is a ZIP archive (an .xlsx workbook is one): export it as CSV first");
  });
});

describe("icpfit: reading the input the way it is written", () => {
  it("reads a ;- or tab-separated file by its header when --delimiter is not given, and says so", () => {
    const rows = [["Company", "Industry", "Employees"], ["Acme, Inc", "Software", "120"], ["Beta", "Retail", "5"]];
    for (const [delimiter, said] of [[";", '";"'], ["\t", "tab"]] as const) {
      const input = join(dir, `separated-${said.length}.csv`);
      writeFileSync(input, `${rows.map((row) => row.join(delimiter)).join("\n")}\n`);
      const run = runCli(["score", "--icp", ICP, ...NOW, input]);
      expect(run.code).toBe(0);
      expect(run.stderr).toContain(`icpfit: the header is ${said}-separated: reading with --delimiter ${said} (pass --delimiter to choose)`);
      expect(run.stdout.split("\n")[1]).toMatch(new RegExp(`^Acme, Inc${delimiter}Software${delimiter}120${delimiter}\\d+`));
      expect(runCli(["score", "--icp", ICP, ...NOW, "-q", input]).stderr).toBe("");
    }
  });

  it("reads a stdin CSV whose header starts with { as CSV, and a first line that is a JSON object as JSONL", () => {
    const csv = runCli(["score", "--icp", ICP, ...NOW, "-"], { input: "{id},Industry\n1,Software\n2,Retail\n" });
    expect(csv.code).toBe(0);
    expect(readCsv(csv.stdout)[0]?.slice(0, 2)).toEqual(["{id}", "Industry"]);
    expect(csv.stderr).toContain("2 rows read, 2 scored, 0 rejected");
    const jsonl = runCli(["score", "--icp", ICP, ...NOW, "-"], { input: '{"Industry": "Software"}\n' });
    expect(JSON.parse(jsonl.stdout)).toMatchObject({ Industry: "Software" });
  });

  it("warns when most rows are rejected", () => {
    const input = join(dir, "mostly-bad.csv");
    writeFileSync(input, "Company,Industry\nAcme,Software\nBeta,Retail,extra\nGamma,x,y\n");
    const run = runCli(["score", "--icp", ICP, ...NOW, input]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("icpfit: warning: most rows were rejected (2 of 3); if the input is read the wrong way, check --format, --delimiter and --encoding");
    expect(runCli(["profile", input]).stderr).toContain("most rows were rejected (2 of 3)");
    expect(runCli(["score", "--icp", ICP, ...NOW, join(FIXTURES, "leads.csv")]).stderr).not.toContain("most rows");
  });
});
