import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { compileIcp } from "../../src/index.js";
import { parallelScorer } from "../../src/cli/score/parallel.js";
import { resultColumns } from "../../src/cli/score/result-columns.js";
import { newStats } from "../../src/cli/score/stats.js";
import { ensureBuilt, FIXTURES, runCli, tempDir } from "./helpers.js";

const ICP = join(FIXTURES, "icp.json");
let dir = "";

beforeAll(() => {
  ensureBuilt();
  dir = tempDir("parallel");
});

/** A seeded random source (an LCG), so that every run writes the same input. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Stderr without the run's speed, which differs between runs. */
const summary = (stderr: string): string => stderr.replace(/ in [\d.]+ s \([\d,]+ rows\/s\)/, "");

/** Runs `score` on one thread and on `threads`, and expects the same exit code, output, rejects and stderr. */
function expectSameRuns(input: string, extra: readonly string[], options: { rejects?: string; threads?: string } = {}): string {
  const runs = ["0", options.threads ?? "2"].map((threads) => {
    const rejects = options.rejects === undefined ? undefined : join(dir, `rejects${options.rejects}`);
    if (rejects !== undefined) rmSync(rejects, { force: true });
    const run = runCli(["score", "--icp", ICP, "--now", "2026-11-23", "--threads", threads, ...(rejects === undefined ? [] : ["--rejects", rejects]), ...extra, input]);
    return { ...run, stderr: summary(run.stderr), rejects: rejects !== undefined && existsSync(rejects) ? readFileSync(rejects, "utf8") : "" };
  });
  const [main, threaded] = runs as [(typeof runs)[0], (typeof runs)[0]];
  expect(threaded.code).toBe(main.code);
  expect(threaded.stderr).toBe(main.stderr);
  expect(threaded.stdout === main.stdout).toBe(true); // not toBe: a diff of megabytes helps no one
  expect(threaded.rejects === main.rejects).toBe(true);
  return main.stderr;
}

