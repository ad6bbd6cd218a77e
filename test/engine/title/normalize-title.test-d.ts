import { describe, expectTypeOf, it } from "vitest";
import { normalizeTitle, type Department, type NormalizedTitle, type Seniority, type TitleMatch } from "../../../src/index.js";

describe("normalizeTitle types", () => {
  it("accepts anything and returns the vocabularies' types", () => {
    expectTypeOf(normalizeTitle).parameter(0).toEqualTypeOf<unknown>();
    const result = normalizeTitle("VP Eng");
    expectTypeOf(result).toEqualTypeOf<NormalizedTitle>();
    expectTypeOf(result.seniority).toEqualTypeOf<Seniority>();
    expectTypeOf(result.department).toEqualTypeOf<Department>();
    expectTypeOf(result.departments).toEqualTypeOf<readonly Department[]>();
    expectTypeOf(result.matched).toEqualTypeOf<readonly TitleMatch[]>();
    expectTypeOf<Seniority>().toEqualTypeOf<"owner" | "cxo" | "vp" | "director" | "manager" | "senior" | "entry" | "intern" | "unknown">();
  });
});
