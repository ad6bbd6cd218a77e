#!/usr/bin/env node
/*
 * The I/O floor for bench/cli-score.bench.mjs: the same file read, parsed with csv-parse (the
 * CLI's options) and written back with csv-stringify, with no scoring. Usage:
 *   node bench/cli-passthrough.mjs <in.csv> <out.csv>
 */
import { createReadStream, createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { parse } from "csv-parse";
import { stringify } from "csv-stringify";

const [input, output] = process.argv.slice(2);
if (input === undefined || output === undefined) {
  process.stderr.write("usage: node bench/cli-passthrough.mjs <in.csv> <out.csv>\n");
  process.exit(2);
}
await pipeline(
  createReadStream(input, { highWaterMark: 1 << 16 }),
  parse({ bom: true, relax_column_count: true, skip_empty_lines: true }),
  stringify(),
  createWriteStream(output),
);
