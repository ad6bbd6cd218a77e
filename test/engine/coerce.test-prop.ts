import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber, readList, readNumber, readText, readTime } from "../../src/index.js";
import { plainInteger, WRONG_TYPE } from "../../src/engine/coerce.js";

/* Round trips through the lenient readers. */

const safeInteger = fc.integer({ min: -1e12, max: 1e12 });
const MIN_TIME = Date.UTC(1900, 0, 1);
const MAX_TIME = Date.UTC(2200, 0, 1);
const instant = fc.integer({ min: MIN_TIME, max: MAX_TIME });

describe("reader properties", () => {
  it("reads finite numbers as themselves", () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
      expect(readNumber(value)).toBe(value);
    }));
  });

  it("reads integers written with thousands separators, currency or padding", () => {
    fc.assert(
      fc.property(safeInteger, fc.constantFrom("", "$", "€"), fc.constantFrom("", " ", "  "), (value, currency, pad) => {
        const text = `${pad}${value < 0 ? "-" : currency}${formatNumber(Math.abs(value))}${pad}`;
        expect(readNumber(text)).toBe(value);
        expect(readNumber(String(value))).toBe(value);
      }),
    );
  });

  it("reads plain whole numbers from their digits exactly as the number pattern reads them", () => {
    // Digits and commas in any order (valid and invalid groupings, leading zeros, 16+ digits).
    const digitsAndCommas = fc.array(fc.constantFrom("0", "1", "5", "9", ",", "000", "123"), { maxLength: 12 }).map((parts) => parts.join(""));
    const plain = /^\d+(?:,\d{3})*$/;
    fc.assert(
      fc.property(digitsAndCommas, (text) => {
        const digits = text.replaceAll(",", "");
        const expected = plain.test(text) && digits.length <= 15 ? Number(digits) : undefined;
        expect(plainInteger(text)).toBe(expected);
        // readNumber takes the fast path or the pattern; the pattern alone decides the value.
        const viaPattern = readNumber(` ${text} `);
        expect(readNumber(text)).toBe(viaPattern);
      }),
      { numRuns: 5000 },
    );
  });

  it("reads k / M / bn suffixes as multiples", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.constantFrom(["k", 1e3], ["K", 1e3], ["m", 1e6], ["M", 1e6], ["MM", 1e6], ["bn", 1e9], ["B", 1e9]), (value, [suffix, scale]) => {
        expect(readNumber(`${value}${suffix}`)).toBe(value * scale);
      }),
    );
  });

  it("reads a range as its midpoint", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 1e6 }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(readNumber(`${formatNumber(low)}-${formatNumber(high)}`)).toBe((low + high) / 2);
      }),
    );
  });

  it("reads a time back from its ISO text, its Date and its date part", () => {
    fc.assert(
      fc.property(instant, (at) => {
        const iso = new Date(at).toISOString();
        expect(readTime(iso)).toBe(at);
        expect(readTime(iso.replace("Z", ""))).toBe(at);
        expect(readTime(iso.replace("Z", "+00:00"))).toBe(at);
        expect(readTime(new Date(at))).toBe(at);
        expect(readTime(iso.slice(0, 10))).toBe(Math.floor(at / 86_400_000) * 86_400_000);
      }),
    );
  });

  it("reads digit-by-digit ISO dates and toISOString() text as Date.parse does, and days that do not exist as unreadable", () => {
    const digits = (count: number, max: number) => fc.integer({ min: 0, max }).map((value) => String(value).padStart(count, "0"));
    fc.assert(
      fc.property(
        digits(4, 9999),
        digits(2, 13),
        digits(2, 32),
        fc.tuple(digits(2, 25), digits(2, 60), digits(2, 60), digits(3, 999)),
        (year, month, day, [hour, minute, second, millisecond]) => {
          const date = `${year}-${month}-${day}`;
          const iso = `${date}T${hour}:${minute}:${second}.${millisecond}Z`;
          // Date.parse rolls some impossible days over (February 30th is March 2nd); readTime does not.
          const probe = new Date(0);
          probe.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
          const exists = probe.getUTCFullYear() === Number(year) && probe.getUTCMonth() === Number(month) - 1 && probe.getUTCDate() === Number(day);
          const parsed = (text: string): number | symbol => (exists && Number.isFinite(Date.parse(text)) ? Date.parse(text) : WRONG_TYPE);
          expect(readTime(iso)).toBe(parsed(iso));
          expect(readTime(date)).toBe(parsed(`${date}T00:00:00Z`));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("splits joined items back into the trimmed items", () => {
    const item = fc.string({ minLength: 1, maxLength: 12 }).filter((text) => !/[;,]/.test(text) && text.trim() !== "");
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 6 }), fc.constantFrom(";", ",", "; ", " , "), (items, separator) => {
        expect(readList(items.join(separator))).toEqual(items.map((text) => text.trim()));
        expect(readList(items)).toEqual(items.map((text) => text.trim()));
      }),
    );
  });

  it("reads text as itself, trimmed", () => {
    fc.assert(
      fc.property(fc.string().filter((text) => text.trim() !== ""), (text) => {
        expect(readText(text)).toBe(text.trim());
      }),
    );
  });
});
