import { readlinkSync } from "node:fs";
import { describeFsError } from "./files.js";

/**
 * What to do when stdout fails. A closed pipe (`icpfit score ... | head`) ends the run quietly with
 * exit 0, like other Unix tools. Any other failure, such as a full disk behind `> scored.csv`,
 * ends it with exit 1 and the message a failing `--out` gives (`cannot write <target>: no space
 * left on device`): without this, a command that had written its output with `process.stdout.write`
 * exited 0 with the output lost, and `score` printed Node's bare `ENOSPC: ..., write`.
 * It exits at once: the output is incomplete, and nothing the command does next can mend it.
 */
export function onStdoutError(command: string | undefined): (error: NodeJS.ErrnoException) => void {
  return (error) => {
    if (error.code === "EPIPE") process.exit(0);
    // A stream pipeline that fails (a bad row under a usage error, an unreadable input) destroys
    // stdout with its own error, which the command reports: only a failed write is stdout's own.
    if (error.syscall !== "write") return;
    process.stderr.write(`icpfit${command === undefined ? "" : ` ${command}`}: cannot write ${stdoutName()}: ${describeFsError(error)}\n`);
    process.exit(1);
  };
}

/** "standard output", with the file it was redirected to when the system says (Linux's /proc). */
function stdoutName(): string {
  try {
    const target = readlinkSync("/proc/self/fd/1");
    if (target.startsWith("/")) return `standard output (${target})`;
  } catch {
    // No /proc (macOS, Windows): the plain name says enough.
  }
  return "standard output";
}
