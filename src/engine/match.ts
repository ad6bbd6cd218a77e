import { IcpError } from "../errors.js";
import type { IcpResult } from "../schema/result.js";
import { checkOptions, isObject, wrongArgument } from "./arguments.js";
import type { CompiledIcp, ScoreOptions } from "./compile.js";
import { scorerFor, type IcpLike } from "./score.js";
import { TIER_ORDER } from "./tiers.js";

/**
 * Orders results best first: by tier (primary … disqualified), then score, then confidence.
 * Ties keep their input order (Array.prototype.sort is stable).
 *
 * @example
 * ```ts
 * import { compareResults, scoreLeads } from "icpfit";
 * const icp = { id: "a", version: "1", name: "A", rules: [{ id: "sw", field: "firmographic.industry", op: "eq", value: "Software", points: 10 }] } as const;
 * const ranked = scoreLeads([{}, { firmographic: { industry: "Software" } }], icp).sort(compareResults);
 * ```
 */
export function compareResults(a: IcpResult, b: IcpResult): number {
  if (!isObject(a)) throw wrongArgument(["a"], "a scoring result", a);
  if (!isObject(b)) throw wrongArgument(["b"], "a scoring result", b);
  return TIER_ORDER.indexOf(a.tier) - TIER_ORDER.indexOf(b.tier) || b.score - a.score || b.confidence - a.confidence;
}

/**
 * Scores one lead against several ICPs (a company typically keeps two or three) and returns every
 * result, best first (see {@link compareResults}).
 *
 * @example
 * ```ts
 * import { matchIcps } from "icpfit";
 * const smb = { id: "smb", version: "1", name: "SMB", rules: [{ id: "s", field: "firmographic.employees", op: "lt", value: 50, points: 10 }] } as const;
 * const ent = { id: "ent", version: "1", name: "Enterprise", rules: [{ id: "e", field: "firmographic.employees", op: "gte", value: 1000, points: 10 }] } as const;
 * matchIcps({ firmographic: { employees: 5000 } }, [smb, ent])[0]?.icpId; // "ent"
 * ```
 */
export function matchIcps(lead: unknown, icps: readonly IcpLike[], options?: ScoreOptions): IcpResult[] {
  if (!Array.isArray(icps)) throw wrongArgument(["icps"], "an array of ICPs", icps);
  checkOptions(options);
  return icps.map((icp, index) => scorerAt(icp, index).score(lead, options)).sort(compareResults);
}

/* The scorer of the ICP at `index`, with the index in front of the path of any problem in it. */
function scorerAt(icp: IcpLike, index: number): CompiledIcp {
  try {
    return scorerFor(icp);
  } catch (error) {
    if (!(error instanceof IcpError)) throw error;
    throw new IcpError(
      error.code,
      error.issues.map((issue) => ({ ...issue, path: ["icps", index, ...issue.path] })),
    );
  }
}
