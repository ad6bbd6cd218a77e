import { Transform, type TransformCallback, type Writable } from "node:stream";
import { compileMapping, type CompiledMapping, type FieldMapping } from "../../adapters/index.js";
import { bindMapping, mappedFieldSource, mappingOf, type BoundMapping } from "../../adapters/map-record.js";
import { compileIcpFrom } from "../../engine/compile.js";
import { compileIcp, TIER_ORDER, type CompiledIcp, type Icp, type ScoreOptions } from "../../index.js";
import { csvLineEncoder } from "../io/csv-line.js";
import type { Format } from "../io/formats.js";
import type { InputRow } from "../io/input-row.js";
import type { RowErrorReporter } from "../row-errors.js";
import { INVALID_TIER, type ResultColumns } from "./result-columns.js";
import { cellText, cellsToRecord, fitCells, joinCsv, recordKeys } from "./row-text.js";
import { addToTier, type ScoreStats } from "./stats.js";
import { valueChecker } from "./value-checks.js";

/**
 * Reported once per run, for the first JSON record with keys the first record lacks (CSV output);
 * worker threads report it once each, and the main thread passes on the first only.
 */
export const EXTRA_KEYS_WARNING = "has keys that the first record does not have; CSV output keeps the first record's columns only";

/** Everything the scoring of batches needs. */
export interface BatchScorerOptions {
  /** The validated ICP. */
  readonly icp: Icp;
  /**
   * The ICP compiled for lead objects, when the caller has it; otherwise it is compiled when a JSON
   * record is first scored. CSV rows are scored by a compilation reading their cells, made when the
   * first one is scored: a worker thread compiles the ICP once, for what its rows need.
   */
  readonly scorer?: CompiledIcp | undefined;
  /** Epoch milliseconds, or undefined when the ICP does not need it. */
  readonly now: number | undefined;
  /** The input's header, known before the first batch. */
  readonly header: () => readonly string[] | undefined;
  /** What row numbers count (for messages). */
  readonly unit: "line" | "item";
  readonly format: Format;
  readonly delimiter: string;
  readonly columns: ResultColumns;
  /** Builds the mapping for a header; `first` is the input's header (warn and check columns only then). */
  readonly resolve: (header: readonly string[], first: boolean) => FieldMapping;
  readonly missingValues: readonly string[];
  readonly strict: boolean;
  /** Rejected rows go to a rejects file; otherwise they stay in the output with tier `invalid`. */
  readonly hasRejects: boolean;
  readonly rejectsFormat: Format;
  readonly stats: ScoreStats;
  readonly errors: Pick<RowErrorReporter, "report">;
  /**
   * Whether the first batch's text starts with the output's head (the CSV header line, `[` of a
   * JSON array, the rejects file's header); false on worker threads, whose text goes after the head.
   */
  readonly head?: boolean;
}

/** Output text for a batch: the scored rows, and the rejected rows for the rejects file. */
export interface BatchText {
  readonly out: string;
  readonly rejected: string;
}

/** Scores batches of rows into output text; no streams, so it runs on any thread. */
export interface BatchScorer {
  processBatch(batch: readonly InputRow[]): BatchText;
  /** The text after the last batch (the header if there was no row, the end of a JSON array). */
  finish(): BatchText;
}

