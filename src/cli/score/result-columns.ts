import { explain, formatNumber, type Icp, type IcpResult, type RuleResult } from "../../index.js";
import { csvLineEncoder, csvNeedsQuotes } from "../io/csv-line.js";

/*
 * What scoring adds to each row. CSV gets flat text columns; JSON gets the same names with typed
 * values. Reasons read "Tech industry (+25)" rather than "+25 Tech industry": a cell starting with
 * "+" or "-" is a formula to spreadsheet programs.
 */

/** Options for the added columns. */
export interface ResultColumnOptions {
  /** Prefix of every added column. */
  readonly prefix: string;
  /** How many reasons to list. */
  readonly reasons: number;
  /** Add the full breakdown. */
  readonly explain: boolean;
}

/** The tier written for a row that could not be read. */
export const INVALID_TIER = "invalid";

const signed = (points: number): string => {
  // Points are whole or in hundredths; below 1,000 they need no grouping, so String is formatNumber.
  const text = Math.abs(points) < 1000 ? String(Math.round(points * 100) / 100) : formatNumber(points);
  return points > 0 ? `+${text}` : text;
};

/*
 * The working state of choosing and wording reasons, one per run (made by createReasonState and
 * held by the run's ResultColumns), so that two runs in one process (tests, or the CLI's code used
 * as a library) share nothing and nothing of a finished run's ICP is kept alive by this module.
 *
 * The scorer shares one frozen ledger entry per rule and fixed outcome (match, miss, unknown) across
 * all results, so the text of such an entry is kept, by its position in the ledger (the entry last
 * seen there and its text); partial-credit entries are new objects per lead and are formatted each
 * time. The lists of positions are reused by every call (scoring is synchronous).
 */
export interface ReasonState {
  /** The shared entry last seen at each ledger position, and its text with points. */
  readonly seenEntries: RuleResult[];
  readonly seenTexts: string[];
  /** The positions of the scoring rules with the most points (see pickTop). */
  readonly picked: number[];
  /** The positions of a result's top reasons, in order; the first `chosenKnockouts` are knock-outs. */
  readonly chosen: number[];
  chosenKnockouts: number;
}

/** Fresh reason state for one run. */
export function createReasonState(): ReasonState {
  return { seenEntries: [], seenTexts: [], picked: [], chosen: [], chosenKnockouts: 0 };
}

const withPoints = (rule: RuleResult): string => `${rule.reason} (${signed(rule.points)})`;
function reasonWithPoints(state: ReasonState, rule: RuleResult, index: number): string {
  if (state.seenEntries[index] === rule) return state.seenTexts[index] as string;
  const text = withPoints(rule);
  if (Object.isFrozen(rule)) {
    state.seenEntries[index] = rule;
    state.seenTexts[index] = text;
  }
  return text;
}

/*
 * A rule that knocks the lead out, listed before the points as explain() lists it: an exclusion that
 * holds, a requirement missed, or the rule named by `disqualifiedBy` (a requirement left unknown
 * under the "miss" policy disqualifies too). Every knock-out sets `disqualifiedBy`.
 */
const isKnockout = (rule: RuleResult, disqualifier: string | undefined): boolean =>
  rule.outcome === "excluded" || (rule.effect === "require" && rule.outcome === "miss") || rule.id === disqualifier;

/**
 * Puts the positions of the `room` scoring rules with the most points (absolute; ties: rule order)
 * in `state.picked`, by insertion into a short list (rules are few, rows are many); returns how many.
 */
function pickTop(state: ReasonState, rules: readonly RuleResult[], room: number): number {
  const picked = state.picked;
  let count = 0;
  for (let index = 0; index < rules.length && room > 0; index++) {
    const rule = rules[index] as RuleResult;
    if (rule.effect !== "score" || rule.points === 0) continue;
    const weight = Math.abs(rule.points);
    let at = count;
    while (at > 0 && Math.abs((rules[picked[at - 1] as number] as RuleResult).points) < weight) at--;
    if (at >= room) continue;
    for (let move = Math.min(count, room - 1); move > at; move--) picked[move] = picked[move - 1] as number;
    picked[at] = index;
    if (count < room) count++;
  }
  return count;
}

