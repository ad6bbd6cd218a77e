import { parentPort, workerData } from "node:worker_threads";
import { createScoreJob, type ScoreJob, type ScoreJobSetup } from "./score-job.js";

/*
 * A worker thread of `icpfit score` (built as dist/cli/score-worker.js): set up once from
 * workerData (the ICP is compiled here once), then every message is a job (a range of the input's
 * bytes, in a slot of memory shared with the main thread, or its own when too big for one)
 * answered with its result. The output (and a range's own bytes) go back transferred, not copied. An unexpected failure ends the thread with the error, which the main thread reports.
 */
const run = createScoreJob(workerData as ScoreJobSetup);
parentPort?.on("message", (job: ScoreJob) => {
  const result = run(job);
  const transfer = typeof result.out === "string" ? [] : [result.out.buffer as ArrayBuffer];
  if (result.bytes !== undefined && result.bytes.byteLength > 0) transfer.push(result.bytes.buffer as ArrayBuffer);
  parentPort?.postMessage(result, transfer);
});
