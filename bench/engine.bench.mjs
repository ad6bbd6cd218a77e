#!/usr/bin/env node
/*
 * Engine benchmark (issue #3, point 9). A script, not a test: it prints figures, it asserts only
 * that the engines compute the same thing. Results are written down in bench/README.md.
 *
 * On the same seeded synthetic leads (bench/synthetic-leads.mjs) it compares
 *   - icpfit: `compileIcp(examples/icp.json).score(lead, { now })`, full breakdown per lead,
 *     loaded from the BUILT package (dist/index.js, or --dist / ICPFIT_DIST);
 *   - hand-written: the same ICP as one plain JavaScript function (bench/handwritten.mjs);
 *   - json-rules-engine: the same rules as json-rules-engine rules, on a subsample (it is async and
 *     far slower), reported per lead like the others; with a dot-path `pathResolver` (its fastest
 *     documented set-up, used for the ratio) and with its default JSONPath paths.
 * Rounds are interleaved (the order rotates each round) after a warm-up; each figure is the median.
 *
 * It also checks that icpfit and the hand-written function agree on every lead (score and tier),
 * that json-rules-engine fires exactly the rules icpfit matches, that scoring runs no zod parse
 * (a counter on every exported schema, and a CPU profile of a scoring pass), and measures memory.
 *
 * Usage: node bench/engine.bench.mjs [--dist dist/index.js] [--leads 100000] [--jre-leads 10000]
 *                                    [--rounds 9] [--seed 20261115] [--json results.json]
 */
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import { Session } from "node:inspector/promises";
import { Engine } from "json-rules-engine";
import { DEFAULT_SEED, NOW_ISO, NOW_MS, syntheticLeads } from "./synthetic-leads.mjs";
import { scoreHandwritten } from "./handwritten.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values: args } = parseArgs({
  options: {
    dist: { type: "string", default: process.env.ICPFIT_DIST ?? "dist/index.js" },
    leads: { type: "string", default: "100000" },
    "jre-leads": { type: "string", default: "10000" },
    rounds: { type: "string", default: "9" },
    seed: { type: "string", default: String(DEFAULT_SEED) },
    json: { type: "string" },
  },
});
const LEADS = Number(args.leads);
const JRE_LEADS = Math.min(Number(args["jre-leads"]), LEADS);
const ROUNDS = Number(args.rounds);
const SEED = Number(args.seed);
const distPath = resolve(root, args.dist);

// A real gc() without needing --expose-gc on the command line, for the memory figures.
v8.setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc");

const icpfit = await import(pathToFileURL(distPath).href);
const icp = JSON.parse(readFileSync(resolve(root, "examples/icp.json"), "utf8"));
const scorer = icpfit.compileIcp(icp);
const options = { now: NOW_MS };

const fmt = (value) => Math.round(value).toLocaleString("en-US");
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const log = (line = "") => process.stdout.write(`${line}\n`);

log("# icpfit engine benchmark");
log(`node ${process.version} (V8 ${process.versions.v8}), ${os.cpus()[0]?.model ?? "unknown CPU"}, ${os.cpus().length} cores, ${os.platform()} ${os.arch()}`);
log(`load average ${os.loadavg().map((load) => load.toFixed(2)).join(" ")} (1, 5, 15 min): other work on the machine slows every engine alike, but widens the spread`);
log(`icpfit from ${distPath}`);
log(`ICP examples/icp.json (${icp.rules.length} rules), now = ${NOW_ISO}, seed ${SEED}`);

const started = performance.now();
const leads = syntheticLeads(LEADS, SEED);
log(`${fmt(LEADS)} synthetic leads generated in ${fmt(performance.now() - started)} ms; json-rules-engine subsample: first ${fmt(JRE_LEADS)}`);

/* ---------------------------------------------------------------- json-rules-engine, same rules */

