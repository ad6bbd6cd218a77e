import type { FieldMapping } from "../../adapters/index.js";
import type { Icp } from "../../index.js";
import { CliError } from "../cli-error.js";
import { CsvPieceParser } from "../io/csv-reader.js";
import { countOf, CsvSegmenter } from "../io/csv-segments.js";
import type { Format } from "../io/formats.js";
import type { InputRow } from "../io/input-row.js";
import { readJsonlLines } from "../io/jsonl-reader.js";
import { headerMapping, type HeaderMappingRequest } from "./header-mapping.js";
import { resultColumns, type ResultColumnOptions } from "./result-columns.js";
import { createBatchScorer } from "./score-rows.js";
import { newStats } from "./stats.js";

/**
 * Everything a worker thread needs to score ranges of the input on its own, as plain data (it
 * crosses threads by structured clone): the validated ICP, compiled once there; the header and its
 * mapping, which the main thread read and resolved.
 */
export interface ScoreJobSetup {
  /** The validated ICP (`CompiledIcp.icp`). */
  readonly icp: Icp;
  readonly now: number | undefined;
  readonly columnOptions: ResultColumnOptions;
  /** The input format: whole CSV records, or JSON Lines. */
  readonly input: "csv" | "jsonl";
  /** The CSV header, or the keys of the first JSON record. */
  readonly header: string[];
  /** CSV: the line break (read from the start of the input). */
  readonly newline: "\n" | "\r";
  /** The mapping of `header`, resolved by the main thread. */
  readonly mapping: FieldMapping;
  /** For JSON records of other shapes than the first. */
  readonly mappingRequest: HeaderMappingRequest;
  /** Output format (rows of a JSON array need their neighbours' commas, so not "json"). */
  readonly format: Exclude<Format, "json">;
  readonly delimiter: string;
  readonly missingValues: readonly string[];
  readonly strict: boolean;
  readonly hasRejects: boolean;
  readonly rejectsFormat: Format;
  /** Range slots shared with the main thread, `slotSize` bytes each: most ranges cross in one, not copied. */
  readonly ranges: SharedArrayBuffer;
  readonly slotSize: number;
  /**
   * Output slots shared with the main thread, `outputSize` bytes each, one per range slot: a worker
   * encodes a range's output into its range slot's output slot (`TextEncoder#encodeInto`, no new
   * buffer), and the main thread reads it from there. Allocating a buffer per output on the worker
   * (`TextEncoder#encode`) cost ~7% of its time, and the transferred buffers made V8 collect the
   * main thread's heap for external memory pressure. An output too big for its slot is transferred.
   */
  readonly outputs: SharedArrayBuffer;
  readonly outputSize: number;
}

/** A range of the input's bytes that starts at a record: whole lines, all of them up to the end when `last`. */
export interface ScoreJob {
  readonly id: number;
  /** The range's slot in `ScoreJobSetup.ranges`, or -1 when `bytes` holds it (too big for a slot). */
  readonly slot: number;
  readonly size: number;
  readonly bytes?: Uint8Array | undefined;
  /** The line the range starts on. */
  readonly line: number;
  readonly last: boolean;
}

/** What scoring a range gives: output bytes, and what to count and report, in input order. */
export interface ScoreJobResult {
  readonly id: number;
  /**
   * The output, UTF-8 encoded on a worker (bytes move between threads without a copy and go to the
   * output file as they are), text on the main thread (`encode: false`), which writes it itself.
   */
  readonly out: Uint8Array | string;
  /** When above -1, the output is these many bytes in the job's output slot (`ScoreJobSetup.outputs`), and `out` is empty. */
  readonly outSlot: number;
  readonly rejected: string;
  /** Row errors to report, as [line, reason]. */
  readonly errors: [number, string][];
  readonly read: number;
  readonly scored: number;
  readonly rejectedRows: number;
  readonly tiers: [string, number][];
  /**
   * CSV: where in `bytes` a record starts that the range does not finish (a quoted cell holding a
   * line break goes on past the range's end), or -1. That record and the ranges after it must be
   * read again from there; `tailLine` is its line.
   */
  readonly tail: number;
  readonly tailLine: number;
  /** The range's own bytes (not in a slot), given back: the main thread needs them again when a record crosses ranges. */
  readonly bytes?: Uint8Array | undefined;
  /** Why the range could not be scored (then nothing else counts): a message and the CLI's exit code. */
  readonly failure?: { readonly message: string; readonly exitCode: 1 | 2 | undefined };
}

/** Rows per batch: small batches keep the rows in flight young (see score-rows.ts). */
const BATCH_ROWS = 512;

