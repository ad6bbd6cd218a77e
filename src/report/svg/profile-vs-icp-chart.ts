import type { ProfileComparison } from "../../analyze/compare-profiles.js";
import { foldText } from "../../engine/fold-text.js";
import type { Condition } from "../../schema/condition.js";
import type { Icp } from "../../schema/icp.js";
import type { ChartOptions } from "./tier-distribution-chart.js";
import { escapeXml, legend, PALETTE, percentLabel, px, svgDocument, type Frame } from "./svg-kit.js";

/** Options for {@link profileVsIcpChart}.
 *
 * @example
 * ```ts
 * import type { ProfileVsIcpOptions } from "icpfit/report";
 * const options: ProfileVsIcpOptions = { field: "firmographic.industry", limit: 10 };
 * ```
 */
export interface ProfileVsIcpOptions extends ChartOptions {
  /** Only this attribute. By default, the values with the largest lift across attributes. */
  readonly field?: string;
  /** An ICP: values its rules name are marked with ★. */
  readonly icp?: Icp;
  /**
   * At most this many values.
   * @default 12
   */
  readonly limit?: number;
}

function icpValues(icp: Icp | undefined): Set<string> {
  const named = new Set<string>();
  const visit = (condition: Condition): void => {
    if ("all" in condition) condition.all.forEach(visit);
    else if ("any" in condition) condition.any.forEach(visit);
    else if ("not" in condition) visit(condition.not);
    else if ("value" in condition) {
      const values = Array.isArray(condition.value) ? condition.value : [condition.value];
      for (const value of values) named.add(`${condition.field}=${foldText(String(value))}`);
    }
  };
  icp?.rules.forEach((rule) => visit(rule as Condition));
  return named;
}

/**
 * Paired bars per attribute value: share among the best customers (the ICP's evidence) against
 * share among all customers (the Average Customer Profile). Values an ICP names are starred.
 * Returns an SVG string.
 *
 * @example
 * ```ts
 * import { compareProfiles, profileCustomers } from "icpfit/analyze";
 * import { profileVsIcpChart } from "icpfit/report";
 * const leads = [{ firmographic: { industry: "Software" } }, { firmographic: { industry: "Retail" } }];
 * const svg: string = profileVsIcpChart(compareProfiles(profileCustomers(leads.slice(0, 1)), profileCustomers(leads), { minSupport: 1 }));
 * ```
 */
export function profileVsIcpChart(comparison: ProfileComparison, options: ProfileVsIcpOptions = {}): string {
  const source = options.field === undefined ? comparison.values : (comparison.attributes.find((a) => a.field === options.field)?.values ?? []);
  const rows = [...source].slice(0, options.limit ?? 12);
  const named = icpValues(options.icp);
  const rowHeight = 30;
  const labelWidth = 280;
  const frame: Frame = { width: options.width ?? 680, height: options.height ?? 70 + rowHeight * Math.max(1, rows.length), left: labelWidth, right: 60, top: 44, bottom: 20 };
  const max = Math.max(0.05, ...rows.flatMap((row) => [row.bestShare, row.allShare]));
  const sx = (v: number): number => frame.left + (v / max) * (frame.width - frame.left - frame.right);
  let body = legend(frame.left, 34, [{ label: "best customers", color: PALETTE.accent }, { label: "all customers (ACP)", color: "#9aa5b1" }]);
  rows.forEach((row, index) => {
    const y = frame.top + 6 + index * rowHeight;
    const star = named.has(`${row.field}=${foldText(row.value)}`) ? "★ " : "";
    const text = `${star}${row.field.slice(row.field.indexOf(".") + 1)} = ${row.value}`;
    body += `<text x="${frame.left - 8}" y="${px(y + 14)}" text-anchor="end" fill="${PALETTE.ink}">${escapeXml(text.length > 40 ? `${text.slice(0, 39)}…` : text)}</text>`;
    body += `<rect class="bar best" x="${frame.left}" y="${px(y)}" width="${px(Math.max(1, sx(row.bestShare) - frame.left))}" height="11" fill="${PALETTE.accent}"><title>${escapeXml(`best: ${percentLabel(row.bestShare)}`)}</title></rect>`;
    body += `<rect class="bar all" x="${frame.left}" y="${px(y + 12)}" width="${px(Math.max(1, sx(row.allShare) - frame.left))}" height="11" fill="#9aa5b1"><title>${escapeXml(`all: ${percentLabel(row.allShare)}`)}</title></rect>`;
    body += `<text x="${px(Math.max(sx(row.bestShare), sx(row.allShare)) + 4)}" y="${px(y + 16)}" fill="${PALETTE.muted}">${escapeXml(`${row.lift.toFixed(2)}×`)}</text>`;
  });
  return svgDocument(frame, options.title ?? "Best customers vs Average Customer Profile", body, "profile-vs-icp");
}
