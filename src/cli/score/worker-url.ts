/*
 * Where the worker module of `icpfit score` is. The CLI's entry (dist/cli/main.js) sets it: bundled
 * code moves into shared chunks, so only the entry knows its own place next to score-worker.js.
 * Unset (the CLI run from its sources, in tests), scoring stays on the main thread.
 */
let workerUrl: URL | undefined;

/** Sets the URL of dist/cli/score-worker.js. */
export function setScoreWorkerUrl(url: URL): void {
  workerUrl = url;
}

/** The URL of the worker module, when known. */
export function scoreWorkerUrl(): URL | undefined {
  return workerUrl;
}
