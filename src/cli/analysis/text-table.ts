/** Renders rows as an aligned plain-text table: the `left` columns left-aligned, the others right-aligned. */
export function textTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>, left: readonly number[] = [0]): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => (left.includes(column) ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  ").trimEnd();
  return [line(headers), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}

/** A share as a percentage with one decimal. */
export function percent(share: number): string {
  return Number.isFinite(share) ? `${(share * 100).toFixed(1)}%` : "n/a";
}

/** A number with a fixed number of decimals, or n/a. */
export function fixed(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : "n/a";
}

const integer = new Intl.NumberFormat("en-US");

/** A count with thousands separators. */
export function count(value: number): string {
  return integer.format(value);
}

const decimal = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** An amount (a mean value) with thousands separators and two decimals, so a column lines up, or n/a. */
export function amount(value: number): string {
  return Number.isFinite(value) ? decimal.format(value) : "n/a";
}
