import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SCRIPT = join(ROOT, "scripts/check-layers.mjs");

const run = (srcDir?: string): { code: number | null; lines: string[] } => {
  const result = spawnSync(process.execPath, [SCRIPT, ...(srcDir === undefined ? [] : [srcDir])], { cwd: ROOT, encoding: "utf8" });
  return { code: result.status, lines: result.stdout.trim().split("\n") };
};

let tree: string | undefined;
afterEach(() => {
  if (tree !== undefined) rmSync(tree, { recursive: true, force: true });
  tree = undefined;
});

/** Writes a fake src/ tree of the given files and returns its path. */
function fakeSrc(files: Record<string, string>): string {
  tree = mkdtempSync(join(tmpdir(), "icpfit-layers-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(tree, path)), { recursive: true });
    writeFileSync(join(tree, path), text);
  }
  return tree;
}

const CLEAN = {
  "errors.ts": `export class IcpError extends Error {}\n`,
  "schema/icp.ts": `import { IcpError } from "../errors.js";\nexport const icp = IcpError;\n`,
  "engine/compile.ts": `import type { icp } from "../schema/icp.js";\nexport const compile = (x: typeof icp) => x;\n`,
  "analyze/evaluate.ts": `import { compile } from "../engine/compile.js";\nexport const evaluate = compile;\n`,
  "report/render.ts": `import type { evaluate } from "../analyze/evaluate.js";\nexport type R = typeof evaluate;\n`,
  "cli/main.ts": `import { compile } from "../index.js";\nimport("../report/render.js");\nexport const main = compile;\n`,
  "index.ts": `export * from "./engine/compile.js";\nexport { icp } from "./schema/icp.js";\n`,
};

describe("scripts/check-layers.mjs", () => {
  it("passes a tree whose imports all go down, through barrels too", () => {
    expect(run(fakeSrc(CLEAN))).toEqual({ code: 0, lines: ["PASS layers"] });
  });

  it("fails an upward import, naming the file, the line and the import", () => {
    const src = fakeSrc({
      ...CLEAN,
      "schema/icp.ts": `// import { x } from "../cli/main.js" in a comment is not an import\nimport { IcpError } from "../errors.js";\nimport type { compile } from "../engine/compile.js";\nexport const icp = IcpError;\n`,
    });
    const { code, lines } = run(src);
    expect(code).toBe(1);
    expect(lines).toContain(`FAIL layers ${relative(ROOT, join(src, "schema/icp.ts"))}:3 "../engine/compile.js" schema (floor 1) imports engine (floor 2), a higher floor`);
    expect(lines.some((line) => line.includes("cli/main.js"))).toBe(false);
    expect(lines.some((line) => line.includes("closes an import cycle between folders: engine → schema → engine"))).toBe(true);
  });

  it("fails a dynamic import between folders on the same floor, and a barrel that reaches up", () => {
    const { code, lines } = run(
      fakeSrc({
        ...CLEAN,
        "adapters/crm.ts": "const note = `${\"from\"} \"../cli/main.js\"`;\nexport const crm = async () => note + String(await import(\"../report/render.js\"));\n",
        "analyze/index.ts": `export * from "./evaluate.js";\nexport * from "../report/render.js";\n`,
        "engine/score.ts": `import { evaluate } from "../analyze/index.js";\nexport const score = evaluate;\n`,
      }),
    );
    expect(code).toBe(1);
    expect(lines.some((line) => /adapters\/crm\.ts:2 "\.\.\/report\/render\.js" adapters \(floor 4\) imports report \(floor 4\), the same floor/.test(line))).toBe(true);
    expect(lines.some((line) => /analyze\/index\.ts:2 .*analyze \(floor 3\) imports report \(floor 4\)/.test(line))).toBe(true);
    expect(lines.some((line) => /engine\/score\.ts:1 .*engine \(floor 2\) imports analyze \(floor 3\)/.test(line))).toBe(true);
    expect(lines.some((line) => /engine\/score\.ts:1 .*engine \(floor 2\) imports report \(floor 4\)/.test(line))).toBe(true);
  });

  it("fails a folder with no floor and a file that imports the entry point of its own folder's barrel", () => {
    const { code, lines } = run(fakeSrc({ ...CLEAN, "misc/helper.ts": `export const x = 1;\n`, "engine/tiers.ts": `import { icp } from "../index.js";\nexport const t = icp;\n` }));
    expect(code).toBe(1);
    expect(lines.some((line) => line.includes(`misc/helper.ts:1 is in "misc", which has no floor`))).toBe(true);
    expect(lines.some((line) => line.includes("engine imports a barrel that re-exports engine itself"))).toBe(true);
  });

  it("passes on the real sources", () => {
    expect(run()).toEqual({ code: 0, lines: ["PASS layers"] });
  });
});
