import type { Evaluation } from "../../analyze/evaluate.js";
import type { ChartOptions } from "./tier-distribution-chart.js";
import { axisLabel, escapeXml, niceTicks, PALETTE, percentLabel, px, scales, svgDocument, yGrid, type Frame } from "./svg-kit.js";

/**
 * Observed conversion per score band (0–9, 10–19, … 90–100) with the base rate as a dashed line:
 * a sound score rises from left to right. Returns an SVG string.
 *
 * @example
 * ```ts
 * import { scoreLeads } from "icpfit";
 * import { evaluate } from "icpfit/analyze";
 * import { calibrationChart } from "icpfit/report";
 * const icp = { id: "a", version: "1", name: "A", rules: [{ id: "sw", field: "firmographic.industry", op: "eq", value: "Software", points: 10 }] } as const;
 * const leads = [{ firmographic: { industry: "Software" } }, { firmographic: { industry: "Retail" } }];
 * const svg: string = calibrationChart(evaluate(scoreLeads(leads, icp), [true, false]));
 * ```
 */
export function calibrationChart(evaluation: Evaluation, options: ChartOptions = {}): string {
  const frame: Frame = { width: options.width ?? 560, height: options.height ?? 300, left: 56, right: 16, top: 40, bottom: 44 };
  const max = Math.max(evaluation.baseRate, ...evaluation.calibration.map((row) => row.observed), 0.01);
  const ticks = niceTicks(Math.min(1, max), 4);
  const { sx, sy } = scales(frame, [0, 100], [0, ticks[ticks.length - 1] ?? 1]);
  let body = yGrid(frame, sy, ticks, (v) => percentLabel(v, 0));
  for (const row of evaluation.calibration) {
    const x = sx(row.from) + 2;
    const w = sx(row.to) - sx(row.from) - 4;
    const y = sy(row.observed);
    body += `<rect class="bar" x="${px(x)}" y="${px(y)}" width="${px(w)}" height="${px(frame.height - frame.bottom - y)}" fill="${PALETTE.accent}" opacity="0.85"><title>${escapeXml(`scores ${row.from}–${row.to === 100 ? 100 : row.to - 1}: ${percentLabel(row.observed)} converted (${row.count} leads)`)}</title></rect>`;
    body += `<text x="${px(x + w / 2)}" y="${px(frame.height - frame.bottom + 14)}" text-anchor="middle" fill="${PALETTE.muted}" font-size="10">${row.from}</text>`;
  }
  const baseY = px(sy(evaluation.baseRate));
  body += `<path class="base-rate" d="M${frame.left},${baseY}H${frame.width - frame.right}" stroke="${PALETTE.bad}" stroke-dasharray="5 4" fill="none"/>`;
  body += `<text x="${frame.left + 4}" y="${px(sy(evaluation.baseRate) - 5)}" fill="${PALETTE.bad}">${escapeXml(`base rate ${percentLabel(evaluation.baseRate)}`)}</text>`;
  body += axisLabel(frame.left + (frame.width - frame.left - frame.right) / 2, frame.height - 8, "score band");
  body += axisLabel(14, frame.top + (frame.height - frame.top - frame.bottom) / 2, "converted", true);
  return svgDocument(frame, options.title ?? "Conversion by score band", body, "calibration-chart");
}
