import type { Icp } from "../schema/icp.js";
import type { LintFinding } from "./lint-icp.js";
import { scoreDrift, type DriftStatus } from "./score-drift.js";
import { percentText } from "./stat-words.js";

/*
 * lintIcp's drift check: with a `reference` sample (the leads the ICP was built or last checked
 * on) and a recent `sample`, scoreDrift compares them; a PSI in the "act" band is a warning, in
 * the "watch" band a remark.
 */

const SEVERITY: Record<Exclude<DriftStatus, "stable">, LintFinding["severity"]> = { act: "warning", watch: "info" };

/** SCORE_DRIFT, TIER_DRIFT and FIELD_DRIFT findings between two samples of leads. Internal. */
export function driftFindings(icp: Icp, reference: readonly unknown[], sample: readonly unknown[], now: number): LintFinding[] {
  if (reference.length === 0 || sample.length === 0) return [];
  const drift = scoreDrift({ leads: reference }, { leads: sample }, { icp, now });
  const findings: LintFinding[] = [];
  const band = (status: Exclude<DriftStatus, "stable">): string => (status === "act" ? `above ${drift.bands.act}: act` : `${drift.bands.watch}–${drift.bands.act}: watch`);
  if (drift.score !== null && drift.score.status !== "stable") {
    const status = drift.score.status;
    findings.push({ code: "SCORE_DRIFT", severity: SEVERITY[status], message: `The sample's scores have drifted from the reference: PSI ${drift.score.psi.toFixed(3)} (${band(status)}); review or re-derive the ICP` });
  }
  if (drift.tiers !== null && drift.tiers.status !== "stable") {
    const status = drift.tiers.status;
    const moves = drift.tiers.shifts
      .filter((shift) => Math.abs(shift.change) >= 0.02)
      .map((shift) => `${shift.tier} ${percentText(shift.reference)} → ${percentText(shift.current)}`)
      .join(", ");
    findings.push({ code: "TIER_DRIFT", severity: SEVERITY[status], message: `Tier shares have shifted: PSI ${drift.tiers.psi.toFixed(3)} (${band(status)})${moves === "" ? "" : `; ${moves}`}`, path: ["tiers"] });
  }
  for (const field of drift.fields) {
    if (field.status === "stable") continue;
    const coverage = Math.abs(field.coverageChange) >= 0.05 ? `; coverage ${percentText(field.referenceCoverage)} → ${percentText(field.currentCoverage)}` : "";
    findings.push({ code: "FIELD_DRIFT", severity: SEVERITY[field.status], message: `Field ${field.field} has drifted: PSI ${field.psi.toFixed(3)} (${band(field.status)})${coverage}` });
  }
  return findings;
}
