import { describe, expect, it } from "vitest";
import { bestFilter } from "../../src/cli/analysis/best-filter.js";
import type { LoadedRows } from "../../src/cli/analysis/load-rows.js";

/* --best "column=value" compares values folded, as the engine compares text. */

const loaded: LoadedRows = {
  header: ["City", "Stage"],
  rows: [
    { line: 2, values: ["İstanbul", "Won"] },
    { line: 3, values: ["ISTANBUL", "won "] },
    { line: 4, values: ["Köln", "Ｗｏｎ"] },
    { line: 5, values: ["Köln", "Lost"] },
  ],
  skipped: 0,
  unit: "line",
};

describe("bestFilter", () => {
  it("keeps rows whose value has the same folded form", () => {
    const isBest = bestFilter(loaded, "City=istanbul");
    expect(loaded.rows.map((row) => isBest?.(row.values))).toEqual([true, true, false, false]);
    const won = bestFilter(loaded, "Stage=WON");
    expect(loaded.rows.map((row) => won?.(row.values))).toEqual([true, true, true, false]);
  });
});
