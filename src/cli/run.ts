import { IcpError } from "../index.js";
import { CliError, errorCode, EXIT } from "./cli-error.js";
import { packageVersion } from "./version.js";

type Command = (argv: readonly string[]) => number | Promise<number>;

/* Commands load on demand, so `icpfit score` does not pay for the analysis and report code. */
const COMMANDS: Readonly<Record<string, { readonly load: () => Promise<Command>; readonly summary: string }>> = {
  score: { load: async () => (await import("./commands/score.js")).scoreCommand, summary: "score a CSV / JSONL / JSON file against an ICP (streaming)" },
  lint: { load: async () => (await import("./commands/lint.js")).lintCommand, summary: "check an ICP: invalid rules, too broad or narrow, stale, unreachable tiers" },
  profile: { load: async () => (await import("./commands/profile.js")).profileCommand, summary: "profile records attribute by attribute (the Average Customer Profile)" },
  derive: { load: async () => (await import("./commands/derive.js")).deriveCommand, summary: "derive an editable ICP from records with known outcomes" },
  evaluate: { load: async () => (await import("./commands/evaluate.js")).evaluateCommand, summary: "backtest scores against outcomes: AUC, lift, per-tier tables" },
  report: { load: async () => (await import("./commands/report.js")).reportCommand, summary: "write the HTML report of a backtest" },
  compare: { load: async () => (await import("./commands/compare.js")).compareCommand, summary: "champion against challenger: AUCs, DeLong's test, capture, tier migration" },
  drift: { load: async () => (await import("./commands/drift.js")).driftCommand, summary: "drift between reference and current leads: PSI of score, tiers and fields" },
  schema: { load: async () => (await import("./commands/schema.js")).schemaCommand, summary: "print the JSON Schema of the ICP (or lead) format" },
  init: { load: async () => (await import("./commands/init.js")).initCommand, summary: "write a starter ICP file with $schema" },
};

function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`);
  return `Usage: icpfit <command> [options]

Score leads against an Ideal Customer Profile, and build, check and evaluate ICPs.

Commands:
${lines.join("\n")}

Example:
  icpfit init icp.json
  icpfit score --icp icp.json --now 2026-11-23 leads.csv > scored.csv

Run "icpfit <command> --help" for a command's options and an example.
  -h, --help      this help
  -V, --version   print the version

Exit codes: 0 success; 1 bad input or rejected rows under --strict; 2 usage.`;
}

function isEpipe(error: unknown): boolean {
  return errorCode(error) === "EPIPE";
}

/** Runs the CLI with `argv` (without node and the script) and returns the exit code. */
export async function run(argv: readonly string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === "-h" || first === "--help" || first === "help") {
    if (first === "help" && rest[0] !== undefined && COMMANDS[rest[0]] !== undefined) return run([rest[0], "--help"]);
    (first === undefined ? process.stderr : process.stdout).write(`${mainHelp()}\n`);
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === "-V" || first === "--version" || first === "version") {
    process.stdout.write(`${packageVersion()}\n`);
    return EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (command === undefined) {
    process.stderr.write(`icpfit: unknown command "${first}". Commands: ${Object.keys(COMMANDS).join(", ")}.\nRun "icpfit --help" for usage.\n`);
    return EXIT.usage;
  }
  try {
    const runCommand = await command.load();
    return await runCommand(rest);
  } catch (error) {
    if (isEpipe(error)) return EXIT.ok;
    if (error instanceof CliError) {
      process.stderr.write(`icpfit ${first}: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof IcpError) {
      process.stderr.write(`icpfit ${first}: ${error.message}\n`);
      return error.code === "INVALID_OPTIONS" ? EXIT.usage : EXIT.badInput;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`icpfit ${first}: ${message}\n`);
    if (process.env["ICPFIT_DEBUG"] !== undefined && error instanceof Error) process.stderr.write(`${error.stack ?? ""}\n`);
    return EXIT.badInput;
  }
}
