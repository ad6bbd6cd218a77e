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

/** Parses --now: ISO 8601 text, epoch milliseconds, or "now" (the clock, explicitly). */
export function parseNow(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (text.trim().toLowerCase() === "now") return Date.now();
  const value = /^\d{10,}$/.test(text.trim()) ? Number(text.trim()) : readTime(text);
  if (typeof value !== "number") {
    throw usageError(`--now expects an ISO 8601 date or time that exists (e.g. 2026-11-23 or 2026-11-23T09:00:00Z), epoch milliseconds (10 digits or more) or "now"; got "${text}"`);
  }
  return value;
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
