import fc from "fast-check";
import type { Condition, IcpInput } from "../../src/index.js";
import { DAY_MS, NOW_MS, type RuleInput } from "./fixtures.js";

/*
 * fast-check arbitraries for random valid ICPs (every operator, combinators, effects, policies,
 * axes, falloff, halfLife, thresholds) and for leads drawn from the same small value pools, so that
 * rules match, miss, partly match and meet missing or wrong-typed data often.
 */

const TEXT_FIELDS = ["firmographic.industry", "firmographic.country", "email", "domain", "attributes.plan"] as const;
const NUMBER_FIELDS = ["firmographic.employees", "firmographic.annualRevenue", "behavioral.intentScore", "attributes.seats"] as const;
const LIST_FIELDS = ["technographic.technologies", "painPoints", "attributes.tags"] as const;
const DATE_FIELDS = ["behavioral.lastActivityAt", "attributes.signedAt"] as const;
const ALL_FIELDS = [...TEXT_FIELDS, ...NUMBER_FIELDS, ...LIST_FIELDS, ...DATE_FIELDS] as const;

const WORDS = ["Software", "Retail", "US", "DE", "acme.io", "jo@acme.edu", "Slack", "Jira", "Asana", "pro"] as const;
const word = fc.constantFrom(...WORDS);
const words = fc.uniqueArray(word, { minLength: 1, maxLength: 3 });
const bound = fc.integer({ min: -50, max: 1500 });

const leafCondition: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({ field: fc.constantFrom(...TEXT_FIELDS), op: fc.constantFrom("eq", "neq"), value: word, caseSensitive: fc.boolean() }),
  fc.record({ field: fc.constantFrom(...NUMBER_FIELDS), op: fc.constantFrom("eq", "neq"), value: bound }),
  fc.record({ field: fc.constantFrom(...TEXT_FIELDS), op: fc.constantFrom("in", "notIn"), value: words }),
  fc.record({ field: fc.constantFrom(...NUMBER_FIELDS), op: fc.constantFrom("gt", "gte", "lt", "lte"), value: bound }),
  fc.record({ field: fc.constantFrom(...NUMBER_FIELDS), op: fc.constant("between"), value: fc.tuple(bound, bound).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]) }),
  fc.record({ field: fc.constantFrom(...LIST_FIELDS), op: fc.constantFrom("includesAny", "includesAll", "includesNone"), value: words }),
  fc.record({ field: fc.constantFrom(...ALL_FIELDS), op: fc.constant("exists") }),
  fc.record({ field: fc.constantFrom(...TEXT_FIELDS), op: fc.constantFrom("contains", "startsWith"), value: fc.constantFrom("soft", "acme", "@", "S", ".edu") }),
  fc.record({ field: fc.constantFrom(...DATE_FIELDS), op: fc.constant("withinDays"), value: fc.integer({ min: 1, max: 365 }) }),
) as fc.Arbitrary<Condition>;

const condition: fc.Arbitrary<Condition> = fc.letrec<{ node: Condition }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", maxDepth: 3, withCrossShrink: true },
    leafCondition,
    fc.array(tie("node"), { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
    fc.array(tie("node"), { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
    tie("node").map((not) => ({ not })),
  ),
})).node;

const points = fc.integer({ min: -60, max: 100 }).filter((value) => value !== 0);
const shapingFor = (rule: Condition): fc.Arbitrary<Record<string, number>> => {
  if ("op" in rule && ["gt", "gte", "lt", "lte", "between"].includes(rule.op)) {
    return fc.option(fc.double({ min: 0.05, max: 2, noNaN: true }), { nil: undefined }).map((falloff) => (falloff === undefined ? {} : { falloff }));
  }
  if ("op" in rule && rule.op === "withinDays") {
    return fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }).map((halfLife) => (halfLife === undefined ? {} : { halfLife }));
  }
  return fc.constant({});
};

/** One rule body (no id): a scoring rule (maybe with shaping) or a require / exclude knockout. */
const ruleBody: fc.Arbitrary<Record<string, unknown>> = fc.tuple(condition, fc.integer({ min: 0, max: 9 })).chain(([cond, kind]): fc.Arbitrary<Record<string, unknown>> => {
  const common = fc.record(
    { missing: fc.constantFrom("neutral", "miss"), axis: fc.constantFrom("fit", "engagement") },
    { requiredKeys: [] },
  );
  if (kind === 0) return common.map((meta) => ({ ...cond, ...meta, effect: "require" }));
  if (kind === 1) return common.map((meta) => ({ ...cond, ...meta, effect: "exclude" }));
  return fc.tuple(common, points, shapingFor(cond)).map(([meta, value, shaping]) => ({ ...cond, ...meta, ...shaping, points: value }));
});

