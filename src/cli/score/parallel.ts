import { once } from "node:events";
import { Transform, type TransformCallback, type Writable } from "node:stream";
import { Worker } from "node:worker_threads";
import type { FieldMapping } from "../../adapters/index.js";
import { CsvPieceParser } from "../io/csv-reader.js";
import { CsvSegmenter, type CsvPiece } from "../io/csv-segments.js";
import type { InputRow, RecordReader } from "../io/input-row.js";
import type { ResultColumnOptions } from "./result-columns.js";
import type { ScoreJobResult, ScoreJobSetup } from "./score-job.js";
import { createBatchScorer, type BatchScorer, type BatchScorerOptions } from "./score-rows.js";
import { addToTier } from "./stats.js";

/*
 * `icpfit score` on several threads, for CSV input. The main thread decodes the bytes and cuts
 * them into pieces of whole records (CsvSegmenter: string searches, no cells); worker threads
 * parse, map, score and format the pieces; the main thread writes their text, reports their row
 * errors and adds up their counts in input order, so the output is byte for byte what one thread
 * writes. The pieces cross as text (structured clone copies a string at memory speed; an array of
 * rows would cost more to clone than to parse), the output comes back as UTF-8 bytes, transferred.
 *
 * The first piece of the input (its header, the column mapping and the first rows) is scored on the
 * main thread, as without workers; then the workers start. Jobs in flight are bounded (memory stays
 * flat): when they are all busy, reading waits.
 */

/*
 * Characters of input per job: one or two input chunks (some 700 to 1,400 rows here), so a message
 * costs little next to its work. Jobs of 256 Ki characters were as fast but peaked 30–40 MB higher
 * on the 1,000,000-row benchmark (288–301 MB against mostly 256–267 MB): strings over V8's
 * large-object size (128 KiB) are only freed by a full GC, so fewer of them keep the heaps down.
 */
const JOB_CHARS = 64 * 1024;
/** Jobs in flight per worker: one being scored, one waiting, one whose result is being written. */
const JOBS_PER_WORKER = 3;

/** Options of the parallel scorer, on top of those of the batch scorer on this thread. */
export interface ParallelScoreOptions extends Omit<BatchScorerOptions, "header" | "unit" | "format"> {
  /** Output format: CSV or JSON Lines. */
  readonly format: ScoreJobSetup["format"];
  /** Worker threads (at least 1). */
  readonly threads: number;
  /** The worker module (dist/cli/score-worker.js). */
  readonly workerUrl: URL;
  /** The ICP as parsed, compiled again on each worker. */
  readonly icp: unknown;
  readonly columnOptions: ResultColumnOptions;
  /** Where rejected rows go (`hasRejects`). */
  readonly rejects: Writable | undefined;
}

/** A job sent to a worker; settles with its result, or fails when a worker fails. */
interface Job {
  result: ScoreJobResult | undefined;
  readonly done: Promise<ScoreJobResult>;
  readonly settle: (result: ScoreJobResult) => void;
  readonly fail: (error: Error) => void;
}

function newJob(): Job {
  let settle: (result: ScoreJobResult) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const done = new Promise<ScoreJobResult>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  done.catch(() => undefined); // a failure is seen when the job is awaited, in order
  const job: Job = {
    result: undefined,
    done,
    settle: (result) => {
      job.result = result;
      settle(result);
    },
    fail,
  };
  return job;
}

interface Slot {
  readonly worker: Worker;
  /** Its jobs not answered yet, oldest first (a worker answers in order). */
  readonly waiting: Job[];
}

class ParallelCsvScorer extends Transform {
  readonly segmenter: CsvSegmenter;
  private readonly options: ParallelScoreOptions;
  private parser: CsvPieceParser | undefined;
  private readonly local: BatchScorer;
  private mapping: FieldMapping | undefined;
  private slots: Slot[] | undefined;
  private failure: Error | undefined;
  private nextSlot = 0;
  private readonly jobs: Job[] = [];
  private gathered: CsvPiece[] = [];
  private gatheredChars = 0;

  constructor(options: ParallelScoreOptions) {
    super({ readableHighWaterMark: 1 << 20 });
    this.options = options;
    this.segmenter = new CsvSegmenter(options.delimiter);
    this.local = createBatchScorer({
      ...options,
      unit: "line",
      header: () => this.parser?.columns,
      resolve: (header, first) => {
        const mapping = options.resolve(header, first);
        if (first) this.mapping = mapping;
        return mapping;
      },
    });
  }

  get columns(): string[] | undefined {
    return this.parser?.columns;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.scorePieces(this.segmenter.write(chunk)).then(() => callback(), callback);
  }

  override _flush(callback: TransformCallback): void {
    this.finish().then(() => callback(), callback);
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.stopWorkers().then(() => callback(error), () => callback(error));
  }

