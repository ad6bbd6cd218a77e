import type { Worker } from "node:worker_threads";
import type { ScoreJob, ScoreJobResult } from "./score-job.js";

/* The bookkeeping of `icpfit score --threads` (parallel.ts): where jobs go, and their results. */

/** A place to score ranges: a worker, or the main thread itself. */
export interface Slot {
  /** Undefined: the main thread. */
  readonly worker: Worker | undefined;
  /** Its jobs not answered yet. */
  busy: number;
}

/** A job sent to a worker; settles with its result, or fails when a worker fails. */
export interface Job {
  readonly id: number;
  readonly last: boolean;
  /** Its range's slot (-1: its own bytes, given back in the result) and size. */
  readonly range: number;
  readonly size: number;
  readonly slot: Slot;
  result: ScoreJobResult | undefined;
  readonly done: Promise<ScoreJobResult>;
  readonly settle: (result: ScoreJobResult) => void;
  readonly fail: (error: Error) => void;
}

/** A job for `message`, sent to `slot`; a failure is seen when the job is awaited, in order. */
export function newJob(message: ScoreJob, slot: Slot): Job {
  let settle: (result: ScoreJobResult) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const done = new Promise<ScoreJobResult>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  done.catch(() => undefined);
  const job: Job = {
    id: message.id,
    last: message.last,
    range: message.slot,
    size: message.size,
    slot,
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

/** How many bytes `byte` are in `bytes`. */
export function countByte(bytes: Buffer, byte: number): number {
  let count = 0;
  for (let at = bytes.indexOf(byte); at !== -1; at = bytes.indexOf(byte, at + 1)) count++;
  return count;
}
