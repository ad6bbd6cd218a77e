// The aSAH reference data (test/fixtures/asah: source and licence there), read for the DeLong tests.
import { readFileSync } from "node:fs";

export interface AsahRow {
  readonly poor: boolean;
  readonly wfns: number;
  readonly s100b: number;
  readonly ndka: number;
}

export function loadAsah(): AsahRow[] {
  return readFileSync(new URL("../fixtures/asah/asah.csv", import.meta.url), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => {
      const [outcome, wfns, s100b, ndka] = line.split(",");
      return { poor: outcome === "Poor", wfns: Number(wfns), s100b: Number(s100b), ndka: Number(ndka) };
    });
}
