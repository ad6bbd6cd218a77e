#!/usr/bin/env node
/*
 * Benchmark of `icpfit score` on inputs holding one very long record: a CSV cell (unquoted and
 * quoted) or a JSONL line of 5, 10, 20 and 50 MB between short rows. The time should grow
 * linearly with the size, and peak RSS stay bounded: a record over 8 Mi characters is reported as
 * an invalid row and skipped, not held (docs/guides/cli.md, "Limits").
 *
 * Usage: npm run build && node bench/cli-long-line.bench.mjs [--sizes 5,10,20,50] [--runs 1]
 *          [--cli dist/cli/main.js] [--baseline <another build's dist/cli/main.js>]
 * With --baseline, both builds run each input in turn (the baseline first), so the numbers side by
 * side share the machine's load. Peak RSS is the child's own maxRSS, as in cli-score.bench.mjs.
 * The inputs are written to the OS temp directory (never committed).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    cli: { type: "string", default: join(ROOT, "dist/cli/main.js") },
    baseline: { type: "string" },
    sizes: { type: "string", default: "5,10,20,50" },
    runs: { type: "string", default: "1" },
  },
});
const runs = Number(values.runs);
const builds = [...(values.baseline === undefined ? [] : [{ label: "before", cli: values.baseline }]), { label: values.baseline === undefined ? "time" : "after", cli: values.cli }];
for (const { cli } of builds) {
  if (!existsSync(cli)) {
    console.error(`${cli} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}
const dir = join(tmpdir(), "icpfit-bench-long-line");
mkdirSync(dir, { recursive: true });
const output = join(dir, `out-${process.pid}`);
const PRELOAD = `data:text/javascript,process.on("exit",()=>process.stderr.write("\\n@@maxrss "+process.resourceUsage().maxRSS+"\\n"))`;

/** The inputs of one size: short rows around one long record. */
function inputs(megabytes) {
  const long = "x".repeat(megabytes * 1024 * 1024);
  const files = [
    ["CSV cell", "csv", `id,company,notes\n1,Acme,short\n2,Big,${long}\n3,After,ok\n`],
    ["CSV quoted cell", "csv", `id,company,notes\n1,Acme,short\n2,Big,"${long}"\n3,After,ok\n`],
    ["JSONL line", "jsonl", `${JSON.stringify({ id: 1, company: "Acme" })}\n${JSON.stringify({ id: 2, company: "Big", notes: long })}\n${JSON.stringify({ id: 3, company: "After" })}\n`],
  ];
  return files.map(([kind, extension, text]) => {
    const path = join(dir, `long-${megabytes}-${kind.replaceAll(" ", "-")}.${extension}`);
    writeFileSync(path, text);
    return { kind, path };
  });
}

function runOnce(cli, input) {
  const args = ["--import", PRELOAD, cli, "score", "--icp", join(ROOT, "examples/icp.json"), "--now", "2026-11-23", "--quiet", "--no-progress", "--out", output, input];
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 24 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0) throw new Error(`${cli} on ${input} failed (exit ${child.status}):\n${child.stderr}`);
  return { seconds, rssMb: Number(/@@maxrss (\d+)/.exec(child.stderr)?.[1] ?? NaN) / 1024 };
}

console.log(`machine: ${cpus()[0]?.model ?? "?"} × ${cpus().length}, Node ${process.version}; best of ${runs} run(s), peak RSS the highest\n`);
console.log(`| input | ${builds.map(({ label }) => `${label} (s) | ${label} peak RSS (MB)`).join(" | ")} |`);
console.log(`|---|${builds.map(() => "---:|---:").join("|")}|`);
for (const megabytes of values.sizes.split(",").map(Number)) {
  for (const { kind, path } of inputs(megabytes)) {
    const samples = builds.map(() => []);
    for (let run = 0; run < runs; run++) builds.forEach(({ cli }, index) => samples[index].push(runOnce(cli, path)));
    const cells = samples.map((own) => `${Math.min(...own.map((s) => s.seconds)).toFixed(2)} | ${Math.max(...own.map((s) => s.rssMb)).toFixed(0)}`);
    console.log(`| ${kind}, ${megabytes} MB | ${cells.join(" | ")} |`);
    rmSync(path, { force: true });
  }
}
rmSync(output, { force: true });
