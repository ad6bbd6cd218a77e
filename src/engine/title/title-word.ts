import type { Department, Seniority } from "../../schema/contact-vocabulary.js";
import { BOUNDARY, titleTokens } from "./title-tokens.js";

/*
 * The title table's row format, and the lookup built from all rows once, when the module loads.
 * A row gives some words (written as people write them: "Head of", "Geschäftsführer", "V.P.") one
 * meaning; the meaning is plain data, and the matcher (match-title.ts) and the precedence rules
 * (normalize-title.ts) are the only code that reads it.
 */

/** One row of the title table: words and what they say about the person. */
export interface TitleWords {
  /** The words or phrases, written naturally; they are folded and cut into words like a title is. */
  readonly words: readonly string[];
  /** The level the words name ("VP" is `vp`). */
  readonly seniority?: Seniority;
  /** The department the words name ("Sales" is `sales`). */
  readonly department?: Department;
  /**
   * The words only imply the department (an "Engineer" is usually in engineering, but a "Sales
   * Engineer" is in sales): any department named outright wins over it.
   */
  readonly implied?: true;
  /** The words name a job ("Engineer", "Account Executive"): without a level word the title is `entry`. */
  readonly job?: true;
  /**
   * The words say whom the person serves or that they are in training, which caps the level the
   * other words can give: `assistant` ("Executive Assistant to the CEO" is `entry`: only
   * senior-or-below words count beside it), `intern` (the title is `intern` whatever else it says).
   */
  readonly cap?: "assistant" | "intern";
  /**
   * Right after a word naming a function, the words name a role, not a level: a "Talent
   * Acquisition Partner" or a "Data Owner" is an individual contributor, not an owner.
   */
  readonly roleAfterFunction?: true;
}

/** A table row compiled for one folded phrase. */
export interface TitleEntry {
  /** The folded phrase ("head", "vice president", "r d"). */
  readonly text: string;
  readonly seniority: Seniority | undefined;
  readonly department: Department | undefined;
  /** 3 for a department named outright, 2 when implied by a job noun, 1 for `executive`. */
  readonly weight: number;
  readonly job: boolean;
  readonly cap: "assistant" | "intern" | undefined;
  readonly roleAfterFunction: boolean;
}

/** The compiled table: entries by folded phrase, and for each first word the longest phrase it starts. */
export interface TitleLookup {
  readonly entries: ReadonlyMap<string, TitleEntry>;
  readonly longestFrom: ReadonlyMap<string, number>;
  /** Phrases that two rows define (a table error, reported by the tests). */
  readonly duplicates: readonly string[];
}

// German words written with umlauts are also written "ae", "oe", "ue" where umlauts are not at
// hand ("Geschaeftsfuehrer"); both spellings are keys.
const UMLAUT_SPELLING: readonly (readonly [RegExp, string])[] = [
  [/ä/g, "ae"],
  [/ö/g, "oe"],
  [/ü/g, "ue"],
  [/Ä/g, "Ae"],
  [/Ö/g, "Oe"],
  [/Ü/g, "Ue"],
];

function spellings(word: string): string[] {
  const ascii = UMLAUT_SPELLING.reduce((text, [umlaut, letters]) => text.replace(umlaut, letters), word);
  return ascii === word ? [word] : [word, ascii];
}

/** Compiles the table rows into one lookup; an earlier row wins a phrase two rows define. */
export function compileTitleWords(rows: readonly TitleWords[]): TitleLookup {
  const entries = new Map<string, TitleEntry>();
  const longestFrom = new Map<string, number>();
  const duplicates: string[] = [];
  for (const row of rows) {
    const weight = row.department === undefined ? 0 : row.department === "executive" ? 1 : row.implied === true ? 2 : 3;
    for (const word of row.words.flatMap(spellings)) {
      const tokens = titleTokens(word).filter((token) => token !== BOUNDARY);
      const text = tokens.join(" ");
      const first = tokens[0];
      if (first === undefined) continue;
      if (entries.has(text)) {
        if (!duplicates.includes(text)) duplicates.push(text);
        continue;
      }
      entries.set(text, {
        text,
        seniority: row.seniority,
        department: row.department,
        weight,
        job: row.job === true,
        cap: row.cap,
        roleAfterFunction: row.roleAfterFunction === true,
      });
      longestFrom.set(first, Math.max(longestFrom.get(first) ?? 1, tokens.length));
    }
  }
  return { entries, longestFrom, duplicates };
}