describe("icpfit score --threads: CSV cut into byte ranges", () => {
  /*
   * Quoted cells holding up to 7 line breaks between lines without quotes (so the main thread's
   * choice of a cut is wrong now and then and the workers must read records again), one cell of
   * ~300 KiB crossing several ranges, stray and bad quotes, wrong widths, blank lines, and an
   * unclosed quote near the end.
   */
  function notesCsv(count: number, newline: string): string {
    const next = seeded(20261204);
    const lines = ["Record ID,Company name,Industry,Number of Employees,Notes,Technologies"];
    for (let index = 0; index < count; index++) {
      const pick = next();
      const industry = ["Software", "SaaS", "Retail", "Internet", "Government"][Math.floor(next() * 5)] as string;
      const employees = pick < 0.03 ? "lots" : String(Math.floor(next() * 900));
      if (pick < 0.3) {
        const notes = Array.from({ length: 1 + Math.floor(next() * 8) }, (_, line) => `note ${index}.${line}${next() < 0.1 ? ' said ""hi""' : ""}`);
        lines.push(`${index},Co ${index},${industry},${employees},"${notes.join(newline)}","Slack;Jira"`);
      } else if (pick < 0.31) lines.push(`${index},"Bad" quotes,${industry},${employees},,`);
      else if (pick < 0.32) lines.push(`${index},5'10" tall,${industry},${employees},,Slack`);
      else if (pick < 0.33) lines.push(`${index},Too few`);
      else if (pick < 0.34) lines.push("");
      else lines.push(`${index},Company ${index},${industry},${employees},,Slack`);
      if (index === Math.floor(count / 3)) lines.push(`big,Big Co,Software,120,"${Array.from({ length: 6000 }, (_, line) => `line ${line} of a long note`).join(newline)}",Jira`);
    }
    lines.push(`${count},"Unclosed,Software,5,,`, `${count + 1},After,Software,5,,`);
    return `${lines.join(newline)}${newline}`;
  }

  it("writes byte for byte the output, rejects, row errors and summary of one thread", () => {
    for (const [name, newline] of [["lf", "\n"], ["crlf", "\r\n"]] as const) {
      const input = join(dir, `notes-${name}.csv`);
      writeFileSync(input, notesCsv(name === "lf" ? 12_000 : 4000, newline));
      const stderr = expectSameRuns(input, ["--explain", "--max-errors", "100000"]);
      expect(stderr).toMatch(/line \d+: malformed quotes/);
      expect(stderr).toMatch(/line \d+: unclosed quote/);
      expectSameRuns(input, ["--strict", "--output-format", "jsonl", "--max-errors", "5"], { rejects: ".jsonl" });
      expectSameRuns(input, [], { threads: "3" });
    }
  });

  it("reads a lone-CR file, a semicolon delimiter and blank lines before the header as one thread does", () => {
    const crlf = notesCsv(3000, "\r\n");
    const cr = join(dir, "notes-cr.csv");
    writeFileSync(cr, crlf.replaceAll("\r\n", "\r"));
    expectSameRuns(cr, []);
    const semicolon = join(dir, "notes-semicolon.csv");
    writeFileSync(semicolon, `\n\n${notesCsv(3000, "\n").replaceAll(",", ";")}`);
    expectSameRuns(semicolon, ["--delimiter", ";", "--explain"]);
  });

  it("reads Windows-1252 and gzip input as one thread does (the input is decoded before it is cut)", () => {
    const text = notesCsv(3000, "\r\n").replaceAll("Co ", "Café ");
    const latin = join(dir, "notes-1252.csv");
    writeFileSync(latin, Buffer.from(text, "latin1"));
    expect(expectSameRuns(latin, ["--encoding", "windows-1252"])).not.toContain("scoring on the main thread");
    const gzipped = join(dir, "notes.csv.gz");
    writeFileSync(gzipped, gzipSync(Buffer.from(text)));
    expectSameRuns(gzipped, []);
  });

  it("gives one thread's output for an empty input, a header alone and a last line without a break", () => {
    for (const text of ["", "\n\n", "Industry,Employees", "Industry,Employees\n", "\uFEFFIndustry,Employees\r\nSoftware,120", '"Industry\nName",Employees\nSoftware,5']) {
      const input = join(dir, "small.csv");
      writeFileSync(input, text);
      expectSameRuns(input, []);
    }
  });

  it("fails as one thread does on a header with bad quotes", () => {
    const input = join(dir, "bad-header.csv");
    writeFileSync(input, '"Name" Inc,Size\nAcme,5\n');
    expectSameRuns(input, []);
  });
});

