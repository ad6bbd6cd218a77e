import { parse } from "csv-parse/sync";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, FIXTURES, runCli, tempDir } from "./helpers.js";

const ICP = join(FIXTURES, "icp.json");
let dir = "";

beforeAll(() => {
  ensureBuilt();
  dir = tempDir("score-csv-output");
});

/**
 * The output as a standard CSV reader sees it: csv-parse taking any of CRLF, LF and CR for the end of
 * a record, as Excel and Python's csv module do (csv-parse alone would settle on the first it meets).
 */
const records = (text: string, delimiter = ","): string[][] => parse(text, { delimiter, record_delimiter: ["\r\n", "\n", "\r"], relax_column_count: true }) as string[][];

describe("icpfit score: CSV output is valid CSV", () => {
  // A bare CR (LF input) or a bare LF (CR input) inside an unquoted cell is text to icpfit's
  // reader, but a record break to most others: such a cell must be quoted on output.
  const cases = [
    { name: "a bare CR in an LF file", input: "Company,Industry\nAcme,Soft\rware\nBeta,Retail\n", cell: "Soft\rware" },
    { name: "a bare LF in a CR file", input: "Company,Industry\rAcme,Soft\nware\rBeta,Retail\r", cell: "Soft\nware" },
    { name: "a bare CR in a CRLF file", input: "Company,Industry\r\nAcme,Soft\rware\r\nBeta,Retail\r\n", cell: "Soft\rware" },
  ];
  for (const { name, input, cell } of cases) {
    for (const threads of [[], ["--threads", "2"]]) {
      it(`quotes ${name}${threads.length > 0 ? " on worker threads" : ""}`, () => {
        const run = runCli(["score", "--icp", ICP, "--quiet", ...threads, "-"], { input });
        expect(run.code).toBe(0);
        const rows = records(run.stdout);
        expect(rows.map((row) => row.slice(0, 2))).toEqual([["Company", "Industry"], ["Acme", cell], ["Beta", "Retail"]]);
        expect(rows[1]?.[3]).toBe("insufficient-data");
      });
    }
  }

  it("quotes such cells with another delimiter, in the header, and in the --rejects file", () => {
    const input = '"Com\rpany";Industry;Employees\nAcme;Soft\rware;12\nBad;row\rhere\nBeta;a,b;7\n';
    const rejectsFile = join(dir, "rejects.csv");
    const run = runCli(["score", "--icp", ICP, "--quiet", "--delimiter", ";", "--rejects", rejectsFile, "-"], { input });
    expect(run.code).toBe(0);
    expect(records(run.stdout, ";").map((row) => row.slice(0, 3))).toEqual([
      ["Com\rpany", "Industry", "Employees"],
      ["Acme", "Soft\rware", "12"],
      ["Beta", "a,b", "7"],
    ]);
    // The rejects file is comma-separated: the header and the short row's cells are quoted there too.
    expect(records(readFileSync(rejectsFile, "utf8"))).toEqual([
      ["line", "error", "Com\rpany", "Industry", "Employees"],
      ["3", "expected 3 columns, got 2", "Bad", "row\rhere"],
    ]);
  });
});