const DAY_MS = 86_400_000;
const lower = (items) => items.map((item) => item.toLowerCase());
const ruleById = new Map(icp.rules.map((rule) => [rule.id, rule]));
const jreRules = [];
function jreRule(id, conditions) {
  const points = ruleById.get(id).points ?? 0;
  jreRules.push({ name: id, conditions: { all: conditions }, event: { type: id, params: { points } } });
}
const fact = (path) => {
  const [head, ...rest] = path.split(".");
  return rest.length === 0 ? { fact: head } : { fact: head, path: `$.${rest.join(".")}` };
};
for (const rule of icp.rules) {
  const at = fact(rule.field);
  if (rule.op === "in") jreRule(rule.id, [{ ...at, operator: "inIgnoreCase", value: lower(rule.value) }]);
  else if (rule.op === "includesAny") jreRule(rule.id, [{ ...at, operator: "includesAnyIgnoreCase", value: lower(rule.value) }]);
  else if (rule.op === "between") {
    jreRule(rule.id, [
      { ...at, operator: "greaterThanInclusive", value: rule.value[0] },
      { ...at, operator: "lessThanInclusive", value: rule.value[1] },
    ]);
  } else if (rule.op === "gte") jreRule(rule.id, [{ ...at, operator: "greaterThanInclusive", value: rule.value }]);
  else if (rule.op === "withinDays") jreRule(rule.id, [{ ...at, operator: "withinDaysOf", value: { days: rule.value, nowMs: NOW_MS } }]);
  else throw new Error(`no json-rules-engine translation for op ${rule.op}`);
}
/*
 * Two set-ups: json-rules-engine's default, where a condition's `path` is JSONPath (jsonpath-plus),
 * and its documented `pathResolver` option with a plain dot-path reader, the fastest way to use it.
 */
const dotPaths = new Map();
function dotPathResolver(object, path) {
  let segments = dotPaths.get(path);
  if (segments === undefined) {
    segments = path.replace(/^\$\./, "").split(".");
    dotPaths.set(path, segments);
  }
  let value = object;
  for (const segment of segments) value = value !== null && typeof value === "object" ? value[segment] : undefined;
  return value;
}
function jreEngine(options) {
  const engine = new Engine(jreRules, { allowUndefinedFacts: true, ...options });
  // json-rules-engine compares strictly; these give it icpfit's trimmed, case-insensitive matching.
  engine.addOperator("inIgnoreCase", (value, list) => typeof value === "string" && list.includes(value.trim().toLowerCase()));
  engine.addOperator(
    "includesAnyIgnoreCase",
    (value, list) => Array.isArray(value) && value.some((item) => typeof item === "string" && list.includes(item.trim().toLowerCase())),
  );
  engine.addOperator("withinDaysOf", (value, { days, nowMs }) => {
    const time = typeof value === "string" ? Date.parse(value.trim()) : Number.NaN;
    return Number.isFinite(time) && (nowMs - time) / DAY_MS <= days;
  });
  return engine;
}
const jreDefault = jreEngine({});
const jreDotPath = jreEngine({ pathResolver: dotPathResolver });
const excludeIds = new Set(icp.rules.filter((rule) => rule.effect === "exclude").map((rule) => rule.id));

/** A json-rules-engine lead score: points of the rules that fired (it has no partial credit or unknowns). */
async function scoreWithJre(lead, engine = jreDotPath) {
  const { events } = await engine.run(lead);
  let points = 0;
  let disqualified = false;
  for (const event of events) {
    points += event.params.points;
    if (excludeIds.has(event.type)) disqualified = true;
  }
  return { points, disqualified, fired: events };
}

/* -------------------------------------------------------------------------- correctness checks */

