import fc from "fast-check";
import type { Condition, IcpInput } from "../../src/index.js";

/* fast-check arbitraries for persona tests: ICP-valid personas and malformed contacts. */

const TEXT = ["contact.title", "contact.seniority", "contact.department", "contact.buyingRole", "contact.country", "contact.incomeBand", "contact.email", "contact.emailDomain"] as const;
const LISTS = ["contact.painPoints", "contact.goals", "painPoints"] as const;
const WORDS = ["vp", "cxo", "engineering", "finance", "champion", "DE", "Head of IT", "acme.io", "gmail.com", "cost"] as const;
const word = fc.constantFrom(...WORDS);
const words = fc.uniqueArray(word, { minLength: 1, maxLength: 3 });

const leaf: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({ field: fc.constantFrom(...TEXT), op: fc.constantFrom("eq", "neq"), value: word }),
  fc.record({ field: fc.constantFrom(...TEXT), op: fc.constantFrom("in", "notIn"), value: words }),
  fc.record({ field: fc.constantFrom(...TEXT), op: fc.constantFrom("contains", "startsWith"), value: word }),
  fc.record({ field: fc.constantFrom(...LISTS), op: fc.constantFrom("includesAny", "includesAll", "includesNone"), value: words }),
  fc.record({ field: fc.constantFrom(...TEXT, ...LISTS, "contact.freeMail"), op: fc.constant("exists") }),
  fc.record({ field: fc.constant("contact.freeMail"), op: fc.constantFrom("eq", "neq"), value: fc.boolean() }),
) as fc.Arbitrary<Condition>;
const condition: fc.Arbitrary<Condition> = fc.oneof(
  leaf,
  fc.array(leaf, { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
  fc.array(leaf, { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
  leaf.map((not) => ({ not })),
);
const ruleBody = fc.tuple(condition, fc.integer({ min: 0, max: 6 }), fc.integer({ min: -30, max: 60 }).filter((points) => points !== 0), fc.constantFrom("neutral", "miss")).map(
  ([cond, kind, points, missing]) => (kind === 0 ? { ...cond, missing, effect: "require" } : kind === 1 ? { ...cond, missing, effect: "exclude" } : { ...cond, missing, points }),
);
const persona = fc.record({
  rules: fc.tuple(leaf, fc.integer({ min: 1, max: 60 }), fc.array(ruleBody, { maxLength: 5 })),
  threshold: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
  required: fc.boolean(),
});
/** A random ICP with 1-4 valid personas on contact fields and painPoints. */
export const personaIcpArbitrary: fc.Arbitrary<IcpInput> = fc.array(persona, { minLength: 1, maxLength: 4 }).map((personas) => ({
  id: "p",
  version: "1",
  name: "P",
  rules: [{ id: "sw", field: "firmographic.industry", op: "eq", value: "Software", points: 10 }],
  personas: personas.map(({ rules: [first, points, rest], threshold, required }, index) => ({
    id: `p${index}`,
    name: `Persona ${index}`,
    required,
    ...(threshold === undefined ? {} : { threshold }),
    rules: [{ ...first, id: "r0", points }, ...rest.map((rule, at) => ({ ...rule, id: `r${at + 1}` }))],
  })),
})) as fc.Arbitrary<IcpInput>;

const contactValue = fc.oneof(word, fc.anything(), fc.array(fc.oneof(word, fc.anything()), { maxLength: 3 }));
/** A contact: any value, or an object of contact keys holding words or anything. */
export const contactArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(),
  fc.dictionary(fc.constantFrom("title", "seniority", "department", "buyingRole", "email", "painPoints", "goals", "country", "__proto__", "constructor"), contactValue),
);
/** A lead whose contact and other sections may hold anything. */
export const personaLeadArbitrary: fc.Arbitrary<{ firmographic?: unknown; painPoints?: unknown; contact: unknown }> = fc.record(
  { firmographic: fc.anything(), painPoints: fc.oneof(fc.anything(), words), contact: contactArbitrary },
  { requiredKeys: ["contact"] },
);
