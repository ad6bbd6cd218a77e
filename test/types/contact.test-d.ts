import { describe, expectTypeOf, it } from "vitest";
import {
  ContactSchema,
  emailDomain,
  freeMailDomains,
  isFreeMail,
  leadFields,
  parseLead,
  type BuyingRole,
  type Contact,
  type Department,
  type FieldKind,
  type Lead,
  type LeadInput,
  type Seniority,
} from "../../src/index.js";
import { BUYING_ROLE_CODES, DEPARTMENT_CODES, SENIORITY_CODES } from "../../src/adapters/index.js";

/* The contact section's types: inferred from ContactSchema, with the vocabulary's unions. */

describe("Contact", () => {
  it("is the lead's contact section, with the vocabulary as unions", () => {
    expectTypeOf<Lead["contact"]>().toEqualTypeOf<Contact | undefined>();
    expectTypeOf<Contact["seniority"]>().toEqualTypeOf<Seniority | undefined>();
    expectTypeOf<Contact["department"]>().toEqualTypeOf<Department | undefined>();
    expectTypeOf<Contact["buyingRole"]>().toEqualTypeOf<BuyingRole | undefined>();
    expectTypeOf<Contact["title"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Contact["incomeBand"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Contact["painPoints"]>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf(parseLead({}).contact).toEqualTypeOf<Contact | undefined>();
  });

  it("rejects words outside the vocabulary and derived fields at compile time", () => {
    // @ts-expect-error "VP" is a CRM code, not a seniority; the adapters map it.
    const level: Contact = { seniority: "VP" };
    // @ts-expect-error freeMail is derived from the email, never stored.
    const derived: LeadInput = { contact: { freeMail: true } };
    expectTypeOf(level).toEqualTypeOf<Contact>();
    expectTypeOf(derived).toEqualTypeOf<LeadInput>();
  });

  it("keeps the schema's shape for users to extend", () => {
    const extended = ContactSchema.extend({ linkedin: ContactSchema.shape.title });
    expectTypeOf(extended.parse({}).linkedin).toEqualTypeOf<string | undefined>();
  });
});

describe("email helpers and codes", () => {
  it("return what their docs say", () => {
    expectTypeOf(emailDomain).returns.toEqualTypeOf<string | undefined>();
    expectTypeOf(isFreeMail).returns.toEqualTypeOf<boolean | undefined>();
    expectTypeOf(freeMailDomains).returns.toEqualTypeOf<ReadonlySet<string>>();
    expectTypeOf(leadFields().get("contact.freeMail")).toEqualTypeOf<FieldKind | undefined>();
    expectTypeOf<"boolean">().toMatchTypeOf<FieldKind>();
    expectTypeOf(SENIORITY_CODES).toEqualTypeOf<ReadonlyMap<string, Seniority>>();
    expectTypeOf(DEPARTMENT_CODES).toEqualTypeOf<ReadonlyMap<string, Department>>();
    expectTypeOf(BUYING_ROLE_CODES).toEqualTypeOf<ReadonlyMap<string, BuyingRole>>();
  });
});
