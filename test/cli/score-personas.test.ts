import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { scoreLead } from "../../src/index.js";
import { PERSONA_ICP } from "../engine/persona-fixtures.js";
import { csvObjects, ensureBuilt, readCsv, runCli, tempDir } from "./helpers.js";

/* icpfit score with an ICP that has personas: persona, persona score, persona match and priority columns. */

let dir = "";
let icpPath = "";
let leadsPath = "";
const CSV = [
  "Company,Industry,Employees,Job title,Job level,Job function,Buying role,Email",
  "Acme,Software,120,CTO,cxo,engineering,,ana@acme.io",
  "Beta,Software,120,,,,,",
  "Gamma,Retail,5,CFO,cxo,finance,economic-buyer,\"c@gmail.com\"",
].join("\n");

beforeAll(() => {
  ensureBuilt();
  dir = tempDir("score-personas");
  icpPath = join(dir, "icp.json");
  leadsPath = join(dir, "leads.csv");
  writeFileSync(icpPath, JSON.stringify(PERSONA_ICP));
  writeFileSync(leadsPath, `${CSV}\n`);
});

describe("icpfit score: personas", () => {
  it("adds persona columns after the reasons, empty for a row without contact data, on one thread or two", () => {
    for (const threads of ["1", "2"]) {
      const run = runCli(["score", "--icp", icpPath, "--threads", threads, leadsPath]);
      expect(run.code).toBe(0);
      expect(readCsv(run.stdout)[0]?.slice(-6)).toEqual(["icp_grade", "icp_reasons", "icp_persona", "icp_persona_score", "icp_persona_match", "icp_priority"]);
      const rows = csvObjects(run.stdout).map((row) => [row["Company"], row["icp_tier"], row["icp_persona"], row["icp_persona_score"], row["icp_persona_match"], row["icp_priority"]]);
      expect(rows).toEqual([
        ["Acme", "primary", "eng-leader", "100", "strong", "A1"],
        ["Beta", "primary", "", "", "", ""],
        ["Gamma", "unqualified", "economic-buyer", "100", "strong", "D1"],
      ]);
    }
  });

  it("writes the same as the library, and the persona in JSON Lines output", () => {
    const run = runCli(["score", "--icp", icpPath, "--output-format", "jsonl", leadsPath]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
    const library = scoreLead({ firmographic: { industry: "Software", employees: 120 }, contact: { title: "CTO", seniority: "cxo", department: "engineering", email: "ana@acme.io" } }, PERSONA_ICP);
    expect(lines[0]).toMatchObject({ icp_persona: library.persona?.id, icp_persona_score: library.persona?.score, icp_persona_match: "strong", icp_priority: library.priority });
    expect(lines[1]).toMatchObject({ icp_persona: null, icp_persona_score: null, icp_persona_match: null, icp_priority: null });
  });

  it("adds no persona column for an ICP without personas", () => {
    const { personas: _, ...plain } = PERSONA_ICP;
    const plainPath = join(dir, "plain.json");
    writeFileSync(plainPath, JSON.stringify(plain));
    const run = runCli(["score", "--icp", plainPath, leadsPath]);
    expect(readCsv(run.stdout)[0]?.filter((name) => name.startsWith("icp_"))).toEqual(["icp_score", "icp_tier", "icp_confidence", "icp_grade", "icp_reasons"]);
  });
});
