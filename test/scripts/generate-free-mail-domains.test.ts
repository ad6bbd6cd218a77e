import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { freeMailDomains } from "../../src/index.js";

/* The committed free-mail list is what the generator makes from the installed email-providers. */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(import.meta.url);

describe("scripts/generate-free-mail-domains.mjs", () => {
  it("--check finds src/schema/free-mail-domains.ts up to date", () => {
    const result = spawnSync(process.execPath, [join(ROOT, "scripts/generate-free-mail-domains.mjs"), "--check"], { cwd: ROOT, encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^free-mail domains up to date \(\d+ from email-providers@\d+\.\d+\.\d+\)\n$/);
  });

  it("names the package version it was made from", () => {
    const { version } = require("email-providers/package.json") as { version: string };
    const source = readFileSync(join(ROOT, "src/schema/free-mail-domains.ts"), "utf8");
    expect(source).toContain(`email-providers@${version} (ISC licence`);
  });

  it("keeps the package's common providers, less the documented exclusions", () => {
    const common = require("email-providers/common.json") as string[];
    const missing = common.filter((domain) => !freeMailDomains().has(domain));
    expect(missing.sort()).toEqual(["alibaba.com", "bolt.com", "bt.com", "clerk.com", "dnsmadeeasy.com", "easypost.com", "facebook.com", "name.com", "nus.edu.sg", "oath.com", "parrot.com", "saudia.com", "singpost.com"]);
  });
});
