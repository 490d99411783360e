/**
 * Finds the account's personal data in a text: a guide's Markdown or an
 * image's alt text rendered from a run against a deployment must not publish
 * the contact's email, phone, postal address, name or company. The personal
 * data is what the checkout page shows as Contact Information
 * (CheckoutPage.readContactInformation). Pure: text in, occurrences out.
 *
 * It looks for what identifies a person, not for every word of it:
 *   - the email address, in any case;
 *   - the phone number however it is spaced or punctuated ("+1 206 555 0142",
 *     "(206) 555-0142", "555 0142"): a run of digits holding its last 7;
 *   - each address line with a digit in it (street, postal code), whole or as
 *     a comma-separated part ("1200 Harbor Avenue", "WA 98101"); a line such
 *     as "United States" alone identifies no one;
 *   - the contact's full name in any case, and the family name as a whole,
 *     capitalised word;
 *   - the company name in any case.
 */
import type { ContactDetails } from '../pages/checkout-page';

export type PersonalDataKind = 'email' | 'phone' | 'address' | 'contact name' | 'company' | 'masked text';

export interface PersonalDataOccurrence {
  readonly kind: PersonalDataKind;
  /** the text as it appears */
  readonly found: string;
  /** where it starts in the text */
  readonly index: number;
}

/** Fewer digits than this could be anything (a price, a year). */
const MIN_PHONE_DIGITS = 7;
/** Shorter names or address parts would match ordinary words. */
const MIN_LENGTH = 4;

export function personalDataIn(text: string, personal: ContactDetails): PersonalDataOccurrence[] {
  const found: PersonalDataOccurrence[] = [];
  const add = (kind: PersonalDataKind, pattern: RegExp) => {
    for (const match of text.matchAll(pattern)) found.push({ kind, found: match[0], index: match.index });
  };

  if (personal.email.trim()) add('email', new RegExp(escaped(personal.email.trim()), 'gi'));

  for (const match of phoneLike(text)) {
    if (phoneMatches(match.digits, personal.phone)) found.push({ kind: 'phone', found: match.text, index: match.index });
  }

  for (const part of addressParts(personal.address)) add('address', new RegExp(loose(part), 'gi'));

  const name = personal.name.trim();
  if (name.length >= MIN_LENGTH) add('contact name', new RegExp(loose(name), 'gi'));
  const familyName = name.split(/\s+/).at(-1) ?? '';
  if (familyName.length >= MIN_LENGTH && familyName !== name) add('contact name', new RegExp(`(?<![\\p{L}\\p{N}])${escaped(familyName)}(?![\\p{L}\\p{N}])`, 'gu'));

  if (personal.company.trim().length >= MIN_LENGTH) add('company', new RegExp(loose(personal.company.trim()), 'gi'));

  return dedupe(found).sort((a, b) => a.index - b.index || a.kind.localeCompare(b.kind));
}

/**
 * The same search for what a guide's masks hid on a deployment, where the
 * account's details are known only as the texts the masks covered (each line
 * of each masked element, or a field's value): an email in any case, a phone
 * number however written, anything else as a phrase with its spacing free,
 * and an address-like line by its comma-separated parts too.
 */
export function hiddenTextIn(text: string, hidden: readonly string[]): PersonalDataOccurrence[] {
  const found: PersonalDataOccurrence[] = [];
  const add = (kind: PersonalDataKind, pattern: RegExp) => {
    for (const match of text.matchAll(pattern)) found.push({ kind, found: match[0], index: match.index });
  };
  for (const line of hidden.map((entry) => entry.trim()).filter((entry) => entry.length >= MIN_LENGTH)) {
    if (EMAIL.test(line)) {
      add('email', new RegExp(escaped(line), 'gi'));
    } else if (PHONE_ONLY.test(line) && line.replace(/\D/g, '').length >= MIN_PHONE_DIGITS) {
      for (const match of phoneLike(text)) if (phoneMatches(match.digits, line)) found.push({ kind: 'phone', found: match.text, index: match.index });
    } else {
      add('masked text', new RegExp(loose(line), 'gi'));
      for (const part of addressParts([line])) if (part !== line) add('address', new RegExp(loose(part), 'gi'));
    }
  }
  return dedupe(found).sort((a, b) => a.index - b.index || a.kind.localeCompare(b.kind));
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;
const PHONE_ONLY = /^[+\d\s().-]+$/;

/** "the Markdown contains the account's email ("it@contoso-dental.example")": one line per occurrence, for a run's failure. */
export function personalDataProblems(where: string, text: string, personal: ContactDetails): string[] {
  return personalDataIn(text, personal).map((occurrence) => `${where} contains the account's ${occurrence.kind} ("${occurrence.found}")`);
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text with any run of white space matching any other: Markdown folds lines. */
function loose(text: string): string {
  return text.trim().split(/\s+/).map(escaped).join('\\s+');
}

function addressParts(lines: readonly string[]): string[] {
  const parts = new Set<string>();
  for (const line of lines) {
    if (!/\d/.test(line)) continue;
    parts.add(line.trim());
    for (const part of line.split(',')) {
      const trimmed = part.trim();
      if (/\d/.test(trimmed) && /\p{L}/u.test(trimmed) && trimmed.length >= MIN_LENGTH) parts.add(trimmed);
    }
  }
  return [...parts].filter((part) => part.length >= MIN_LENGTH);
}

/** Runs of digits with the separators phone numbers are written with. */
function phoneLike(text: string): { text: string; digits: string; index: number }[] {
  return [...text.matchAll(/\+?\(?\d[\d\s().\-]*\d/g)].map((match) => ({ text: match[0], digits: match[0].replace(/\D/g, ''), index: match.index }));
}

/** The run holds the number's last 7 digits: the whole number, or its local part written without the country or area code. */
function phoneMatches(digits: string, phone: string): boolean {
  const phoneDigits = phone.replace(/\D/g, '');
  if (phoneDigits.length < MIN_PHONE_DIGITS) return false;
  return digits.includes(phoneDigits.slice(-MIN_PHONE_DIGITS));
}

/** One occurrence per place: a part found inside a whole of the same kind ("Whitfield" in "Dana Whitfield") is the same leak. */
function dedupe(occurrences: PersonalDataOccurrence[]): PersonalDataOccurrence[] {
  const kept: PersonalDataOccurrence[] = [];
  const longestFirst = [...occurrences].sort((a, b) => a.index - b.index || b.found.length - a.found.length);
  for (const occurrence of longestFirst) {
    const inside = kept.some(
      (other) => other.kind === occurrence.kind && occurrence.index >= other.index && occurrence.index + occurrence.found.length <= other.index + other.found.length,
    );
    if (!inside) kept.push(occurrence);
  }
  return kept;
}
