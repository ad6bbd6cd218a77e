import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileIcp, scoreAccount, scoreLead } from "../../src/index.js";
import { contactArbitrary, personaIcpArbitrary } from "./persona-arbitraries.js";

/* scoreAccount never throws on malformed companies and contacts, and its committee agrees with its contacts. */

describe("scoreAccount (property)", () => {
  it("never throws, scores each contact as a lead of the company, and covers exactly the strong matches", () => {
    fc.assert(
      fc.property(personaIcpArbitrary, fc.anything(), fc.array(contactArbitrary, { maxLength: 6 }), (icp, company, contacts) => {
        const scorer = compileIcp(icp);
        const account = scoreAccount(company, contacts, scorer);
        expect(account.contacts).toHaveLength(contacts.length);
        const personas = scorer.icp.personas ?? [];
        account.committee.forEach((seat, index) => {
          const strong = account.contacts.flatMap((contact, at) => (contact.personas?.[index]?.match === "strong" ? [at] : []));
          expect(seat.contacts).toEqual(strong);
          expect(seat.covered).toBe(strong.length > 0);
          expect(seat.required).toBe(personas[index]?.required === true);
        });
        expect([...account.covered, ...account.missing].sort()).toEqual(personas.filter((persona) => persona.required === true).map((persona) => persona.id).sort());
        expect(account.complete).toBe(account.missing.length === 0);
        expect(account.next?.id).toBe(account.missing[0]);
        contacts.forEach((contact, at) => {
          if (contact === undefined || contact === null) return;
          const painPoints = typeof company === "object" && company !== null && Object.hasOwn(company, "painPoints") ? (company as { painPoints: unknown }).painPoints : undefined;
          const lead = scoreLead({ painPoints, contact }, scorer);
          expect(account.contacts[at]?.persona).toEqual(lead.persona);
        });
        expect(JSON.parse(JSON.stringify(account))).toEqual(account);
      }),
      { numRuns: 150 },
    );
  });
});
