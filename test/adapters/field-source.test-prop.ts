import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bindMapping, mappedFieldSource, mappingOf } from "../../src/adapters/map-record.js";
import { compileIcpFrom } from "../../src/engine/compile.js";
import { compileIcp } from "../../src/index.js";
import { icpArbitrary } from "../engine/arbitraries.js";
import { NOW_MS } from "../engine/fixtures.js";

/*
 * The CLI scores CSV rows through `mappedFieldSource`, reading cells directly instead of building
 * a lead with `toLead`. It must give exactly the result of scoring `toLead(row)`, for any mapping
 * (leaf paths, whole top-level keys beside leaves, custom attributes), blank and missing-value
 * cells, typed or raw cells, and cells that are not text (JSON values: objects are merged with
 * their group's leaves).
 */

const TARGETS = [
  "firmographic.industry", "firmographic.country", "firmographic.employees", "firmographic.annualRevenue", "email", "domain",
  "behavioral.intentScore", "behavioral.lastActivityAt", "technographic.technologies", "painPoints",
  "attributes.plan", "attributes.seats", "attributes.tags", "attributes.signedAt",
  "firmographic", "technographic", "behavioral", "attributes",
] as const;

const text = fc.constantFrom("Software", " retail ", "US", "DE", "acme.io", "Slack; Jira", "Slack", "n/a", "", "  ", "1,200", "8,541", "92", "$5M", "51-200", "2026-10-25", "2026-11-01T10:00:00.000Z", "1,2,3");
const cell = fc.oneof(
  { arbitrary: text, weight: 8 },
  { arbitrary: fc.constantFrom<unknown>(null, undefined, 12, true, ["Slack", "Jira"], { industry: "Software", plan: "pro" }, { employees: "40" }, {}), weight: 2 },
);

const setup = fc.record({
  targets: fc.uniqueArray(fc.constantFrom(...TARGETS), { minLength: 1, maxLength: TARGETS.length }),
  width: fc.integer({ min: 1, max: 8 }),
  typed: fc.boolean(),
  missingValues: fc.constantFrom<string[]>([], ["n/a"]),
  seed: fc.array(fc.nat(), { minLength: TARGETS.length, maxLength: TARGETS.length }),
});

describe("mappedFieldSource", () => {
  it("scores a row exactly as compileIcp scores toLead(row)", () => {
    fc.assert(
      fc.property(icpArbitrary, setup, fc.array(fc.array(cell, { minLength: 8, maxLength: 8 }), { minLength: 1, maxLength: 6 }), (icp, { targets, width, typed, missingValues, seed }, rows) => {
        const headers = Array.from({ length: width }, (_, index) => `c${index}`);
        // Some targets point at a column that is not in the header (missing columns).
        const mapping = Object.fromEntries(targets.map((path, index) => [path, `c${(seed[index] ?? 0) % (width + 1)}`]));
        const options = { typed, missingValues };
        const direct = compileIcpFrom(icp, mappedFieldSource(bindMapping(headers, mapping, options)));
        const viaLead = compileIcp(icp);
        const toLead = mappingOf(bindMapping(headers, mapping, options)).toLead;
        for (const row of rows) {
          const values = row.slice(0, width);
          expect(direct.score(values, { now: NOW_MS })).toEqual(viaLead.score(toLead(values), { now: NOW_MS }));
        }
      }),
      { numRuns: 1500 },
    );
  });
});
