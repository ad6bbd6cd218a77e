import type { Persona, PersonaPlaybook } from "../schema/persona.js";
import type { PersonaFit, PersonaScore } from "../schema/persona-result.js";
import type { PersonaMatch } from "../schema/priority.js";
import type { IcpResult } from "../schema/result.js";
import { child } from "../schema/field-path.js";
import { checkOptions, isObject, wrongArgument } from "./arguments.js";
import type { ScoreOptions } from "./compile.js";
import { scorerFor, type IcpLike } from "./score.js";

/*
 * An account: one company and the contacts known there. The company is scored once; each contact
 * against the ICP's personas only. A required persona is covered when some contact is a strong
 * match for it (one person may cover several); the next persona to reach is the first missing
 * required persona in the ICP's order, so an ICP lists its personas in the order they matter.
 */

/** One contact of an account, scored against the ICP's personas (same index as the input).
 *
 * @example
 * ```ts
 * import { scoreAccount, type AccountContact } from "icpfit";
 * const icp = { id: "a", version: "1", name: "A", rules: [{ id: "us", field: "firmographic.country", op: "eq", value: "US", points: 5 }],
 *   personas: [{ id: "cfo", name: "CFO", required: true, rules: [{ id: "fin", field: "contact.department", op: "eq", value: "finance", points: 10 }] }] } as const;
 * const first: AccountContact | undefined = scoreAccount({ firmographic: { country: "US" } }, [{ department: "finance" }], icp).contacts[0];
 * first?.priority; // "A1"
 * ```
 */
export interface AccountContact {
  /** The contact's best persona in full (as `IcpResult.persona`); absent for a missing contact (`undefined` / `null`) or an ICP without personas. */
  readonly persona?: PersonaFit;
  /** Every persona's score for this contact, in ICP order; absent with `persona`. */
  readonly personas?: readonly PersonaScore[];
  /** The company's tier × this contact's match, from the ICP's priority matrix; absent with `persona`. */
  readonly priority?: string;
}

/** One persona of the ICP and how the account's contacts fill it.
 *
 * @example
 * ```ts
 * import type { CommitteeSeat } from "icpfit";
 * const seat: CommitteeSeat = { id: "cfo", name: "CFO", required: true, covered: false, contacts: [], bestScore: 40 };
 * ```
 */
export interface CommitteeSeat {
  /** The persona's id. */
  readonly id: string;
  /** The persona's name. */
  readonly name: string;
  /** Whether the buying committee needs it (the persona's `required`). */
  readonly required: boolean;
  /** True when some contact is a strong match for it. */
  readonly covered: boolean;
  /** Indices (in the input) of the contacts that are a strong match for it. */
  readonly contacts: readonly number[];
  /** The highest score any contact has for it (0 without contacts). */
  readonly bestScore: number;
}

/** The persona to reach next, and the contact closest to it.
 *
 * @example
 * ```ts
 * import type { NextPersona } from "icpfit";
 * const next: NextPersona = { id: "cfo", name: "CFO", closest: { contact: 2, score: 50, match: "partial" } };
 * ```
 */
export interface NextPersona {
  /** The persona's id. */
  readonly id: string;
  /** The persona's name. */
  readonly name: string;
  /** The persona's playbook, when it has one: how to reach that person. */
  readonly playbook?: PersonaPlaybook;
  /** The contact with the highest score for it, when one scores above 0: maybe the person, with more data or a better title. */
  readonly closest?: {
    /** Index of the contact in the input. */
    readonly contact: number;
    /** Its score for the persona. */
    readonly score: number;
    /** Its match level for the persona (`partial` or `none`: a strong match would cover it). */
    readonly match: PersonaMatch;
  };
}

/** An account scored: the company once, each contact's persona fit, and the buying committee.
 *
 * @example
 * ```ts
 * import { scoreAccount, type AccountResult } from "icpfit";
 * const icp = { id: "a", version: "1", name: "A", rules: [{ id: "us", field: "firmographic.country", op: "eq", value: "US", points: 5 }],
 *   personas: [{ id: "cfo", name: "CFO", required: true, rules: [{ id: "fin", field: "contact.department", op: "eq", value: "finance", points: 10 }] }] } as const;
 * const account: AccountResult = scoreAccount({ firmographic: { country: "US" } }, [], icp);
 * account.missing; // ["cfo"]
 * ```
 */
