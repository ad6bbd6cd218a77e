import { compileTitleWords, type TitleLookup, type TitleWords } from "./title-word.js";
import { ENGLISH_DEPARTMENTS, ENGLISH_EXCEPTIONS, ENGLISH_JOBS, ENGLISH_LEVELS } from "./words-en.js";
import { GERMAN_COMPOUND_ENDS, GERMAN_WORDS } from "./words-de.js";
import { FRENCH_WORDS } from "./words-fr.js";
import { SPANISH_WORDS } from "./words-es.js";

/** Every row of the title table, exceptions first (an earlier row wins a phrase two rows define). */
export const TITLE_ROWS: readonly TitleWords[] = [
  ...ENGLISH_EXCEPTIONS,
  ...ENGLISH_LEVELS,
  ...ENGLISH_DEPARTMENTS,
  ...ENGLISH_JOBS,
  ...GERMAN_WORDS,
  ...FRENCH_WORDS,
  ...SPANISH_WORDS,
];

/** The table compiled once, when the module loads. */
export const TITLE_LOOKUP: TitleLookup = compileTitleWords(TITLE_ROWS);

/** German compound endings, longest first so "leiterin" is tried before "leiter". */
export const COMPOUND_ENDS: readonly string[] = [...GERMAN_COMPOUND_ENDS].sort((a, b) => b.length - a.length);