log();
log("## Same results");
let mismatches = 0;
const tiers = {};
for (const lead of leads) {
  const mine = scorer.score(lead, options);
  const theirs = scoreHandwritten(lead, NOW_MS);
  tiers[mine.tier] = (tiers[mine.tier] ?? 0) + 1;
  if (mine.score !== theirs.score || mine.tier !== theirs.tier) {
    if (mismatches < 5) log(`  mismatch: ${JSON.stringify(lead)} icpfit ${mine.score}/${mine.tier} hand-written ${theirs.score}/${theirs.tier}`);
    mismatches++;
  }
}
log(`icpfit vs hand-written, score and tier on all ${fmt(LEADS)} leads: ${mismatches} mismatches`);
log(`tiers: ${Object.entries(tiers).map(([tier, count]) => `${tier} ${((100 * count) / LEADS).toFixed(1)}%`).join(", ")}`);

/*
 * json-rules-engine has booleans only, so compare what it can say: a rule fired there exactly when
 * icpfit gives it full credit (outcome match / excluded). The one exception is the halfLife rule:
 * its credit decays from day 0, so "fired" is compared with "earned any credit" (match or partial).
 */
const decaying = new Set(icp.rules.filter((rule) => rule.halfLife !== undefined).map((rule) => rule.id));
const jreDisagreements = Object.fromEntries(icp.rules.map((rule) => [rule.id, 0]));
let jreDisqualifiedDisagreements = 0;
for (const engine of [jreDefault, jreDotPath]) {
  for (let index = 0; index < JRE_LEADS; index++) {
    const lead = leads[index];
    const mine = scorer.score(lead, options);
    const theirs = await scoreWithJre(lead, engine);
    const fired = new Set(theirs.fired.map((event) => event.type));
    for (const entry of mine.rules) {
      const full = entry.outcome === "match" || entry.outcome === "excluded";
      const expected = decaying.has(entry.id) ? full || entry.outcome === "partial" : full;
      if (expected !== fired.has(entry.id)) jreDisagreements[entry.id]++;
    }
    if (theirs.disqualified !== (mine.tier === "disqualified")) jreDisqualifiedDisagreements++;
  }
}
const jreTotal = Object.values(jreDisagreements).reduce((sum, count) => sum + count, 0);
log(`json-rules-engine (both set-ups) vs icpfit, fired rule = full-credit rule, on ${fmt(JRE_LEADS)} leads: ${jreTotal} disagreements ${JSON.stringify(jreDisagreements)}`);
log(`json-rules-engine vs icpfit, disqualified (knockout): ${jreDisqualifiedDisagreements} disagreements`);

/* ----------------------------------------------------------------- no zod parse on the scoring path */

log();
log("## No zod parsing per lead");
// 1. Count every run of every zod schema the package exports: a parse, safeParse, encode... of a
//    schema or of any schema nested in it goes through `schema._zod.run`.
let zodRuns = 0;
const schemas = Object.entries(icpfit).filter(([, value]) => value !== null && typeof value === "object" && typeof value._zod?.run === "function");
const nested = new Set();
const seen = new Set();
const collect = (value) => {
  if (value === null || typeof value !== "object" || seen.has(value)) return;
  seen.add(value);
  if (typeof value._zod?.run === "function") {
    nested.add(value);
    collect(value._zod.def);
    return;
  }
  for (const inner of Array.isArray(value) ? value : Object.values(value)) collect(inner);
};
for (const [, schema] of schemas) collect(schema);
for (const schema of nested) {
  const run = schema._zod.run;
  schema._zod.run = function countedRun(...runArgs) {
    zodRuns++;
    return run.apply(this, runArgs);
  };
}
let sink = 0;
zodRuns = 0;
for (const lead of leads) sink += scorer.score(lead, options).score;
const runsWhileScoring = zodRuns;
zodRuns = 0;
icpfit.safeParseLead(leads[0]);
const runsForOneLeadParse = zodRuns;
log(`zod schema runs while scoring ${fmt(LEADS)} leads: ${runsWhileScoring} (control: one safeParseLead = ${runsForOneLeadParse} runs over ${nested.size} wrapped schemas from ${schemas.length} exports)`);

