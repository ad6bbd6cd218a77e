import { describe, expect, it } from "vitest";
import { DepartmentSchema, SenioritySchema } from "../../../src/index.js";
import { COMPOUND_ENDS, TITLE_LOOKUP, TITLE_ROWS } from "../../../src/engine/title/title-table.js";
import { compileTitleWords } from "../../../src/engine/title/title-word.js";

/* The title table is data: these checks keep it consistent as rows are added. */

describe("the title table", () => {
  it("defines each phrase once", () => {
    expect(TITLE_LOOKUP.duplicates).toEqual([]);
  });

  it("has rows that each say something, with values from the vocabularies", () => {
    for (const row of TITLE_ROWS) {
      expect(row.words.length, JSON.stringify(row)).toBeGreaterThan(0);
      const says = row.seniority !== undefined || row.department !== undefined || row.job === true || row.cap !== undefined;
      expect(says, JSON.stringify(row)).toBe(true);
      if (row.seniority !== undefined) expect(SenioritySchema.options).toContain(row.seniority);
      if (row.department !== undefined) expect(DepartmentSchema.options).toContain(row.department);
      expect(row.seniority, "unknown is an answer, not a table value").not.toBe("unknown");
      expect(row.department, "unknown is an answer, not a table value").not.toBe("unknown");
    }
  });

  it("keys every word by its folded spelling, and German words by their ASCII spelling too", () => {
    expect(TITLE_LOOKUP.entries.get("geschaftsfuhrer")?.seniority).toBe("cxo");
    expect(TITLE_LOOKUP.entries.get("geschaeftsfuehrer")?.seniority).toBe("cxo");
    expect(TITLE_LOOKUP.entries.get("vice president")?.seniority).toBe("vp");
    expect(TITLE_LOOKUP.entries.get("r d")?.department).toBe("engineering");
    expect(TITLE_LOOKUP.longestFrom.get("vice")).toBeGreaterThanOrEqual(2);
  });

  it("ends German compounds only with words of the table, longest first", () => {
    for (const end of COMPOUND_ENDS) expect(TITLE_LOOKUP.entries.has(end), end).toBe(true);
    const lengths = COMPOUND_ENDS.map((end) => end.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });

  it("reports a phrase two rows define, keeping the first", () => {
    const lookup = compileTitleWords([
      { seniority: "vp", words: ["VP"] },
      { seniority: "director", words: ["vp", "Director"] },
    ]);
    expect(lookup.duplicates).toEqual(["vp"]);
    expect(lookup.entries.get("vp")?.seniority).toBe("vp");
    expect(lookup.entries.get("director")?.seniority).toBe("director");
    expect(lookup.entries.size).toBe(2);
  });

  it("weighs a named function 3, an implied one 2 and executive 1", () => {
    const lookup = compileTitleWords([
      { department: "sales", words: ["Sales"] },
      { department: "engineering", implied: true, job: true, words: ["Engineer"] },
      { department: "executive", seniority: "cxo", words: ["CEO"] },
      { seniority: "senior", words: ["Senior"] },
    ]);
    expect(["sales", "engineer", "ceo", "senior"].map((key) => lookup.entries.get(key)?.weight)).toEqual([3, 2, 1, 0]);
  });
});
