import { describe, expect, it } from "vitest";
import { headLines, sniffDelimiter } from "../../src/cli/io/delimiter-sniff.js";

describe("sniffDelimiter", () => {
  it("reads the delimiter from the header, outside quotes", () => {
    expect(sniffDelimiter("Company;Industry;Employees")).toBe(";");
    expect(sniffDelimiter("Company\tIndustry")).toBe("\t");
    expect(sniffDelimiter("a|b|c")).toBe("|");
    expect(sniffDelimiter("Company,Industry")).toBe(",");
    expect(sniffDelimiter('"Name; full",Industry')).toBe(",");
    expect(sniffDelimiter("Company")).toBe(",");
  });

  it("prefers a delimiter the next line has as many times, then the most frequent, then the comma", () => {
    expect(sniffDelimiter("Company, Inc\tIndustry\tSize", "Acme\tSoftware\t5")).toBe("\t");
    expect(sniffDelimiter("a;b,c", "1;2,3")).toBe(",");
    expect(sniffDelimiter("a;b;c,d", "1;2;3,4")).toBe(";");
    expect(sniffDelimiter("a;b;c,d", "1,2")).toBe(",");
  });
});

describe("headLines", () => {
  it("gives the first two non-blank lines, the second only when complete", () => {
    expect(headLines("\uFEFF\r\na;b\r\n1;2\r\n")).toEqual({ header: "a;b", next: "1;2" });
    expect(headLines("a;b\n1;")).toEqual({ header: "a;b", next: undefined });
    expect(headLines("a;b")).toEqual({ header: "a;b", next: undefined });
  });
});
