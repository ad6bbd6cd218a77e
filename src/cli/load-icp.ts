import { compileIcp, IcpError, readTime, type CompiledIcp } from "../index.js";
import { inputError, usageError } from "./cli-error.js";
import { readJson } from "./io/read-text.js";

/** Reads and compiles an ICP file; an invalid ICP lists the path of every problem (exit 1). */
export function loadIcp(path: string | undefined, command: string): CompiledIcp {
  if (path === undefined) throw usageError(`needs --icp <file> (an ICP JSON file; "icpfit init" writes a starter).\nRun "icpfit ${command} --help" for usage.`);
  const value = readJson(path, "ICP file");
  try {
    return compileIcp(value as Parameters<typeof compileIcp>[0]);
  } catch (error) {
    if (error instanceof IcpError) throw inputError(`ICP file ${path}: ${error.message}`);
    throw error;
  }
}

/** Parses --now: ISO 8601 text, epoch milliseconds (13 digits or more), or "now" (the clock, explicitly). */
export function parseNow(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  if (trimmed.toLowerCase() === "now") return Date.now();
  if (/^\d+$/.test(trimmed)) return epochMilliseconds(trimmed);
  const value = readTime(text);
  if (typeof value !== "number") {
    throw usageError(`--now expects an ISO 8601 date or time that exists (e.g. 2026-11-23 or 2026-11-23T09:00:00Z), epoch milliseconds (13 digits or more) or "now"; got "${text}"`);
  }
  return value;
}

/** The smallest bare number read as epoch milliseconds: 10^12 (13 digits), 2001-09-09T01:46:40Z. */
const FIRST_EPOCH_MS = 1e12;
/** The latest moment a Date can hold. */
const LAST_EPOCH_MS = 8.64e15;

/*
 * A bare number is epoch milliseconds only from 13 digits on. A smaller one is most likely epoch
 * seconds (`date +%s` gives 10 digits), which taken as milliseconds is a day in 1970: every
 * withinDays rule would then miss without a word. Such a number is refused with both readings,
 * rather than guessed at: epoch seconds and milliseconds overlap (12 digits are either 1973-2001 in
 * milliseconds or 33658 in seconds), and a guess would move scores silently.
 */
function epochMilliseconds(digits: string): number {
  const value = Number(digits);
  if (value > LAST_EPOCH_MS) throw usageError(`--now ${digits} is past the last date epoch milliseconds can hold (${new Date(LAST_EPOCH_MS).toISOString()})`);
  if (value >= FIRST_EPOCH_MS) return value;
  const asSeconds = new Date(value * 1000).toISOString();
  const readings = `as epoch seconds it is ${asSeconds}, as epoch milliseconds ${new Date(value).toISOString()}`;
  throw usageError(`--now ${digits} is ambiguous: ${readings} (a bare number is read as milliseconds only from 13 digits on). ${nowHint(digits, value, asSeconds)}`);
}

/** What to pass instead of a short bare number: its reading in seconds when that is a date from 2001 to 2286, the day of a YYYYMMDD text. */
function nowHint(digits: string, value: number, asSeconds: string): string {
  if (value >= 1e9 && value < 1e10) return `Pass --now ${asSeconds} (or --now ${value * 1000} in epoch milliseconds)`;
  const day = digits.length === 8 ? `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}` : undefined;
  if (day !== undefined && typeof readTime(day) === "number") return `For the day ${day}, pass --now ${day}`;
  return "Pass the date in ISO 8601 (e.g. --now 2026-11-23) or in epoch milliseconds (13 digits or more)";
}

/**
 * The moment to score at. The library never reads the clock; the CLI, the I/O layer, does when an
 * ICP with withinDays rules is scored without --now, and says so on stderr so that the run can be
 * repeated exactly with --now.
 */
export function nowFor(scorer: CompiledIcp, now: number | undefined, quiet = false): number | undefined {
  if (!scorer.usesTime || now !== undefined) return now;
  const clock = Date.now();
  if (!quiet) {
    process.stderr.write(
      `icpfit: ICP "${scorer.icp.id}" has withinDays rules; scoring at ${new Date(clock).toISOString()} (the clock). Pass --now ${new Date(clock).toISOString()} to repeat this run exactly.\n`,
    );
  }
  return clock;
}
