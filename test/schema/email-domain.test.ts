import { describe, expect, it } from "vitest";
import { emailDomain, freeMailDomains, isFreeMail } from "../../src/index.js";

/* Email domains and free-mail detection: total functions over any value. */

describe("emailDomain", () => {
  it("takes the part after the last @, lower case and trimmed", () => {
    expect(emailDomain("ana@acme.io")).toBe("acme.io");
    expect(emailDomain("  Ana.Lopez@Example.COM  ")).toBe("example.com");
    expect(emailDomain("ana@mail.acme.co.uk.")).toBe("mail.acme.co.uk");
    expect(emailDomain("\"a@b\"@acme.io")).toBe("acme.io");
    expect(emailDomain("Ana Lopez <ana@Acme.io>")).toBe("acme.io");
    expect(emailDomain("jürgen@müller.de")).toBe("müller.de");
  });

  it("returns undefined for anything that is not an address with a domain", () => {
    for (const junk of ["", " ", "@", "a@", "@acme.io", "a@b@c", "acme.io", "a@localhost", "a@[192.168.0.1]", "a@-acme.io", "a@acme..io", "a@ac me.io", "n/a", "Ana ana@acme.io>"]) {
      expect(emailDomain(junk), junk).toBeUndefined();
    }
    for (const junk of [undefined, null, 5, true, {}, [], ["a@acme.io"], new Date(0), Symbol("x"), () => "a@acme.io"]) {
      expect(emailDomain(junk)).toBeUndefined();
    }
  });

  it("does not look into text longer than any address", () => {
    expect(emailDomain(`${"a".repeat(1_000_000)}@acme.io`)).toBeUndefined();
    expect(emailDomain(`a@${"b".repeat(64)}.io`)).toBeUndefined();
    expect(emailDomain(`a@${"b".repeat(63)}.io`)).toBe(`${"b".repeat(63)}.io`);
  });
});

describe("isFreeMail", () => {
  it("knows the big consumer providers, whatever the case", () => {
    for (const domain of ["gmail.com", "googlemail.com", "yahoo.com", "outlook.com", "hotmail.com", "hotmail.de", "live.com", "gmx.de", "gmx.net", "web.de", "t-online.de", "mail.ru", "yandex.ru", "qq.com", "163.com", "126.com", "proton.me", "protonmail.com", "icloud.com", "me.com", "aol.com", "orange.fr", "libero.it"]) {
      expect(isFreeMail(`Someone@${domain.toUpperCase()}`), domain).toBe(true);
    }
  });

  it("is false for company domains, including those excluded from the package list", () => {
    for (const domain of ["acme.io", "microsoft.com", "google.com", "sap.com", "facebook.com", "alibaba.com", "bt.com", "nus.edu.sg"]) {
      expect(isFreeMail(`jo@${domain}`), domain).toBe(false);
    }
  });

  it("matches the domain exactly, not its subdomains", () => {
    expect(freeMailDomains().has("za.com")).toBe(true);
    expect(isFreeMail("jo@za.com")).toBe(true);
    expect(isFreeMail("jo@acme.za.com")).toBe(false);
    expect(isFreeMail("jo@eu.gmail.com")).toBe(false);
  });

  it("is undefined for a value that is not an address", () => {
    expect(isFreeMail("gmail.com")).toBeUndefined();
    expect(isFreeMail("a@b@gmail")).toBeUndefined();
    expect(isFreeMail(42)).toBeUndefined();
  });

  it("holds lower-case domains of two labels or more", () => {
    const domains = [...freeMailDomains()];
    expect(domains.length).toBeGreaterThan(400);
    for (const domain of domains) expect(emailDomain(`x@${domain}`), domain).toBe(domain);
  });
});
