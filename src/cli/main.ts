#!/usr/bin/env node
import { onStdoutError } from "./io/stdout-failure.js";
import { run } from "./run.js";
import { setScoreWorkerUrl } from "./score/worker-url.js";

setScoreWorkerUrl(new URL("./score-worker.js", import.meta.url));

// Downstream closed (`icpfit score ... | head`): stop quietly; any other failure (a full disk) is
// reported as a failing --out is, with exit 1.
const command = process.argv[2];
process.stdout.on("error", onStdoutError(command !== undefined && /^[a-z]+$/.test(command) ? command : undefined));

process.exitCode = await run(process.argv.slice(2));
