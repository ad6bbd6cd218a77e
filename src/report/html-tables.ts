import type { ProfileComparison } from "../analyze/compare-profiles.js";
import type { DerivedIcp } from "../analyze/derive-icp.js";
import { decileScores } from "../analyze/decile-scores.js";
import type { Evaluation } from "../analyze/evaluate.js";
import type { WeightFit } from "../analyze/fit-weights.js";
import type { LintFinding } from "../analyze/lint-icp.js";
import type { CustomerProfile } from "../analyze/profile-customers.js";
import type { TierSimulation } from "../analyze/simulate-tiers.js";
import { escapeXml as esc, numberLabel, percentLabel } from "./svg/svg-kit.js";


/*
 * HTML tables for analysis results, shared by renderReport and the Jupyter rich display. Plain
 * tables with a small scoped stylesheet: no scripts, so they render in any notebook viewer,
 * e-mail client or static site.
 */

/** Stylesheet for `.icpfit` blocks (scoped so notebook styles are not overridden). */
export const TABLE_CSS = `.icpfit{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#1f2933;font-size:13px}
.icpfit table{border-collapse:collapse;margin:6px 0 14px}
.icpfit th,.icpfit td{padding:4px 10px;border-bottom:1px solid #e4e7eb;text-align:right;vertical-align:top}
.icpfit th{background:#f5f7fa;font-weight:600}
.icpfit td.text,.icpfit th.text{text-align:left}
.icpfit .warn{color:#b45309}.icpfit .error{color:#b91c1c}.icpfit .muted{color:#616e7c}
.icpfit .kpis{display:flex;flex-wrap:wrap;gap:12px;margin:8px 0 16px}
.icpfit .kpi{border:1px solid #e4e7eb;border-radius:8px;padding:8px 14px;min-width:110px}
.icpfit .kpi b{display:block;font-size:20px}`;

type Cell = string | number | { readonly text: string };

