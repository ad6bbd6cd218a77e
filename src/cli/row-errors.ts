import type { Writable } from "node:stream";

/** Reports malformed rows on stderr with their line number; after `max` messages it only counts. */
export interface RowErrorReporter {
  report(line: number, reason: string): void;
  /** Messages counted but not printed. */
  suppressed(): number;
}

/** A reporter writing `icpfit: line 12: expected 11 columns, got 13` lines to `stream`. */
export function rowErrorReporter(stream: Writable, unit: "line" | "item", max: number, beforeWrite: () => void): RowErrorReporter {
  let printed = 0;
  let hidden = 0;
  return {
    report(line, reason) {
      if (printed >= max) {
        hidden++;
        return;
      }
      printed++;
      beforeWrite();
      stream.write(`icpfit: ${unit} ${line}: ${reason}\n`);
      if (printed === max) stream.write(`icpfit: further row errors are counted but not printed (--max-errors ${max})\n`);
    },
    suppressed: () => hidden,
  };
}

const integer = new Intl.NumberFormat("en-US");

/**
 * A warning for a run where most rows were rejected, else undefined: that is seldom bad data row
 * by row, and usually an input read the wrong way (its delimiter, encoding or format).
 */
export function mostlyRejectedWarning(rejected: number, total: number): string | undefined {
  if (total === 0 || rejected * 2 <= total) return undefined;
  return `icpfit: warning: most rows were rejected (${integer.format(rejected)} of ${integer.format(total)}); if the input is read the wrong way, check --format, --delimiter and --encoding\n`;
}
