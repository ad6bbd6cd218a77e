#!/usr/bin/env node
import { run } from "./run.js";
import { setScoreWorkerUrl } from "./score/worker-url.js";

setScoreWorkerUrl(new URL("./score-worker.js", import.meta.url));

// Downstream closed (e.g. `icpfit score ... | head`): stop quietly, like other Unix tools. Other
// stdout errors reach the command through its stream pipeline, which reports them.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
});

process.exitCode = await run(process.argv.slice(2));
