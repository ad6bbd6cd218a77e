#!/usr/bin/env node
/*
 * Text-matching benchmark (issue 15, point 4): what folding text (foldText: NFKC, trim,
 * lower-case, four folds) costs the text operators, against an earlier build that only trimmed and
 * lower-cased. A script, not a test: it prints figures, which are written down in bench/README.md.
 *
 * Both builds are loaded in one process and measured in interleaved rounds (the order alternates
 * each round), so the machine's load hits both alike; each figure is the median round.
 *
 * The ICP uses the operators that fold lead text on every read, with no per-rule memo (eq, neq,
 * contains, startsWith), and the memoised ones (in, includesAny), on four sets of seeded leads:
 *   - ascii: CRM text in mixed case and padded (the fast path: trim + toLowerCase);
 *   - unicode: the same words with accents, Turkish letters, ß, Greek and full-width forms
 *     (the full path: NFKC, lower-case, folds, NFKC);
 *   - ascii-unique, unicode-unique: the same, but every lead's name and street are distinct (a
 *     number appended), so the per-rule memo of what a text gives misses on those two rules once
 *     it is full: the cost of folding itself;
 * and, last, bench/engine.bench.mjs's workload (examples/icp.json on its synthetic leads), paired
 * the same way, which is steadier on a busy machine than comparing two runs of that script.
 *
 * Usage: node bench/text-matching.bench.mjs --before <old dist/index.js> [--after dist/index.js]
 *                                           [--leads 50000] [--rounds 15]
 */
import os from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { readFileSync } from "node:fs";
import { mulberry32, NOW_MS, syntheticLeads } from "./synthetic-leads.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values: args } = parseArgs({
  options: {
    before: { type: "string" },
    after: { type: "string", default: "dist/index.js" },
    leads: { type: "string", default: "50000" },
    rounds: { type: "string", default: "15" },
  },
});
if (args.before === undefined) {
  process.stderr.write("usage: node bench/text-matching.bench.mjs --before <old dist/index.js> [--after dist/index.js]\n");
  process.exit(2);
}
const LEADS = Number(args.leads);
const ROUNDS = Number(args.rounds);
const builds = [
  { name: "before", module: await import(pathToFileURL(resolve(root, args.before)).href) },
  { name: "after", module: await import(pathToFileURL(resolve(root, args.after)).href) },
];

const icp = {
  id: "text", version: "1", name: "Text operators",
  rules: [
    { id: "industry", field: "firmographic.industry", op: "eq", value: "Software", points: 20 },
    { id: "not-retail", field: "firmographic.industry", op: "neq", value: "Retail", points: 5 },
    { id: "city", field: "attributes.city", op: "eq", value: "Istanbul", points: 10 },
    { id: "name", field: "name", op: "contains", value: "tech", points: 10 },
    { id: "street", field: "attributes.street", op: "startsWith", value: "haupt", points: 5 },
    { id: "country", field: "firmographic.country", op: "in", value: ["DE", "TR", "GR", "JP"], points: 10 },
    { id: "stack", field: "technographic.technologies", op: "includesAny", value: ["Slack", "Jira"], points: 15 },
  ],
};

const WORDS = {
  ascii: {
    industry: ["Software", "software ", "SOFTWARE", "Retail", "Healthcare", " Manufacturing"],
    city: ["Istanbul", "ISTANBUL", "Koln", "Athens", "Tokyo", "Munich"],
    name: ["Acme Tech GmbH", "Blue Technologies", "Sunrise Retail", "Northwind Traders", "Contoso TECH"],
    street: ["Hauptstrasse 5", "HAUPTWEG 1", "Main Street 4", "Ringstrasse 9"],
    technologies: [["Slack", "Zoom"], ["jira"], ["Notion", "Figma"], ["HubSpot", "SLACK"]],
  },
  unicode: {
    industry: ["Software", "ＳＯＦＴＷＡＲＥ", "Logiciel", "Einzelhandel", "Sağlık", "Üretim"],
    city: ["İstanbul", "ISTANBUL", "Köln", "Αθήνα", "東京", "München"],
    name: ["Acme Téch GmbH", "Ｂｌｕｅ Technologies", "Sonnenaufgang Straße", "Kuzey Rüzgârı", "ΤΕΧΝΙΚΗ Α.Ε."],
    street: ["Hauptstraße 5", "HAUPTWEG 1", "Rue de l'Église 4", "Ringstraße 9"],
    technologies: [["Slack", "Zoom"], ["ｊｉｒａ"], ["Notion", "Figma"], ["HubSpot", "ŞLACK"]],
  },
};
const COUNTRIES = ["DE", "tr", "GR", "jp", "US", "FR"];

