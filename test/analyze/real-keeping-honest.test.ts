// Real data for the guide "Keeping an ICP honest over time" (docs/guides/keeping-an-icp-honest.md):
// X Education: the hand-written example ICP (examples/datasets/x-education-hand-written-icp.json)
// as champion against the derived and weighted ICP as challenger, on the untouched test split;
// Olist: drift of the MQLs between two periods of first contact. Logs the figures the guide
// quotes; skips with a message when the datasets are absent.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scoreLeads, type IcpInput } from "../../src/index.js";
import { compareIcps, deriveIcp, evaluate, lintIcp, pilotReadout, scoreDrift } from "../../src/analyze/index.js";
import { loadOlist, missingDataMessage } from "../../examples/datasets/load-datasets.js";
import { runXEducationBacktest } from "./x-education-pipeline.js";

const handWritten = JSON.parse(readFileSync(new URL("../../examples/datasets/x-education-hand-written-icp.json", import.meta.url), "utf8")) as IcpInput;
const missingX = missingDataMessage("x-education");
const missingOlist = missingDataMessage("olist");

describe.skipIf(missingX !== null)("X Education: hand-written champion against derived challenger (real data)", () => {
  if (missingX !== null) return;
  const run = runXEducationBacktest();
  const comparison = compareIcps(handWritten, run.icp, run.testLeads, run.testOutcomes, { now: "2026-11-23" });
  // A small edit a reviewer might propose: version 2 of the hand-written ICP without the country rule.
  const edited = { ...handWritten, version: "2", rules: handWritten.rules.filter((rule) => rule.id !== "india") };
  const withoutCountry = compareIcps(handWritten, edited, run.testLeads, run.testOutcomes, { now: "2026-11-23" });
  const handEvaluation = evaluate(scoreLeads(run.testLeads, handWritten), run.testOutcomes);
  // Planning a pilot from X Education's base rate (3,561 of 9,240 = 38.5%): leads per arm to see +5 points.
  const plan = pilotReadout({ targeted: { leads: 9240, conversions: 3561 }, control: { leads: 9240, conversions: 3561 } }, { uplift: 0.05 });
  console.info(
    `[keeping-honest x-education] ${JSON.stringify({
      champion: comparison.champion,
      challenger: comparison.challenger,
      difference: comparison.difference,
      verdict: comparison.verdict,
      summary: comparison.summary,
      capture: comparison.capture,
      migration: { up: comparison.migration.up, down: comparison.migration.down, unchanged: comparison.migration.unchanged, cells: comparison.migration.cells.map((c) => `${c.from}->${c.to} ${c.count} ${c.conversion}`) },
      handTiers: handEvaluation.byTier.map((row) => `${row.tier} ${row.count} ${row.conversion}`),
      withoutCountry: { verdict: withoutCountry.verdict, summary: withoutCountry.summary },
      plan: plan.sampleSize,
    })}`,
  );

  it("finds the derived ICP significantly better than the hand-written one on 1,848 test leads", () => {
    expect(comparison.labelled).toBe(1848);
    expect(comparison.verdict).toBe("challenger-better");
    expect(comparison.difference.low).toBeGreaterThan(0);
    expect(comparison.capture.every((row) => row.difference > 0)).toBe(true);
  });

  it("tests even a one-rule edit: the paired test sees a small difference", () => {
    expect(withoutCountry.verdict).toBe(withoutCountry.difference.pValue < 0.05 ? (withoutCountry.difference.estimate > 0 ? "challenger-better" : "champion-better") : "no-significant-difference");
    expect(Math.abs(withoutCountry.difference.estimate)).toBeLessThan(0.05);
    expect(plan.sampleSize?.perArm).toBeGreaterThan(1000);
  });

  it("keeps every lead in the migration matrix", () => {
    const { migration } = comparison;
    expect(migration.up + migration.down + migration.unchanged).toBe(1848);
    expect(migration.cells.reduce((sum, cell) => sum + cell.count, 0)).toBe(1848);
  });

  it("lints the hand-written ICP without errors", () => {
    expect(lintIcp(handWritten, { now: "2026-11-23", sample: run.testLeads }).filter((finding) => finding.severity === "error")).toEqual([]);
  });
});

