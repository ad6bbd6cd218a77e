import { IcpError } from "../errors.js";
import { checkOptions, isObject, wrongArgument } from "./arguments.js";
import type { Icp, IcpInput } from "../schema/icp.js";
import type { IcpResult } from "../schema/result.js";
import { compileIcp, type CompiledIcp, type ScoreOptions } from "./compile.js";

/*
 * Convenience entry points. Compiled scorers are cached per ICP object in a WeakMap, so repeated
 * calls with the same ICP compile once and the cache never keeps an ICP alive. ICPs are treated as
 * immutable: `defineIcp` returns a frozen object; a plain object mutated after its first use keeps
 * its first compiled form.
 */

const cache = new WeakMap<object, CompiledIcp>();

/** An ICP in any form the convenience functions accept: plain, validated or compiled.
 *
 * @example
 * ```ts
 * import { compileIcp, scoreLead, type IcpLike } from "icpfit";
 * const plain: IcpLike = { id: "a", version: "1", name: "A", rules: [{ id: "us", field: "firmographic.country", op: "eq", value: "US", points: 5 }] };
 * scoreLead({}, plain);
 * scoreLead({}, compileIcp(plain));
 * ```
 */
export type IcpLike = IcpInput | Icp | CompiledIcp;

function isCompiled(value: unknown): value is CompiledIcp {
  return isObject(value) && typeof value["score"] === "function";
}

/**
 * Returns the compiled scorer for an ICP, compiling it on first use and caching it per object.
 *
 * @example
 * ```ts
 * import { scorerFor } from "icpfit";
 * const icp = { id: "a", version: "1", name: "A", rules: [{ id: "r", field: "firmographic.country", op: "eq", value: "DE", points: 5 }] } as const;
 * scorerFor(icp) === scorerFor(icp); // true
 * ```
 */
export function scorerFor(icp: IcpLike): CompiledIcp {
  if (isCompiled(icp)) return icp;
  // Not an object: compileIcp says so (INVALID_ICP); a WeakMap holds objects only.
  if (!isObject(icp)) return compileIcp(icp);
  let scorer = cache.get(icp);
  if (scorer === undefined) {
    scorer = compileIcp(icp);
    cache.set(icp, scorer);
  }
  return scorer;
}

/**
 * Scores one lead against an ICP. Compiles the ICP on first use (cached per ICP object).
 * Never throws on a malformed lead: fields it cannot read become `unknown` with a reason.
 *
 * @example
 * ```ts
 * import { scoreLead } from "icpfit";
 * const icp = { id: "a", version: "1", name: "A", rules: [{ id: "sw", field: "firmographic.industry", op: "eq", value: "Software", points: 10 }] } as const;
 * scoreLead({ firmographic: { industry: "software " } }, icp).tier; // "primary"
 * ```
 */
export function scoreLead(lead: unknown, icp: IcpLike, options?: ScoreOptions): IcpResult {
  return scorerFor(icp).score(lead, options);
}

/**
 * Scores many leads: an array gives an array; a sync or async iterable (a stream, a generator)
 * gives an async iterable, so a large input is scored row by row with bounded memory.
 *
 * @example
 * ```ts
 * import { scoreLeads } from "icpfit";
 * const icp = { id: "a", version: "1", name: "A", rules: [{ id: "sw", field: "firmographic.industry", op: "eq", value: "Software", points: 10 }] } as const;
 * const results = scoreLeads([{ firmographic: { industry: "Software" } }, {}], icp);
 * results.map((r) => r.tier); // ["primary", "insufficient-data"]
 * ```
 */
export function scoreLeads(leads: readonly unknown[], icp: IcpLike, options?: ScoreOptions): IcpResult[];
export function scoreLeads(leads: Iterable<unknown> | AsyncIterable<unknown>, icp: IcpLike, options?: ScoreOptions): AsyncIterable<IcpResult>;
export function scoreLeads(
  leads: readonly unknown[] | Iterable<unknown> | AsyncIterable<unknown>,
  icp: IcpLike,
  options?: ScoreOptions,
): IcpResult[] | AsyncIterable<IcpResult> {
  const scorer = scorerFor(icp);
  checkOptions(options);
  if (Array.isArray(leads)) return leads.map((lead) => scorer.score(lead, options));
  // A string is iterable too; scoring it character by character is never what was meant.
  if (!isIterable(leads)) throw wrongArgument(["leads"], "an array, an iterable or an async iterable of leads", leads);
  return scoreStream(leads, scorer, options);
}

function isIterable(value: unknown): value is Iterable<unknown> | AsyncIterable<unknown> {
  if (!isObject(value)) return false;
  const iterable = value as { [Symbol.iterator]?: unknown; [Symbol.asyncIterator]?: unknown };
  return typeof iterable[Symbol.iterator] === "function" || typeof iterable[Symbol.asyncIterator] === "function";
}

async function* scoreStream(
  leads: Iterable<unknown> | AsyncIterable<unknown>,
  scorer: CompiledIcp,
  options: ScoreOptions | undefined,
): AsyncGenerator<IcpResult> {
  for await (const lead of leads) yield scorer.score(lead, options);
}
