/*
 * Exit codes (documented in docs/guides/cli.md and every --help):
 *   0  success
 *   1  bad input: an unreadable file, an invalid ICP, malformed rows under --strict
 *   2  usage: an unknown command or option, a missing argument, a missing --now
 */

/** The process exit codes of the CLI. */
export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

/** An expected failure: printed as one message (no stack trace) and mapped to an exit code. */
export class CliError extends Error {
  readonly exitCode: 1 | 2;

  constructor(message: string, exitCode: 1 | 2) {
    super(message);
    this.name = "CliError";
    this.exitCode = exitCode;
  }
}

/** A mistake in how the command was called (exit code 2). */
export function usageError(message: string): CliError {
  return new CliError(message, EXIT.usage);
}

/** Input the command cannot use (exit code 1). */
export function inputError(message: string): CliError {
  return new CliError(message, EXIT.badInput);
}

/** The `code` of a Node.js system error ("ENOENT", "EPIPE"), or undefined for anything else. */
export function errorCode(error: unknown): unknown {
  return (error as { code?: unknown } | null)?.code;
}
