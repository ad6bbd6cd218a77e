import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/*
 * CSP safety: no eval and no Function constructor, in the sources and in the built package.
 * The dist check runs on whatever build is present (other work may rebuild it concurrently).
 */

const root = fileURLToPath(new URL("../..", import.meta.url));
const FORBIDDEN: ReadonlyArray<[string, RegExp]> = [
  ["eval(", /(?<![\w$])eval\s*\(/],
  ["indirect eval", /[(,]\s*eval\s*\)/],
  ["new Function", /\bnew\s+Function\s*\(/],
  ["Function(", /(?<![\w$.])Function\s*\(\s*["'`]/],
  ["setTimeout with a string", /\bset(?:Timeout|Interval)\s*\(\s*["'`]/],
];

function filesUnder(directory: string, extension: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(extension))
    .map((file) => join(directory, file));
}

/** "file:line: match" for every forbidden construct in the files. */
function offences(files: readonly string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    // A concurrent rebuild may delete a file between listing and reading it.
    if (!existsSync(file)) continue;
    readFileSync(file, "utf8")
      .split("\n")
      .forEach((line, index) => {
        for (const [name, pattern] of FORBIDDEN) {
          if (pattern.test(line)) found.push(`${relative(root, file)}:${index + 1}: ${name}`);
        }
      });
  }
  return found;
}

describe("no eval", () => {
  it("the scanner finds what it looks for", () => {
    expect(FORBIDDEN.every(([, pattern]) => !pattern.test("const evaluate = evaluator(x); retrieval(1);"))).toBe(true);
    expect(["eval(code)", "x = new Function('a', 'return a')", "Function('return this')()", "setTimeout('alert(1)', 1)", "globalThis.eval (x)", "(0, eval)(x)"].map((line) => FORBIDDEN.some(([, pattern]) => pattern.test(line)))).toEqual([
      true, true, true, true, true, true,
    ]);
  });

  it("src/ has no eval or Function constructor", () => {
    const files = filesUnder(join(root, "src"), ".ts");
    expect(files.length).toBeGreaterThan(10);
    expect(offences(files)).toEqual([]);
  });

  it("dist/ has no eval or Function constructor, when a build is present", (context) => {
    const dist = join(root, "dist");
    const files = existsSync(dist) ? filesUnder(dist, ".js") : [];
    // No build, or one being rebuilt right now: nothing to check (the src/ scan still ran).
    if (files.length === 0) context.skip();
    expect(offences(files)).toEqual([]);
  });
});
