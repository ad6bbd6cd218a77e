import type { DerivedIcp } from "../../analyze/derive-icp.js";
import type { ProfileComparison } from "../../analyze/compare-profiles.js";
import type { ChartOptions } from "./tier-distribution-chart.js";
import { escapeXml, PALETTE, px, svgDocument, type Frame } from "./svg-kit.js";

/** A labelled lift, for {@link liftBars}.
 *
 * @example
 * ```ts
 * import type { LiftItem } from "icpfit/report";
 * const item: LiftItem = { label: "industry = Software", lift: 2.1, support: 40 };
 * ```
 */
export interface LiftItem {
  /** Bar label, e.g. `industry = Software` (cut to 40 characters; the full text shows on hover). */
  readonly label: string;
  /** The lift: 1 is average, above 1 over-represented (green bar), below 1 under-represented (red bar). */
  readonly lift: number;
  /** Records behind the lift, shown in the bar's tooltip. */
  readonly support?: number;
}

/** Options for {@link liftBars}.
 *
 * @example
 * ```ts
 * import type { LiftBarsOptions } from "icpfit/report";
 * const options: LiftBarsOptions = { limit: 12 };
 * ```
 */
export interface LiftBarsOptions extends ChartOptions {
  /**
   * Show at most this many bars (highest lift first).
   * @default 15
   */
  readonly limit?: number;
}

function itemsOf(input: ProfileComparison | DerivedIcp | readonly LiftItem[]): LiftItem[] {
  if (Array.isArray(input)) return [...(input as readonly LiftItem[])];
  if ("values" in input) {
    return (input as ProfileComparison).values.map((row) => ({ label: `${row.field.slice(row.field.indexOf(".") + 1)} = ${row.value}`, lift: row.lift, support: row.support }));
  }
  return (input as DerivedIcp).report.map((row) => ({ label: row.label, lift: row.lift, support: row.support }));
}

/**
 * Horizontal bars of lift (1 = no different from average) for attribute values of a profile
 * comparison, the rules of a derived ICP, or any labelled lifts. Returns an SVG string.
 *
 * @example
 * ```ts
 * import { liftBars } from "icpfit/report";
 * const svg: string = liftBars([{ label: "industry = Software", lift: 2.1 }, { label: "country = US", lift: 0.8 }]);
 * ```
 */
export function liftBars(input: ProfileComparison | DerivedIcp | readonly LiftItem[], options: LiftBarsOptions = {}): string {
  const items = itemsOf(input)
    .filter((item) => Number.isFinite(item.lift))
    .sort((a, b) => b.lift - a.lift)
    .slice(0, options.limit ?? 15);
  const rowHeight = 22;
  const labelWidth = 280;
  const frame: Frame = { width: options.width ?? 680, height: options.height ?? 56 + rowHeight * Math.max(1, items.length), left: labelWidth, right: 70, top: 36, bottom: 20 };
  const max = Math.max(2, ...items.map((item) => item.lift));
  const plotWidth = frame.width - frame.left - frame.right;
  const sx = (v: number): number => frame.left + (v / max) * plotWidth;
  let body = "";
  items.forEach((item, index) => {
    const y = frame.top + index * rowHeight;
    const label = item.label.length > 40 ? `${item.label.slice(0, 39)}…` : item.label;
    const color = item.lift >= 1 ? PALETTE.good : PALETTE.bad;
    body += `<text x="${frame.left - 8}" y="${px(y + 14)}" text-anchor="end" fill="${PALETTE.ink}">${escapeXml(label)}<title>${escapeXml(item.label)}</title></text>`;
    body += `<rect class="bar" x="${frame.left}" y="${px(y + 3)}" width="${px(Math.max(1, sx(item.lift) - frame.left))}" height="${rowHeight - 7}" fill="${color}" opacity="0.85"><title>${escapeXml(`${item.label}: lift ${item.lift.toFixed(2)}×${item.support === undefined ? "" : `, support ${item.support}`}`)}</title></rect>`;
    body += `<text x="${px(sx(item.lift) + 4)}" y="${px(y + 14)}" fill="${PALETTE.muted}">${escapeXml(`${item.lift.toFixed(2)}×`)}</text>`;
  });
  const one = px(sx(1));
  body += `<path class="reference" d="M${one},${frame.top - 4}V${px(frame.top + rowHeight * items.length)}" stroke="${PALETTE.ink}" stroke-dasharray="3 3"/>`;
  body += `<text x="${one}" y="${frame.top - 6}" text-anchor="middle" fill="${PALETTE.muted}" font-size="10">1× (average)</text>`;
  return svgDocument(frame, options.title ?? "Lift", body, "lift-bars");
}