  private async finish(): Promise<void> {
    await this.scorePieces(this.segmenter.end());
    this.dispatch();
    while (this.jobs.length > 0) await this.writeOldest();
    await this.writeText(this.local.finish());
    await this.stopWorkers();
  }

  /** Scores pieces here until the workers take over, then hands them out in jobs. */
  private async scorePieces(pieces: readonly CsvPiece[]): Promise<void> {
    for (const piece of pieces) {
      if (this.slots !== undefined) {
        this.gathered.push(piece);
        this.gatheredChars += "text" in piece ? piece.text.length : 1;
        if (this.gatheredChars >= JOB_CHARS) this.dispatch();
        continue;
      }
      this.parser ??= new CsvPieceParser({ delimiter: this.options.delimiter, newline: this.segmenter.newline });
      const rows: InputRow[] = [];
      this.parser.parse(piece, rows);
      if (this.parser.columns === undefined) continue; // blank lines before the header
      await this.writeText(this.local.processBatch(rows));
      // The output may have failed meanwhile (a closed pipe): then no worker may start, as
      // _destroy has already stopped the ones there were, and a live worker keeps the process up.
      if (this.destroyed) return;
      this.startWorkers(this.parser.columns);
    }
    // Write what is done; wait while every job slot is taken.
    while (this.jobs[0]?.result !== undefined) await this.writeOldest();
    while (this.jobs.length >= (this.slots?.length ?? 0) * JOBS_PER_WORKER && this.jobs.length > 0) await this.writeOldest();
  }

  private startWorkers(columns: string[]): void {
    const { options } = this;
    const setup: ScoreJobSetup = {
      icp: options.icp,
      now: options.now,
      columnOptions: options.columnOptions,
      mapping: this.mapping ?? {},
      columns,
      delimiter: options.delimiter,
      newline: this.segmenter.newline,
      format: options.format,
      missingValues: options.missingValues,
      strict: options.strict,
      hasRejects: options.hasRejects,
      rejectsFormat: options.rejectsFormat,
    };
    this.slots = Array.from({ length: options.threads }, () => {
      const slot: Slot = { worker: new Worker(options.workerUrl, { workerData: setup }), waiting: [] };
      slot.worker.on("message", (result: ScoreJobResult) => slot.waiting.shift()?.settle(result));
      slot.worker.on("error", (error) => this.fail(error));
      slot.worker.on("exit", (code) => {
        if (code !== 0 || slot.waiting.length > 0) this.fail(new Error(`a scoring thread stopped (exit code ${code})`));
      });
      return slot;
    });
  }

  /** Sends the gathered pieces to the next worker. */
  private dispatch(): void {
    const slots = this.slots;
    if (slots === undefined || this.gathered.length === 0) return;
    const slot = slots[this.nextSlot++ % slots.length] as Slot;
    const job = newJob();
    if (this.failure !== undefined) job.fail(this.failure);
    else {
      slot.waiting.push(job);
      slot.worker.postMessage(this.gathered);
    }
    this.jobs.push(job);
    this.gathered = [];
    this.gatheredChars = 0;
  }

  /** Waits for the oldest job, then counts, reports and writes its result. */
  private async writeOldest(): Promise<void> {
    const job = this.jobs[0] as Job;
    const result = job.result ?? (await job.done);
    this.jobs.shift();
    const { stats, errors } = this.options;
    stats.read += result.read;
    stats.scored += result.scored;
    stats.rejected += result.rejectedRows;
    for (const [tier, count] of result.tiers) addToTier(stats.tiers, tier, count);
    for (const [line, reason] of result.errors) errors.report(line, reason);
    await this.writeText({ out: Buffer.from(result.out.buffer, result.out.byteOffset, result.out.byteLength), rejected: result.rejected });
  }

  private async writeText(text: { readonly out: string | Buffer; readonly rejected: string }): Promise<void> {
    const { rejects } = this.options;
    if (text.rejected !== "" && rejects !== undefined && !rejects.write(text.rejected)) await once(rejects, "drain");
    if (text.out.length > 0) this.push(text.out);
  }

  /** A worker failed: every job not answered yet fails with its error (reported when its turn comes). */
  private fail(error: Error): void {
    if (this.failure !== undefined) return;
    this.failure = error;
    for (const slot of this.slots ?? []) for (const job of slot.waiting.splice(0)) job.fail(error);
  }

  private async stopWorkers(): Promise<void> {
    const slots = this.slots ?? [];
    for (const slot of slots) slot.worker.removeAllListeners("exit");
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }
}

/** A CSV scoring stage on worker threads: bytes in, output text out, the same text as on one thread. */
export function parallelCsvScorer(options: ParallelScoreOptions): RecordReader {
  const scorer = new ParallelCsvScorer(options);
  return { stream: scorer, header: () => scorer.columns, bytesRead: () => scorer.segmenter.bytes, unit: "line" };
}
