import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DepartmentSchema, normalizeTitle, SenioritySchema } from "../../../src/index.js";

const fixtureTitles: readonly string[] = (
  JSON.parse(readFileSync(new URL("../../fixtures/titles.json", import.meta.url), "utf8")) as { titles: { title: string }[] }
).titles.map((row) => row.title);

function checkShape(value: unknown): void {
  const result = normalizeTitle(value);
  expect(SenioritySchema.options).toContain(result.seniority);
  expect(DepartmentSchema.options).toContain(result.department);
  for (const department of result.departments) expect(DepartmentSchema.options).toContain(department);
  if (result.department !== "unknown") expect(result.departments).toContain(result.department);
  expect(result.confidence).toBeGreaterThanOrEqual(0);
  expect(result.confidence).toBeLessThanOrEqual(1);
  expect(result.confidence === 0).toBe(result.seniority === "unknown" && result.department === "unknown");
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
}

describe("normalizeTitle properties", () => {
  it("never throws and always answers within the vocabularies, on any value", () => {
    fc.assert(fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true }), checkShape));
  });

  it("never throws on any text, including unpaired surrogates and combining marks", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 400 }), checkShape));
    fc.assert(fc.property(fc.string({ unit: "grapheme-composite", maxLength: 100 }), checkShape));
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...fixtureTitles), fc.string({ unit: "grapheme", maxLength: 60 })), (title) => {
        expect(normalizeTitle(title)).toEqual(normalizeTitle(title));
      }),
    );
  });

  it("ignores case and the spaces and punctuation around a title", () => {
    const noise = fc.constantFrom("", " ", "  ", ", ", " - ", "; ", "(", ")", " | ", "\t");
    fc.assert(
      fc.property(fc.constantFrom(...fixtureTitles), fc.boolean(), noise, noise, (title, upper, before, after) => {
        const plain = normalizeTitle(title);
        const noisy = normalizeTitle(`${before}${upper ? title.toUpperCase() : title.toLowerCase()}${after}`);
        expect([noisy.seniority, noisy.department, noisy.confidence]).toEqual([plain.seniority, plain.department, plain.confidence]);
      }),
    );
  });

  it("finds random words mostly unknown: it does not guess", () => {
    const word = fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz"), minLength: 3, maxLength: 12 });
    const title = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(" "));
    const samples = fc.sample(title, { numRuns: 2000, seed: 20261116 });
    const unknown = samples.filter((text) => {
      const result = normalizeTitle(text);
      return result.seniority === "unknown" && result.department === "unknown";
    });
    expect(unknown.length / samples.length).toBeGreaterThan(0.95);
  });
});
