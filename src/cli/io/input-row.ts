import type { Duplex } from "node:stream";

/** One data row as read from the input, in input order. */
export interface InputRow {
  /** Line number in the input (for CSV: the line the record starts on; a quoted cell may span more). */
  readonly line: number;
  /** CSV: the cells, in header order. */
  readonly cells?: readonly string[];
  /**
   * CSV: the record exactly as it was written (without its line break) when it has no quotes, so CSV
   * output can copy the input columns instead of re-encoding them.
   */
  readonly text?: string;
  /** JSON / JSONL: the object. */
  readonly record?: Readonly<Record<string, unknown>>;
  /** Why the row is malformed; such rows are counted, reported and kept (tier `invalid`) or rejected. */
  readonly error?: string;
  /**
   * The row's text when it could not be parsed at all: a JSONL line, or the first line of a CSV
   * record with unreadable quotes, as written.
   */
  readonly raw?: string;
}

/** A streaming reader: bytes in, batches of rows out, with the header once known. */
export interface RecordReader {
  /** Bytes in; arrays of {@link InputRow} out (one array per input chunk, so per-row stream overhead is paid per batch). */
  readonly stream: Duplex;
  /** The column names: the CSV header, or the keys of the first JSON object. Known before the first batch. */
  header(): readonly string[] | undefined;
  /** Bytes consumed so far (progress). */
  bytesRead(): number;
  /** What `InputRow.line` counts: lines (CSV, JSONL) or array items (JSON). */
  readonly unit: "line" | "item";
}
