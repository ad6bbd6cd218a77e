import { FREE_MAIL_DOMAIN_TEXT } from "./free-mail-domains.js";

/*
 * Email domains and free-mail detection, behind the derived lead fields `contact.emailDomain` and
 * `contact.freeMail`. Pure and total: any value goes in, nothing throws, and text is looked at only
 * up to a length no real address reaches, so a 1 MB cell costs no more than a short one.
 */

/** RFC 5321 caps a forward path at 256 characters; longer text is not an address. */
const MAX_ADDRESS_LENGTH = 320;
/** One DNS label: letters (any script) and digits, inner hyphens, 1-63 characters. Fixed, linear. */
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

let freeMail: ReadonlySet<string> | undefined;

/**
 * The free / consumer mail domains `contact.freeMail` looks up: gmail.com, outlook.com, gmx.de,
 * qq.com and about 400 more, generated from the npm package `email-providers` (see
 * docs/guides/icp-and-personas.md, "Free-mail detection", for what is in it and why).
 *
 * @example
 * ```ts
 * import { freeMailDomains } from "icpfit";
 * freeMailDomains().has("gmail.com"); // true
 * ```
 */
export function freeMailDomains(): ReadonlySet<string> {
  freeMail ??= new Set(FREE_MAIL_DOMAIN_TEXT.split(/\s+/).filter((domain) => domain !== ""));
  return freeMail;
}

/**
 * The domain of an email address, lower case: the part after the last `@`, trimmed, without a
 * trailing dot. `"Ana <ana@Acme.io>"` gives `"acme.io"`. Returns undefined for anything that is not
 * an address with a domain of at least two labels: non-text, `"@"`, `"a@b@c"` (`"c"` is one label),
 * an address with no local part, an IP literal, or text longer than 320 characters.
 *
 * @example
 * ```ts
 * import { emailDomain } from "icpfit";
 * emailDomain(" Ana.Lopez@Example.COM "); // "example.com"
 * emailDomain("not an email"); // undefined
 * ```
 */
export function emailDomain(email: unknown): string | undefined {
  if (typeof email !== "string" || email.length > MAX_ADDRESS_LENGTH) return undefined;
  let address = email.trim();
  // "Name <address>", as some exports write a sender.
  if (address.endsWith(">")) {
    const open = address.lastIndexOf("<");
    if (open < 0) return undefined;
    address = address.slice(open + 1, -1).trim();
  }
  const at = address.lastIndexOf("@");
  if (at <= 0) return undefined;
  let domain = address.slice(at + 1).toLowerCase();
  if (domain.endsWith(".")) domain = domain.slice(0, -1);
  if (domain.length === 0 || domain.length > 253) return undefined;
  const labels = domain.split(".");
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return undefined;
  return domain;
}

/**
 * Whether an email address is at a free / consumer mail provider ({@link freeMailDomains}):
 * true or false for an address, undefined when the value is not one (see {@link emailDomain}).
 * The domain must be on the list exactly: subdomains of a listed domain are not free mail, because
 * the list holds shared roots (za.com, pe.hu, cu.cc, dynamic-DNS names such as dynu.net) under which companies have their
 * own domains.
 *
 * @example
 * ```ts
 * import { isFreeMail } from "icpfit";
 * isFreeMail("jo@GMAIL.com"); // true
 * isFreeMail("jo@acme.io"); // false
 * isFreeMail("@"); // undefined
 * ```
 */
export function isFreeMail(email: unknown): boolean | undefined {
  const domain = emailDomain(email);
  return domain === undefined ? undefined : freeMailDomains().has(domain);
}