// 2. A CPU profile of one scoring pass: no sample may fall in zod's code.
async function profile(fn) {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 50 });
  await session.post("Profiler.start");
  fn();
  const { profile: result } = await session.post("Profiler.stop");
  session.disconnect();
  const hits = new Map();
  for (const node of result.nodes) hits.set(node.id, node);
  const counts = { total: 0, zod: 0, tsPattern: 0, icpfit: 0 };
  for (const id of result.samples) {
    const url = hits.get(id)?.callFrame.url ?? "";
    counts.total++;
    if (url.includes("/node_modules/zod/")) counts.zod++;
    if (url.includes("/node_modules/ts-pattern/")) counts.tsPattern++;
    if (url === pathToFileURL(distPath).href || url.startsWith(pathToFileURL(dirname(distPath)).href)) counts.icpfit++;
  }
  return counts;
}
const scoringProfile = await profile(() => {
  for (const lead of leads) sink += scorer.score(lead, options).score;
});
const parsingProfile = await profile(() => {
  for (let index = 0; index < 2000; index++) sink += icpfit.safeParseLead(leads[index]).success ? 1 : 0;
});
log(
  `CPU profile of a scoring pass: ${fmt(scoringProfile.total)} samples, ${scoringProfile.zod} in zod, ${scoringProfile.tsPattern} in ts-pattern, ${fmt(scoringProfile.icpfit)} in icpfit`,
);
log(`control, profile of 2,000 safeParseLead calls: ${fmt(parsingProfile.total)} samples, ${fmt(parsingProfile.zod)} in zod`);
const noZod = runsWhileScoring === 0 && runsForOneLeadParse > 0 && scoringProfile.zod === 0 && parsingProfile.zod > 0;

/* --------------------------------------------------------------------------------- throughput */

/** Leads per second of `pass` (one pass = every lead), repeating passes for at least `minMs`. */
function timeSync(pass, minMs = 250) {
  let passes = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    pass();
    passes++;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return (passes * LEADS * 1000) / elapsed;
}
const jreSample = leads.slice(0, JRE_LEADS);
async function timeJre(engine) {
  const start = performance.now();
  for (const lead of jreSample) sink += (await scoreWithJre(lead, engine)).points;
  return (JRE_LEADS * 1000) / (performance.now() - start);
}
const engines = {
  icpfit: () =>
    timeSync(() => {
      for (const lead of leads) sink += scorer.score(lead, options).score;
    }),
  "hand-written": () =>
    timeSync(() => {
      for (const lead of leads) sink += scoreHandwritten(lead, NOW_MS).score;
    }),
  "json-rules-engine": () => timeJre(jreDotPath),
  "jre, JSONPath": () => timeJre(jreDefault),
};

log();
log(`## Throughput (${ROUNDS} interleaved rounds after a warm-up; median leads/s)`);
for (const run of Object.values(engines)) await run();
for (const run of Object.values(engines)) await run();
const samples = Object.fromEntries(Object.keys(engines).map((name) => [name, []]));
const names = Object.keys(engines);
for (let round = 0; round < ROUNDS; round++) {
  for (let offset = 0; offset < names.length; offset++) {
    const name = names[(round + offset) % names.length];
    samples[name].push(await engines[name]());
  }
}
const throughput = Object.fromEntries(names.map((name) => [name, median(samples[name])]));
for (const name of names) {
  const spread = samples[name].map((value) => fmt(value / 1000)).join(" ");
  const note =
    name === "json-rules-engine"
      ? ` (pathResolver: dot paths; ${fmt(JRE_LEADS)}-lead subsample, awaited one by one)`
      : name === "jre, JSONPath"
        ? " (json-rules-engine's default paths; same subsample)"
        : "";
  log(`${name.padEnd(18)} ${fmt(throughput[name]).padStart(11)} leads/s  (${(1e9 / throughput[name]).toFixed(0)} ns/lead; rounds, k/s: ${spread})${note}`);
}
const vsHand = throughput.icpfit / throughput["hand-written"];
const vsJre = throughput.icpfit / throughput["json-rules-engine"];
log(`icpfit / hand-written      = ${vsHand.toFixed(2)}x  (target >= 0.5x: ${vsHand >= 0.5 ? "met" : "MISSED"})`);
const vsJreDefault = throughput.icpfit / throughput["jre, JSONPath"];
const handVsJre = throughput["hand-written"] / throughput["json-rules-engine"];
log(`icpfit / json-rules-engine = ${vsJre.toFixed(0)}x  (target >= 200x: ${vsJre >= 200 ? "met" : "MISSED"}; ${vsJreDefault.toFixed(0)}x against its default JSONPath set-up)`);
log(`hand-written / json-rules-engine = ${handVsJre.toFixed(0)}x  (the ceiling for any engine on this machine)`);

