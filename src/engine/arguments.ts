import { IcpError, type IcpErrorCode } from "../errors.js";

/*
 * Checks on what callers pass to the public entry points, so that a wrong kind of argument (null,
 * a number, a string, an array where an object is expected, an object where a list is expected)
 * is an IcpError naming the argument and what was expected, never a bare TypeError from deep
 * inside. Leads are not checked here: scoring never throws on a malformed lead.
 */

/** A value's kind in words, for "got …": "null", "-1", "an array", "a string ("x")". */
export function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return value.length <= 40 ? `a string (${JSON.stringify(value)})` : "a string";
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}

/** True for a value that can hold properties: an object that is not an array. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The error for an argument of the wrong kind: `<path>: expected <expected>, got <kind>`. */
export function wrongArgument(path: ReadonlyArray<string | number>, expected: string, value: unknown, code: IcpErrorCode = "INVALID_OPTIONS"): IcpError {
  return new IcpError(code, [{ path, message: `expected ${expected}, got ${kindOf(value)}` }], code === "INVALID_OPTIONS" ? "Invalid argument:" : undefined);
}

/** Throws unless `options` is undefined or an object (the optional options argument of an entry point). */
export function checkOptions(options: unknown, path: string = "options"): void {
  if (options !== undefined && !isObject(options)) throw wrongArgument([path], "an options object or nothing", options);
}
