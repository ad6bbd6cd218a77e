import type { FieldMapping } from "../../adapters/index.js";
import { compileIcp } from "../../index.js";
import { CsvPieceParser } from "../io/csv-reader.js";
import type { CsvPiece } from "../io/csv-segments.js";
import type { Format } from "../io/formats.js";
import type { InputRow } from "../io/input-row.js";
import { resultColumns, type ResultColumnOptions } from "./result-columns.js";
import { createBatchScorer } from "./score-rows.js";
import { newStats } from "./stats.js";

/**
 * Everything a worker thread needs to score pieces of a CSV input on its own, as plain data (it
 * crosses threads by structured clone): the ICP is compiled again there, the mapping and the header
 * are the ones the main thread resolved and read.
 */
export interface ScoreJobSetup {
  /** The ICP as parsed (`CompiledIcp.icp`). */
  readonly icp: unknown;
  readonly now: number | undefined;
  readonly columnOptions: ResultColumnOptions;
  readonly mapping: FieldMapping;
  /** The input's header. */
  readonly columns: string[];
  readonly delimiter: string;
  readonly newline: "\n" | "\r";
  /** Output format (CSV or JSON Lines: rows of a JSON array need their neighbours' commas). */
  readonly format: Exclude<Format, "json">;
  readonly missingValues: readonly string[];
  readonly strict: boolean;
  readonly hasRejects: boolean;
  readonly rejectsFormat: Format;
}

/** What scoring some pieces gives: output text, and what to count and report, in input order. */
export interface ScoreJobResult {
  /**
   * The output, UTF-8 encoded: bytes move between threads without a copy and go to the output
   * file as they are, where a big string would be copied twice and left to the old generation.
   */
  readonly out: Uint8Array;
  readonly rejected: string;
  /** Row errors to report, as [line, reason]. */
  readonly errors: [number, string][];
  readonly read: number;
  readonly scored: number;
  readonly rejectedRows: number;
  readonly tiers: [string, number][];
}

const encoder = new TextEncoder();

/** A scorer of pieces (whole CSV records) into text; what a worker thread runs for each job. */
export function createScoreJob(setup: ScoreJobSetup): (pieces: readonly CsvPiece[]) => ScoreJobResult {
  const scorer = compileIcp(setup.icp as Parameters<typeof compileIcp>[0]);
  const parser = new CsvPieceParser({ delimiter: setup.delimiter, newline: setup.newline, columns: setup.columns });
  let errors: [number, string][] = [];
  const stats = newStats();
  const batches = createBatchScorer({
    scorer,
    now: setup.now,
    header: () => setup.columns,
    unit: "line",
    format: setup.format,
    delimiter: setup.delimiter,
    columns: resultColumns(scorer, setup.columnOptions),
    resolve: () => setup.mapping,
    missingValues: setup.missingValues,
    strict: setup.strict,
    hasRejects: setup.hasRejects,
    rejectsFormat: setup.rejectsFormat,
    stats,
    errors: { report: (line, reason) => errors.push([line, reason]) },
    head: false,
  });
  return (pieces) => {
    errors = [];
    stats.read = stats.scored = stats.rejected = 0;
    stats.tiers.clear();
    let out = "";
    let rejected = "";
    // One batch per piece (a chunk of input, some hundred rows), so rows die young.
    for (const piece of pieces) {
      const rows: InputRow[] = [];
      parser.parse(piece, rows);
      const text = batches.processBatch(rows);
      out += text.out;
      rejected += text.rejected;
    }
    return { out: encoder.encode(out), rejected, errors, read: stats.read, scored: stats.scored, rejectedRows: stats.rejected, tiers: [...stats.tiers] };
  };
}
