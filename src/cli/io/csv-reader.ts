import { Parser, type CsvError, type Options } from "csv-parse";
import type { TransformCallback } from "node:stream";
import type { InputRow, RecordReader } from "./input-row.js";

/*
 * csv-parse emits one record per push(). Two things are added here, both relying on csv-parse's
 * documented stream contract (records leave through push(); `parser.info` is live):
 * - line numbers without `info: true`: at push time `this.info.lines` is the record's (last) line.
 *   `info: true` would build two info objects per record, which cost a third of the throughput;
 * - batching: records leave in arrays of up to BATCH_ROWS, so the stages after the parser pay their
 *   per-object stream overhead once per batch instead of once per row.
 * Rows with the wrong number of cells are kept (relax_column_count) and flagged; records csv-parse
 * cannot parse (an unclosed quote) arrive as `skip` events, in order, and become error rows.
 * A subclass (with state) is how Node streams are extended; it stays private to this module.
 */
const BATCH_ROWS = 512;

class BatchingCsvParser extends Parser {
  columns: string[] | undefined;
  bytes = 0;
  private batch: InputRow[] = [];

  constructor(options: Options) {
    super(options);
    this.on("skip", (error: CsvError | undefined) => {
      const line = typeof (error as { lines?: unknown } | undefined)?.lines === "number" ? (error as unknown as { lines: number }).lines : this.info.lines;
      this.batch.push({ line, error: error?.message ?? "unparsable CSV record" });
    });
  }

  override push(chunk: unknown, encoding?: BufferEncoding): boolean {
    if (chunk === null) {
      this.flushBatch();
      return super.push(null, encoding);
    }
    const cells = chunk as string[];
    if (this.columns === undefined) {
      this.columns = cells;
      return true;
    }
    const line = this.info.lines;
    if (cells.length === this.columns.length) this.batch.push({ line, cells });
    else this.batch.push({ line, cells, error: `expected ${this.columns.length} columns, got ${cells.length}` });
    // Small batches keep the rows in flight young: large ones survive garbage collections and cost more.
    if (this.batch.length >= BATCH_ROWS) this.flushBatch();
    return true;
  }

  override _transform(chunk: Buffer, encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    super._transform(chunk, encoding, (error?: Error | null) => {
      this.flushBatch();
      callback(error);
    });
  }

  override _flush(callback: TransformCallback): void {
    super._flush((error?: Error | null) => {
      this.flushBatch();
      callback(error);
    });
  }

  private flushBatch(): void {
    if (this.batch.length === 0) return;
    const batch = this.batch;
    this.batch = [];
    super.push(batch);
  }
}

/** A streaming CSV reader (csv-parse) that yields batches of numbered rows. */
export function csvReader(options: { readonly delimiter?: string } = {}): RecordReader {
  const parser = new BatchingCsvParser({
    bom: true,
    delimiter: options.delimiter ?? ",",
    relax_column_count: true,
    // A quote inside an unquoted cell (5'10", 2"x) is kept as text rather than failing the row.
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    // A few batches of BATCH_ROWS in flight keep memory bounded.
    readableHighWaterMark: 8,
  } as Options);
  return { stream: parser, header: () => parser.columns, bytesRead: () => parser.bytes, unit: "line" };
}
