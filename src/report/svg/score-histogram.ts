import type { TierThresholds } from "../../schema/tiers.js";
import type { IcpResult } from "../../schema/result.js";
import type { ChartOptions } from "./tier-distribution-chart.js";
import { axisLabel, escapeXml, legend, niceTicks, numberLabel, PALETTE, px, scales, svgDocument, yGrid, type Frame } from "./svg-kit.js";

/** Options for {@link scoreHistogram}.
 *
 * @example
 * ```ts
 * import type { HistogramOptions } from "icpfit/report";
 * const options: HistogramOptions = { bins: 10, outcomes: [true, false], thresholds: { primary: 80, secondary: 60, tertiary: 40 } };
 * ```
 */
export interface HistogramOptions extends ChartOptions {
  /**
   * Number of equal-width bins over 0–100.
   * @default 20
   */
  readonly bins?: number;
  /** One outcome per score: bars are split into converted and not converted (`null` counts as unknown). */
  readonly outcomes?: readonly (boolean | 0 | 1 | null)[];
  /** Tier thresholds to draw as vertical lines; a tier left out gets no line. */
  readonly thresholds?: Partial<TierThresholds>;
}

/**
 * Histogram of scores (0–100), optionally stacked by outcome and with tier thresholds marked.
 * Accepts scores or results. Returns an SVG string.
 *
 * @example
 * ```ts
 * import { scoreHistogram } from "icpfit/report";
 * const svg: string = scoreHistogram([12, 40, 55, 71, 88, 93], { bins: 10, outcomes: [false, false, true, false, true, true] });
 * ```
 */
export function scoreHistogram(scores: readonly number[] | readonly IcpResult[], options: HistogramOptions = {}): string {
  const values = scores.map((entry) => (typeof entry === "number" ? entry : entry.score));
  const bins = Math.max(1, Math.min(100, Math.round(options.bins ?? 20)));
  const width = 100 / bins;
  const counts = Array.from({ length: bins }, () => ({ positive: 0, negative: 0, unknown: 0 }));
  values.forEach((score, i) => {
    const bin = counts[Math.min(bins - 1, Math.max(0, Math.floor(score / width)))];
    if (bin === undefined) return;
    const outcome = options.outcomes?.[i];
    if (options.outcomes === undefined || outcome === null || outcome === undefined) bin.unknown++;
    else if (outcome === true || outcome === 1) bin.positive++;
    else bin.negative++;
  });
  const frame: Frame = { width: options.width ?? 560, height: options.height ?? 300, left: 56, right: 16, top: 44, bottom: 40 };
  const max = Math.max(1, ...counts.map((c) => c.positive + c.negative + c.unknown));
  const ticks = niceTicks(max, 4);
  const { sx, sy } = scales(frame, [0, 100], [0, ticks[ticks.length - 1] ?? max]);
  let body = yGrid(frame, sy, ticks, numberLabel);
  counts.forEach((bin, index) => {
    const x = sx(index * width) + 1;
    const w = Math.max(1, sx(width) - sx(0) - 2);
    let stacked = 0;
    for (const [part, color] of [["positive", PALETTE.good], ["negative", PALETTE.accentSoft], ["unknown", "#9aa5b1"]] as const) {
      const count = bin[part];
      if (count === 0) continue;
      const top = sy(stacked + count);
      const bottom = sy(stacked);
      body += `<rect class="bar" x="${px(x)}" y="${px(top)}" width="${px(w)}" height="${px(bottom - top)}" fill="${color}"><title>${escapeXml(`${Math.round(index * width)}–${Math.round((index + 1) * width)}: ${count} ${part}`)}</title></rect>`;
      stacked += count;
    }
  });
  for (const tick of [0, 20, 40, 60, 80, 100]) {
    body += `<text x="${px(sx(tick))}" y="${px(frame.height - frame.bottom + 14)}" text-anchor="middle" fill="${PALETTE.muted}">${tick}</text>`;
  }
  if (options.thresholds !== undefined) {
    Object.entries(options.thresholds).forEach(([tier, value], index) => {
      if (typeof value !== "number") return;
      const x = px(sx(value));
      // Labels step down one line each so close thresholds do not overprint.
      const labelY = frame.top + 10 + index * 12;
      body += `<line class="threshold" x1="${x}" x2="${x}" y1="${frame.top}" y2="${frame.height - frame.bottom}" stroke="${PALETTE.ink}" stroke-dasharray="4 3"/>`;
      body += `<text x="${px(sx(value) + 3)}" y="${labelY}" fill="${PALETTE.ink}" font-size="10">${escapeXml(`${tier} ≥ ${value}`)}</text>`;
    });
  }
  body += axisLabel(frame.left + (frame.width - frame.left - frame.right) / 2, frame.height - 6, "score");
  if (options.outcomes !== undefined) body += legend(frame.width - 250, 18, [{ label: "converted", color: PALETTE.good }, { label: "not converted", color: PALETTE.accentSoft }]);
  return svgDocument(frame, options.title ?? "Score distribution", body, "score-histogram");
}
