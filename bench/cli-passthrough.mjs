#!/usr/bin/env node
/*
 * The I/O floor for bench/cli-score.bench.mjs: the same file read, parsed and written back as CSV,
 * with no scoring. Two floors:
 *   --parser papaparse  (the CLI's parser): Papa.parse on the file stream in chunk mode (Papa's own
 *                       documented streaming, with pause / resume for backpressure), Papa.unparse
 *                       per chunk;
 *   --parser csv-parse  csv-parse → csv-stringify streams.
 * Both write the file as the CLI does since 2026-11-23 (fs.writeSync per chunk, see FileSink in
 * src/cli/io/files.ts), so the ratio compares parsing and scoring, not two ways of writing.
 * Usage: node bench/cli-passthrough.mjs [--parser papaparse|csv-parse] <in.csv> <out.csv>
 */
import { closeSync, createReadStream, openSync, writeSync } from "node:fs";
import { Writable } from "node:stream";
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
/** The output file, written synchronously chunk by chunk like the CLI's `--out`. */
function fileSink(path) {
  const fd = openSync(path, "w");
  return new Writable({
    decodeStrings: false,
    highWaterMark: 1 << 20,
    write(chunk, _encoding, callback) {
      writeSync(fd, chunk);
      callback();
    },
    final(callback) {
      closeSync(fd);
      callback();
    },
  });
}

if (values.parser === "csv-parse") {
  await pipeline(
    createReadStream(input, { highWaterMark: 1 << 16 }),
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true }),
    stringify(),
    fileSink(output),
  );
} else {
  const out = fileSink(output);
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
