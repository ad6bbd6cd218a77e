import type { ProfileComparison } from "../analyze/compare-profiles.js";
import type { DerivedIcp } from "../analyze/derive-icp.js";
import type { Evaluation } from "../analyze/evaluate.js";
import type { WeightFit } from "../analyze/fit-weights.js";
import type { LintFinding } from "../analyze/lint-icp.js";
import type { TierThresholds } from "../schema/tiers.js";
import type { IcpResult } from "../schema/result.js";
import { comparisonTable, derivedTable, evaluationTables, lintTable, TABLE_CSS, weightsTable } from "./html-tables.js";
import { calibrationChart } from "./svg/calibration-chart.js";
import { gainsChart, type GainsSeries } from "./svg/gains-chart.js";
import { liftBars } from "./svg/lift-bars.js";
import { profileVsIcpChart } from "./svg/profile-vs-icp-chart.js";
import { scoreHistogram } from "./svg/score-histogram.js";
import { escapeXml } from "./svg/svg-kit.js";
import { tierDistributionChart } from "./svg/tier-distribution-chart.js";

/** Options for {@link renderReport}: extra sections to include.
 *
 * @example
 * ```ts
 * import type { ReportOptions } from "icpfit/report";
 * const options: ReportOptions = { title: "Q4 ICP backtest", subtitle: "Test split, 1,848 leads", generatedAt: "2026-11-23" };
 * ```
 */
export interface ReportOptions {
  /** @default "ICP backtest" */
  readonly title?: string;
  /** A line under the title, e.g. the data set and period. */
  readonly subtitle?: string;
  /** Shown in the footer; the library never reads the clock. */
  readonly generatedAt?: string;
  /** The scored results, for a score histogram split by outcome. */
  readonly results?: readonly IcpResult[];
  /** Outcomes for the histogram (one per result). */
  readonly outcomes?: readonly (boolean | 0 | 1 | null)[];
  /**
   * Tier thresholds to mark on the score histogram; a tier left out gets no line, so `{}` draws
   * none. For results whose thresholds are not known (read back from a scored file, say).
   * @default the thresholds of the first result
   */
  readonly tierLines?: Partial<TierThresholds>;
  /** Further evaluations to draw on the gains chart (e.g. a baseline model). */
  readonly compareWith?: readonly GainsSeries[];
  /** Best customers vs all (`compareProfiles`): adds the attribute lift chart and table. */
  readonly comparison?: ProfileComparison;
  /** A derived ICP (`deriveIcp`): adds its rules and why each is there. */
  readonly derived?: DerivedIcp;
  /** A weight fit (`fitWeights`): adds the old and new points per rule. */
  readonly weights?: WeightFit;
  /** Lint findings (`lintIcp`): adds them as a table. */
  readonly lint?: readonly LintFinding[];
}

const PAGE_CSS = `body{margin:0;background:#f5f7fa}main{max-width:1100px;margin:0 auto;padding:24px 28px;background:#fff}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #e4e7eb;padding-bottom:4px}h3{font-size:14px;margin:16px 0 4px}
.charts{display:flex;flex-wrap:wrap;gap:16px}.charts svg{flex:0 0 auto}.charts svg{border:1px solid #e4e7eb;border-radius:6px}footer{margin-top:32px;color:#616e7c;font-size:12px}`;

/**
 * Renders an evaluation (and optional profile comparison, derived ICP, weight fit and lint
 * findings) as one self-contained HTML page: inline CSS and SVG, no scripts, no external
 * resources, so it can be e-mailed, archived or opened offline. Returns the HTML string.
 *
 * @example
 * ```ts
 * import { scoreLeads } from "icpfit";
 * import { evaluate } from "icpfit/analyze";
 * import { renderReport } from "icpfit/report";
 * const icp = { id: "a", version: "1", name: "A", rules: [{ id: "sw", field: "firmographic.industry", op: "eq", value: "Software", points: 10 }] } as const;
 * const leads = [{ firmographic: { industry: "Software" } }, { firmographic: { industry: "Retail" } }];
 * const html: string = renderReport(evaluate(scoreLeads(leads, icp), [true, false]), { title: "Demo" });
 * ```
 */
export function renderReport(evaluation: Evaluation, options: ReportOptions = {}): string {
  const title = options.title ?? "ICP backtest";
  const series: GainsSeries[] = [{ label: `${evaluation.icpId} ${evaluation.icpVersion}`.trim(), evaluation }, ...(options.compareWith ?? [])];
  const size = { width: 500, height: 300 };
  const charts = [gainsChart(series, size), calibrationChart(evaluation, size), tierDistributionChart(evaluation, size)];
  if (options.results !== undefined) {
    const first = options.results[0]?.thresholds;
    const thresholds = options.tierLines ?? (first === undefined ? undefined : { primary: first.primary, secondary: first.secondary, tertiary: first.tertiary });
    charts.push(
      scoreHistogram(options.results, {
        ...size,
        ...(options.outcomes !== undefined ? { outcomes: options.outcomes } : {}),
        ...(thresholds !== undefined ? { thresholds } : {}),
      }),
    );
  }
  let sections = `<h2>Backtest</h2><div class="charts">${charts.join("")}</div>${evaluationTables(evaluation)}`;
  if (options.derived !== undefined) sections += `<h2>Derived ICP</h2><div class="charts">${liftBars(options.derived, { title: "Lift of each rule" })}</div>${derivedTable(options.derived)}`;
  if (options.weights !== undefined) sections += `<h2>Fitted weights</h2>${weightsTable(options.weights)}`;
  if (options.comparison !== undefined) {
    const icp = options.weights?.icp ?? options.derived?.icp;
    sections += `<h2>Best customers vs Average Customer Profile</h2><div class="charts">${profileVsIcpChart(options.comparison, icp === undefined ? {} : { icp })}</div>${comparisonTable(options.comparison)}`;
  }
  if (options.lint !== undefined) sections += `<h2>Lint</h2>${lintTable(options.lint)}`;
  const subtitle = options.subtitle === undefined ? "" : `<p class="muted">${escapeXml(options.subtitle)}</p>`;
  const version = evaluation.icpVersion === "" ? "" : ` version ${escapeXml(evaluation.icpVersion)}`;
  const footer = `Generated by icpfit${options.generatedAt === undefined ? "" : ` on ${escapeXml(options.generatedAt)}`}. ICP ${escapeXml(evaluation.icpId)}${version}.`;
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeXml(title)}</title><style>${PAGE_CSS}\n${TABLE_CSS}</style></head>` +
    `<body><main class="icpfit"><h1>${escapeXml(title)}</h1>${subtitle}${sections}<footer>${footer}</footer></main></body></html>`
  );
}
