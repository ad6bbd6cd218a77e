#!/usr/bin/env node
/*
 * Title normalisation accuracy and speed (issue #16, point 2). A script, not a test: it prints
 * figures, which are written down in bench/README.md. (test/engine/title/normalize-title.test.ts
 * asserts the accuracy goals on the same fixture.)
 *
 * It runs `normalizeTitle` from the BUILT package (dist/index.js, or --dist / ICPFIT_DIST) over the
 * hand-labelled titles in test/fixtures/titles.json and prints
 *   - accuracy overall, per language, and per expected class (recall) for seniority and department;
 *   - every miss, grouped by (expected -> got), with its titles: the confusion of the misses;
 *   - throughput: titles per second over repeated passes of the fixture (median of rounds).
 *
 * Usage: node bench/title-accuracy.mjs [--dist dist/index.js] [--fixture test/fixtures/titles.json]
 *                                      [--rounds 9] [--json results.json]
 * (--fixture test/fixtures/titles-holdout.json measures the held-out set.)
 */
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values: args } = parseArgs({
  options: {
    dist: { type: "string", default: process.env.ICPFIT_DIST ?? "dist/index.js" },
    fixture: { type: "string", default: "test/fixtures/titles.json" },
    rounds: { type: "string", default: "9" },
    json: { type: "string" },
  },
});
const { normalizeTitle } = await import(pathToFileURL(resolve(root, args.dist)).href);
const { titles } = JSON.parse(readFileSync(resolve(root, args.fixture), "utf8"));

const percent = (part, whole) => (whole === 0 ? "-" : `${((100 * part) / whole).toFixed(1)}%`);

function tally(rows, key) {
  const byLabel = new Map();
  let correct = 0;
  const misses = new Map();
  for (const row of rows) {
    const expected = row[key];
    const got = row.result[key];
    const entry = byLabel.get(expected) ?? { total: 0, correct: 0 };
    entry.total += 1;
    if (got === expected) {
      entry.correct += 1;
      correct += 1;
    } else {
      const pair = `${expected} -> ${got}`;
      misses.set(pair, [...(misses.get(pair) ?? []), row.title]);
    }
    byLabel.set(expected, entry);
  }
  return { correct, total: rows.length, byLabel, misses };
}

function printTally(name, { correct, total, byLabel, misses }) {
  console.log(`\n${name}: ${correct}/${total} = ${percent(correct, total)}`);
  for (const [label, { total: n, correct: c }] of [...byLabel].sort((a, b) => b[1].total - a[1].total)) {
    console.log(`  ${label.padEnd(18)} ${String(c).padStart(4)}/${String(n).padEnd(4)} ${percent(c, n)}`);
  }
  if (misses.size > 0) console.log(`  misses (expected -> got):`);
  for (const [pair, list] of [...misses].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`    ${pair} (${list.length}): ${list.map((title) => JSON.stringify(title)).join(", ")}`);
  }
}

const rows = titles.map((row) => ({ ...row, result: normalizeTitle(row.title) }));
const seniority = tally(rows, "seniority");
const department = tally(rows, "department");
const both = rows.filter((row) => row.result.seniority === row.seniority && row.result.department === row.department).length;

console.log(`normalizeTitle on ${rows.length} labelled titles (${args.fixture}), ${args.dist}`);
console.log(`both right: ${both}/${rows.length} = ${percent(both, rows.length)}`);
const languages = [...new Set(rows.map((row) => row.lang))];
for (const lang of languages) {
  const subset = rows.filter((row) => row.lang === lang);
  const s = subset.filter((row) => row.result.seniority === row.seniority).length;
  const d = subset.filter((row) => row.result.department === row.department).length;
  console.log(`  ${lang.padEnd(5)} ${String(subset.length).padStart(4)} titles: seniority ${percent(s, subset.length)}, department ${percent(d, subset.length)}`);
}
printTally("seniority", seniority);
printTally("department", department);

// Confidence against correctness: is a high confidence more often right?
const bands = [[0, 0.5], [0.5, 0.75], [0.75, 0.9], [0.9, 1.01]];
console.log("\nconfidence band: titles, both right");
for (const [low, high] of bands) {
  const subset = rows.filter((row) => row.result.confidence >= low && row.result.confidence < high);
  const right = subset.filter((row) => row.result.seniority === row.seniority && row.result.department === row.department).length;
  console.log(`  [${low}, ${Math.min(high, 1)}${high > 1 ? "]" : ")"} ${String(subset.length).padStart(4)} titles, ${percent(right, subset.length)} both right`);
}

// Throughput: passes over the fixture's titles for at least 250 ms per round, median of rounds.
const inputs = titles.map((row) => row.title);
let sink = 0;
for (let warm = 0; warm < 20; warm++) for (const title of inputs) sink += normalizeTitle(title).confidence;
const rates = [];
for (let round = 0; round < Number(args.rounds); round++) {
  let count = 0;
  const started = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < 250) {
    for (const title of inputs) sink += normalizeTitle(title).confidence;
    count += inputs.length;
    elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  }
  rates.push((count / elapsed) * 1000);
}
rates.sort((a, b) => a - b);
const median = rates[Math.floor(rates.length / 2)];
// Hostile input: 21 different 1.1 MB titles (each built anew, so none is already flattened).
const hostileTimes = [];
let hostileResult;
for (let run = 0; run < 21; run++) {
  const hostile = `${run} ${"Senior Vice President ".repeat(50_000)}`;
  const hostileStarted = process.hrtime.bigint();
  hostileResult = normalizeTitle(hostile);
  hostileTimes.push(Number(process.hrtime.bigint() - hostileStarted) / 1e6);
}
hostileTimes.sort((a, b) => a - b);
console.log(`\nthroughput: ${Math.round(median).toLocaleString("en-US")} titles/s (median of ${rates.length} rounds, range ${Math.round(rates[0]).toLocaleString("en-US")}–${Math.round(rates[rates.length - 1]).toLocaleString("en-US")}); ${(1e9 / median).toFixed(0)} ns/title`);
console.log(`a 1.1 MB title: ${hostileTimes[10].toFixed(2)} ms (median of 21; max ${hostileTimes[20].toFixed(2)} ms), read as ${hostileResult.seniority}`);
console.log(`Node ${process.version}, ${os.cpus()[0]?.model ?? "?"}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(2)} (checksum ${sink.toFixed(0)})`);

if (args.json !== undefined) {
  writeFileSync(
    args.json,
    JSON.stringify({
      titles: rows.length,
      both,
      seniority: { correct: seniority.correct, byLabel: Object.fromEntries(seniority.byLabel) },
      department: { correct: department.correct, byLabel: Object.fromEntries(department.byLabel) },
      titlesPerSecond: median,
    }, null, 2),
  );
}