/**
 * Puts the ledger positions of the top `max` reasons in `state.chosen`: knock-outs first (rule
 * order, counted in `state.chosenKnockouts`), then the scoring rules with the most points (see
 * pickTop); returns how many.
 */
function chooseReasons(state: ReasonState, result: IcpResult, max: number): number {
  const rules = result.rules;
  const chosen = state.chosen;
  const disqualifier = result.disqualifiedBy?.rule;
  let count = 0;
  for (let index = 0; disqualifier !== undefined && index < rules.length && count < max; index++) {
    if (isKnockout(rules[index] as RuleResult, disqualifier)) chosen[count++] = index;
  }
  state.chosenKnockouts = count;
  const top = count < max ? pickTop(state, rules, max - count) : 0;
  for (let at = 0; at < top; at++) chosen[count++] = state.picked[at] as number;
  return count;
}

/**
 * The rules that moved the score most: knock-outs first, then by absolute points (ties: rule order).
 * `state` is the run's (see {@link createReasonState}).
 */
export function topReasons(state: ReasonState, result: IcpResult, max: number): string[] {
  const rules = result.rules;
  const count = chooseReasons(state, result, max);
  const reasons = new Array<string>(count);
  for (let at = 0; at < count; at++) {
    const index = state.chosen[at] as number;
    const rule = rules[index] as RuleResult;
    reasons[at] = at < state.chosenKnockouts ? rule.reason : reasonWithPoints(state, rule, index);
  }
  return reasons;
}

/*
 * Which top reasons a result has, as a number, when that decides their text: no knock-out, and
 * every picked entry shared (frozen). A shared entry with points is always the rule's match entry,
 * so the positions alone give the reasons and their order. -1 when the text must be built.
 */
function sharedReasonsKey(state: ReasonState, result: IcpResult, max: number): number {
  const rules = result.rules;
  if (max <= 0 || rules.length > 30 || result.disqualifiedBy !== undefined) return -1;
  const count = pickTop(state, rules, max);
  let key = 0;
  for (let at = 0; at < count; at++) {
    const index = state.picked[at] as number;
    if (!Object.isFrozen(rules[index])) return -1;
    key |= 1 << index;
  }
  return key;
}

/** One reason of the reasons cell: its text, and whether it makes the cell need quotes. */
interface ReasonPart {
  /** The ledger entry's reason it was built from (partial credits share a few per rule). */
  readonly reason: string;
  readonly text: string;
  readonly special: boolean;
  /** The text with its quotes doubled, for a quoted cell. */
  readonly escaped: string;
}

/** Partial-credit reason texts kept per rule, by points in hundredths (at most a few thousand values). */
const PARTIAL_PARTS = 2048;

/*
 * The reasons cell of a CSV row, encoded for one delimiter, built from reason texts kept per ledger
 * position: the text of a shared (frozen) entry by the entry last seen there, that of a partial
 * credit by its points. The cell is quoted when one of its reasons, or the "; " between two, holds
 * the delimiter, a quote or a line break, which is what encoding the joined text would find.
 */
