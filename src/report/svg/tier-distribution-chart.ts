import type { Evaluation } from "../../analyze/evaluate.js";
import type { TierSimulation } from "../../analyze/simulate-tiers.js";
import { escapeXml, numberLabel, niceTicks, percentLabel, px, scales, svgDocument, TIER_COLORS, yGrid, type Frame } from "./svg-kit.js";

/** Options shared by the charts.
 *
 * @example
 * ```ts
 * import type { ChartOptions } from "icpfit/report";
 * const options: ChartOptions = { title: "Tiers on the test set", width: 640, height: 320 };
 * ```
 */
export interface ChartOptions {
  /** Chart title (also its accessible name). Each chart has its own default. */
  readonly title?: string;
  /**
   * Width in pixels.
   * @default 560
   */
  readonly width?: number;
  /**
   * Height in pixels.
   * @default 300
   */
  readonly height?: number;
}

/** Tier counts in any of the forms the analysis returns.
 *
 * @example
 * ```ts
 * import type { TierCounts } from "icpfit/report";
 * const counts: TierCounts = { primary: 12, secondary: 30, tertiary: 41 };
 * ```
 */
export type TierCounts = Evaluation | TierSimulation | Readonly<Partial<Record<string, number>>>;

const TIER_NAMES = ["primary", "secondary", "tertiary", "unqualified", "insufficient-data", "disqualified"];

function countsOf(input: TierCounts): { tier: string; count: number }[] {
  if ("tierDistribution" in input && typeof input.tierDistribution === "object") {
    const distribution = input.tierDistribution as Readonly<Record<string, number>>;
    // The two tiers outside the score scale are shown only when they hold leads.
    return TIER_NAMES.map((tier) => ({ tier, count: distribution[tier] ?? 0 })).filter((row, index) => index < 4 || row.count > 0);
  }
  if ("tiers" in input && Array.isArray(input.tiers)) {
    return (input as TierSimulation).tiers.map((row) => ({ tier: row.tier, count: row.count })).filter((row, index) => index < 4 || row.count > 0);
  }
  const plain = input as Readonly<Partial<Record<string, number>>>;
  return TIER_NAMES.filter((tier) => typeof plain[tier] === "number").map((tier) => ({ tier, count: plain[tier] ?? 0 }));
}

/**
 * Bar chart of leads per tier (count and share), from an evaluation, a tier simulation or plain
 * counts. Returns an SVG string.
 *
 * @example
 * ```ts
 * import { tierDistributionChart } from "icpfit/report";
 * const svg: string = tierDistributionChart({ primary: 12, secondary: 30, tertiary: 41, unqualified: 80 });
 * svg.startsWith("<svg"); // true
 * ```
 */
export function tierDistributionChart(input: TierCounts, options: ChartOptions = {}): string {
  const rows = countsOf(input);
  const frame: Frame = { width: options.width ?? 560, height: options.height ?? 300, left: 56, right: 16, top: 36, bottom: 44 };
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  const max = Math.max(1, ...rows.map((row) => row.count));
  const ticks = niceTicks(max, 4);
  const { sy } = scales(frame, [0, 1], [0, ticks[ticks.length - 1] ?? max]);
  const plotWidth = frame.width - frame.left - frame.right;
  const slot = plotWidth / Math.max(1, rows.length);
  let body = yGrid(frame, sy, ticks, numberLabel);
  rows.forEach((row, index) => {
    const x = frame.left + index * slot + slot * 0.15;
    const y = sy(row.count);
    const height = frame.height - frame.bottom - y;
    body +=
      `<rect class="bar" data-tier="${escapeXml(row.tier)}" x="${px(x)}" y="${px(y)}" width="${px(slot * 0.7)}" height="${px(Math.max(0, height))}" fill="${TIER_COLORS[row.tier] ?? "#888"}">` +
      `<title>${escapeXml(`${row.tier}: ${numberLabel(row.count)} (${percentLabel(row.count / Math.max(1, total))})`)}</title></rect>`;
    body += `<text x="${px(x + slot * 0.35)}" y="${px(y - 5)}" text-anchor="middle" fill="#1f2933">${escapeXml(`${numberLabel(row.count)} · ${percentLabel(row.count / Math.max(1, total), 0)}`)}</text>`;
    body += `<text x="${px(x + slot * 0.35)}" y="${px(frame.height - frame.bottom + 16)}" text-anchor="middle" fill="#616e7c">${escapeXml(row.tier)}</text>`;
  });
  return svgDocument(frame, options.title ?? "Leads per tier", body, "tier-distribution");
}
