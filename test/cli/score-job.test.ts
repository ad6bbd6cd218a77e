import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { compileIcp as realCompileIcp, type Icp } from "../../src/index.js";
import { createScoreJob, type ScoreJob, type ScoreJobResult, type ScoreJobSetup } from "../../src/cli/score/score-job.js";
import { FIXTURES } from "./helpers.js";

// Every compilation of an ICP goes through one of these two; the test counts them.
const compiled = vi.hoisted(() => ({ count: 0 }));
vi.mock("../../src/engine/compile.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/engine/compile.js")>();
  return {
    ...actual,
    compileIcp: (...args: Parameters<typeof actual.compileIcp>) => {
      compiled.count++;
      return actual.compileIcp(...args);
    },
    compileIcpFrom: (...args: Parameters<typeof actual.compileIcpFrom>) => {
      compiled.count++;
      return actual.compileIcpFrom(...args);
    },
  };
});

const icp: Icp = realCompileIcp(JSON.parse(readFileSync(join(FIXTURES, "icp.json"), "utf8")) as Parameters<typeof realCompileIcp>[0]).icp;
const ranges = new SharedArrayBuffer(2 * 4096);
const OUTPUT_SLOT = 256;
const outputs = new SharedArrayBuffer(2 * OUTPUT_SLOT);

/** A result's output text: in the job's output slot, or in bytes of its own. */
function outText(result: ScoreJobResult, slot = 1): string {
  if (result.outSlot < 0) return Buffer.from(result.out).toString();
  expect(result.out).toBe("");
  return Buffer.from(outputs, slot * OUTPUT_SLOT, result.outSlot).toString();
}

/** A job for `text`: in slot 1 of the shared ranges, or in bytes of its own. */
function job(id: number, text: string, line: number, last: boolean, own = false): ScoreJob {
  const bytes = Buffer.from(text);
  if (own) return { id, slot: -1, size: bytes.length, bytes: new Uint8Array(bytes), line, last };
  new Uint8Array(ranges, 4096, 4096).set(bytes);
  return { id, slot: 1, size: bytes.length, line, last };
}

function setup(input: "csv" | "jsonl"): ScoreJobSetup {
  return {
    icp,
    now: Date.UTC(2026, 10, 23),
    columnOptions: { prefix: "icp_", reasons: 1, explain: false },
    input,
    header: ["Industry", "Notes"],
    newline: "\n",
    mapping: { "firmographic.industry": "Industry" },
    mappingRequest: { request: { file: {}, fields: [], auto: true }, needed: ["firmographic.industry"], added: ["icp_score"] },
    format: "csv",
    delimiter: ",",
    missingValues: [],
    strict: false,
    hasRejects: false,
    rejectsFormat: "csv",
    ranges,
    slotSize: 4096,
    outputs,
    outputSize: OUTPUT_SLOT,
  };
}

describe("createScoreJob", () => {
  it("compiles the ICP once per worker, for CSV ranges and for JSON Lines ranges", () => {
    for (const input of ["csv", "jsonl"] as const) {
      compiled.count = 0;
      const run = createScoreJob(setup(input));
      const text = input === "csv" ? "Software,a\nRetail,b\n" : '{"Industry":"Software"}\n{"Industry":"Retail","Notes":"x"}\n';
      for (let id = 0; id < 3; id++) expect(run(job(id, text, 2 + 2 * id, false, id === 1)).read).toBe(2);
      expect(compiled.count).toBe(1);
    }
  });

  it("says where a record the range does not finish starts, and scores the records before it", () => {
    const run = createScoreJob(setup("csv"));
    const range = 'Software,"one\nline"\nRetail,"Müller\nopen\nstill\n';
    const result = run(job(7, range, 10, false));
    expect(result.id).toBe(7);
    expect(result.outSlot).toBeGreaterThan(0); // encoded into the range slot's output slot, not a buffer of its own
    expect(outText(result)).toMatch(/^Software,"one\nline",100,[a-z-]+,[\d.]+,,Tech industry \(\+30\)\n$/);
    expect(result.tail).toBe(Buffer.byteLength('Software,"one\nline"\n'));
    expect(result.tailLine).toBe(12);
    expect(result.bytes).toBeUndefined(); // the range stays in its slot, where the main thread reads it again
    const own = run(job(7, range, 10, false, true));
    expect([own.tail, own.tailLine, Buffer.from(own.bytes ?? []).toString()]).toEqual([result.tail, 12, range]);
    // Read again with what follows, from there, the record is whole.
    const again = run(job(8, 'Retail,"Müller\nopen\nstill\nclosed"\n', 12, false));
    expect(again.tail).toBe(-1);
    expect(outText(again)).toMatch(/^Retail,"Müller\nopen\nstill\nclosed",0,/);
  });

  it("encodes an output into its range's output slot when it fits, else into bytes of its own", () => {
    const run = createScoreJob(setup("csv"));
    const small = run(job(1, "Software,ü\n", 2, false));
    expect(outText(small)).toMatch(/^Software,ü,100,/);
    const rows = "Software,ü\n".repeat(10); // ~400 bytes of output: more than a slot holds
    const big = run(job(2, rows, 2, false));
    expect(big.outSlot).toBe(-1);
    expect(outText(big).split("\n").filter((row) => row.startsWith("Software,ü,100,"))).toHaveLength(10);
    const own = run(job(3, "Software,ü\n", 2, false, true)); // a range in bytes of its own has no slot
    expect(own.outSlot).toBe(-1);
    expect(outText(own)).toBe(outText(small));
    const text = createScoreJob(setup("csv"), { encode: false })(job(4, "Software,ü\n", 2, false));
    expect([text.out, text.outSlot]).toEqual([outText(small), -1]);
  });

  it("numbers rows from the range's first line and reports a failure instead of throwing", () => {
    const run = createScoreJob(setup("jsonl"));
    const result = run(job(1, '{"Industry":"Software"}\n{oops\n', 41, true));
    expect(result.errors).toEqual([[42, expect.stringMatching(/^not valid JSON/)]]);
    expect(result.tail).toBe(-1);
    const scored = run(job(2, '{"Industry":"Software","icp_score":1}\n', 43, true));
    expect(scored.failure).toEqual({ message: expect.stringContaining('the input already has "icp_score" (in a later record)'), exitCode: 2 });
  });
});
