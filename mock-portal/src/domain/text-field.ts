/**
 * One line of text from a form: a name, a display name. Shared by the
 * contact, BES user and CRM organization forms, so "required", "one line" and
 * "at most N characters" read the same everywhere.
 */

/**
 * What a text box sent, trimmed of white space at both ends. A field the form
 * left out reads as empty; a field sent more than once (or not as text) is
 * `null`, since no page of the portal sends one twice.
 */
export function fieldText(raw: unknown): string | null {
  if (raw === undefined) return '';
  if (typeof raw !== 'string') return null;
  return raw.trim();
}

/** Characters as a reader counts them: an emoji or an accented letter typed as one is one. */
export function characterCount(text: string): number {
  return [...text.normalize('NFC')].length;
}

/** Line breaks, tabs and other control characters: never part of a name. */
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;
/** A name has at least one letter or digit, in any script. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export interface NameRule {
  /** how the customer's words name the field, in lower case: "first name" */
  readonly label: string;
  /** the most characters the field takes */
  readonly max: number;
}

export type CheckedText = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly message: string };

/** A required one-line name: present, on one line, with a letter or digit, and not too long. */
export function checkName(raw: unknown, rule: NameRule): CheckedText {
  const text = fieldText(raw);
  if (text === null) return { ok: false, message: `Enter one ${rule.label}.` };
  // Empty text has no letter or digit either.
  if (!LETTER_OR_DIGIT.test(text)) return { ok: false, message: `Enter the ${rule.label}.` };
  if (CONTROL_CHARACTER.test(text)) return { ok: false, message: `The ${rule.label} must be on one line, without control characters.` };
  if (characterCount(text) > rule.max) return { ok: false, message: `The ${rule.label} can be at most ${rule.max} characters.` };
  return { ok: true, value: text.normalize('NFC') };
}
