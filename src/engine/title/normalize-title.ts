import { SENIORITY_RANK, type Department, type Seniority } from "../../schema/contact-vocabulary.js";
import { matchTitle, type TitleHit } from "./match-title.js";
import { COMPOUND_ENDS, TITLE_LOOKUP } from "./title-table.js";
import { titleTokens } from "./title-tokens.js";

/**
 * A word or phrase of a job title that the title table knows, as {@link normalizeTitle} found it.
 *
 * @example
 * ```ts
 * import { normalizeTitle, type TitleMatch } from "icpfit";
 * const words: readonly TitleMatch[] = normalizeTitle("VP, Eng").matched;
 * // [{ text: "vp", seniority: "vp" }, { text: "eng", department: "engineering" }]
 * ```
 */
export interface TitleMatch {
  /** The words as matched: lower case, accents removed, punctuation between words as one space ("vice president", "r d"). */
  readonly text: string;
  /** The level the words name, if any. */
  readonly seniority?: Seniority;
  /** The department the words name, if any. */
  readonly department?: Department;
}

/**
 * What a job title says about the person: level, department, how sure that reading is, and the
 * words it rests on. Plain data.
 *
 * @example
 * ```ts
 * import { normalizeTitle, type NormalizedTitle } from "icpfit";
 * const title: NormalizedTitle = normalizeTitle("CTO & Co-founder");
 * // { seniority: "owner", department: "engineering", departments: ["engineering", "executive"], confidence: 1, matched: [...] }
 * ```
 */
export interface NormalizedTitle {
  /** The person's level; the highest the title names, `unknown` when it names none. */
  readonly seniority: Seniority;
  /** The person's department: the first function the title names outright, else the one a job noun implies, else `executive` for owners and CxOs; `unknown` when none. */
  readonly department: Department;
  /** Every department found, in title order; holds `department` unless that is `unknown` (an owner or CxO naming none is `["executive"]`). */
  readonly departments: readonly Department[];
  /**
   * How sure the reading is, from 0 (nothing recognised) to 1: the mean of the seniority's
   * evidence (1 named by a level word, 0.5 defaulted to `entry` from a job noun, 0 unknown) and the
   * department's (1 named outright, 0.75 implied by a job noun, inferred as `executive` for an
   * owner or CxO, or tied with another department named as strongly, 0 unknown), rounded to
   * hundredths.
   */
  readonly confidence: number;
  /** The table entries the title matched, in title order. */
  readonly matched: readonly TitleMatch[];
}

const UNKNOWN_TITLE: NormalizedTitle = Object.freeze({
  seniority: "unknown",
  department: "unknown",
  departments: Object.freeze([]),
  confidence: 0,
  matched: Object.freeze([]),
});

/**
 * Reads a free-text job title as a seniority and a department, from a documented table of English,
 * German, French and Spanish title words and abbreviations ("VP Eng", "Sr. Dir. of IT Ops",
 * "Geschäftsführer", "Directrice Marketing", "Jefe de Compras"). Matching ignores case, accents and
 * punctuation; only the first 256 characters are read. Never throws: anything that is not a
 * string, and any title whose words the table does not know, is `unknown` / `unknown` with
 * confidence 0. The precedence rules (highest level wins, a function beats `executive`, the first
 * function named wins, "Assistant to the VP" is not a VP) are in the guide "ICP and personas".
 *
 * @example
 * ```ts
 * import { normalizeTitle } from "icpfit";
 * normalizeTitle("Sr. Dir. of IT Ops"); // { seniority: "director", department: "it", confidence: 1, ... }
 * normalizeTitle("Jefa de Recursos Humanos").department; // "hr"
 * normalizeTitle("asdf").seniority; // "unknown"
 * ```
 */
export function normalizeTitle(text: unknown): NormalizedTitle {
  if (typeof text !== "string") return UNKNOWN_TITLE;
  const hits = matchTitle(titleTokens(text), TITLE_LOOKUP, COMPOUND_ENDS);
  if (hits.length === 0) return UNKNOWN_TITLE;
  const level = seniorityOf(hits);
  const function_ = departmentOf(hits, level.seniority);
  const confidence = Math.round(((level.evidence + function_.evidence) / 2) * 100) / 100;
  return {
    seniority: level.seniority,
    department: function_.department,
    departments: function_.departments,
    confidence,
    matched: hits.map(matchOf),
  };
}

function matchOf({ entry }: TitleHit): TitleMatch {
  return {
    text: entry.text,
    ...(entry.seniority === undefined ? {} : { seniority: entry.seniority }),
    ...(entry.department === undefined ? {} : { department: entry.department }),
  };
}

/*
 * Seniority: the highest level word, except that a training word makes the title `intern`, an
 * assistant word keeps only senior-or-below words ("Executive Assistant to the CEO"), and level
 * words after "to" name someone else. A job noun without any level word is `entry`, on less
 * evidence.
 */
function seniorityOf(hits: readonly TitleHit[]): { seniority: Seniority; evidence: number } {
  if (hits.some((hit) => hit.entry.cap === "intern")) return { seniority: "intern", evidence: 1 };
  const assistant = hits.some((hit) => hit.entry.cap === "assistant");
  const ceiling = assistant ? SENIORITY_RANK.senior : SENIORITY_RANK.owner;
  let best: Seniority | undefined;
  for (const { entry, afterTo } of hits) {
    if (entry.seniority === undefined || afterTo) continue;
    const rank = SENIORITY_RANK[entry.seniority];
    if (rank <= ceiling && (best === undefined || rank > SENIORITY_RANK[best])) best = entry.seniority;
  }
  if (best !== undefined) return { seniority: best, evidence: 1 };
  if (assistant) return { seniority: "entry", evidence: 1 };
  if (hits.some((hit) => hit.entry.job)) return { seniority: "entry", evidence: 0.5 };
  return { seniority: "unknown", evidence: 0 };
}

/*
 * Department: the heaviest department named (a function named outright 3, implied by a job noun 2,
 * executive 1), the first named among equals. Owners and CxOs that name no department are
 * executive.
 */
function departmentOf(
  hits: readonly TitleHit[],
  seniority: Seniority,
): { department: Department; departments: Department[]; evidence: number } {
  const departments: Department[] = [];
  let best: { department: Department; weight: number } | undefined;
  let tied = false;
  for (const { entry } of hits) {
    if (entry.department === undefined) continue;
    if (!departments.includes(entry.department)) departments.push(entry.department);
    if (best === undefined || entry.weight > best.weight) {
      best = { department: entry.department, weight: entry.weight };
      tied = false;
    } else if (entry.weight === best.weight && entry.department !== best.department) {
      tied = true;
    }
  }
  if (best !== undefined) {
    const evidence = best.weight === 2 || tied ? 0.75 : 1;
    return { department: best.department, departments, evidence };
  }
  if (seniority === "owner" || seniority === "cxo") return { department: "executive", departments: ["executive"], evidence: 0.75 };
  return { department: "unknown", departments, evidence: 0 };
}
