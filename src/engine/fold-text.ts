/*
 * The one definition of "the same text" for case-insensitive comparison: the engine's operators
 * (the rule's values when an ICP is compiled, the lead's values when it is scored), the analysis
 * grouping, and any emitter (SQL, JavaScript) that has to agree with them. It is a pure function of
 * its argument, with no tables: an emitter can restate it as these steps.
 *
 *   1. Unicode NFKC: composed and decomposed accents agree (NFC "Café" = NFD "Café"), and
 *      compatibility forms become their plain letters (full-width "Ａｃｍｅ" = "Acme", the
 *      ligature "ﬁ" = "fi", a no-break space = a space).
 *   2. Trim white space at both ends (after NFKC, which turns some spaces into plain ones).
 *   3. Lower-case (`toLowerCase`, the locale-independent Unicode mapping).
 *   4. Four mappings that finish full case folding where lower-casing stops, or that make the
 *      Turkish I's agree:
 *      - "ß" → "ss" (and so "ẞ", which lower-cases to "ß"): "STRASSE" = "Straße", as in
 *        CaseFolding.txt;
 *      - "ς" → "σ": a Greek word's final sigma is the same letter as any other sigma, as in
 *        CaseFolding.txt;
 *      - "i" + U+0307 (combining dot above) → "i": "İ" lower-cases to that pair, and full case
 *        folding keeps it, so "İstanbul" would not equal "istanbul"; here it does (every dot
 *        above directly after an "i" or "ı" goes);
 *      - "ı" (dotless i) → "i": in Turkish "I" lower-cases to "ı", so "ISPARTA" (typed without
 *        the Turkish keyboard) and "ısparta" agree. Full case folding leaves "ı" alone.
 *   5. NFKC again, since steps 3 and 4 can leave letters that compose with a following mark
 *      ("ß" + dot above → "ss" + dot above → "sṡ"). This makes folding idempotent.
 *
 * Limits: the Turkish mappings make "ı" and "i" one letter (Turkish words differing only in the dot
 * compare equal), a dot above is dropped only directly after "i", accents still count ("resume" is
 * not "résumé"), and two folds of full case folding that lower-casing does not do are not done
 * (the Greek iota subscript: "ᾳ" is not "αι"; the historic Cyrillic variants U+1C80-U+1C88).
 * Checked code point by code point against NFKC with Python's `str.casefold` (full case folding):
 * apart from the two Turkish rules, these are the only differences.
 */

/* Text that is all ASCII is already NFKC, and its only fold is lower-casing. */
const ASCII_ONLY = /^[\x00-\x7f]*$/;
// "i" or "ı" with any dots above that follow it (so "İ" + a stray dot folds in one pass).
const FOLDS = /ß|ς|ı\u0307*|i\u0307+/g;
const fold = (found: string): string => (found === "ß" ? "ss" : found === "ς" ? "σ" : "i");

/**
 * The form of `text` that case-insensitive comparisons compare: NFKC, trimmed, lower-cased, and
 * with "ß" → "ss", "ς" → "σ", "i̇" → "i" and "ı" → "i". Two texts "match" when their folded forms
 * are equal. Idempotent: folding folded text changes nothing.
 *
 * @example
 * ```ts
 * import { foldText } from "./fold-text.js";
 * foldText(" İstanbul ") === foldText("ISTANBUL"); // true
 * foldText("Ａｃｍｅ") === foldText("acme"); // true
 * ```
 * @internal
 */
export function foldText(text: string): string {
  if (ASCII_ONLY.test(text)) return text.trim().toLowerCase();
  return text.normalize("NFKC").trim().toLowerCase().replace(FOLDS, fold).normalize("NFKC");
}