describe("icpfit score --threads: JSON Lines", () => {
  /** Objects of a few shapes, some with keys the first lacks, invalid lines, arrays, blank lines. */
  function leadsJsonl(count: number, newline: string): string {
    const next = seeded(20261205);
    const lines = [];
    for (let index = 0; index < count; index++) {
      const pick = next();
      const industry = ["Software", "SaaS", "Retail", "Government"][Math.floor(next() * 4)];
      if (pick < 0.01) lines.push(`{not json ${index}`);
      else if (pick < 0.02) lines.push("[1, 2]");
      else if (pick < 0.03) lines.push("   ");
      else if (pick < 0.4) lines.push(JSON.stringify({ id: index, Industry: industry, "Number of Employees": `${Math.floor(next() * 900)}`, Notes: "a,\"b\"\nc" }));
      else if (pick < 0.5) lines.push(JSON.stringify({ id: index, Industry: industry, Extra: "Müller ✓", "Number of Employees": Math.floor(next() * 900) }));
      else lines.push(JSON.stringify({ id: index, firmographic: { industry, employees: Math.floor(next() * 900), country: "US" } }));
    }
    return `\uFEFF${lines.join(newline)}${newline}`;
  }

  it("writes byte for byte the output, rejects, row errors and summary of one thread", () => {
    for (const [name, newline] of [["lf", "\n"], ["crlf", "\r\n"]] as const) {
      const input = join(dir, `leads-${name}.jsonl`);
      writeFileSync(input, leadsJsonl(name === "lf" ? 20_000 : 3000, newline));
      const stderr = expectSameRuns(input, ["--max-errors", "100000"]);
      expect(stderr).toMatch(/line \d+: not valid JSON/);
      expect(stderr).not.toContain("scoring on the main thread");
      // CSV output keeps the first record's columns, and warns once about the others.
      const csv = expectSameRuns(input, ["--output-format", "csv", "--max-errors", "100000"]);
      expect(csv.match(/does not have/g)).toHaveLength(1);
      expectSameRuns(input, ["--strict", "--explain", "--max-errors", "3"], { rejects: ".csv" });
    }
  });

  it("reads a first chunk without a JSON object, and empty input, as one thread does", () => {
    for (const text of ["", "\n \n", "{bad\n{\"Industry\":\"Software\"}\n", "[]\n{\"Industry\":\"Software\"}"]) {
      const input = join(dir, "small.jsonl");
      writeFileSync(input, text);
      expectSameRuns(input, []);
    }
  });

  it("fails as one thread does on a later record that is scored already", () => {
    const input = join(dir, "scored-later.jsonl");
    const lines = Array.from({ length: 3000 }, (_, index) => JSON.stringify({ id: index, Industry: "Software" }));
    lines.push(JSON.stringify({ id: "x", Industry: "Software", icp_score: 5 }));
    writeFileSync(input, `${lines.join("\n")}\n`);
    const run = runCli(["score", "--icp", ICP, "--now", "2026-11-23", "--threads", "2", input]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the input already has "icp_score" (in a later record)');
    expect(runCli(["score", "--icp", ICP, "--now", "2026-11-23", input]).stderr).toContain('the input already has "icp_score" (in a later record)');
  });
});

describe("icpfit score --threads: records over the length limit", () => {
  it("reports a line or record over 8 Mi characters as one thread does, and reads on", () => {
    const long = "x".repeat(9 * 1024 * 1024);
    const jsonl = join(dir, "long.jsonl");
    writeFileSync(jsonl, `{"Industry":"Software"}\n{"Notes":"${long}"}\n{"Industry":"Retail"}\n`);
    expect(expectSameRuns(jsonl, [])).toMatch(/line 2: /);
    const csv = join(dir, "long.csv");
    writeFileSync(csv, `Industry,Notes\nSoftware,a\nRetail,"${long}"\nSaaS,b\nInternet,${long}\nSoftware,c\n`);
    expect(expectSameRuns(csv, [])).toMatch(/line 3: .*\n.*line 5: /);
  });
});

describe("parallelScorer", () => {
  it("fails the run with a worker's error instead of hanging or dropping rows", async () => {
    const workerDir = mkdtempSync(join(tmpdir(), "icpfit-parallel-"));
    const worker = join(workerDir, "failing-worker.mjs");
    writeFileSync(worker, 'import { parentPort } from "node:worker_threads";\nparentPort.on("message", () => { throw new Error("boom in worker"); });\n');
    const scorer = compileIcp(JSON.parse(readFileSync(ICP, "utf8")) as Parameters<typeof compileIcp>[0]);
    const columnOptions = { prefix: "icp_", reasons: 3, explain: false };
    const stats = newStats();
    const reported: string[] = [];
    const columns = resultColumns(scorer, columnOptions);
    const stage = parallelScorer({
      icp: scorer.icp,
      scorer,
      now: Date.UTC(2026, 10, 23),
      input: "csv",
      format: "csv",
      delimiter: ",",
      columns,
      resolve: () => ({ "firmographic.industry": "Industry" }),
      missingValues: [],
      strict: false,
      hasRejects: false,
      rejectsFormat: "csv",
      stats,
      errors: { report: (line: number, reason: string) => reported.push(`${line}: ${reason}`) },
      threads: 2,
      workerUrl: pathToFileURL(worker),
      columnOptions,
      mappingRequest: { request: { file: {}, fields: [], auto: true }, needed: scorer.fields, added: columns.names },
      rejects: undefined,
    });
    // The header is read on this thread and written; the rows go to the (failing) workers.
    const input = Readable.from([Buffer.from("Industry,Employees\nSoftware,120\n"), Buffer.from("Retail,5\nSaaS,80\n")]);
    let written = "";
    const sink = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        written += chunk.toString();
        callback();
      },
    });
    await expect(pipeline(input, stage.stream, sink)).rejects.toThrow("boom in worker");
    expect(stage.header()).toEqual(["Industry", "Employees"]);
    expect(written).toBe("Industry,Employees,icp_score,icp_tier,icp_confidence,icp_grade,icp_reasons\n");
    expect(stats.read).toBe(0);
  });
});
