import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { resultColumns } from "../../src/cli/score/result-columns.js";
import { compileIcp, type IcpResult } from "../../src/index.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const sizeIcp = {
  id: "size", version: "1", name: "Size",
  rules: [
    { id: "industry", label: "Software", field: "firmographic.industry", op: "in", value: ["Software"], points: 10 },
    { id: "size", label: "10+ employees", field: "firmographic.employees", op: "gte", value: 10, points: 30 },
  ],
} as const;
const regionIcp = {
  id: "region", version: "1", name: "Region",
  rules: [
    { id: "country", label: "In the US", field: "firmographic.country", op: "eq", value: "US", points: 5 },
    { id: "industry", label: "Retail", field: "firmographic.industry", op: "in", value: ["Retail"], points: 20 },
  ],
} as const;
const lead = { firmographic: { industry: "Software", employees: 50, country: "US" } };

describe("resultColumns", () => {
  it("gives each run its own columns when two runs with other ICPs and options take turns in one process", () => {
    const size = compileIcp(sizeIcp);
    const region = compileIcp(regionIcp);
    const sizeColumns = resultColumns(size, { prefix: "icp_", reasons: 1, explain: false });
    const regionColumns = resultColumns(region, { prefix: "fit_", reasons: 3, explain: true });
    const sizeText = sizeColumns.csvText(",");
    const regionText = regionColumns.csvText(";");
    for (let round = 0; round < 3; round++) {
      const sizeResult = size.score(lead);
      const regionResult = region.score(lead);
      expect(sizeText(sizeResult)).toBe("100,primary,1,,10+ employees (+30)");
      expect(regionColumns.cells(regionResult).slice(0, 5)).toEqual(["20", "unqualified", "1", "", "In the US (+5)"]);
      expect(regionText(regionResult)).toMatch(/^20;unqualified;1;;In the US \(\+5\);/);
      expect(sizeColumns.fields(sizeResult)).toMatchObject({ icp_score: 100, icp_reasons: ["10+ employees (+30)"] });
      expect(regionColumns.fields(regionResult)).toMatchObject({ fit_score: 20, fit_reasons: ["In the US (+5)"] });
    }
    expect(regionColumns.names).toContain("fit_rule_country");
    expect(sizeColumns.names).not.toContain("icp_rule_size");
  });

  it("keeps nothing of a finished run alive", async () => {
    // A run's reason texts are kept by the run's columns; once the run is dropped, so are they.
    const run = (): WeakRef<object> => {
      const scorer = compileIcp(sizeIcp);
      const columns = resultColumns(scorer, { prefix: "icp_", reasons: 3, explain: false });
      const result: IcpResult = scorer.score(lead);
      expect(columns.cells(result)[4]).toBe("10+ employees (+30); Software (+10)");
      expect(columns.csvText(",")(result)).toBe("100,primary,1,,10+ employees (+30); Software (+10)");
      const entry = result.rules[1] as object;
      expect(Object.isFrozen(entry)).toBe(true); // a shared ledger entry, the kind the texts are kept for
      return new WeakRef(entry);
    };
    const entry = run();
    await new Promise((resolve) => setTimeout(resolve, 0)); // a WeakRef holds its target until the task ends
    gc();
    expect(entry.deref()).toBeUndefined();
  });
});