function reasonsCellBuilder(state: ReasonState, delimiter: string, max: number): (result: IcpResult) => string {
  const needsQuotes = csvNeedsQuotes(delimiter);
  const joinerSpecial = needsQuotes("; ");
  const sharedEntries: Array<RuleResult | undefined> = [];
  const sharedParts: ReasonPart[] = [];
  const partialParts: Array<Map<number, ReasonPart>> = [];
  const parts: ReasonPart[] = [];
  const build = (reason: string, text: string): ReasonPart => ({ reason, text, special: needsQuotes(text), escaped: text.replaceAll('"', '""') });

  function part(rule: RuleResult, index: number, knockout: boolean): ReasonPart {
    if (Object.isFrozen(rule)) {
      if (sharedEntries[index] === rule) return sharedParts[index] as ReasonPart;
      const made = build(rule.reason, knockout ? rule.reason : withPoints(rule));
      sharedEntries[index] = rule;
      sharedParts[index] = made;
      return made;
    }
    if (knockout) return build(rule.reason, rule.reason);
    // Below 1,000 the text shows the points in hundredths, so those (a small integer) key it.
    if (!(Math.abs(rule.points) < 1000)) return build(rule.reason, withPoints(rule));
    let byPoints = partialParts[index];
    if (byPoints === undefined) partialParts[index] = byPoints = new Map();
    const key = Math.round(rule.points * 100);
    let made = byPoints.get(key);
    if (made === undefined || made.reason !== rule.reason) {
      made = build(rule.reason, withPoints(rule));
      if (byPoints.size < PARTIAL_PARTS) byPoints.set(key, made);
    }
    return made;
  }

  return (result) => {
    const rules = result.rules;
    const count = chooseReasons(state, result, max);
    if (count === 0) return "";
    let quote = count > 1 && joinerSpecial;
    for (let at = 0; at < count; at++) {
      const index = state.chosen[at] as number;
      const made = part(rules[index] as RuleResult, index, at < state.chosenKnockouts);
      parts[at] = made;
      quote ||= made.special;
    }
    if (!quote) {
      let text = (parts[0] as ReasonPart).text;
      for (let at = 1; at < count; at++) text += `; ${(parts[at] as ReasonPart).text}`;
      return text;
    }
    let text = `"${(parts[0] as ReasonPart).escaped}`;
    for (let at = 1; at < count; at++) text += `; ${(parts[at] as ReasonPart).escaped}`;
    return `${text}"`;
  };
}

/** Names and values of the added columns for one ICP. */
export interface ResultColumns {
  /** The added CSV column names, in order. */
  readonly names: readonly string[];
  /** The added CSV cells for a scored row. */
  cells(result: IcpResult): string[];
  /** The added CSV cells for a scored row as encoded text (what `cells` gives, joined and quoted). */
  csvText(delimiter: string): (result: IcpResult) => string;
  /** The added CSV cells for a row that could not be read. */
  invalidCells(reason: string): string[];
  /** The added JSON fields for a scored row. */
  fields(result: IcpResult): Record<string, unknown>;
  /** The added JSON fields for a row that could not be read. */
  invalidFields(reason: string): Record<string, unknown>;
}

/**
 * The added columns for one ICP (a compiled one, or `{ icp }`), for one run: what they keep between
 * rows (reason texts, encoded reason cells) belongs to this run alone.
 */