/** The scoring of batches: rows in, text out, counted in `stats`, malformed rows reported to `errors`. */
export function createBatchScorer(options: BatchScorerOptions): BatchScorer {
  const { icp, format, delimiter, columns, stats, errors } = options;
  const reader = { unit: options.unit, header: options.header };
  const scoreOptions: ScoreOptions | undefined = options.now === undefined ? undefined : { now: options.now };
  const encode = csvLineEncoder(delimiter);
  const rejectsEncode = csvLineEncoder(",");
  const addedCsv = columns.csvText(delimiter);
  let header: readonly string[] = [];
  let keys: readonly string[] = []; // the header as JSON keys
  let mapper: CompiledMapping | undefined;
  let bound: BoundMapping | undefined;
  // CSV rows are scored from their cells directly (the same values as from mapper.toLead).
  let cellScorer: CompiledIcp | undefined;
  let leadScorer = options.scorer;
  let check: ((values: ArrayLike<unknown>) => string | undefined) | undefined;
  let started = false;
  let rowsWritten = 0;
  let warnedExtraKeys = false;
  const tierCounts = new Array<number>(TIER_ORDER.length).fill(0);

  function start(): BatchText {
    started = true;
    header = reader.header() ?? [];
    keys = recordKeys(header);
    const mapping = options.resolve(header, true);
    bound = bindMapping(header, mapping, { missingValues: options.missingValues, typed: true });
    mapper = mappingOf(bound);
    check = options.strict ? valueChecker(mapper.fields, options.missingValues) : undefined;
    shapes.set(header.join("\u0000"), { mapper, check });
    if (options.head === false) return { out: "", rejected: "" };
    let text = "";
    if (format === "csv") text += `${joinCsv(encode, delimiter, header, columns.names)}\n`;
    if (format === "json") text += "[";
    // Rejects name a row by what InputRow.line counts: its line, or its item in a JSON array.
    const rejected = options.hasRejects && options.rejectsFormat === "csv" ? `${rejectsEncode([reader.unit, "error", ...header])}\n` : "";
    return { out: text, rejected };
  }

  /*
   * JSON input: objects may differ in their keys, so each shape (key list) gets its own compiled
   * mapping, guessed the same way as the first object's; a bounded number of shapes is cached.
   */
  interface Shape {
    readonly mapper: CompiledMapping;
    readonly check: ((values: ArrayLike<unknown>) => string | undefined) | undefined;
  }
  const shapes = new Map<string, Shape>();
  function shapeOf(keys: readonly string[]): Shape {
    const id = keys.join("\u0000");
    let shape = shapes.get(id);
    if (shape === undefined) {
      const shapeMapper = compileMapping(keys, options.resolve(keys, false), { missingValues: options.missingValues, typed: true });
      shape = { mapper: shapeMapper, check: options.strict ? valueChecker(shapeMapper.fields, options.missingValues) : undefined };
      if (shapes.size < 256) shapes.set(id, shape);
    }
    return shape;
  }

  function jsonLine(record: Record<string, unknown>): string {
    const text = JSON.stringify(record);
    if (format === "jsonl") return `${text}\n`;
    return `${rowsWritten++ === 0 ? "\n" : ",\n"}${text}`;
  }

  /** The output line of a row; `added` is the encoded added cells (CSV) or the added fields (JSON). */
  function scoredText(row: InputRow, added: { text?: string; fields?: Record<string, unknown> }): string {
    if (format === "csv") {
      const addedText = added.text ?? "";
      // A well-formed CSV record without quotes (the reader gives its text) is copied as written.
      if (row.text !== undefined && row.error === undefined) return `${row.text}${delimiter}${addedText}\n`;
      const record = row.record;
      // An unparsable record keeps its text, as written, in the first column.
      const input = row.cells ?? (record !== undefined ? header.map((key) => cellText(record[key])) : row.raw !== undefined ? [row.raw] : []);
      if (record !== undefined && !warnedExtraKeys && Object.keys(record).some((key) => !header.includes(key))) {
        warnedExtraKeys = true;
        errors.report(row.line, EXTRA_KEYS_WARNING);
      }
      const cells = row.error === undefined ? input : fitCells(input, header.length);
      return cells.length === 0 ? `${addedText}\n` : `${encode(cells)}${delimiter}${addedText}\n`;
    }
    const base = row.cells !== undefined ? cellsToRecord(keys, row.cells) : row.record !== undefined ? { ...row.record } : { [reader.unit]: row.line, raw: row.raw ?? "" };
    return jsonLine(Object.assign(base, added.fields));
  }

  function rejectText(row: InputRow, reason: string): string {
    if (options.rejectsFormat === "csv") {
      const cells = row.cells ?? (row.record !== undefined ? header.map((key) => cellText((row.record as Record<string, unknown>)[key])) : [row.raw ?? ""]);
      return `${rejectsEncode([String(row.line), reason, ...cells])}\n`;
    }
    const entry: Record<string, unknown> = { [reader.unit]: row.line, error: reason };
    if (row.record !== undefined) entry["record"] = row.record;
    // The cells as read: a short row is not padded with empty cells it never had.
    else if (row.cells !== undefined) entry["record"] = cellsToRecord(keys.slice(0, row.cells.length), row.cells);
    else entry["raw"] = row.raw ?? "";
    return `${JSON.stringify(entry)}\n`;
  }

  function processBatch(batch: readonly InputRow[]): BatchText {
    const head = started ? undefined : start();
    let out = head?.out ?? "";
    let rejected = head?.rejected ?? "";
    const rowCheck = check;
    const tiers = stats.tiers;
    // The batch's rows per tier (TIER_ORDER's positions), added to stats.tiers at its end.
    tierCounts.fill(0);
    for (let index = 0; index < batch.length; index++) {
      const row = batch[index] as InputRow;
      stats.read++;
      let reason = row.error;
      let values: ArrayLike<unknown> | undefined;
      let lead: ((values: ArrayLike<unknown>) => Record<string, unknown>) | undefined;
      if (reason === undefined) {
        if (row.cells !== undefined) {
          values = row.cells;
          if (rowCheck !== undefined) reason = rowCheck(values);
        } else {
          const record = row.record as Record<string, unknown>;
          const keys = Object.keys(record);
          const shape = shapeOf(keys);
          values = keys.map((key) => record[key]);
          lead = shape.mapper.toLead;
          if (shape.check !== undefined) reason = shape.check(values);
        }
      }
      if (reason !== undefined || values === undefined) {
        const why = reason ?? "unreadable row";
        stats.rejected++;
        errors.report(row.line, why);
        if (options.hasRejects) rejected += rejectText(row, why);
        else {
          addToTier(tiers, INVALID_TIER, 1);
          out += scoredText(row, format === "csv" ? { text: encode(columns.invalidCells(`${reader.unit} ${row.line}: ${why}`)) } : { fields: columns.invalidFields(`${reader.unit} ${row.line}: ${why}`) });
        }
        continue;
      }
      const result =
        lead === undefined
          ? (cellScorer ??= compileIcpFrom(icp, mappedFieldSource(bound as BoundMapping))).score(values, scoreOptions)
          : (leadScorer ??= compileIcp(icp)).score(lead(values), scoreOptions);
      stats.scored++;
      let at = 0;
      while (at < TIER_ORDER.length && TIER_ORDER[at] !== result.tier) at++;
      if (at < TIER_ORDER.length) tierCounts[at] = (tierCounts[at] as number) + 1;
      else addToTier(tiers, result.tier, 1);
      out += scoredText(row, format === "csv" ? { text: addedCsv(result) } : { fields: columns.fields(result) });
    }
    for (let at = 0; at < TIER_ORDER.length; at++) {
      const count = tierCounts[at] as number;
      if (count > 0) addToTier(tiers, TIER_ORDER[at] as string, count);
    }
    return { out, rejected };
  }

  function finish(): BatchText {
    const head = started ? undefined : reader.header() !== undefined ? start() : undefined;
    let out = head?.out ?? (!started && format === "json" ? "[" : "");
    if (format === "json") out += rowsWritten > 0 ? "\n]\n" : "]\n";
    return { out, rejected: head?.rejected ?? "" };
  }

  return { processBatch, finish };
}

/**
 * The scoring stage on this thread: batches of input rows in, output text out (one string per
 * batch, so writes are few and large). Memory is bounded by the batches in flight.
 */
export function scoreRows(options: BatchScorerOptions, rejects: Writable | undefined): Transform {
  const scorer = createBatchScorer(options);
  const emit = (stream: Transform, text: BatchText, callback: TransformCallback): void => {
    const done = (): void => callback(null, text.out === "" ? undefined : text.out);
    if (text.rejected !== "" && rejects !== undefined && !rejects.write(text.rejected)) {
      rejects.once("drain", done);
      return;
    }
    done();
  };
  return new Transform({
    writableObjectMode: true,
    writableHighWaterMark: 2,
    readableHighWaterMark: 1 << 20,
    transform(batch: readonly InputRow[], _encoding, callback: TransformCallback) {
      let text: BatchText;
      try {
        text = scorer.processBatch(batch);
      } catch (error) {
        callback(error as Error);
        return;
      }
      emit(this, text, callback);
    },
    flush(callback: TransformCallback) {
      emit(this, scorer.finish(), callback);
    },
  });
}
