/*
 * The limits that keep the readers' memory bounded whatever the input holds. A row past a limit is
 * not an error of the run: it is reported as an invalid row with its line number, kept in the
 * output with tier `invalid` (or written to --rejects), and reading goes on.
 */

/**
 * The most characters one record may take: a CSV record (with the line breaks in its quoted
 * cells), a JSONL line, an item of a JSON array. A longer one is reported as invalid and skipped
 * without being held whole, so memory stays bounded on any input.
 */
export const MAX_RECORD_CHARS: number = 8 * 1024 * 1024;

/** How much of a record over {@link MAX_RECORD_CHARS} is kept (as its raw text) to show which it was. */
export const KEPT_CHARS_OF_LONG_RECORD: number = 1024;

/**
 * How deep a JSON row may nest objects and arrays (the row itself is level 1). A deeper row is
 * reported as invalid: every later step that walks a row (mapping, typed values, `JSON.stringify`
 * when writing JSON output) may recurse, and a row nested thousands deep would overflow the stack
 * and end the run. Real CRM records nest a few levels; 64 leaves them ample room and every walk
 * far from the stack's limit.
 */
export const MAX_ROW_DEPTH: number = 64;

/** "8 Mi characters": a limit in words, for messages. */
export function describeCharLimit(chars: number): string {
  return chars % (1024 * 1024) === 0 ? `${chars / 1024 / 1024} Mi characters` : `${chars} characters`;
}

/** The reason given for a record longer than {@link MAX_RECORD_CHARS}. */
export function tooLongReason(what: string): string {
  return `${what} longer than ${describeCharLimit(MAX_RECORD_CHARS)}: left unread (its first ${KEPT_CHARS_OF_LONG_RECORD.toLocaleString("en-US")} characters are kept as its raw text)`;
}
