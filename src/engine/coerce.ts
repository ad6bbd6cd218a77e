/*
 * Lenient readers for lead values. Scoring never parses a lead with zod: every rule reads its one
 * field through these functions, which turn CRM-style values ("1,200", "$5M", "51-200",
 * "2026-11-01") into numbers, times, text and lists, and report a value as missing or of the wrong
 * type instead of throwing. The patterns below are fixed by this library, never user-supplied.
 */

// The two markers stay internal to the package (listed in typedoc.json `intentionallyNotExported`):
// callers tell a value from an Unreadable marker with typeof, never by identity.
/** Marker for a value that is absent: undefined, null, blank text, an empty list (for any field). */
export const MISSING: unique symbol = Symbol("missing");
/** Marker for a value of a type the rule cannot use (an object where a number was expected). */
export const WRONG_TYPE: unique symbol = Symbol("wrong type");
/**
 * What a reader such as {@link readNumber} returns instead of a value: a marker symbol for a value
 * that is missing (undefined, null, blank text, an empty list) or of the wrong type. Tell a value
 * from it with `typeof` (or `Array.isArray` for {@link readList}); the markers themselves are not
 * exported.
 *
 * @example
 * ```ts
 * import { readNumber, type Unreadable } from "icpfit";
 * const employees: number | Unreadable = readNumber("51-200");
 * const known: number | undefined = typeof employees === "number" ? employees : undefined; // 125.5
 * ```
 */
export type Unreadable = typeof MISSING | typeof WRONG_TYPE;

const NUMBER_PATTERN = /^([$€£¥])?\s*(-?\d+(?:[,_ ]\d{3})*(?:\.\d+)?|-?\.\d+)\s*(k|m|mm|b|bn)?\s*(\+)?$/i;
/* No real figure is longer than this; longer text is rejected before any pattern runs. */
const MAX_NUMBER_TEXT = 64;
const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const SUFFIX: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, mm: 1e6, b: 1e9, bn: 1e9 };

/*
 * An empty list, or one of only null, undefined and "", is no data for every reader, not only for
 * lists: enrichment tools write `[]` for "nothing found" in text and number fields too.
 */
function isEmptyList(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  // A loop, not `every` with an arrow: this runs per lead, and the arrow would be a new closure each time.
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (item !== null && item !== undefined && item !== "") return false;
  }
  return true;
}

function parseNumberText(text: string): number | Unreadable {
  const match = NUMBER_PATTERN.exec(text);
  if (match === null) return WRONG_TYPE;
  const digits = (match[2] ?? "").replace(/[,_ ]/g, "");
  const scale = match[3] === undefined ? 1 : (SUFFIX[match[3].toLowerCase()] ?? 1);
  const value = Number(digits) * scale;
  return Number.isFinite(value) ? value : WRONG_TYPE;
}

/**
 * Reads a number. Accepts finite numbers and text such as `"1,200"`, `"$5M"`, `"2.5k"`, `"200+"`
 * (its lower bound) and ranges such as `"51-200"` (their midpoint). `NaN` and `Infinity` are the
 * wrong type; booleans are the wrong type.
 *
 * @example
 * ```ts
 * import { readNumber } from "icpfit";
 * readNumber("$5M"); // 5000000
 * readNumber("51-200"); // 125.5
 * ```
 */
export function readNumber(value: unknown): number | Unreadable {
  if (typeof value === "number") return Number.isFinite(value) ? value : WRONG_TYPE;
  if (typeof value === "string") {
    const plain = plainInteger(value);
    if (plain !== undefined) return plain;
  }
  if (value === undefined || value === null || isEmptyList(value)) return MISSING;
  if (typeof value !== "string") return WRONG_TYPE;
  const text = value.trim();
  if (text === "") return MISSING;
  if (text.length > MAX_NUMBER_TEXT) return WRONG_TYPE;
  const single = parseNumberText(text);
  if (single !== WRONG_TYPE) return single;
  return parseRange(text);
}

/**
 * The value of text that is a whole number as exports usually write it, digits with optional
 * thousands commas ("92", "271333000", "8,541"), read from its characters; undefined for anything
 * else, which goes to the pattern. Up to 15 digits, so the sum is exact and equals `Number(digits)`.
 */
export function plainInteger(text: string): number | undefined {
  const length = text.length;
  if (length === 0 || length > 20) return undefined;
  let value = 0;
  let digits = 0;
  // Digits since the last comma; -1 before the first comma.
  let group = -1;
  for (let at = 0; at < length; at++) {
    const code = text.charCodeAt(at);
    if (code >= 48 && code <= 57) {
      value = value * 10 + (code - 48);
      digits++;
      if (group >= 0) group++;
    } else if (code === 44 && (group === -1 ? at > 0 : group === 3)) {
      group = 0;
    } else {
      return undefined;
    }
  }
  return digits <= 15 && (group === -1 || group === 3) ? value : undefined;
}

