import type { Duplex } from "node:stream";
import { finished, pipeline } from "node:stream/promises";
import { EXIT, usageError } from "../cli-error.js";
import { flagOption, integerOption, listOption, commandInput, stringOption } from "../args.js";
import { INPUT_HELP, INPUT_OPTIONS, mappingRequestOf, openLeadInput } from "../input-options.js";
import { isStdout, openOutput } from "../io/files.js";
import { jsonArraySink } from "../io/json-array-sink.js";
import type { RecordReader } from "../io/input-row.js";
import { createReader } from "../io/readers.js";
import { loadIcp, nowFor, parseNow } from "../load-icp.js";
import { unmappedFields } from "../mapping.js";
import { checkOutputTargets, outputFormatOf } from "../output-targets.js";
import { startProgress } from "../progress.js";
import { mostlyRejectedWarning, rowErrorReporter } from "../row-errors.js";
import { resultColumns } from "../score/result-columns.js";
import { renamedColumns } from "../score/row-text.js";
import { headerMapping } from "../score/header-mapping.js";
import { parallelScorer } from "../score/parallel.js";
import { scoreRows } from "../score/score-rows.js";
import { scoreWorkerUrl } from "../score/worker-url.js";

import { formatSummary, newStats } from "../score/stats.js";

export const SCORE_HELP: string = `Usage: icpfit score --icp <icp.json> [options] <input|->

Scores every row of a CSV, JSONL or JSON file against an ICP, streaming: memory stays flat on any
input size. The output keeps the input columns and adds icp_score, icp_tier, icp_confidence,
icp_grade and icp_reasons (or the full breakdown with --explain).

Example:
  icpfit score --icp examples/icp.json --now 2026-11-23 leads.csv > scored.csv
  cat leads.jsonl | icpfit score --icp icp.json --now now --format jsonl - > scored.jsonl

Options:
  -i, --icp <file>            the ICP (JSON)                                  (required)
  -o, --out <file>            output file (default: stdout); format from its extension
      --output-format <fmt>   csv, jsonl or json (default: the input format)
      --now <date|now>        the date to score at: ISO 8601, or epoch milliseconds (13 digits or
                              more; fewer are refused as likely seconds). Default: the clock,
                              noted on stderr
      --explain               add the full breakdown (per-rule outcome and points, next tier)
      --reasons <n>           how many reasons in icp_reasons (default 3)
      --prefix <text>         prefix of the added columns (default "icp_")
      --rejects <file>        write malformed rows there instead of keeping them in the output
                              with tier "invalid"; format from its extension as for --out
                              (.csv, .jsonl, .json), else the input's
      --strict                also reject rows whose mapped numbers or dates cannot be read, and
                              exit 1 if any row was rejected
      --max-errors <n>        row errors printed on stderr before only counting (default 20)
      --threads <n>           score CSV or JSONL input on n threads, the main thread and n - 1
                              workers (default 0 or 1: on the main thread alone). Faster on several
                              cores, with more memory (docs/guides/cli.md); the output is the same
                              byte for byte
      --progress, --no-progress  force the progress line on stderr on or off (default: on a TTY)
  -q, --quiet                 no summary or warnings on stderr (row errors are still printed)
  -v, --verbose               print the column mapping on stderr
  -h, --help                  this help
${INPUT_HELP}

Columns are mapped to lead fields from their names (HubSpot and Salesforce export headers such as
"Number of Employees", "Annual Revenue", "Country/Region", and common names such as "Employees",
"Tech stack"); other columns become attributes.<camelCaseName>. Values like "1,200", "$5M" and
"51-200" are read as numbers, "Slack;Jira" as a list.

Exit codes: 0 success; 1 bad input (unreadable file, invalid ICP), an output that cannot be written
(a full disk) or rejected rows under --strict;
2 usage (unknown option, missing --icp, an unreadable or ambiguous --now, --out or --rejects naming
a file the run reads, an input that is not text in the encoding read: pass --encoding).`;

