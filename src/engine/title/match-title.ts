import type { TitleEntry, TitleLookup } from "./title-word.js";
import { BOUNDARY } from "./title-tokens.js";

/** A table entry found in a title. */
export interface TitleHit {
  readonly entry: TitleEntry;
  /**
   * The words come after "to" in the same part of the title ("Assistant to the VP"): they name
   * whom the person works for, so their level is not the person's.
   */
  readonly afterTo: boolean;
}

/* Compounds shorter than this are not split ("Leiter" itself is a word of the table). */
const MIN_COMPOUND_PART = 3;
// German linking letters between the parts of a compound: "Vertrieb-s-leiter", "Kunde-n-betreuer".
const LINKING_LETTERS: readonly string[] = ["s", "n", "en"];

/**
 * The table entries in a title's words, left to right. At each word the longest phrase of the
 * table that starts there and stays within one part of the title wins and its words are used up;
 * a word the table does not know may be a German compound of two it does ("vertriebsleiter").
 * Work is linear in the number of words (each tries at most the table's longest phrase from it).
 */
export function matchTitle(tokens: readonly string[], lookup: TitleLookup, compoundEnds: readonly string[]): TitleHit[] {
  const hits: TitleHit[] = [];
  let afterTo = false;
  // Where the last function word ended: a word starting there follows it directly.
  let functionEnd = -1;
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index] ?? BOUNDARY;
    if (token === BOUNDARY) {
      afterTo = false;
      index += 1;
      continue;
    }
    const found = longestPhrase(tokens, index, lookup);
    if (found !== undefined) {
      const entry = found.entry.roleAfterFunction && functionEnd === index ? asRole(found.entry) : found.entry;
      hits.push({ entry, afterTo });
      index += found.length;
      if (isFunction(entry)) functionEnd = index;
      continue;
    }
    if (token === "to") afterTo = true;
    for (const entry of compoundParts(token, lookup, compoundEnds)) hits.push({ entry, afterTo });
    index += 1;
  }
  return hits;
}

function isFunction(entry: TitleEntry): boolean {
  return entry.department !== undefined && entry.department !== "executive";
}

/** The entry read as a job noun: "partner" in "Talent Acquisition Partner". */
function asRole(entry: TitleEntry): TitleEntry {
  return { ...entry, seniority: undefined, department: undefined, weight: 0, job: true, roleAfterFunction: false };
}

function longestPhrase(tokens: readonly string[], start: number, lookup: TitleLookup): { entry: TitleEntry; length: number } | undefined {
  const first = tokens[start] ?? BOUNDARY;
  const longest = lookup.longestFrom.get(first);
  if (longest === undefined) return undefined;
  const keys: string[] = [first];
  for (let length = 2; length <= longest; length++) {
    const next = tokens[start + length - 1];
    if (next === undefined || next === BOUNDARY) break;
    keys.push(`${keys[keys.length - 1] ?? ""} ${next}`);
  }
  for (let length = keys.length; length >= 1; length--) {
    const entry = lookup.entries.get(keys[length - 1] ?? "");
    if (entry !== undefined) return { entry, length };
  }
  return undefined;
}

/** The entries of a compound word: its ending, and the part before it if the table knows that part. */
function compoundParts(token: string, lookup: TitleLookup, compoundEnds: readonly string[]): TitleEntry[] {
  for (const end of compoundEnds) {
    if (token.length < end.length + MIN_COMPOUND_PART || !token.endsWith(end)) continue;
    const ending = lookup.entries.get(end);
    if (ending === undefined) continue;
    const head = token.slice(0, token.length - end.length);
    const known = lookup.entries.get(head) ?? withoutLinkingLetters(head, lookup);
    return known === undefined ? [ending] : [known, ending];
  }
  return [];
}

function withoutLinkingLetters(head: string, lookup: TitleLookup): TitleEntry | undefined {
  for (const letters of LINKING_LETTERS) {
    if (head.length - letters.length < MIN_COMPOUND_PART || !head.endsWith(letters)) continue;
    const entry = lookup.entries.get(head.slice(0, head.length - letters.length));
    if (entry !== undefined) return entry;
  }
  return undefined;
}