/* ------------------------------------------------------------------------------------- memory */

/*
 * Bytes allocated: V8's GC profiler reports the used heap before and after each collection, so
 * what was allocated in a window is the growth between collections plus the growth after the last.
 */
function allocatedBytes(fn) {
  gc();
  const profiler = new v8.GCProfiler();
  const before = v8.getHeapStatistics().used_heap_size;
  profiler.start();
  fn();
  const after = v8.getHeapStatistics().used_heap_size;
  const { statistics } = profiler.stop();
  let total = 0;
  let last = before;
  for (const collection of statistics) {
    total += collection.beforeGC.heapStatistics.usedHeapSize - last;
    last = collection.afterGC.heapStatistics.usedHeapSize;
  }
  return total + after - last;
}
function retainedBytes(fn) {
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = fn();
  gc();
  const after = process.memoryUsage().heapUsed;
  sink += kept.length;
  return after - before;
}
log();
log("## Memory");
const memory = {
  icpfitAllocatedPerLead: allocatedBytes(() => {
    for (const lead of leads) sink += scorer.score(lead, options).score;
  }) / LEADS,
  handAllocatedPerLead: allocatedBytes(() => {
    for (const lead of leads) sink += scoreHandwritten(lead, NOW_MS).score;
  }) / LEADS,
  icpfitRetainedPerResult: retainedBytes(() => leads.map((lead) => scorer.score(lead, options))) / LEADS,
  handRetainedPerResult: retainedBytes(() => leads.map((lead) => scoreHandwritten(lead, NOW_MS))) / LEADS,
};
gc();
const heapBefore = process.memoryUsage().heapUsed;
for (const lead of leads) sink += scorer.score(lead, options).score;
gc();
const discardedDelta = process.memoryUsage().heapUsed - heapBefore;
log(`allocated per lead (GC profiler): icpfit ${fmt(memory.icpfitAllocatedPerLead)} B, hand-written ${fmt(memory.handAllocatedPerLead)} B`);
log(`heap kept per result (100k results held in an array, after gc): icpfit ${fmt(memory.icpfitRetainedPerResult)} B, hand-written ${fmt(memory.handRetainedPerResult)} B`);
log(`heap delta after scoring ${fmt(LEADS)} leads with results discarded (after gc): ${fmt(discardedDelta / 1024)} KiB`);

/* ------------------------------------------------------------------------------------ summary */

const ok = mismatches === 0 && jreTotal === 0 && jreDisqualifiedDisagreements === 0 && noZod;
log();
log(`checks: ${ok ? "all passed" : "FAILED"} (sink ${sink})`);
if (args.json !== undefined) {
  const report = {
    node: process.version,
    cpu: os.cpus()[0]?.model,
    cores: os.cpus().length,
    loadavg: os.loadavg(),
    leads: LEADS,
    jreLeads: JRE_LEADS,
    rounds: ROUNDS,
    seed: SEED,
    throughput,
    samples,
    ratios: { vsHand, vsJre, vsJreDefault, handVsJre },
    mismatches,
    jreDisagreements,
    zod: { runsWhileScoring, runsForOneLeadParse, scoringProfile, parsingProfile },
    memory: { ...memory, discardedDelta },
  };
  writeFileSync(resolve(args.json), `${JSON.stringify(report, null, 2)}\n`);
}
if (!ok) process.exitCode = 1;