export function resultColumns(source: { readonly icp: Icp }, options: ResultColumnOptions): ResultColumns {
  const state = createReasonState();
  const p = options.prefix;
  // Persona columns only for an ICP with personas, so other ICPs write exactly what they did.
  const hasPersonas = (source.icp.personas ?? []).length > 0;
  const personaNames = hasPersonas ? [`${p}persona`, `${p}persona_score`, `${p}persona_match`, `${p}priority`] : [];
  const base = [`${p}score`, `${p}tier`, `${p}confidence`, `${p}grade`, `${p}reasons`, ...personaNames];
  const ruleIds = source.icp.rules.map((rule) => rule.id);
  const extra = options.explain
    ? [
        `${p}fit`, `${p}engagement`, `${p}points`, `${p}max_points`, `${p}disqualified_by`, `${p}next_tier`, `${p}unknown`,
        ...ruleIds.flatMap((id) => [`${p}rule_${id}`, `${p}rule_${id}_points`]),
      ]
    : [];
  const names = [...base, ...extra];
  const width = names.length;

  function nextTier(result: IcpResult): string {
    const next = explain(result).nextTier;
    if (next === undefined) return "";
    if (!next.reachable) return `${next.tier}: not reachable`;
    return `${next.tier}: ${next.changes.map((change) => `${change.label} (+${formatNumber(change.gain)})`).join("; ")}`;
  }

  function cells(result: IcpResult): string[] {
    const row = [String(result.score), result.tier, String(result.confidence), result.grade ?? "", topReasons(state, result, options.reasons).join("; ")];
    if (hasPersonas) {
      const persona = result.persona;
      row.push(persona?.id ?? "", persona === undefined ? "" : String(persona.score), persona?.match ?? "", result.priority ?? "");
    }
    if (!options.explain) return row;
    row.push(
      result.fit === undefined ? "" : String(result.fit),
      result.engagement === undefined ? "" : String(result.engagement),
      String(result.points),
      String(result.maxPoints),
      result.disqualifiedBy === undefined ? "" : `${result.disqualifiedBy.rule}: ${result.disqualifiedBy.reason}`,
      nextTier(result),
      result.rules.filter((rule) => rule.outcome === "unknown").map((rule) => rule.id).join("; "),
    );
    for (const rule of result.rules) row.push(rule.outcome, String(rule.points));
    return row;
  }

  function csvText(delimiter: string): (result: IcpResult) => string {
    const encode = csvLineEncoder(delimiter);
    // Without --explain, only the reasons can need quoting: the score, tier, confidence and grade
    // are digits, ".", "-" and letters, unless the delimiter is one of those.
    // Persona ids and priority labels are the user's text and may need quoting: the general path.
    if (options.explain || hasPersonas || /[\p{L}\p{N}.\-+]/u.test(delimiter)) return (result) => encode(cells(result));
    const d = delimiter;
    const max = options.reasons;
    const built = reasonsCellBuilder(state, delimiter, max);
    // The reasons cell, encoded, for each combination of shared reasons (see sharedReasonsKey).
    const sharedCells = new Map<number, string>();
    const reasonsCell = (result: IcpResult): string => {
      const key = sharedReasonsKey(state, result, max);
      let text = key < 0 ? undefined : sharedCells.get(key);
      if (text === undefined) {
        text = built(result);
        if (key >= 0 && sharedCells.size < 4096) sharedCells.set(key, text);
      }
      return text;
    };
    return (result) => `${result.score}${d}${result.tier}${d}${result.confidence}${d}${result.grade ?? ""}${d}${reasonsCell(result)}`;
  }

  function invalidCells(reason: string): string[] {
    const row = new Array<string>(width).fill("");
    row[1] = INVALID_TIER;
    row[4] = reason;
    return row;
  }

  function fields(result: IcpResult): Record<string, unknown> {
    const out: Record<string, unknown> = {
      [`${p}score`]: result.score,
      [`${p}tier`]: result.tier,
      [`${p}confidence`]: result.confidence,
      [`${p}grade`]: result.grade ?? null,
      [`${p}reasons`]: topReasons(state, result, options.reasons),
    };
    if (hasPersonas) {
      out[`${p}persona`] = result.persona?.id ?? null;
      out[`${p}persona_score`] = result.persona?.score ?? null;
      out[`${p}persona_match`] = result.persona?.match ?? null;
      out[`${p}priority`] = result.priority ?? null;
    }
    if (options.explain) {
      out[`${p}result`] = result;
      out[`${p}explanation`] = explain(result, { maxReasons: Math.max(options.reasons, 1) });
    }
    return out;
  }

  function invalidFields(reason: string): Record<string, unknown> {
    const out: Record<string, unknown> = { [`${p}score`]: null, [`${p}tier`]: INVALID_TIER, [`${p}confidence`]: null, [`${p}grade`]: null, [`${p}reasons`]: [reason] };
    for (const name of personaNames) out[name] = null;
    return out;
  }

  return { names, cells, csvText, invalidCells, fields, invalidFields };
}
