import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The package version, read at run time from the package.json above this file (dist/cli/main.js
 * or src/cli/version.ts), so the CLI and the package can never disagree.
 */
export function packageVersion(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth++) {
    try {
      const manifest = JSON.parse(readFileSync(join(directory, "package.json"), "utf8")) as { name?: unknown; version?: unknown };
      if (manifest.name === "icpfit" && typeof manifest.version === "string") return manifest.version;
    } catch {
      // Not here; look one directory up.
    }
    directory = dirname(directory);
  }
  return "unknown";
}