/*
 * A range such as "51-200", "$1M–$5M" or "10 to 50" reads as its midpoint. The separator is found
 * by plain string search, not by a pattern: a pattern with optional spaces on both sides of the
 * separator backtracks polynomially on long runs of spaces (ReDoS).
 */
function parseRange(text: string): number | Unreadable {
  let at = -1;
  let width = 0;
  for (const separator of ["–", " to ", "-"]) {
    // Index 0 would be a minus sign, not a separator.
    const index = text.indexOf(separator, 1);
    if (index > 0) {
      at = index;
      width = separator.length;
      break;
    }
  }
  if (at < 0) return WRONG_TYPE;
  const low = parseNumberText(text.slice(0, at).trim());
  const high = parseNumberText(text.slice(at + width).trim());
  if (typeof low !== "number" || typeof high !== "number" || low > high) return WRONG_TYPE;
  return (low + high) / 2;
}

/**
 * Reads a point in time as epoch milliseconds. Accepts `Date` objects, epoch milliseconds and ISO
 * 8601 text (`"2026-11-01"`, `"2026-11-01T10:00:00Z"`). ISO text without an offset is read as
 * UTC so that the result does not depend on the machine's time zone.
 *
 * @example
 * ```ts
 * import { readTime } from "icpfit";
 * readTime("2026-11-01"); // 1793491200000 (UTC midnight)
 * ```
 */
export function readTime(value: unknown): number | Unreadable {
  // Text first: it is what leads and exports hold.
  if (typeof value !== "string") {
    if (typeof value === "number") return Number.isFinite(value) ? value : WRONG_TYPE;
    if (value === undefined || value === null || isEmptyList(value)) return MISSING;
    if (value instanceof Date) {
      const time = value.getTime();
      return Number.isFinite(time) ? time : WRONG_TYPE;
    }
    return WRONG_TYPE;
  }
  // The fast shapes start with a digit and end with a digit or "Z": nothing to trim.
  if (value.length === 24 && isCanonicalIso(value)) return fastIsoTime(value, true);
  if (value.length === 10 && isIsoDate(value)) return fastIsoTime(value, false);
  const text = value.trim();
  if (text === "") return MISSING;
  if (text.length === 24 && isCanonicalIso(text)) return fastIsoTime(text, true);
  if (text.length === 10 && isIsoDate(text)) return fastIsoTime(text, false);
  const match = ISO_PATTERN.exec(text);
  if (match === null) return WRONG_TYPE;
  const [, year, month, day, hour = "00", minute = "00", second = "00", fraction = "", offset] = match;
  if (!isCalendarDay(Number(year), Number(month), Number(day))) return WRONG_TYPE;
  // Date.parse takes milliseconds at most; finer fractions are cut, not rounded.
  const iso = `${year}-${month}-${day}T${hour}:${minute}:${second}${fraction.slice(0, 4)}${normaliseOffset(offset)}`;
  const time = Date.parse(iso);
  return Number.isFinite(time) ? time : WRONG_TYPE;
}

/*
 * Fast paths for the two most common stored shapes: `Date.prototype.toISOString()` text
 * ("2026-11-01T10:00:00.000Z") and a plain date ("2026-11-01"). The general path below would rebuild
 * the same text from ISO_PATTERN's groups and hand it to Date.parse; these read the digits and
 * compute the time directly (bench/engine.bench.mjs measures the scoring hot path). A day that does
 * not exist is unreadable; a time out of range (hour 24, ...) goes to Date.parse, which decides.
 */
function isDigit(text: string, at: number): boolean {
  return ((text.charCodeAt(at) - 48) >>> 0) < 10;
}

function isTwoDigits(text: string, at: number): boolean {
  return isDigit(text, at) && isDigit(text, at + 1);
}

/* True for text in the shape "dddd-dd-dd" (at least: a longer text is checked on from there). */
function isIsoDate(text: string): boolean {
  return text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && isTwoDigits(text, 0) && isTwoDigits(text, 2) && isTwoDigits(text, 5) && isTwoDigits(text, 8);
}

