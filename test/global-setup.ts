import { ensureBuilt } from "./cli/helpers.js";

/*
 * Builds dist/ once, before any test file runs, when it is missing or older than src/: the CLI
 * tests run the built CLI, and the security test scans the built files. Building here instead of
 * inside test files keeps parallel test files from rebuilding dist/ under each other.
 */
export default function setup(): void {
  ensureBuilt();
}
