import { describe, expect, it } from "vitest";
import { scoreLeads } from "../../src/index.js";
import { compareIcps, compareProfiles, deriveIcp, evaluate, fitWeights, lintIcp, pilotReadout, profileCustomers, scoreDrift, simulateTiers } from "../../src/analyze/index.js";

/*
 * Analysis results are plain data (JSON-serialisable, no methods, no hidden symbols): showing them
 * in a notebook is the report layer's job (`display()` in icpfit/report).
 */

/** Paths inside a value that hold something JSON cannot carry: a symbol key, a function, a class instance. */
function nonPlainParts(value: unknown, path = "$"): string[] {
  if (typeof value === "function" || typeof value === "symbol" || typeof value === "bigint") return [`${path}: ${typeof value}`];
  if (value === null || typeof value !== "object") return [];
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== Array.prototype && prototype !== null) return [`${path}: not a plain object or array`];
  return Reflect.ownKeys(value).flatMap((key) => {
    if (typeof key === "symbol") return [`${path}[${String(key)}]: symbol key`];
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor?.get !== undefined || descriptor?.set !== undefined) return [`${path}.${key}: accessor`];
    if (descriptor?.enumerable === false && !(Array.isArray(value) && key === "length")) return [`${path}.${key}: non-enumerable`];
    return nonPlainParts((value as Record<string, unknown>)[key], `${path}.${key}`);
  });
}

const industries = ["Software", "Retail", "Health", "Finance"];
const leads = Array.from({ length: 120 }, (_, i) => ({
  firmographic: { industry: industries[i % 4], employees: 20 + ((i * 37) % 900) },
  technographic: { technologies: i % 5 < 2 ? ["Slack"] : ["Teams"] },
}));
const outcomes = leads.map((_, i) => i % 4 === 0 || i % 7 === 0);

describe("analysis results are plain data", () => {
  const derived = deriveIcp(leads, { outcome: outcomes, id: "plain", name: "Plain" });
  const results = scoreLeads(leads, derived.icp);
  const profile = profileCustomers(leads);
  const cases: ReadonlyArray<readonly [string, unknown]> = [
    ["profileCustomers", profile],
    ["compareProfiles", compareProfiles(profileCustomers(leads.filter((_, i) => outcomes[i])), profile)],
    ["deriveIcp", derived],
    ["fitWeights", fitWeights(derived.icp, leads, outcomes)],
    ["evaluate", evaluate(results, outcomes)],
    ["simulateTiers", simulateTiers(results)],
    ["lintIcp", lintIcp(derived.icp, { now: "2026-11-23", sample: leads })],
    ["lintIcp on an invalid ICP", lintIcp({ id: "x", version: "1", name: "X", rules: [] }, { now: "2026-11-23" })],
    ["compareIcps", compareIcps(derived.icp, { ...derived.icp, id: "other", rules: derived.icp.rules.slice(1) }, leads, outcomes)],
    ["pilotReadout", pilotReadout({ targeted: { leads: 70, conversions: 56, byTier: { primary: { leads: 30, conversions: 26 } } }, control: { leads: 80, conversions: 48, byTier: { primary: { leads: 30, conversions: 20 } } } })],
    ["scoreDrift", scoreDrift({ leads: leads.slice(0, 60) }, { leads: leads.slice(60) }, { icp: derived.icp })],
    ["lintIcp with a reference sample", lintIcp(derived.icp, { now: "2026-11-23", sample: leads.slice(60), reference: leads.slice(0, 60) })],
  ];

  it.each(cases)("%s returns nothing JSON cannot carry", (_, value) => {
    expect(nonPlainParts(value)).toEqual([]);
    expect(JSON.parse(JSON.stringify(value))).toEqual(value);
  });
});
