import { once } from "node:events";
import { Transform, type TransformCallback, type Writable } from "node:stream";
import { Worker } from "node:worker_threads";
import type { FieldMapping } from "../../adapters/index.js";
import { CliError } from "../cli-error.js";
import type { RecordReader } from "../io/input-row.js";
import type { HeaderMappingRequest } from "./header-mapping.js";
import { csvHeadReader, jsonlHeadReader, type HeadReader } from "./head-readers.js";
import { rangeCut } from "./range-cut.js";
import type { ResultColumnOptions } from "./result-columns.js";
import { createScoreJob, type ScoreJob, type ScoreJobResult, type ScoreJobSetup } from "./score-job.js";
import { createBatchScorer, EXTRA_KEYS_WARNING, type BatchScorer, type BatchScorerOptions } from "./score-rows.js";
import { countByte, newJob, type Job, type Slot } from "./parallel-jobs.js";
import { addToTier } from "./stats.js";

/*
 * `icpfit score --threads n`: n threads score, this one and n − 1 workers, for CSV and JSONL input.
 * What this thread does per byte is little next to what scoring costs, so that n threads on n cores
 * come close to n times one thread:
 *
 * - It reads the header itself (decoding only the input's first chunks): the CSV header record, or
 *   the first JSON record's keys, from which it resolves the mapping and writes the output's head.
 * - It cuts the bytes that follow into ranges of whole lines, at a line-break byte found with
 *   `lastIndexOf` (native), counts the range's line breaks with `indexOf` (for line numbers) and
 *   copies the range into a slot of memory shared with the workers: no decoding, no strings.
 * - The range goes to the worker with the fewest jobs; when every worker has two (one being scored,
 *   one waiting), this thread scores it itself, with the same code. Scoring decodes, cuts records,
 *   parses, maps, scores, formats and gives the output as UTF-8 bytes (a worker's transferred).
 * - This thread writes the output bytes as they are, reports row errors and adds up counts in input
 *   order, so the output is byte for byte what one thread writes.
 *
 * Scoring here too, rather than only reading and writing, spares one JavaScript engine (its memory,
 * its compilation of the same code, its garbage collection): on the 2-core benchmark, two workers
 * beside a thread that only read and wrote spent ~5.2 s of CPU for the 1,000,000 rows one thread
 * scores in ~4.0 s; this thread and one worker ~4.5 s (bench/README.md).
 *
 * A quoted CSV cell may hold a line break, so a range may end inside a record. The cut is chosen
 * where this is unlikely (see range-cut.ts), and the scorer checks: reading its range from a record
 * start, by the same rules as one thread, it knows whether the range ends at a record. When it does
 * not, it says where the unfinished record starts; the next range's result (read from the wrong
 * place) is dropped and that record is sent again with the next range. Results stay exact whatever
 * the cut; a bad cut only costs a range read twice.
 *
 * Jobs not written yet are bounded (memory stays flat): when they are all taken, reading waits.
 */

/*
 * Input bytes per job, at least: one 64 KiB read (some 540 rows of the benchmark file), so a
 * message costs little next to its work, and a range's text stays under V8's large-object size
 * (strings over 128 KiB are freed only by a full GC; bench/README.md).
 */
const JOB_BYTES = 64 * 1024;
/*
 * Jobs sent and not written yet, per thread (this one included): a worker's two (one being scored,
 * one waiting) and this thread's own, waiting behind them to be written in order. When they are all
 * taken, reading waits.
 */
const JOBS_PER_THREAD = 3;
/*
 * Ranges are copied into slots of this size in memory shared with the workers (a SharedArrayBuffer
 * given to them once), so a job's message carries only where its range is, and no buffer is
 * allocated or transferred per range: a new buffer per range, transferred, made V8 collect the main
 * thread's heap every few dozen ranges for "external memory pressure". A range too big for a slot
 * (a long record) gets a buffer of its own.
 */
const RANGE_SLOT = 256 * 1024;
/** A range's output slot (score-job.ts): the output is about twice the input on the benchmark file. */
const OUTPUT_SLOT = 4 * RANGE_SLOT;