/** An HTML table; string cells are escaped and left-aligned, numbers right-aligned. */
export function table(headers: readonly string[], rows: readonly (readonly Cell[])[], textColumns: readonly number[] = [0]): string {
  const head = headers.map((h, i) => `<th${textColumns.includes(i) ? ' class="text"' : ""}>${esc(h)}</th>`).join("");
  const body = rows
    .map((row) => `<tr>${row.map((cell, i) => `<td${textColumns.includes(i) ? ' class="text"' : ""}>${typeof cell === "object" ? cell.text : esc(String(cell))}</td>`).join("")}</tr>`)
    .join("");
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

const pct = (v: number | undefined): string => (v === undefined ? "" : percentLabel(v));
const fixed = (v: number | undefined, digits = 2): string => (v === undefined || !Number.isFinite(v) ? "–" : v.toFixed(digits));

export function warningsHtml(warnings: readonly string[]): string {
  return warnings.length === 0 ? "" : `<ul class="warn">${warnings.map((w) => `<li>${esc(w)}</li>`).join("")}</ul>`;
}

export function kpis(items: readonly { label: string; value: string }[]): string {
  return `<div class="kpis">${items.map((item) => `<div class="kpi"><span class="muted">${esc(item.label)}</span><b>${esc(item.value)}</b></div>`).join("")}</div>`;
}

export function evaluationTables(evaluation: Evaluation): string {
  const summary = kpis([
    { label: "AUC", value: fixed(evaluation.auc, 3) },
    { label: "leads", value: numberLabel(evaluation.n) },
    { label: "with outcome", value: numberLabel(evaluation.labelled) },
    { label: "base rate", value: percentLabel(evaluation.baseRate) },
  ]);
  const shown = evaluation.byTier.filter((row) => row.count > 0);
  // Value and churn columns appear only when the evaluation was given those data.
  const hasValue = shown.some((row) => row.meanValue !== undefined);
  const hasChurn = shown.some((row) => row.churnRate !== undefined);
  const tiers = table(
    ["tier", "leads", "share", "cum. share", "conversion", "lift", "capture", "cum. capture", ...(hasValue ? ["mean value"] : []), ...(hasChurn ? ["churn"] : [])],
    shown.map((row) => [
      row.tier, numberLabel(row.count), pct(row.share), pct(row.cumulativeShare), pct(row.conversion), fixed(row.lift), pct(row.capture), pct(row.cumulativeCapture),
      ...(hasValue ? [row.meanValue === undefined ? "" : numberLabel(row.meanValue)] : []),
      ...(hasChurn ? [pct(row.churnRate)] : []),
    ]),
  );
  const deciles = table(
    ["decile", "scores", "leads", "conversion", "lift", "cum. share", "capture"],
    evaluation.byDecile.map((row) => [String(row.decile), decileScores(row, "–"), numberLabel(row.count), pct(row.conversion), fixed(row.lift), pct(row.cumulativeShare), pct(row.capture)]),
  );
  return `${summary}<h3>By tier</h3>${tiers}<h3>By score decile</h3>${deciles}${warningsHtml(evaluation.warnings)}`;
}

export function profileTable(profile: CustomerProfile): string {
  const rows = profile.attributes.map((a) => {
    const detail =
      a.numeric !== undefined
        ? `median ${numberLabel(a.numeric.median)} (p25 ${numberLabel(a.numeric.p25)}, p75 ${numberLabel(a.numeric.p75)}; min ${numberLabel(a.numeric.min)}, max ${numberLabel(a.numeric.max)})`
        : a.top.slice(0, 4).map((v) => `${v.value} ${percentLabel(v.share, 0)}`).join(", ");
    return [a.field, a.kind, pct(a.coverage), numberLabel(a.distinct), detail];
  });
  return `<p class="muted">${numberLabel(profile.n)} records</p>${table(["attribute", "kind", "coverage", "distinct", "top values / quantiles"], rows, [0, 1, 4])}`;
}

export function comparisonTable(comparison: ProfileComparison, limit = 20): string {
  const rows = comparison.values.slice(0, limit).map((v) => [v.field, v.value, pct(v.bestShare), pct(v.allShare), fixed(v.lift), numberLabel(v.support)]);
  const numeric = comparison.attributes.filter((a) => a.numeric !== undefined).map((a) => [a.field, numberLabel(a.numeric?.best.median ?? Number.NaN), numberLabel(a.numeric?.all.median ?? Number.NaN), fixed(a.numeric?.medianShift)]);
  return (
    `<p class="muted">${numberLabel(comparison.bestN)} best vs ${numberLabel(comparison.allN)} records</p>` +
    table(["attribute", "value", "best", "all", "lift", "support"], rows, [0, 1]) +
    (numeric.length > 0 ? table(["numeric attribute", "best median", "all median", "shift (IQR)"], numeric) : "")
  );
}

export function derivedTable(derived: DerivedIcp): string {
  const rows = derived.report.map((r) => [r.ruleId, r.label, String(r.points), fixed(r.lift), numberLabel(r.support), r.strength, r.why]);
  const t = derived.icp.tiers;
  return (
    kpis([
      { label: "rules", value: String(derived.icp.rules.length) },
      { label: "records", value: numberLabel(derived.n) },
      { label: "best", value: `${numberLabel(derived.positives)} (${percentLabel(derived.baseRate)})` },
      { label: "in-sample AUC", value: fixed(derived.trainingAuc, 3) },
      { label: "tiers", value: t === undefined ? "default" : `${t.primary} / ${t.secondary} / ${t.tertiary}` },
    ]) +
    table(["rule", "condition", "points", "lift", "support", "evidence", "why"], rows, [0, 1, 5, 6]) +
    warningsHtml(derived.warnings)
  );
}

export function weightsTable(fit: WeightFit): string {
  const r = fit.report;
  return (
    kpis([
      { label: "new version", value: fit.icp.version },
      { label: "AUC before → after", value: `${fixed(r.aucBefore, 3)} → ${fixed(r.aucAfter, 3)}` },
      { label: "log loss (base)", value: `${fixed(r.logLoss, 3)} (${fixed(r.baseLogLoss, 3)})` },
      { label: "iterations", value: `${r.iterations}${r.converged ? "" : " (not converged)"}` },
    ]) +
    table(["rule", "coefficient", "odds ratio", "points before", "points after", "met by"], r.coefficients.map((c) => [c.ruleId, fixed(c.coefficient, 3), fixed(c.oddsRatio), String(c.previousPoints), String(c.points), pct(c.matchShare)])) +
    warningsHtml(r.warnings)
  );
}

export function simulationTable(simulation: TierSimulation): string {
  const t = simulation.thresholds;
  return (
    `<p>Thresholds: primary ≥ ${t.primary}, secondary ≥ ${t.secondary}, tertiary ≥ ${t.tertiary}</p>` +
    table(["tier", "leads", "share", "cum. share"], simulation.tiers.map((row) => [row.tier, numberLabel(row.count), pct(row.share), pct(row.cumulativeShare)])) +
    warningsHtml(simulation.warnings)
  );
}

export function lintTable(findings: readonly LintFinding[]): string {
  if (findings.length === 0) return "<p>No findings.</p>";
  return table(["severity", "code", "rule", "message"], findings.map((f) => [{ text: `<span class="${f.severity === "info" ? "muted" : f.severity === "error" ? "error" : "warn"}">${esc(f.severity)}</span>` }, f.code, f.ruleId ?? "", f.message]), [0, 1, 2, 3]);
}
