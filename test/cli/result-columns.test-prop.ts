import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvLineEncoder } from "../../src/cli/io/csv-line.js";
import { createReasonState, resultColumns, topReasons } from "../../src/cli/score/result-columns.js";
import { compileIcp, explain } from "../../src/index.js";
import { icpArbitrary, leadArbitrary } from "../engine/arbitraries.js";
import { NOW_MS } from "../engine/fixtures.js";

/*
 * `csvText` builds the added CSV cells as text directly (and reuses the encoded reasons of results
 * whose reasons are all shared ledger entries); it must equal encoding `cells` for every result.
 */
describe("resultColumns().csvText", () => {
  it("equals the encoded cells, for any ICP, lead, reason count and delimiter", () => {
    fc.assert(
      fc.property(
        icpArbitrary,
        fc.array(leadArbitrary, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 5 }),
        fc.constantFrom(",", ";", "\t", " ", "|", "a", "."),
        fc.boolean(),
        (icp, leads, reasons, delimiter, explain) => {
          const scorer = compileIcp(icp);
          const columns = resultColumns(scorer, { prefix: "icp_", reasons, explain });
          const encode = csvLineEncoder(delimiter);
          const text = columns.csvText(delimiter);
          // Twice over, so the second pass reads reasons from the cache.
          for (const lead of [...leads, ...leads]) {
            const result = scorer.score(lead, { now: NOW_MS });
            expect(text(result)).toBe(encode(columns.cells(result)));
          }
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("keeps partial credits with the same points apart when their reasons differ", () => {
    // Half a point with falloff: 63 and 64 employees both earn 0.32 points, as 63% and 64% credit.
    const scorer = compileIcp({
      id: "half", version: "1", name: "Half",
      rules: [{ id: "size", label: "Size; \"100+\"", field: "firmographic.employees", op: "gte", value: 100, falloff: 1, points: 0.5 }],
    });
    const columns = resultColumns(scorer, { prefix: "icp_", reasons: 3, explain: false });
    const text = columns.csvText(",");
    const encode = csvLineEncoder(",");
    const results = [63, 64, 63].map((employees) => scorer.score({ firmographic: { employees } }));
    expect(results.map((result) => result.rules[0]?.points)).toEqual([0.32, 0.32, 0.32]);
    expect(results.map((result) => text(result))).toEqual(results.map((result) => encode(columns.cells(result))));
    expect(text(results[1] as (typeof results)[number])).toContain("Partly met (64%)");
  });

  it("lists a requirement left unknown under the miss policy first, as explain() does", () => {
    const scorer = compileIcp({
      id: "req", version: "1", name: "Required size",
      rules: [
        { id: "industry", label: "Software", field: "firmographic.industry", op: "in", value: ["Software"], points: 10 },
        { id: "size", label: "10+ employees", field: "firmographic.employees", op: "gte", value: 10, effect: "require", missing: "miss" },
        { id: "gov", label: "Public sector", field: "firmographic.industry", op: "in", value: ["Government"], effect: "exclude" },
      ],
    });
    const columns = resultColumns(scorer, { prefix: "icp_", reasons: 3, explain: false });
    const text = columns.csvText(",");
    const encode = csvLineEncoder(",");
    const unknown = scorer.score({ firmographic: { industry: "Software" } });
    expect(unknown.disqualifiedBy?.rule).toBe("size");
    expect(topReasons(createReasonState(), unknown, 3)).toEqual(["Unknown: no data for firmographic.employees", "Software (+10)"]);
    expect(explain(unknown).reasons[0]).toBe("Unknown: no data for firmographic.employees");
    const known = scorer.score({ firmographic: { industry: "Software", employees: 50 } });
    expect(topReasons(createReasonState(), known, 3)).toEqual(["Software (+10)"]);
    // Shared entries only, so the cell comes from its cache the second time; the knock-out must not.
    for (const result of [known, unknown, known, unknown]) expect(text(result)).toBe(encode(columns.cells(result)));
  });
});
