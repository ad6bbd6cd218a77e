#!/usr/bin/env node
/*
 * The I/O floor for bench/cli-score.bench.mjs: the same file read, parsed and written back as CSV,
 * with no scoring. Two floors:
 *   --parser papaparse  (the CLI's parser): Papa.parse on the file stream in chunk mode (Papa's own
 *                       documented streaming, with pause / resume for backpressure), Papa.unparse
 *                       per chunk;
 *   --parser csv-parse  csv-parse → csv-stringify streams.
 * Usage: node bench/cli-passthrough.mjs [--parser papaparse|csv-parse] <in.csv> <out.csv>
 */
import { createReadStream, createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { parse } from "csv-parse";
import { stringify } from "csv-stringify";
import Papa from "papaparse";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { parser: { type: "string", default: "papaparse" } } });
const [input, output] = positionals;
if (input === undefined || output === undefined || !["papaparse", "csv-parse"].includes(values.parser)) {
  process.stderr.write("usage: node bench/cli-passthrough.mjs [--parser papaparse|csv-parse] <in.csv> <out.csv>\n");
  process.exit(2);
}
if (values.parser === "csv-parse") {
  await pipeline(
    createReadStream(input, { highWaterMark: 1 << 16 }),
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true }),
    stringify(),
    createWriteStream(output),
  );
} else {
  const out = createWriteStream(output);
  await new Promise((resolve, reject) => {
    Papa.parse(createReadStream(input, { highWaterMark: 1 << 16, encoding: "utf8" }), {
      skipEmptyLines: true,
      chunk(results, parser) {
        if (!out.write(`${Papa.unparse(results.data)}\r\n`)) {
          parser.pause();
          out.once("drain", () => parser.resume());
        }
      },
      complete: () => out.end(resolve),
      error: reject,
    });
  });
}