/* True for text in exactly the `toISOString()` shape, "dddd-dd-ddTdd:dd:dd.dddZ". */
function isCanonicalIso(text: string): boolean {
  return (
    text.charCodeAt(10) === 84 /* T */ &&
    text.charCodeAt(13) === 58 &&
    text.charCodeAt(16) === 58 &&
    text.charCodeAt(19) === 46 &&
    text.charCodeAt(23) === 90 /* Z */ &&
    isIsoDate(text) &&
    isTwoDigits(text, 11) &&
    isTwoDigits(text, 14) &&
    isTwoDigits(text, 17) &&
    isTwoDigits(text, 20) &&
    isDigit(text, 22)
  );
}

function twoDigits(text: string, at: number): number {
  return (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/*
 * True for a day that exists. Date.parse rolls some impossible days over ("2026-02-30" is March 2nd,
 * "2026-11-31" December 1st), which would score a mistyped date as another real one; they are
 * unreadable instead.
 */
function isCalendarDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/*
 * Epoch milliseconds of ISO text of one of the two fast shapes (a plain date has no time part), from
 * its digits: days from the civil date as in Howard Hinnant's `days_from_civil`, several times
 * faster than Date.parse, and exact for every valid date and time. A time out of range goes to
 * Date.parse, which decides what it means.
 */
function fastIsoTime(text: string, withTime: boolean): number | Unreadable {
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = withTime ? twoDigits(text, 11) : 0;
  const minute = withTime ? twoDigits(text, 14) : 0;
  const second = withTime ? twoDigits(text, 17) : 0;
  if (!isCalendarDay(year, month, day)) return WRONG_TYPE;
  if (hour > 23 || minute > 59 || second > 59) {
    const time = Date.parse(text);
    return Number.isFinite(time) ? time : WRONG_TYPE;
  }
  const millisecond = withTime ? (text.charCodeAt(20) - 48) * 100 + twoDigits(text, 21) : 0;
  // Years start in March so that the leap day ends the year; eras are 400-year cycles.
  const marchYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  const days = era * 146_097 + dayOfEra - 719_468;
  return ((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + millisecond;
}

function normaliseOffset(offset: string | undefined): string {
  if (offset === undefined || offset === "Z") return "Z";
  return offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset;
}

/** Reads a single text value; numbers and booleans are read as their text.
 *
 * @example
 * ```ts
 * import { readText } from "icpfit";
 * readText("  Software "); // "Software"
 * ```
 */
export function readText(value: unknown): string | Unreadable {
  if (typeof value === "string") {
    const text = value.trim();
    return text === "" ? MISSING : text;
  }
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : WRONG_TYPE;
  if (typeof value === "boolean") return String(value);
  if (value === undefined || value === null || isEmptyList(value)) return MISSING;
  return WRONG_TYPE;
}

/**
 * Reads a list of text values. Arrays keep their text and number items; a single text value is
 * split on `;` and `,` (CRM multi-select exports such as `"Slack;Jira"`). An empty list is missing:
 * enrichment tools write `[]` when they found nothing, which is no evidence either way.
 *
 * @example
 * ```ts
 * import { readList } from "icpfit";
 * readList("Slack; Jira"); // ["Slack", "Jira"]
 * ```
 */
export function readList(value: unknown): string[] | Unreadable {
  if (Array.isArray(value)) {
    const items: string[] = [];
    for (const item of value) {
      const text = readText(item);
      if (typeof text === "string") items.push(text);
    }
    if (items.length > 0) return items;
    return isEmptyList(value) ? MISSING : WRONG_TYPE;
  }
  if (typeof value === "string") {
    const items = value
      .split(/[;,]/)
      .map((item) => item.trim())
      .filter((item) => item !== "");
    return items.length > 0 ? items : MISSING;
  }
  if (value === undefined || value === null) return MISSING;
  return WRONG_TYPE;
}

/** Reads a boolean: `true`/`false`, `"true"`/`"false"`, `"yes"`/`"no"`, `1`/`0` (any case).
 *
 * @example
 * ```ts
 * import { readBoolean } from "icpfit";
 * readBoolean("Yes"); // true
 * ```
 */
export function readBoolean(value: unknown): boolean | Unreadable {
  if (typeof value === "boolean") return value;
  if (value === 1 || value === 0) return value === 1;
  if (value === undefined || value === null || isEmptyList(value)) return MISSING;
  if (typeof value !== "string") return WRONG_TYPE;
  const text = value.trim().toLowerCase();
  if (text === "") return MISSING;
  if (text === "true" || text === "yes" || text === "1") return true;
  if (text === "false" || text === "no" || text === "0") return false;
  return WRONG_TYPE;
}

/** True when a value counts as present for the `exists` operator. */
export function isPresent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return !isEmptyList(value);
  if (value instanceof Date) return Number.isFinite(value.getTime());
  return true;
}