describe.skipIf(missingOlist !== null)("Olist: drift of MQLs between two periods (real data)", () => {
  if (missingOlist !== null) return;
  const mqls = loadOlist();
  const before = mqls.filter((row) => row.firstContactDate < "2018-01-01");
  const after = mqls.filter((row) => row.firstContactDate >= "2018-01-01");
  const icp = deriveIcp(before.map((row) => row.lead), {
    outcome: before.map((row) => row.closed),
    fields: ["attributes.origin", "attributes.landingPage"],
    id: "olist-mql-2017",
    name: "Olist MQLs likely to close (derived on 2017)",
  }).icp;
  const drift = scoreDrift({ leads: before.map((row) => row.lead) }, { leads: after.map((row) => row.lead) }, { icp });
  const lint = lintIcp(icp, { now: "2018-06-01", sample: after.map((row) => row.lead), reference: before.map((row) => row.lead) });
  // Champion / challenger after the drift: the 2017 ICP against one re-derived on January–March
  // 2018, both tested on April–May 2018 MQLs.
  const early2018 = after.filter((row) => row.firstContactDate < "2018-04-01");
  const late2018 = after.filter((row) => row.firstContactDate >= "2018-04-01");
  const rederived = deriveIcp(early2018.map((row) => row.lead), {
    outcome: early2018.map((row) => row.closed),
    fields: ["attributes.origin", "attributes.landingPage"],
    id: "olist-mql-2018q1",
    name: "Olist MQLs likely to close (derived on 2018 Q1)",
  }).icp;
  const rematch = compareIcps(icp, rederived, late2018.map((row) => row.lead), late2018.map((row) => row.closed));
  const evaluations = [before, after].map((rows) => evaluate(scoreLeads(rows.map((row) => row.lead), icp), rows.map((row) => row.closed)));
  console.info(
    `[keeping-honest olist] ${JSON.stringify({
      before: before.length,
      after: after.length,
      closedBefore: before.filter((row) => row.closed).length,
      closedAfter: after.filter((row) => row.closed).length,
      rules: icp.rules.map((rule) => rule.id),
      status: drift.status,
      score: drift.score?.psi,
      scoreBins: drift.score?.bins,
      tiers: drift.tiers?.psi,
      shifts: drift.tiers?.shifts,
      fields: drift.fields.map((field) => ({ field: field.field, psi: field.psi, status: field.status, coverage: [field.referenceCoverage, field.currentCoverage], top: [...field.bins].sort((a, b) => b.contribution - a.contribution).slice(0, 3) })),
      noiseFloor: drift.noiseFloor,
      summary: drift.summary,
      lint: lint.filter((finding) => finding.code.endsWith("_DRIFT")).map((finding) => `${finding.code} ${finding.severity}: ${finding.message}`),
      auc: evaluations.map((evaluation) => evaluation.auc),
      rematch: { n: late2018.length, conversions: rematch.conversions, verdict: rematch.verdict, summary: rematch.summary, capture: rematch.capture, up: rematch.migration.up, down: rematch.migration.down },
      baseRate: evaluations.map((evaluation) => evaluation.baseRate),
    })}`,
  );

  it("splits the 8,000 MQLs at 2018-01-01", () => {
    expect(before.length + after.length).toBe(8000);
    expect(drift.referenceSize).toBe(before.length);
  });

  it("reports the score, tier and field drift with the lint findings to match", () => {
    expect(drift.score).not.toBeNull();
    expect(drift.fields.map((field) => field.field).sort()).toEqual(["attributes.landingPage", "attributes.origin"].filter((field) => icp.rules.some((rule) => "field" in rule && rule.field === field)).sort());
    const lintCodes = lint.map((finding) => finding.code);
    expect(lintCodes.includes("SCORE_DRIFT")).toBe(drift.score?.status !== "stable");
  });
});
