/*
 * Finds where a CSV record ends the way Papa Parse reads it, without building cells, and can stop
 * at the end of one text and go on with the next: a record that spans many chunks is scanned once,
 * character by character only around quotes (string searches elsewhere), so reading stays linear
 * in the input however long the record is.
 *
 * Papa's rules: a cell that starts with a quote is quoted and ends at a quote followed by the
 * delimiter or the line break (blanks between them allowed); `""` is a quote inside it. A quote
 * followed by anything else makes the record's quotes bad (Papa reads on to the next quote). A
 * quote anywhere else in a cell is text.
 */

/** Where the scan stands between two characters of a record. */
const enum At {
  /** At the start of a cell. */
  CellStart,
  /** In a cell that does not start with a quote. */
  Unquoted,
  /** In a quoted cell, looking for its closing quote. */
  Quoted,
  /** Just past a quote in a quoted cell: `""`, or the end of the cell. */
  AfterQuote,
  /** Past a quote and blanks: the delimiter or the line break must come next. */
  AfterQuoteBlanks,
}

const QUOTE = 34;

/** Papa's blanks after a closing quote: what `String.prototype.trim` removes. */
const isBlank = (char: string): boolean => char.trim() === "";

/** The scan of one record, fed text by text. */
export class CsvRecordScan {
  /** True once a quoted cell closed badly: the record will be reported as unreadable. */
  invalid = false;
  private at: At = At.CellStart;
  private readonly delimiter: string;
  private readonly newline: string;

  constructor(delimiter: string, newline: string) {
    this.delimiter = delimiter;
    this.newline = newline;
  }

  /** Starts the scan of a new record. */
  reset(): void {
    this.at = At.CellStart;
    this.invalid = false;
  }

  /** True while the scan is inside a quoted cell. */
  get inQuotes(): boolean {
    return this.at === At.Quoted;
  }

  /**
   * Scans `input` from `from`: returns the index just past the record's line break, or -1 when the
   * text ends first (the scan then goes on with the next text given). After the end of a record,
   * {@link reset} before the next.
   */
  scan(input: string, from: number): number {
    const { delimiter, newline } = this;
    const length = input.length;
    // The next line break and delimiter at or after the cursor, searched again only once passed.
    let nextBreak = -2;
    let nextDelimiter = -2;
    let cursor = from;
    while (cursor < length) {
      switch (this.at) {
        case At.CellStart:
          if (input.charCodeAt(cursor) === QUOTE) {
            this.at = At.Quoted;
            cursor++;
          } else this.at = At.Unquoted;
          break;
        case At.Unquoted:
          if (nextBreak === -2 || (nextBreak !== -1 && nextBreak < cursor)) nextBreak = input.indexOf(newline, cursor);
          if (nextDelimiter === -2 || (nextDelimiter !== -1 && nextDelimiter < cursor)) nextDelimiter = input.indexOf(delimiter, cursor);
          if (nextDelimiter !== -1 && (nextBreak === -1 || nextDelimiter < nextBreak)) {
            cursor = nextDelimiter + 1;
            this.at = At.CellStart;
          } else if (nextBreak !== -1) return nextBreak + 1;
          else cursor = length;
          break;
        case At.Quoted: {
          const quote = input.indexOf('"', cursor);
          if (quote === -1) cursor = length;
          else {
            cursor = quote + 1;
            this.at = At.AfterQuote;
          }
          break;
        }
        case At.AfterQuote:
          if (input.charCodeAt(cursor) === QUOTE) {
            this.at = At.Quoted;
            cursor++;
          } else this.at = At.AfterQuoteBlanks;
          break;
        case At.AfterQuoteBlanks: {
          const char = input[cursor] as string;
          cursor++;
          if (char === delimiter) this.at = At.CellStart;
          else if (char === newline) return cursor;
          else if (!isBlank(char)) {
            // Papa reads on to the next quote, which may be this one.
            this.invalid = true;
            this.at = char === '"' ? At.AfterQuote : At.Quoted;
          }
          break;
        }
      }
    }
    return -1;
  }

  /**
   * Ends the record at the end of the input: whether its quotes are bad (a quoted cell left open,
   * or blanks after its closing quote with no line break).
   */
  endOfInput(): "MissingQuotes" | "InvalidQuotes" | undefined {
    if (this.invalid || this.at === At.AfterQuoteBlanks) return "InvalidQuotes";
    return this.at === At.Quoted ? "MissingQuotes" : undefined;
  }
}