/** Options of the parallel scorer, on top of those of the batch scorer on this thread. */
export interface ParallelScoreOptions extends Omit<BatchScorerOptions, "header" | "unit" | "format"> {
  /** The input format. */
  readonly input: "csv" | "jsonl";
  /** Output format: CSV or JSON Lines. */
  readonly format: ScoreJobSetup["format"];
  /** Threads that score, this one included: n − 1 workers (at least 2). */
  readonly threads: number;
  /** The worker module (dist/cli/score-worker.js). */
  readonly workerUrl: URL;
  readonly columnOptions: ResultColumnOptions;
  /** For the mapping of JSON records of other shapes, worked out on the workers. */
  readonly mappingRequest: HeaderMappingRequest;
  /** Where rejected rows go (`hasRejects`). */
  readonly rejects: Writable | undefined;
}

/** Jobs a worker has before this thread scores the next range itself: one being scored, one waiting. */
const BUSY = 2;
/** This thread, as a place to score a range. */
const HERE: Slot = { worker: undefined, busy: 0 };

class ParallelScorer extends Transform {
  /** Bytes read so far (progress). */
  bytes = 0;
  header: string[] | undefined;
  private readonly options: ParallelScoreOptions;
  private readonly head: HeadReader;
  private readonly local: BatchScorer;
  private mapping: FieldMapping | undefined;
  private slots: Slot[] | undefined;
  /** Scores a range on this thread, when every worker has enough to do. */
  private scoreHere: ((job: ScoreJob) => ScoreJobResult) | undefined;
  private newline = 10;
  /** Bytes read and not sent yet, and the line they start on. */
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private line = 1;
  /** Jobs sent, in input order, and those not answered yet. */
  private readonly jobs: Job[] = [];
  private readonly unanswered = new Map<number, Job>();
  private nextId = 0;
  /** The range slots, and those free. */
  private ranges: SharedArrayBuffer | undefined;
  private outputs: SharedArrayBuffer | undefined;
  private readonly freeSlots: number[] = [];
  private failure: Error | undefined;
  private warnedExtraKeys = false;

  constructor(options: ParallelScoreOptions) {
    super({ readableHighWaterMark: 1 << 20 });
    this.options = options;
    this.head = options.input === "csv" ? csvHeadReader(options.delimiter) : jsonlHeadReader();
    // On this thread, only the output's head and end: the rows are all scored on the workers.
    this.local = createBatchScorer({
      ...options,
      unit: "line",
      header: () => this.header,
      resolve: (header, first) => {
        const mapping = options.resolve(header, first);
        if (first) this.mapping = mapping;
        return mapping;
      },
    });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    this.consume(chunk).then(() => callback(), callback);
  }

  override _flush(callback: TransformCallback): void {
    this.finish().then(() => callback(), callback);
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.stopWorkers().then(() => callback(error), () => callback(error));
  }

