import { describe, expect, it } from "vitest";
import { sniffFormat } from "../../src/cli/io/formats.js";

const sniff = (text: string, ended = true): string => sniffFormat(Buffer.from(text), ended);

describe("sniffFormat", () => {
  it("takes JSONL only when the first line is a JSON object", () => {
    expect(sniff('{"a": 1}\n{"a": 2}\n')).toBe("jsonl");
    expect(sniff('\uFEFF\n  {"a": 1}\n')).toBe("jsonl");
    expect(sniff("{id},name\n1,Acme\n")).toBe("csv");
    expect(sniff("{Company} Name,Employees\n")).toBe("csv");
    // A first line longer than what was read cannot be checked.
    expect(sniff('{"a": "long', false)).toBe("jsonl");
  });

  it("takes an object over several lines, and an array of values, as JSON", () => {
    expect(sniff('{\n  "a": 1\n}\n')).toBe("json");
    expect(sniff('{\n  "a": 1,', false)).toBe("json");
    expect(sniff('[\n  {"a": 1}\n]')).toBe("json");
    expect(sniff("[]")).toBe("json");
    expect(sniff("[id],name\n1,Acme\n")).toBe("csv");
  });

  it("takes anything else as CSV", () => {
    expect(sniff("Company,Industry\n")).toBe("csv");
    expect(sniff("")).toBe("csv");
  });
});
