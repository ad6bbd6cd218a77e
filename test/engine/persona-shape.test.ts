import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { autoMapping, mapRecord } from "../../src/adapters/index.js";
import { compileIcp, type IcpInput } from "../../src/index.js";
import { PERSONA_ICP } from "./persona-fixtures.js";

/*
 * Leads without a contact, and every lead of an ICP without personas, score exactly as before
 * personas existed: the same values and the same keys, over the shipped example and CLI fixtures.
 */

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));
/* The CLI fixture's CSV rows as leads, mapped by header as the CLI maps them. */
function csvLeads(path: string): unknown[] {
  const rows = parse(readFileSync(new URL(path, import.meta.url), "utf8"), { columns: true }) as Array<Record<string, string>>;
  const mapping = autoMapping(Object.keys(rows[0] ?? {}));
  return rows.map((row) => mapRecord(row, mapping));
}

const NOW = "2026-11-23";
const FIXTURES: ReadonlyArray<{ readonly icp: IcpInput; readonly leads: readonly unknown[] }> = [
  { icp: read("../../examples/icp.json") as IcpInput, leads: read("../../examples/leads.json") as unknown[] },
  { icp: read("../cli/fixtures/icp.json") as IcpInput, leads: csvLeads("../cli/fixtures/leads.csv") },
];
/* The keys a result could have before personas: the rest are new. */
const KEYS_BEFORE = new Set(["icpId", "icpVersion", "score", "tier", "confidence", "points", "maxPoints", "fit", "engagement", "grade", "disqualifiedBy", "thresholds", "rules"]);

describe("results without persona fit keep their shape", () => {
  it.each(FIXTURES.map((fixture, index) => [index, fixture] as const))("fixture %i: adding personas changes nothing for leads without a contact", (_, { icp, leads }) => {
    expect(leads.length).toBeGreaterThan(5);
    const plain = compileIcp(icp);
    const withPersonas = compileIcp({ ...icp, personas: PERSONA_ICP.personas } as IcpInput);
    for (const lead of leads) {
      const before = plain.score(lead, { now: NOW });
      expect(withPersonas.score(lead, { now: NOW })).toStrictEqual(before);
      expect(Object.keys(before).filter((key) => !KEYS_BEFORE.has(key))).toEqual([]);
      // An ICP without personas ignores a contact.
      expect(plain.score({ ...(lead as object), contact: { seniority: "vp", department: "it" } }, { now: NOW })).toStrictEqual(before);
    }
  });

  it("adds exactly persona, personas and priority for a lead with a contact", () => {
    const [fixture] = FIXTURES;
    const icp = compileIcp({ ...fixture?.icp, personas: PERSONA_ICP.personas } as IcpInput);
    const lead = fixture?.leads[0] as object;
    const before = compileIcp(fixture?.icp as IcpInput).score(lead, { now: NOW });
    const { persona, personas, priority, ...rest } = icp.score({ ...lead, contact: { seniority: "vp", department: "it" } }, { now: NOW });
    expect(rest).toStrictEqual(before);
    expect([persona?.id, personas?.length, priority]).toEqual(["eng-leader", 3, "A1"]);
  });
});
