import type { Evaluation } from "../../analyze/evaluate.js";
import type { ChartOptions } from "./tier-distribution-chart.js";
import { axisLabel, escapeXml, legend, PALETTE, percentLabel, px, scales, svgDocument, yGrid, type Frame } from "./svg-kit.js";

/** One curve of a gains chart.
 *
 * @example
 * ```ts
 * import type { GainsSeries } from "icpfit/report";
 * const curve = (evaluation: GainsSeries["evaluation"]): GainsSeries => ({ label: "derived ICP", evaluation });
 * ```
 */
export interface GainsSeries {
  /** Name of the curve in the legend and tooltips, e.g. the ICP's name. */
  readonly label: string;
  /** The evaluation whose deciles (`byDecile`) give the curve's points. */
  readonly evaluation: Evaluation;
}

const COLORS = [PALETTE.accent, PALETTE.warn, PALETTE.good, "#7c3aed"];

/**
 * Cumulative gains: share of conversions captured (y) against share of leads worked in score
 * order (x), by decile, with the random-order diagonal. Pass one evaluation or several labelled
 * ones to compare ICPs. Returns an SVG string.
 *
 * @example
 * ```ts
 * import { scoreLeads } from "icpfit";
 * import { evaluate } from "icpfit/analyze";
 * import { gainsChart } from "icpfit/report";
 * const icp = { id: "a", version: "1", name: "A", rules: [{ id: "sw", field: "firmographic.industry", op: "eq", value: "Software", points: 10 }] } as const;
 * const leads = [{ firmographic: { industry: "Software" } }, { firmographic: { industry: "Retail" } }];
 * const svg: string = gainsChart(evaluate(scoreLeads(leads, icp), [true, false]));
 * ```
 */
export function gainsChart(input: Evaluation | readonly GainsSeries[], options: ChartOptions = {}): string {
  const series: readonly GainsSeries[] = Array.isArray(input) ? (input as readonly GainsSeries[]) : [{ label: "ICP score", evaluation: input as Evaluation }];
  const frame: Frame = { width: options.width ?? 560, height: options.height ?? 320, left: 56, right: 20, top: 40, bottom: 44 };
  const { sx, sy } = scales(frame, [0, 1], [0, 1]);
  const ticks = [0, 0.2, 0.4, 0.6, 0.8, 1];
  let body = yGrid(frame, sy, ticks, (v) => percentLabel(v, 0));
  for (const tick of ticks) body += `<text x="${px(sx(tick))}" y="${px(frame.height - frame.bottom + 14)}" text-anchor="middle" fill="${PALETTE.muted}">${percentLabel(tick, 0)}</text>`;
  body += `<path class="baseline" d="M${px(sx(0))},${px(sy(0))}L${px(sx(1))},${px(sy(1))}" stroke="${PALETTE.muted}" stroke-dasharray="5 4" fill="none"/>`;
  series.forEach((entry, index) => {
    const color = COLORS[index % COLORS.length] ?? PALETTE.accent;
    const points = [{ x: 0, y: 0 }, ...entry.evaluation.byDecile.map((row) => ({ x: row.cumulativeShare, y: row.capture }))];
    const d = points.map((p, i) => `${i === 0 ? "M" : "L"}${px(sx(p.x))},${px(sy(p.y))}`).join("");
    body += `<path class="gains-curve" d="${d}" stroke="${color}" stroke-width="2.5" fill="none"/>`;
    for (const p of points.slice(1)) {
      body += `<circle cx="${px(sx(p.x))}" cy="${px(sy(p.y))}" r="3" fill="${color}"><title>${escapeXml(`${entry.label}: top ${percentLabel(p.x, 0)} of leads capture ${percentLabel(p.y)} of conversions`)}</title></circle>`;
    }
  });
  body += axisLabel(frame.left + (frame.width - frame.left - frame.right) / 2, frame.height - 8, "share of leads, highest scores first");
  body += axisLabel(14, frame.top + (frame.height - frame.top - frame.bottom) / 2, "share of conversions", true);
  const items = [...series.map((entry, index) => ({ label: entry.label, color: COLORS[index % COLORS.length] ?? PALETTE.accent })), { label: "random", color: PALETTE.muted }];
  body += legend(frame.left + 12, frame.top + 8, items);
  return svgDocument(frame, options.title ?? "Cumulative gains", body, "gains-chart");
}