export interface AccountResult {
  /** The company's result, exactly what `scoreLead` gives for the company without a contact. */
  readonly company: IcpResult;
  /** One entry per contact, in input order. */
  readonly contacts: readonly AccountContact[];
  /** Every persona of the ICP, in ICP order, with the contacts that fill it. */
  readonly committee: readonly CommitteeSeat[];
  /** Ids of the required personas some contact covers, in ICP order. */
  readonly covered: readonly string[];
  /** Ids of the required personas no contact covers, in ICP order. */
  readonly missing: readonly string[];
  /** True when every required persona is covered (also when the ICP requires none). */
  readonly complete: boolean;
  /** The first missing required persona in ICP order; absent when the committee is complete. */
  readonly next?: NextPersona;
}

/* The company alone: a `contact` it carries is not one of the account's contacts. */
function companyOnly(company: unknown): unknown {
  if (!isObject(company) || !Object.hasOwn(company, "contact")) return company;
  const { contact: _, ...rest } = company;
  return rest;
}

function seatOf(persona: Persona, index: number, scored: readonly AccountContact[]): CommitteeSeat {
  const strong: number[] = [];
  let bestScore = 0;
  scored.forEach((contact, at) => {
    const score = contact.personas?.[index];
    if (score === undefined) return;
    if (score.match === "strong") strong.push(at);
    bestScore = Math.max(bestScore, score.score);
  });
  return { id: persona.id, name: persona.name, required: persona.required === true, covered: strong.length > 0, contacts: strong, bestScore };
}

function nextOf(persona: Persona, index: number, scored: readonly AccountContact[]): NextPersona {
  let closest: NextPersona["closest"];
  scored.forEach((contact, at) => {
    const score = contact.personas?.[index];
    if (score !== undefined && score.score > 0 && (closest === undefined || score.score > closest.score)) closest = { contact: at, score: score.score, match: score.match };
  });
  return {
    id: persona.id,
    name: persona.name,
    ...(persona.playbook === undefined ? {} : { playbook: persona.playbook }),
    ...(closest === undefined ? {} : { closest }),
  };
}

/**
 * Scores an account: the company once (any `contact` it carries is left out), then each contact
 * (a `contact` section: title, seniority, department, …) against the ICP's personas, reading the
 * company's `painPoints` for persona rules on them. Reports, per persona, the contacts that are a
 * strong match; which required personas are covered and missing; and the next persona to reach:
 * the first missing required persona in the ICP's order, with the contact closest to it. Never
 * throws on a malformed company or contact; throws `INVALID_OPTIONS` when `contacts` is not an
 * array, and what `scoreLead` throws for a bad ICP or `now`.
 *
 * @example
 * ```ts
 * import { scoreAccount } from "icpfit";
 * const icp = {
 *   id: "a", version: "1", name: "A",
 *   rules: [{ id: "sw", field: "firmographic.industry", op: "eq", value: "Software", points: 10 }],
 *   personas: [
 *     { id: "eng", name: "Engineering leader", required: true, rules: [{ id: "d", field: "contact.department", op: "eq", value: "engineering", points: 10 }] },
 *     { id: "cfo", name: "CFO", required: true, rules: [{ id: "f", field: "contact.department", op: "eq", value: "finance", points: 10 }] },
 *   ],
 * } as const;
 * const account = scoreAccount({ firmographic: { industry: "Software" } }, [{ title: "VP Eng", department: "engineering" }], icp);
 * account.company.tier; // "primary"
 * account.covered;      // ["eng"]
 * account.next?.id;     // "cfo"
 * ```
 */
export function scoreAccount(company: unknown, contacts: readonly unknown[], icp: IcpLike, options?: ScoreOptions): AccountResult {
  const scorer = scorerFor(icp);
  checkOptions(options);
  if (!Array.isArray(contacts)) throw wrongArgument(["contacts"], "an array of contacts (contact sections)", contacts);
  const companyResult = scorer.score(companyOnly(company), options);
  const painPoints = child(company, "painPoints");
  const scored: AccountContact[] = (contacts as readonly unknown[]).map((contact) => {
    const outcome = scorer.scorePersonas({ painPoints, contact }, options);
    if (outcome === undefined) return {};
    return { persona: outcome.persona, personas: outcome.personas, priority: scorer.priority(companyResult.tier, outcome.persona.match) };
  });
  const personas = scorer.icp.personas ?? [];
  const committee = personas.map((persona, index) => seatOf(persona, index, scored));
  const required = committee.filter((seat) => seat.required);
  const missingAt = personas.findIndex((persona, index) => persona.required === true && committee[index]?.covered !== true);
  const missingPersona = personas[missingAt];
  return {
    company: companyResult,
    contacts: scored,
    committee,
    covered: required.filter((seat) => seat.covered).map((seat) => seat.id),
    missing: required.filter((seat) => !seat.covered).map((seat) => seat.id),
    complete: missingPersona === undefined,
    ...(missingPersona === undefined ? {} : { next: nextOf(missingPersona, missingAt, scored) }),
  };
}
