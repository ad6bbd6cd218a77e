// `npm run demo`: scores the bundled example leads against the bundled example ICP and prints a
// table (lead, score, tier, confidence, grade, top reasons) and the tier distribution.
// `now` is fixed so that the output is the same on every machine and every day.
import { readFileSync } from "node:fs";
import { defineIcp, explain, scoreLeads, compareResults, TIER_ORDER } from "../dist/index.js";

const read = (name) => JSON.parse(readFileSync(new URL(name, import.meta.url), "utf8"));
const icp = defineIcp(read("./icp.json"));
const leads = read("./leads.json");
const now = "2026-11-23";

const results = scoreLeads(leads, icp, { now });
const rows = results
  .map((result, index) => ({ lead: leads[index], result }))
  .sort((a, b) => compareResults(a.result, b.result));

const width = process.stdout.columns && process.stdout.columns > 100 ? process.stdout.columns : 140;
const cut = (text, size) => (text.length > size ? `${text.slice(0, size - 1)}…` : text.padEnd(size));
const header = `${cut("Lead", 30)} ${"Score".padStart(5)}  ${cut("Tier", 17)} ${"Conf.".padStart(5)}  ${cut("Grade", 5)} Top reasons`;

console.log(`ICP: ${icp.name} (${icp.id}, version ${icp.version}), scored at ${now}\n`);
console.log(header);
console.log("-".repeat(Math.min(width, header.length + 60)));
for (const { lead, result } of rows) {
  const why = explain(result, { maxReasons: 2 });
  const reasons =
    result.tier === "insufficient-data"
      ? `needs data: ${why.dataNeeded.map((change) => change.label).join(", ")}`
      : why.reasons.join("; ");
  const line = `${cut(lead.name ?? String(lead.id), 30)} ${String(result.score).padStart(5)}  ${cut(result.tier, 17)} ${result.confidence.toFixed(2).padStart(5)}  ${cut(result.grade ?? "", 5)} ${reasons}`;
  console.log(cut(line, width).trimEnd());
}

console.log("\nTier distribution");
for (const tier of TIER_ORDER) {
  const count = results.filter((result) => result.tier === tier).length;
  const share = ((100 * count) / results.length).toFixed(0).padStart(3);
  console.log(`  ${tier.padEnd(18)} ${String(count).padStart(3)}  ${share}%  ${"#".repeat(count)}`);
}

const example = rows.find(({ result }) => result.tier === "secondary");
if (example !== undefined) {
  const next = explain(example.result).nextTier;
  if (next !== undefined) {
    console.log(`\nWhat would move ${example.lead.name} to ${next.tier}: ${next.changes.map((c) => `${c.label} (+${c.gain})`).join(", ")} -> score ${next.scoreAfter}`);
  }
}
