import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { compileIcp } from "../../src/index.js";
import { parallelCsvScorer } from "../../src/cli/score/parallel.js";
import { resultColumns } from "../../src/cli/score/result-columns.js";
import { newStats } from "../../src/cli/score/stats.js";
import { FIXTURES } from "./helpers.js";

describe("parallelCsvScorer", () => {
  it("fails the run with a worker's error instead of hanging or dropping rows", async () => {
    const dir = mkdtempSync(join(tmpdir(), "icpfit-parallel-"));
    const worker = join(dir, "failing-worker.mjs");
    writeFileSync(worker, 'import { parentPort } from "node:worker_threads";\nparentPort.on("message", () => { throw new Error("boom in worker"); });\n');
    const scorer = compileIcp(JSON.parse(readFileSync(join(FIXTURES, "icp.json"), "utf8")) as Parameters<typeof compileIcp>[0]);
    const columnOptions = { prefix: "icp_", reasons: 3, explain: false };
    const stats = newStats();
    const reported: string[] = [];
    const stage = parallelCsvScorer({
      scorer,
      now: Date.UTC(2026, 10, 23),
      format: "csv",
      delimiter: ",",
      columns: resultColumns(scorer, columnOptions),
      resolve: () => ({ "firmographic.industry": "Industry" }),
      missingValues: [],
      strict: false,
      hasRejects: false,
      rejectsFormat: "csv",
      stats,
      errors: { report: (line, reason) => reported.push(`${line}: ${reason}`) },
      threads: 2,
      workerUrl: pathToFileURL(worker),
      icp: scorer.icp,
      columnOptions,
      rejects: undefined,
    });
    // Two chunks: the first (with the header) is scored on this thread, the second goes to a worker.
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
    expect(written.split("\n")[1]).toMatch(/^Software,120,/);
    expect(stats.read).toBe(1);
  });
});
