/*
 * CSV output. Quoting follows RFC 4180 (quote a cell holding the delimiter, a quote or a line
 * break, `\r` or `\n` alone included; double the quotes inside). The test is one regular
 * expression per cell, built once per delimiter. This is done here rather than with csv-stringify because the
 * CLI writes already-formed text cells, and csv-stringify's per-record option handling cost more
 * than scoring itself in bench/cli-score.bench.mjs (see bench/README.md).
 */

/** Encodes one cell: quoted when it holds the delimiter, a quote or a line break. */
export type CsvCellEncoder = (value: string) => string;

/** Whether a cell must be quoted: it holds the (one-character) delimiter, a quote or a line break. */
export function csvNeedsQuotes(delimiter = ","): (value: string) => boolean {
  const special = new RegExp(`["\\r\\n${delimiter.replace(/[\\^$.*+?()[\]{}|-]/g, "\\$&")}]`);
  return (value) => special.test(value);
}

/** A CSV cell encoder for a one-character delimiter. */
export function csvCellEncoder(delimiter = ","): CsvCellEncoder {
  const needsQuotes = csvNeedsQuotes(delimiter);
  return (value) => (needsQuotes(value) ? `"${value.replaceAll('"', '""')}"` : value);
}

/** Encodes cells as one CSV line (without the line break). */
export type CsvLineEncoder = (cells: readonly string[]) => string;

/**
 * A CSV line encoder for a one-character delimiter. A line of one empty cell is written `""`: left
 * empty it would be a blank line, which readers (icpfit's among them) skip.
 */
export function csvLineEncoder(delimiter = ","): CsvLineEncoder {
  const cell = csvCellEncoder(delimiter);
  return (cells) => {
    if (cells.length === 1 && cells[0] === "") return '""';
    let line = "";
    for (let index = 0; index < cells.length; index++) {
      if (index > 0) line += delimiter;
      line += cell(cells[index] as string);
    }
    return line;
  };
}