/** Tier thresholds with primary > secondary > tertiary, all in 0-100, whole or half. */
export const tierThresholds: fc.Arbitrary<{ primary: number; secondary: number; tertiary: number }> = fc
  .uniqueArray(fc.integer({ min: 0, max: 200 }), { minLength: 3, maxLength: 3 })
  .map((values) => values.map((value) => value / 2).sort((a, b) => b - a))
  .map(([primary = 3, secondary = 2, tertiary = 1]) => ({ primary, secondary, tertiary }));

/** A random valid ICP; rule ids are r0, r1, ...; the first rule always scores positive points. */
export const icpArbitrary: fc.Arbitrary<IcpInput> = fc
  .record(
    {
      first: fc.tuple(leafCondition, fc.integer({ min: 1, max: 100 })),
      rules: fc.array(ruleBody, { maxLength: 7 }),
      tiers: tierThresholds,
      grades: fc.tuple(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 99 })).filter(([high, medium]) => high > medium),
      missing: fc.constantFrom("neutral", "miss"),
      minConfidence: fc.constantFrom(0, 0.25, 0.5, 0.75, 1),
    },
    { requiredKeys: ["first", "rules"] },
  )
  .map(({ first, rules, grades, ...options }) => ({
    id: "random",
    version: "1",
    name: "Random",
    ...options,
    ...(grades === undefined ? {} : { grades: { engagementHigh: grades[0], engagementMedium: grades[1] } }),
    rules: [{ id: "r0", ...first[0], points: first[1] }, ...rules.map((rule, index) => ({ id: `r${index + 1}`, ...rule }))] as RuleInput[],
  }));

const time = fc.integer({ min: -5, max: 400 }).chain((days) => {
  const at = NOW_MS - days * DAY_MS;
  return fc.constantFrom<unknown>(at, new Date(at), new Date(at).toISOString(), new Date(at).toISOString().slice(0, 10));
});
const odd = fc.constantFrom<unknown>(null, undefined, "", "  ", Number.NaN, Number.POSITIVE_INFINITY, true, {}, [], [null], "n/a");
const numberish = fc.oneof(bound, bound.map((n) => n.toLocaleString("en-US")), bound.map((n) => `${n}+`), fc.constantFrom("$5M", "2.5k", "51-200"));
const listish = fc.oneof(fc.array(word, { maxLength: 4 }), fc.array(word, { maxLength: 4 }).map((items) => items.join("; ")));

/** Mostly values from the pool, sometimes an odd one. */
const mostly = (arbitrary: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> => fc.oneof({ arbitrary, weight: 4 }, { arbitrary: odd, weight: 1 });

/** A lead built from the value pools, with odd values mixed in. */
export const leadArbitrary: fc.Arbitrary<Record<string, unknown>> = fc
  .record(
    {
      industry: mostly(word),
      country: mostly(word),
      email: mostly(word),
      domain: mostly(word),
      employees: mostly(numberish),
      annualRevenue: mostly(numberish),
      intentScore: mostly(numberish),
      technologies: mostly(listish),
      painPoints: mostly(listish),
      lastActivityAt: mostly(time),
      attributes: fc.record(
        { plan: mostly(word), seats: mostly(numberish), tags: mostly(listish), signedAt: mostly(time) },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  )
  .map((v) => ({
    email: v.email,
    domain: v.domain,
    firmographic: { industry: v.industry, country: v.country, employees: v.employees, annualRevenue: v.annualRevenue },
    technographic: { technologies: v.technologies },
    behavioral: { intentScore: v.intentScore, lastActivityAt: v.lastActivityAt },
    painPoints: v.painPoints,
    attributes: v.attributes,
  }));

/** A moment near NOW to score at, in one of the accepted forms. */
export const nowArbitrary: fc.Arbitrary<Date | string | number> = fc
  .integer({ min: -30, max: 30 })
  .chain((days) => fc.constantFrom<Date | string | number>(NOW_MS + days * DAY_MS, new Date(NOW_MS + days * DAY_MS), new Date(NOW_MS + days * DAY_MS).toISOString()));
