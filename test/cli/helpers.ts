import { spawnSync, execSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT: string = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const CLI: string = join(ROOT, "dist/cli/main.js");
export const FIXTURES: string = join(ROOT, "test/cli/fixtures");

function newestSource(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Builds dist/ with tsup when dist/cli/main.js is missing or older than src/. Test files run in
 * parallel, so one build at a time: a lock directory, and the others wait for it.
 */
export function ensureBuilt(): void {
  const lock = join(tmpdir(), `icpfit-cli-build-${Buffer.from(ROOT).toString("hex").slice(-16)}.lock`);
  const fresh = (): boolean => existsSync(CLI) && statSync(CLI).mtimeMs >= newestSource(join(ROOT, "src"));
  for (let waited = 0; waited < 180_000; waited += 250) {
    if (fresh()) return;
    try {
      mkdirSync(lock);
    } catch {
      // Another test file is building; a lock older than 3 minutes is stale.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 180_000) rmSync(lock, { recursive: true, force: true });
      sleep(250);
      continue;
    }
    try {
      if (!fresh()) execSync("npx tsup", { cwd: ROOT, stdio: "ignore" });
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
    return;
  }
  throw new Error("timed out waiting for another test file to build dist/");
}

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI as a subprocess. */
export function runCli(args: readonly string[], options: { input?: string | Buffer; cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? "",
    encoding: "utf8",
    env: { ...process.env, ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary directory for one test file. */
export function tempDir(name: string): string {
  const directory = join(tmpdir(), `icpfit-cli-test-${name}-${process.pid}`);
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  return directory;
}

/** A tiny CSV reader for assertions (handles quoted cells with commas, quotes and line breaks). */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else if (char !== "\r") cell += char;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** CSV text as objects keyed by the header. */
export function csvObjects(text: string): Array<Record<string, string>> {
  const [header = [], ...rows] = readCsv(text);
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ""])));
}
