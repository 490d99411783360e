/**
 * Email addresses as the portal accepts them: one address of the everyday
 * form name@example.com, as a mail provider would deliver it. Quoted local
 * parts and IP-literal domains are valid in RFC 5321 but no customer types
 * them, and they are where mail systems disagree, so they are refused.
 */

/** RFC 5321's limits: 64 characters before the @, 254 in all (a 256-octet path less its angle brackets). */
export const MAX_EMAIL_LENGTH = 254;
export const MAX_LOCAL_PART_LENGTH = 64;

/** Dot-separated runs of the characters RFC 5322 allows unquoted ("atext"). */
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
/** A DNS label: letters, digits and inner hyphens, 1 to 63 characters. */
const DOMAIN_LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
/** Top-level domains are letters only (or an IDN's xn-- form). */
const TOP_LEVEL_LABEL = /^([A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;

export function isEmailAddress(text: string): boolean {
  if (text.length > MAX_EMAIL_LENGTH) return false;
  const at = text.lastIndexOf('@');
  const local = text.slice(0, at);
  const domain = text.slice(at + 1);
  // Stryker disable next-line EqualityOperator: equivalent. "at <= 0" also refuses an @ at the start, whose empty local part LOCAL_PART refuses anyway.
  if (at < 0 || local.length > MAX_LOCAL_PART_LENGTH || !LOCAL_PART.test(local)) return false;
  const labels = domain.split('.');
  return labels.length >= 2 && labels.every((label) => DOMAIN_LABEL.test(label)) && TOP_LEVEL_LABEL.test(labels[labels.length - 1]!);
}

/** The part after the @, in lower case: domain names are not case-sensitive. */
export function emailDomain(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/**
 * Whether two addresses reach the same mailbox. Strictly the part before the
 * @ may be case-sensitive, but no mail provider treats it so, and two
 * contacts differing only in case would get every message twice.
 */
export function sameEmailAddress(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
