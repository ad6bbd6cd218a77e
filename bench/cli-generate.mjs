#!/usr/bin/env node
/*
 * Writes a seeded, CRM-export-like CSV of N leads for the CLI benchmark (bench/cli-score.bench.mjs).
 * The same seed and count always give the same bytes (mulberry32, no Math.random), so runs compare.
 *
 * The headers are HubSpot export labels ("Number of Employees", "Country/Region", ...) so the CLI's
 * automatic header mapping is on the measured path, and the cells look like real exports: numbers
 * as "1,200", "$5M" or "51-200", multi-select lists as "Slack;Jira", blanks, mixed case.
 *
 * Usage: node bench/cli-generate.mjs [--rows 1000000] [--seed 20261115] [--out file.csv]
 * Default output: <os tmpdir>/icpfit-bench/leads-<rows>.csv (never inside the repository).
 * Prints the path it wrote on stdout.
 */
import { createWriteStream, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { mulberry32 } from "./synthetic-leads.mjs";

export const NOW_ISO = "2026-11-15T00:00:00.000Z";
const NOW_MS = Date.parse(NOW_ISO);
const DAY_MS = 86_400_000;

const INDUSTRIES = [
  "Software", "Internet", "IT Services", "Computer Software", "SaaS", "Information Technology",
  "Financial Services", "Healthcare", "Retail", "Manufacturing", "Education",
  "Marketing and Advertising", "Real Estate", "Government", "Non-profit",
];
const TECHNOLOGIES = ["Slack", "Google Workspace", "Jira", "Asana", "Monday.com", "Salesforce", "HubSpot", "Zoom", "Notion", "Figma"];
const PAINS = ["collaboration", "workflow automation", "remote collaboration", "manual workflows", "reporting", "security", "hiring"];
const COUNTRIES = ["United States", "Germany", "United Kingdom", "France", "Netherlands", "Canada", "Australia", "India"];
const SIZE_BANDS = ["1-10", "11-50", "51-200", "201-500", "501-1,000", "1,001-5,000"];

export const HEADERS = [
  "Record ID", "Company name", "Company Domain Name", "Industry", "Number of Employees", "Annual Revenue",
  "Country/Region", "Technologies", "Pain Points", "Last Activity Date", "Intent Score",
];

function pick(random, items) {
  return items[Math.floor(random() * items.length)];
}

function pickSome(random, items, max) {
  const count = 1 + Math.floor(random() * max);
  const out = [];
  for (let index = 0; index < count; index++) {
    const item = pick(random, items);
    if (!out.includes(item)) out.push(item);
  }
  return out.join(";");
}

function quote(text) {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function employees(random) {
  const roll = random();
  if (roll < 0.1) return "";
  if (roll < 0.3) return pick(random, SIZE_BANDS);
  return Math.round(Math.exp(Math.log(2) + random() * Math.log(10_000))).toLocaleString("en-US");
}

function revenue(random) {
  const roll = random();
  if (roll < 0.15) return "";
  const value = Math.exp(Math.log(2e5) + random() * (Math.log(2e9) - Math.log(2e5)));
  if (roll < 0.35) return `$${Math.round(value / 1e6)}M`;
  return String(Math.round(value / 1000) * 1000);
}

/** One CSV line (without the line break) for lead `index`. */
export function row(random, index) {
  const industry = random() < 0.93 ? pick(random, INDUSTRIES) : "";
  const at = random() < 0.8 ? new Date(NOW_MS - Math.floor(random() * 120 * DAY_MS)).toISOString().slice(0, 10) : "";
  const cells = [
    String(100000 + index),
    `Company ${index}`,
    `company-${index}.example`,
    random() < 0.15 ? industry.toLowerCase() : industry,
    employees(random),
    revenue(random),
    pick(random, COUNTRIES),
    random() < 0.85 ? pickSome(random, TECHNOLOGIES, 4) : "",
    random() < 0.7 ? pickSome(random, PAINS, 2) : "",
    at,
    random() < 0.65 ? String(Math.round(random() * 100)) : "",
  ];
  return cells.map(quote).join(",");
}

export async function generate(rows, seed, out) {
  mkdirSync(dirname(out), { recursive: true });
  const stream = createWriteStream(out);
  const random = mulberry32(seed);
  let buffer = `${HEADERS.map(quote).join(",")}\n`;
  for (let index = 0; index < rows; index++) {
    buffer += `${row(random, index)}\n`;
    if (buffer.length > 1 << 16) {
      if (!stream.write(buffer)) await once(stream, "drain");
      buffer = "";
    }
  }
  stream.end(buffer);
  await once(stream, "finish");
  return out;
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const { values } = parseArgs({
    options: { rows: { type: "string", default: "1000000" }, seed: { type: "string", default: "20261115" }, out: { type: "string" } },
  });
  const rows = Number(values.rows);
  const seed = Number(values.seed);
  const out = values.out ?? join(tmpdir(), "icpfit-bench", `leads-${rows}-${seed}.csv`);
  await generate(rows, seed, out);
  process.stdout.write(`${out}\n`);
}
