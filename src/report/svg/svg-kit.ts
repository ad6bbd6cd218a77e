/*
 * The few SVG building blocks the charts share: escaping, number formatting, a plot frame with
 * axes and gridlines, and a palette. Charts are strings, built without a DOM, so they render the
 * same in Node, Deno, a browser and a Jupyter notebook. Numbers are formatted by hand so output is
 * identical on every runtime and locale.
 */

/** Escapes text for SVG and HTML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** Rounds coordinates to 0.1 px to keep the markup small. */
export const px = (value: number): string => String(Math.round(value * 10) / 10);

/** A share as a percentage label: 0.1234 -> "12.3%". */
export function percentLabel(share: number, decimals = 1): string {
  if (!Number.isFinite(share)) return "–";
  const scale = 10 ** decimals;
  return `${Math.round(share * 100 * scale) / scale}%`;
}

/** A count or value with thousands separators. */
export function numberLabel(value: number): string {
  if (!Number.isFinite(value)) return "–";
  const rounded = Math.round(value * 100) / 100;
  const [whole = "0", fraction] = String(Math.abs(rounded)).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${rounded < 0 ? "-" : ""}${grouped}${fraction === undefined ? "" : `.${fraction}`}`;
}

export const PALETTE = {
  ink: "#1f2933",
  muted: "#616e7c",
  grid: "#e4e7eb",
  accent: "#2563eb",
  accentSoft: "#93b4f5",
  good: "#15803d",
  warn: "#b45309",
  bad: "#b91c1c",
} as const;

export const TIER_COLORS: Readonly<Record<string, string>> = {
  primary: "#15803d",
  secondary: "#4ca06c",
  tertiary: "#9ccfa9",
  unqualified: "#cbd2d9",
  "insufficient-data": "#f0c36d",
  disqualified: "#e07a7a",
};

export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Plot-area helpers for a frame: x/y scales from data ranges to pixels. */
export function scales(frame: Frame, x: readonly [number, number], y: readonly [number, number]): { sx: (v: number) => number; sy: (v: number) => number } {
  const plotWidth = frame.width - frame.left - frame.right;
  const plotHeight = frame.height - frame.top - frame.bottom;
  const spanX = x[1] - x[0] || 1;
  const spanY = y[1] - y[0] || 1;
  return {
    sx: (v) => frame.left + ((v - x[0]) / spanX) * plotWidth,
    sy: (v) => frame.height - frame.bottom - ((v - y[0]) / spanY) * plotHeight,
  };
}

/** The outer <svg> element with a title (read by screen readers) and a consistent font. */
export function svgDocument(frame: Frame, title: string, body: string, className: string): string {
  const label = escapeXml(title);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="icpfit-chart ${className}" width="${frame.width}" height="${frame.height}" ` +
    `viewBox="0 0 ${frame.width} ${frame.height}" role="img" aria-label="${label}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="12">` +
    `<title>${label}</title><rect width="${frame.width}" height="${frame.height}" fill="#ffffff"/>` +
    `<text x="${frame.left}" y="18" font-size="14" font-weight="600" fill="${PALETTE.ink}">${label}</text>${body}</svg>`
  );
}

/** Horizontal gridlines with labels on the y axis, plus the x axis line. */
export function yGrid(frame: Frame, sy: (v: number) => number, ticks: readonly number[], format: (v: number) => string): string {
  let out = "";
  for (const tick of ticks) {
    const y = px(sy(tick));
    out += `<line x1="${frame.left}" x2="${frame.width - frame.right}" y1="${y}" y2="${y}" stroke="${PALETTE.grid}"/>`;
    out += `<text x="${frame.left - 6}" y="${y}" dy="4" text-anchor="end" fill="${PALETTE.muted}">${escapeXml(format(tick))}</text>`;
  }
  const base = px(frame.height - frame.bottom);
  return `${out}<line x1="${frame.left}" x2="${frame.width - frame.right}" y1="${base}" y2="${base}" stroke="${PALETTE.muted}"/>`;
}

/** An axis caption. */
export function axisLabel(x: number, y: number, text: string, rotate = false): string {
  const transform = rotate ? ` transform="rotate(-90 ${px(x)} ${px(y)})"` : "";
  return `<text x="${px(x)}" y="${px(y)}" text-anchor="middle" fill="${PALETTE.muted}"${transform}>${escapeXml(text)}</text>`;
}

/** Evenly spaced "nice" ticks from 0 to at least max. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = 0; v <= max + step * 0.999; v += step) ticks.push(Math.round(v * 1e9) / 1e9);
  return ticks;
}

/** A small legend: coloured squares with labels, in one row. */
export function legend(x: number, y: number, items: readonly { label: string; color: string }[]): string {
  let out = "";
  let cursor = x;
  for (const item of items) {
    out += `<rect x="${px(cursor)}" y="${px(y - 9)}" width="10" height="10" fill="${item.color}"/>`;
    out += `<text x="${px(cursor + 14)}" y="${px(y)}" fill="${PALETTE.ink}">${escapeXml(item.label)}</text>`;
    cursor += 22 + item.label.length * 6.5;
  }
  return `<g class="legend">${out}</g>`;
}
