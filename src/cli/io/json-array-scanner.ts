import { KEPT_CHARS_OF_LONG_RECORD, MAX_RECORD_CHARS } from "./input-limits.js";

/*
 * Cuts a JSON text into the items of its top-level array as the text streams in, without parsing
 * them: it follows strings (with their escapes) and the nesting of brackets, so each item's text
 * can go to JSON.parse on its own and the array is never held whole. An item that spans chunks is
 * kept as a list of parts and joined once; an item over MAX_RECORD_CHARS keeps only its first
 * characters. Whether an item is valid JSON is left to JSON.parse: only a text whose array cannot
 * be followed (it never closes, or text follows its `]`) is an error of the whole input.
 *
 * A text whose first character is not `[` is one value, and one item.
 */

/** One item of the array: its text, or (over the limit) its first characters. */
export type ScannedItem =
  | { readonly index: number; readonly line: number; readonly text: string }
  | { readonly index: number; readonly line: number; readonly head: string; readonly tooLong: true };

/** The array's shape cannot be read: the input as a whole is not JSON. */
export class JsonShapeError extends Error {
  override readonly name = "JsonShapeError";
}

const enum State {
  Start,
  FirstItem,
  NextItem,
  Item,
  Done,
  Single,
}

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const NEWLINE = 10;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

const isBlank = (code: number): boolean => code === 32 || code === 10 || code === 13 || code === 9;

/** Streams the items of a JSON array (or the one value of a JSON text that is not an array). */
export class JsonArrayScanner {
  private state = State.Start;
  private line = 1;
  private index = 0;
  // The item being read: where it started, its nesting, and whether the cursor is in a string.
  private itemLine = 1;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private parts: string[] = [];
  private partsLength = 0;
  private head: string | undefined;

  /** Whether the text is an array (false for one value, or before its first character). */
  get inArray(): boolean {
    return this.state !== State.Start && this.state !== State.Single;
  }

  /** Feeds the next piece of text; returns the items it completes. Throws a {@link JsonShapeError}. */
  write(text: string): ScannedItem[] {
    const items: ScannedItem[] = [];
    let itemStart = this.state === State.Item || this.state === State.Single ? 0 : -1;
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (code === NEWLINE) this.line++;
      switch (this.state) {
        case State.Start:
          if (isBlank(code) || (code === 0xfeff && at === 0)) break;
          if (code === OPEN_BRACKET) this.state = State.FirstItem;
          else {
            this.state = State.Single;
            this.itemLine = this.line;
            itemStart = at;
          }
          break;
        case State.FirstItem:
        case State.NextItem:
          if (isBlank(code)) break;
          if (code === CLOSE_BRACKET && this.state === State.FirstItem) {
            this.state = State.Done;
            break;
          }
          if (code === CLOSE_BRACKET || code === COMMA) throw new JsonShapeError(`line ${this.line}: expected an item of the array, got "${String.fromCharCode(code)}"`);
          this.state = State.Item;
          this.itemLine = this.line;
          this.depth = 0;
          itemStart = at;
          at = this.scanItem(text, at, items, itemStart) - 1;
          if (this.state !== State.Item) itemStart = -1;
          break;
        case State.Item:
          at = this.scanItem(text, at, items, itemStart) - 1;
          if (this.state !== State.Item) itemStart = -1;
          break;
        case State.Done:
          if (!isBlank(code)) throw new JsonShapeError(`line ${this.line}: unexpected text after the end of the array`);
          break;
        case State.Single:
          break;
      }
    }
    if (itemStart >= 0) this.addPart(text.slice(itemStart));
    return items;
  }

  /** Ends the text; returns the last item (a value that is not an array). Throws a {@link JsonShapeError}. */
  end(): ScannedItem[] {
    if (this.state === State.Single) return [this.item("")];
    if (this.state === State.Start || this.state === State.Done) return [];
    throw new JsonShapeError("Unexpected end of JSON input");
  }

  /**
   * Reads an item from `from` (the first character not read yet) to the comma or bracket that ends
   * it, or to the end of the text; returns where reading stopped. Counts lines past `from`.
   */
  private scanItem(text: string, from: number, items: ScannedItem[], itemStart: number): number {
    let at = from;
    // The first character was counted by write(); later ones are counted here.
    for (let first = true; at < text.length; at++, first = false) {
      const code = text.charCodeAt(at);
      if (!first && code === NEWLINE) this.line++;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (code === BACKSLASH) this.escaped = true;
        else if (code === QUOTE) this.inString = false;
        continue;
      }
      if (code === QUOTE) this.inString = true;
      else if (code === OPEN_BRACKET || code === OPEN_BRACE) this.depth++;
      else if ((code === CLOSE_BRACKET || code === CLOSE_BRACE) && this.depth > 0) this.depth--;
      else if (this.depth === 0 && (code === COMMA || code === CLOSE_BRACKET)) {
        items.push(this.item(text.slice(itemStart, at)));
        this.state = code === COMMA ? State.NextItem : State.Done;
        return at + 1;
      }
    }
    return at;
  }

  private addPart(part: string): void {
    if (this.head !== undefined || part === "") return;
    this.parts.push(part);
    this.partsLength += part.length;
    if (this.partsLength > MAX_RECORD_CHARS) {
      this.head = this.parts.join("").slice(0, KEPT_CHARS_OF_LONG_RECORD);
      this.parts = [];
      this.partsLength = 0;
    }
  }

  /** The item made of the parts so far and `last`. */
  private item(last: string): ScannedItem {
    this.index++;
    const { index, itemLine: line } = this;
    if (this.head === undefined && this.partsLength + last.length > MAX_RECORD_CHARS) this.addPart(last);
    const head = this.head;
    this.head = undefined;
    this.inString = false;
    this.escaped = false;
    if (head !== undefined) return { index, line, head, tooLong: true };
    if (this.parts.length === 0) return { index, line, text: last };
    this.parts.push(last);
    const text = this.parts.join("");
    this.parts = [];
    this.partsLength = 0;
    return { index, line, text };
  }
}