const OPTIONS = {
  ...INPUT_OPTIONS,
  icp: { type: "string", short: "i" },
  out: { type: "string", short: "o" },
  "output-format": { type: "string" },
  now: { type: "string" },
  explain: { type: "boolean" },
  reasons: { type: "string" },
  prefix: { type: "string" },
  rejects: { type: "string" },
  strict: { type: "boolean" },
  "max-errors": { type: "string" },
  threads: { type: "string" },
  progress: { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  verbose: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" },
} as const;

/** `icpfit score`. */
export async function scoreCommand(argv: readonly string[]): Promise<number> {
  const command = commandInput("score", argv, OPTIONS, SCORE_HELP, "an input file");
  if (command === undefined) return EXIT.ok;
  const { values, input: inputPath } = command;
  for (const option of ["icp", "map"]) {
    if (stringOption(values, option) === "-" && inputPath === "-") throw usageError(`--${option} - and the input would both read stdin; name a file for one of them`);
  }
  const icpPath = stringOption(values, "icp");
  const scorer = loadIcp(icpPath, "score");
  const nowOption = parseNow(stringOption(values, "now"));
  const request = mappingRequestOf(values);
  const missingValues = listOption(values, "missing-value");
  const quiet = flagOption(values, "quiet") === true;
  const strict = flagOption(values, "strict") === true;
  const outPath = stringOption(values, "out");
  const rejectsPath = stringOption(values, "rejects");
  const reasons = integerOption(values, "reasons", 3);
  const maxErrors = integerOption(values, "max-errors", 20);
  const threads = integerOption(values, "threads", 0);
  if (threads > 64) throw usageError(`--threads expects at most 64 (one per core is the most that helps), got ${threads}`);

  const input = await openLeadInput(inputPath, values);
  const delimiter = input.delimiter;
  if (!quiet) for (const note of input.notes) process.stderr.write(`icpfit: ${note}\n`);
  const outputFormat = outputFormatOf("--out", outPath, input.format, { option: "--output-format", value: stringOption(values, "output-format") });
  // Rejected rows are input rows: without an extension, they are written in the input's format.
  const rejectsFormat = rejectsPath === undefined ? undefined : outputFormatOf("--rejects", rejectsPath, input.format);
  checkOutputTargets(
    [
      { option: "--out", path: outPath, stdoutByDefault: true },
      { option: "--rejects", path: rejectsPath },
    ],
    [
      { what: "the input", path: inputPath, loss: "the rows before they are read" },
      { what: "the ICP (--icp)", path: icpPath, loss: "the ICP" },
      { what: "the mapping file (--map)", path: stringOption(values, "map"), loss: "the mapping" },
    ],
  );
  // The clock is read (and said so) only once the options are known to be usable.
  const now = nowFor(scorer, nowOption, quiet);
  // --threads: CSV or JSONL input to CSV or JSONL output (rows of a JSON array need their neighbours' commas).
  const workerUrl = scoreWorkerUrl();
  const parallel = threads > 1 && input.format !== "json" && outputFormat !== "json" && workerUrl !== undefined;
  if (threads > 1 && !parallel && !quiet) {
    const why = workerUrl === undefined ? "the worker module is not built (dist/cli/score-worker.js)" : "--threads applies to CSV or JSONL input with CSV or JSONL output";
    process.stderr.write(`icpfit: ${why}; scoring on the main thread\n`);
  }
  const sequential = parallel ? undefined : createReader(input.format, { delimiter, name: input.name });
  let source: RecordReader | undefined = sequential;
  const stats = newStats();
  const progress = startProgress({
    enabled: flagOption(values, "progress") ?? process.stderr.isTTY === true,
    stream: process.stderr,
    rows: () => stats.read,
    bytes: () => source?.bytesRead() ?? 0,
    totalBytes: input.size,
  });
  const unit = sequential?.unit ?? "line";
  const errors = rowErrorReporter(process.stderr, unit, maxErrors, progress.clear);
  // The scorers write rejects as JSON Lines; a .json rejects file gets them as one array.
  const rejects = rejectsPath === undefined ? undefined : rejectsFormat === "json" ? jsonArraySink(openOutput(rejectsPath)) : openOutput(rejectsPath);
  // The rejects file is written beside the pipeline: its failure (a full disk) ends the run through
  // the input, so it is reported like a failing --out instead of crashing on an unheard error.
  // The stage that writes it is ended, not the input: the input may be read to its end already.
  let rejectsWriter: Duplex | undefined;
  rejects?.on("error", (error) => (rejectsWriter ?? input.stream).destroy(error));
  const output = openOutput(outPath);
  const needed = scorer.fields;

  const columnOptions = { prefix: stringOption(values, "prefix") ?? "icp_", reasons, explain: flagOption(values, "explain") === true };
  const columns = resultColumns(scorer, columnOptions);

  const mappingRequest = { request, needed, added: columns.names };
  const resolve = (header: readonly string[], first: boolean): ReturnType<typeof headerMapping> => {
    const mapping = headerMapping(header, mappingRequest, first);
    if (!first) return mapping;
    const renamed = renamedColumns(header);
    if (renamed.length > 0 && !quiet) {
      progress.clear();
      const keyed = outputFormat === "csv" ? "" : `, and JSON output keys ${renamed.join(", ")}`;
      process.stderr.write(`icpfit: warning: the header has empty or repeated names; a mapping reads the first column of a name${keyed}\n`);
    }
    if (flagOption(values, "verbose") === true) {
      progress.clear();
      const lines = Object.entries(mapping).map(([path, column]) => `  ${JSON.stringify(column)} -> ${path}`);
      process.stderr.write(`icpfit: column mapping (${lines.length} of the ICP's ${needed.length} fields):\n${lines.join("\n")}\n`);
    }
    const missing = unmappedFields(mapping, needed);
    if (missing.length > 0 && !quiet) {
      progress.clear();
      process.stderr.write(
        `icpfit: warning: no column for ${missing.join(", ")}; those rules will be unknown for every row (map one with --field <path>=<column>)\n`,
      );
    }
    return mapping;
  };

  const started = performance.now();
  const stageOptions = {
    icp: scorer.icp,
    scorer,
    now,
    header: () => source?.header(),
    unit,
    format: outputFormat,
    delimiter,
    columns,
    resolve,
    missingValues,
    strict,
    hasRejects: rejects !== undefined,
    rejectsFormat: rejectsFormat === "csv" || rejectsFormat === undefined ? ("csv" as const) : ("jsonl" as const),
    stats,
    errors,
  };
  try {
    if (sequential !== undefined) await pipeline(input.stream, sequential.stream, (rejectsWriter = scoreRows(stageOptions, rejects)), output);
    else {
      source = parallelScorer({
        ...stageOptions,
        input: input.format === "jsonl" ? "jsonl" : "csv",
        format: outputFormat === "jsonl" ? "jsonl" : "csv",
        threads,
        workerUrl: workerUrl as URL,
        columnOptions,
        mappingRequest,
        rejects,
      });
      rejectsWriter = source.stream;
      await pipeline(input.stream, source.stream, output);
    }
  } finally {
    progress.stop();
  }
  if (rejects !== undefined && !isStdout(rejects)) {
    rejects.end();
    // finished(), not once("finish"): a rejects file that failed after the rows were all read (a
    // full disk, reported asynchronously) has emitted its error already and will never finish.
    await finished(rejects);
  }
  if (!quiet) process.stderr.write(formatSummary(stats, performance.now() - started, rejectsPath) + (mostlyRejectedWarning(stats.rejected, stats.read) ?? ""));
  if (strict && stats.rejected > 0) {
    process.stderr.write(`icpfit: --strict: ${stats.rejected} row(s) rejected; exit code 1\n`);
    return EXIT.badInput;
  }
  return EXIT.ok;
}
