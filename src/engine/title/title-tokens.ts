/*
 * Job titles as lists of plain words. The same function reads the user's title and the phrases of
 * the title table, so "Geschäftsführer", "GESCHAFTSFÜHRER" and "geschäftsführer" are one key, and
 * "Co-Founder", "co founder" and "CO-FOUNDER" another. Every pattern here is fixed and linear (one
 * pass, no nested quantifiers); nothing user-supplied becomes a pattern.
 */

/**
 * How much of a title is read: the first 256 characters. Real titles are far shorter (LinkedIn
 * caps a headline at 220 characters); the cap keeps the work on hostile input (a 1 MB string) as
 * small as on a real title.
 */
export const MAX_TITLE_LENGTH = 256;

/** Marks a break between parts of a title ("VP, Eng", "SVP/GM", "CFO - Head of HR"). */
export const BOUNDARY = "";

// A run of anything but letters and digits, kept by split: words and separators alternate.
const SEPARATOR_RUN = /([^\p{L}\p{N}]+)/u;
const NON_ASCII = /[^\u0000-\u007f]/;
const COMBINING_MARKS = /\p{M}+/gu;
// A separator run holding one of these ends a part of the title.
const HARD_BREAK = /[,;|/\\()[\]{}:!?•·\n]/;
// A dash, ampersand or plus ends a part only with space around it: "CFO - HR", not "Co-Founder",
// "R&D" or "FP&A".
const SOFT_BREAK = /[-–—&+]/;
const SPACE = /\s/;
/* Words after which the rest of a title names the employer, not the job ("Engineer at Acme"). */
const EMPLOYER_WORDS: ReadonlySet<string> = new Set(["at", "bei", "chez"]);

/**
 * The text folded for matching: lower case, accents removed (NFKD, then combining marks dropped,
 * so "é" is "e" and "ä" is "a"), ligatures and "ß" spelled out, full-width and other compatibility
 * forms made plain.
 */
export function foldTitleText(text: string): string {
  // Plain ASCII is its own NFKD form, without marks, ligatures or "ß": only the case changes.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replaceAll("ß", "ss")
    .replaceAll("œ", "oe")
    .replaceAll("æ", "ae");
}

/**
 * The words of a title, folded, with {@link BOUNDARY} between its parts. Reading stops at "@" and
 * at the words "at", "bei", "chez", after which titles name the employer ("Head of Sales at
 * Acme Data" is about sales, not data). Only the first {@link MAX_TITLE_LENGTH} characters are read.
 */
export function titleTokens(text: string): string[] {
  const folded = foldTitleText(text.slice(0, MAX_TITLE_LENGTH));
  const tokens: string[] = [];
  // Even places hold words (empty before a leading or after a trailing separator), odd ones separators.
  const parts = folded.split(SEPARATOR_RUN);
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] ?? "";
    if (index % 2 === 0) {
      if (part === "") continue;
      if (EMPLOYER_WORDS.has(part)) break;
      tokens.push(part);
      continue;
    }
    if (part === " ") continue;
    if (part.includes("@")) break;
    if (HARD_BREAK.test(part) || (SOFT_BREAK.test(part) && SPACE.test(part))) {
      if (tokens.length > 0 && tokens[tokens.length - 1] !== BOUNDARY) tokens.push(BOUNDARY);
    }
  }
  if (tokens[tokens.length - 1] === BOUNDARY) tokens.pop();
  return tokens;
}
