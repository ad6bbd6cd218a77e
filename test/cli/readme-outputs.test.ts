import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

// Running the README's commands in a clone must not leave files for `git status` to show (issue 15).
describe("the README's shell commands", () => {
  it("write only files git ignores", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1] ?? "");
    const written = blocks.flatMap((block) => [...block.matchAll(/(?:>|--out|-o)\s+([\w./-]+)/g)].map((match) => match[1] ?? ""));
    expect(written).toContain("scored.csv");
    for (const file of written) {
      // `git check-ignore` exits 0 when the path is ignored, 1 when it is not.
      expect(() => execFileSync("git", ["check-ignore", "-q", file], { cwd: ROOT }), `${file} is not ignored by git`).not.toThrow();
    }
  });
});
