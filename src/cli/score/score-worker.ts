import { parentPort, workerData } from "node:worker_threads";
import type { CsvPiece } from "../io/csv-segments.js";
import { createScoreJob, type ScoreJobSetup } from "./score-job.js";

/*
 * A worker thread of `icpfit score` (built as dist/cli/score-worker.js): set up once from
 * workerData, then every message is a job (pieces of whole CSV records) answered with its result,
 * in the order received. A failure ends the thread with the error, which the main thread reports.
 */
const run = createScoreJob(workerData as ScoreJobSetup);
parentPort?.on("message", (pieces: readonly CsvPiece[]) => {
  const result = run(pieces);
  parentPort?.postMessage(result, [result.out.buffer as ArrayBuffer]);
});