function leadsOf(kind, count, seed) {
  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const unique = kind.endsWith("-unique");
  const words = WORDS[unique ? kind.slice(0, -"-unique".length) : kind];
  // Round-tripped through JSON, so every text is a flat string, as when leads are read from a file.
  return JSON.parse(JSON.stringify(Array.from({ length: count }, (_, index) => ({
    name: unique ? `${pick(words.name)} ${index}` : pick(words.name),
    firmographic: { industry: pick(words.industry), country: pick(COUNTRIES) },
    technographic: { technologies: pick(words.technologies) },
    attributes: { city: pick(words.city), street: unique ? `${pick(words.street)}-${index}` : pick(words.street) },
  }))));
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const fmt = (value) => Math.round(value).toLocaleString("en-US");
const log = (line = "") => process.stdout.write(`${line}\n`);

/* One timed pass of at least 250 ms: whole passes over the leads; leads per second. */
function measure(scorer, leads, options) {
  let sum = 0;
  let scored = 0;
  const started = performance.now();
  let elapsed = 0;
  do {
    for (const lead of leads) sum += scorer.score(lead, options).score;
    scored += leads.length;
    elapsed = performance.now() - started;
  } while (elapsed < 250);
  if (sum < 0) log("impossible");
  return (scored / elapsed) * 1000;
}

log("# icpfit text-matching benchmark");
log(`node ${process.version}, ${os.cpus()[0]?.model ?? "unknown CPU"}, ${os.cpus().length} cores, load average ${os.loadavg().map((load) => load.toFixed(2)).join(" ")}`);
log(`before: ${args.before}; after: ${args.after}; ${fmt(LEADS)} leads per set, ${ROUNDS} rounds, ${icp.rules.length} rules`);

const exampleIcp = JSON.parse(readFileSync(resolve(root, "examples/icp.json"), "utf8"));
const sets = [
  ...["ascii", "unicode", "ascii-unique", "unicode-unique"].map((kind) => ({ kind, icp, leads: leadsOf(kind, LEADS, 20261204), options: undefined })),
  { kind: "engine.bench.mjs", icp: exampleIcp, leads: syntheticLeads(LEADS, 20261115), options: { now: NOW_MS } },
];
for (const { kind, icp: setIcp, leads, options } of sets) {
  const scorers = builds.map((build) => ({ ...build, scorer: build.module.compileIcp(setIcp) }));
  // The outcomes differ on the unicode set (that is the point); count the matches to show it.
  for (const entry of scorers) {
    entry.matches = leads.reduce((count, lead) => count + entry.scorer.score(lead, options).rules.filter((rule) => rule.outcome === "match").length, 0);
  }
  for (const entry of scorers) for (let warm = 0; warm < 2; warm++) measure(entry.scorer, leads, options);
  const rates = new Map(scorers.map((entry) => [entry.name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? scorers : [...scorers].reverse();
    for (const entry of order) rates.get(entry.name).push(measure(entry.scorer, leads, options));
  }
  log();
  log(`## ${kind === "engine.bench.mjs" ? "examples/icp.json on engine.bench.mjs's synthetic leads" : `${kind} leads`}`);
  log("| build | leads/s (median) | rounds min–max | ns/lead | rule matches |");
  log("| --- | ---: | ---: | ---: | ---: |");
  for (const entry of scorers) {
    const values = rates.get(entry.name);
    const middle = median(values);
    log(`| ${entry.name} | ${fmt(middle)} | ${fmt(Math.min(...values))}–${fmt(Math.max(...values))} | ${fmt(1e9 / middle)} | ${fmt(entry.matches)} |`);
  }
  const ratio = median(rates.get("after")) / median(rates.get("before"));
  // Each round measures both builds back to back: the ratio within a round shares its load.
  const paired = rates.get("after").map((rate, round) => rate / rates.get("before")[round]);
  log(`after / before: ${ratio.toFixed(3)} (medians); per round ${median(paired).toFixed(3)} (median, range ${Math.min(...paired).toFixed(2)}–${Math.max(...paired).toFixed(2)})`);
}