  private async consume(chunk: Buffer): Promise<void> {
    if (this.slots === undefined) {
      const data = this.readHead(chunk);
      if (data === undefined) return;
      chunk = data;
    }
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes >= JOB_BYTES) {
      const cut = rangeCut(chunk, this.newline, this.options.input === "csv");
      if (cut >= 0) this.send(this.pendingBytes - chunk.length + cut + 1, false);
    }
    // Write what is done; wait while every job slot is taken.
    while (this.jobs[0]?.result !== undefined) await this.writeOldest();
    while (this.jobs.length >= this.options.threads * JOBS_PER_THREAD) await this.writeOldest();
  }

  /** Reads the header; once it is known, writes the output's head, starts the workers and returns the rows' bytes. */
  private readHead(chunk: Buffer | undefined): Buffer | undefined {
    const found = this.head.feed(chunk);
    if (found === undefined) return undefined;
    this.header = found.header;
    this.line = found.line;
    this.newline = this.head.newline() === "\n" ? 10 : 13;
    this.writeText(this.local.processBatch([])); // the head, and the mapping (warnings included)
    if (!this.destroyed) this.startWorkers();
    return found.rest;
  }

  private async finish(): Promise<void> {
    if (this.slots === undefined) {
      const data = this.readHead(undefined);
      if (data !== undefined) {
        this.pending.push(data);
        this.pendingBytes += data.length;
      }
    }
    if (this.slots !== undefined) this.send(this.pendingBytes, true);
    while (this.jobs.length > 0) await this.writeOldest();
    this.writeText(this.local.finish());
    await this.stopWorkers();
  }

  private startWorkers(): void {
    const { options } = this;
    // One slot per job in flight, and one for a range read again.
    const slots = options.threads * JOBS_PER_THREAD + 1;
    this.ranges = new SharedArrayBuffer(slots * RANGE_SLOT);
    this.outputs = new SharedArrayBuffer(slots * OUTPUT_SLOT);
    for (let slot = slots - 1; slot >= 0; slot--) this.freeSlots.push(slot);
    const setup: ScoreJobSetup = {
      icp: options.icp,
      now: options.now,
      columnOptions: options.columnOptions,
      input: options.input,
      header: this.header ?? [],
      newline: this.head.newline(),
      mapping: this.mapping ?? {},
      mappingRequest: options.mappingRequest,
      format: options.format,
      delimiter: options.delimiter,
      missingValues: options.missingValues,
      strict: options.strict,
      hasRejects: options.hasRejects,
      rejectsFormat: options.rejectsFormat,
      ranges: this.ranges,
      slotSize: RANGE_SLOT,
      outputs: this.outputs,
      outputSize: OUTPUT_SLOT,
    };
    this.slots = Array.from({ length: options.threads - 1 }, () => {
      const worker = new Worker(options.workerUrl, { workerData: setup });
      const slot: Slot = { worker, busy: 0 };
      worker.on("message", (result: ScoreJobResult) => {
        slot.busy--;
        const job = this.unanswered.get(result.id);
        this.unanswered.delete(result.id);
        job?.settle(result);
      });
      worker.on("error", (error) => this.fail(error));
      worker.on("exit", (code) => {
        if (code !== 0 || slot.busy > 0) this.fail(new Error(`a scoring thread stopped (exit code ${code})`));
      });
      return slot;
    });
    // Its output stays text: it is written from this thread, as one thread writes it (no UTF-8 copy first).
    // Compiled after the workers start, so that they start meanwhile.
    this.scoreHere = createScoreJob(setup, { encode: false });
  }

  /** Sends the first `size` pending bytes as a job (`last`: all of them, the input's end). */
  private send(size: number, last: boolean, first = false): void {
    const slot = size <= RANGE_SLOT ? (this.freeSlots.pop() ?? -1) : -1;
    const bytes = slot >= 0 ? new Uint8Array(this.ranges as SharedArrayBuffer, slot * RANGE_SLOT, size) : new Uint8Array(size);
    let filled = 0;
    while (filled < size) {
      const part = this.pending[0] as Buffer;
      const used = Math.min(part.length, size - filled);
      bytes.set(used === part.length ? part : part.subarray(0, used), filled);
      filled += used;
      if (used === part.length) this.pending.shift();
      else this.pending[0] = part.subarray(used);
    }
    this.pendingBytes -= size;
    const line = this.line;
    this.line += countByte(Buffer.from(bytes.buffer, bytes.byteOffset, size), this.newline);
    this.dispatch({ id: this.nextId++, slot, size, bytes: slot >= 0 ? undefined : bytes, line, last }, first);
  }

  /** Sends a job to the least busy worker; `first`: ahead of every job in the queue. */
  private dispatch(message: ScoreJob, first: boolean): void {
    const slots = this.slots as Slot[];
    let slot = slots[0] as Slot;
    for (const other of slots) if (other.busy < slot.busy) slot = other;
    if (slot.busy >= BUSY) slot = HERE;
    const job = newJob(message, slot);
    if (first) this.jobs.unshift(job);
    else this.jobs.push(job);
    if (this.failure !== undefined) {
      job.fail(this.failure);
      return;
    }
    if (slot.worker === undefined) {
      job.settle((this.scoreHere as (job: ScoreJob) => ScoreJobResult)(message));
      return;
    }
    this.unanswered.set(job.id, job);
    slot.busy++;
    slot.worker.postMessage(message, message.bytes !== undefined && message.bytes.byteLength > 0 ? [message.bytes.buffer as ArrayBuffer] : []);
  }

  /** Waits for the oldest job, then counts, reports and writes its result. */
  private async writeOldest(): Promise<void> {
    const job = this.jobs[0] as Job;
    const result = job.result ?? (await job.done);
    this.jobs.shift();
    if (result.failure !== undefined) throw result.failure.exitCode === undefined ? new Error(result.failure.message) : new CliError(result.failure.message, result.failure.exitCode);
    const { stats, errors } = this.options;
    stats.read += result.read;
    stats.scored += result.scored;
    stats.rejected += result.rejectedRows;
    for (const [tier, count] of result.tiers) addToTier(stats.tiers, tier, count);
    for (const [line, reason] of result.errors) {
      // Each worker warns once about keys the first record lacks; the run warns once.
      if (reason === EXTRA_KEYS_WARNING) {
        if (this.warnedExtraKeys) continue;
        this.warnedExtraKeys = true;
      }
      errors.report(line, reason);
    }
    const out = result.out;
    // From the job's output slot, copied: the slot is used again before the output stream writes it.
    const bytes = result.outSlot >= 0 ? Buffer.from(new Uint8Array(this.outputs as SharedArrayBuffer, job.range * OUTPUT_SLOT, result.outSlot)) : undefined;
    const text = { out: bytes ?? (typeof out === "string" ? out : Buffer.from(out.buffer, out.byteOffset, out.byteLength)), rejected: result.rejected };
    const { rejects } = this.options;
    if (text.rejected !== "" && rejects !== undefined && !this.writeRejected(rejects, text.rejected)) await once(rejects, "drain");
    this.writeText({ out: text.out, rejected: "" });
    if (result.tail >= 0) await this.readAgain(job, result);
    else this.release(job);
  }

  /*
   * A record crosses the end of the oldest job's range: the jobs after it started at the wrong place.
   * The record is sent again with the next job's bytes (and more, until the bytes sent at least
   * double, so that a long record is read again a few times, not once per range); those jobs'
   * results are dropped. With no job after it, the record goes back before the bytes not sent yet.
   */
  private async readAgain(job: Job, result: ScoreJobResult): Promise<void> {
    // Copied out of the slots, which are then free (this is rare: copies cost little here).
    const parts = [Buffer.from(this.rangeBytes(job, result).subarray(result.tail))];
    this.release(job);
    let size = (parts[0] as Buffer).length;
    const tail = size;
    let last = false;
    while (this.jobs.length > 0 && !last && (size < 2 * tail || parts.length === 1)) {
      const next = this.jobs.shift() as Job;
      const dropped = next.result ?? (await next.done);
      const bytes = Buffer.from(this.rangeBytes(next, dropped));
      this.release(next);
      parts.push(bytes);
      size += bytes.length;
      last = next.last;
    }
    this.pending.unshift(...parts);
    this.pendingBytes += size;
    if (parts.length === 1) {
      // The record waits, with the bytes read after it, for the next cut.
      this.line = result.tailLine;
      return;
    }
    const pendingLine = this.line; // the line of the bytes not sent yet, after the jobs still queued
    this.line = result.tailLine;
    this.send(size, last, true);
    this.line = pendingLine;
  }

  /** The bytes of a job's range: in its slot, or given back with its result. */
  private rangeBytes(job: Job, result: ScoreJobResult): Buffer {
    if (job.range >= 0) return Buffer.from(this.ranges as SharedArrayBuffer, job.range * RANGE_SLOT, job.size);
    const bytes = result.bytes ?? new Uint8Array(0);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Frees a job's slot once its result is written and its range no longer read. */
  private release(job: Job): void {
    if (job.range >= 0) this.freeSlots.push(job.range);
  }

  /**
   * Writes rejected rows; false when the rejects file wants a drain first. A rejects file that
   * failed (a full disk) fails the run here: it emits its error once, and waiting for it to drain
   * would wait for ever.
   */
  private writeRejected(rejects: Writable, text: string): boolean {
    const ready = rejects.write(text);
    if (rejects.errored !== null) throw rejects.errored;
    return ready;
  }

  private writeText(text: { readonly out: string | Buffer; readonly rejected: string }): void {
    const { rejects } = this.options;
    if (text.rejected !== "" && rejects !== undefined) this.writeRejected(rejects, text.rejected);
    if (text.out.length > 0) this.push(text.out);
  }

  /** A worker failed: every job not answered yet fails with its error (reported when its turn comes). */
  private fail(error: Error): void {
    if (this.failure !== undefined) return;
    this.failure = error;
    for (const job of this.unanswered.values()) job.fail(error);
    this.unanswered.clear();
  }

  private async stopWorkers(): Promise<void> {
    const slots = this.slots ?? [];
    for (const slot of slots) slot.worker?.removeAllListeners("exit");
    await Promise.all(slots.map((slot) => slot.worker?.terminate()));
  }
}

/** A scoring stage on worker threads: bytes in, output bytes out, the same bytes as on one thread. */
export function parallelScorer(options: ParallelScoreOptions): RecordReader {
  const scorer = new ParallelScorer(options);
  return { stream: scorer, header: () => scorer.header, bytesRead: () => scorer.bytes, unit: "line" };
}