/*
 * A range's text. The input reaches the scorers as checked UTF-8 whatever its encoding (--encoding
 * is decoded, and bad bytes refused with their line, in front of the readers and of the ranges,
 * src/cli/io/input-decoder.ts), so ranges decode as the one-thread readers do.
 */
const decode = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");

/** Where the record holding the last `lines` line breaks of `bytes` starts: just after the line break before them. */
function tailStart(bytes: Uint8Array, lines: number, newline: number): number {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = view.length;
  for (let seen = 0; seen <= lines; seen++) {
    at = at > 0 ? view.lastIndexOf(newline, at - 1) : -1;
    if (at < 0) return 0;
  }
  return at + 1;
}

const encoder = new TextEncoder();

/** The scorer of ranges (what a worker thread runs for each job); compiles the ICP once, for the rows it reads. */
export function createScoreJob(setup: ScoreJobSetup, options: { readonly encode: boolean } = { encode: true }): (job: ScoreJob) => ScoreJobResult {
  const newlineByte = setup.newline === "\n" ? 10 : 13;
  const parser = setup.input === "csv" ? new CsvPieceParser({ delimiter: setup.delimiter, newline: setup.newline, columns: setup.header }) : undefined;
  let errors: [number, string][] = [];
  const stats = newStats();
  const batches = createBatchScorer({
    icp: setup.icp,
    now: setup.now,
    header: () => setup.header,
    unit: "line",
    format: setup.format,
    delimiter: setup.delimiter,
    columns: resultColumns(setup, setup.columnOptions),
    resolve: (header, first) => (first ? setup.mapping : headerMapping(header, setup.mappingRequest, false)),
    missingValues: setup.missingValues,
    strict: setup.strict,
    hasRejects: setup.hasRejects,
    rejectsFormat: setup.rejectsFormat,
    stats,
    errors: { report: (line, reason) => errors.push([line, reason]) },
    head: false,
  });

  /** The rows of a range, and where a record it does not finish starts. */
  function readRange(job: ScoreJob, rows: InputRow[]): { tail: number; tailLine: number } {
    const bytes = job.bytes ?? new Uint8Array(setup.ranges, job.slot * setup.slotSize, job.size);
    const text = decode(bytes);
    if (parser === undefined) {
      readJsonlLines(text, job.last, { line: job.line - 1 }, rows); // ranges are whole lines
      return { tail: -1, tailLine: 0 };
    }
    const segmenter = new CsvSegmenter(setup.delimiter, { newline: setup.newline, line: job.line });
    for (const piece of segmenter.text(text, job.last)) parser.parse(piece, rows);
    const rest = segmenter.rest;
    if (rest === "") return { tail: -1, tailLine: 0 };
    return { tail: tailStart(bytes, countOf(rest, setup.newline), newlineByte), tailLine: segmenter.nextLine };
  }

  /** The output as UTF-8: in the job's output slot when it fits, else in a buffer of its own. */
  function encodeOutput(out: string, slot: number): { out: Uint8Array | string; outSlot: number } {
    if (slot >= 0 && out.length <= setup.outputSize) {
      const view = new Uint8Array(setup.outputs, slot * setup.outputSize, setup.outputSize);
      const { read, written } = encoder.encodeInto(out, view);
      if (read === out.length) return { out: "", outSlot: written };
    }
    return { out: encoder.encode(out), outSlot: -1 };
  }

  return (job) => {
    errors = [];
    stats.read = stats.scored = stats.rejected = 0;
    stats.tiers.clear();
    let out = "";
    let rejected = "";
    let range = { tail: -1, tailLine: 0 };
    try {
      const rows: InputRow[] = [];
      range = readRange(job, rows);
      for (let from = 0; from < rows.length; from += BATCH_ROWS) {
        const text = batches.processBatch(from === 0 && rows.length <= BATCH_ROWS ? rows : rows.slice(from, from + BATCH_ROWS));
        out += text.out;
        rejected += text.rejected;
      }
    } catch (error) {
      const failure = { message: error instanceof Error ? error.message : String(error), exitCode: error instanceof CliError ? error.exitCode : undefined };
      return { id: job.id, out: "", outSlot: -1, rejected: "", errors: [], read: 0, scored: 0, rejectedRows: 0, tiers: [], tail: -1, tailLine: 0, bytes: job.bytes, failure };
    }
    const encoded = options.encode ? encodeOutput(out, job.slot) : { out, outSlot: -1 };
    return {
      id: job.id,
      ...encoded,
      rejected,
      errors,
      read: stats.read,
      scored: stats.scored,
      rejectedRows: stats.rejected,
      tiers: [...stats.tiers],
      ...range,
      bytes: job.bytes,
    };
  };
}
