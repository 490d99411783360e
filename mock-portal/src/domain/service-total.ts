/**
 * Reads what a customer typed in a New Configuration field. The field holds
 * the service's new TOTAL, so only a plain whole number in the service's range
 * is accepted; everything else gets a message the customer can act on.
 */
import { trimSpaces } from './spaces';

export interface AllowedRange {
  readonly min: number;
  readonly max: number;
}

export type ParsedTotal = { readonly ok: true; readonly total: number } | { readonly ok: false; readonly message: string };

export function parseServiceTotal(raw: unknown, range: AllowedRange): ParsedTotal {
  const rangeMessage = `Enter a total from ${range.min} to ${range.max}.`;
  if (typeof raw !== 'string') return { ok: false, message: `Enter one total. ${rangeMessage}` };
  // Spaces around the number are forgiven, whichever space it is (e.g. a no-break space pasted after "11").
  const text = trimSpaces(raw);
  if (text === '') return { ok: false, message: `Enter the new total. ${rangeMessage}` };
  if (/^-[0-9]+$/.test(text)) return { ok: false, message: `The total cannot be negative. ${rangeMessage}` };
  if (!/^[0-9]+$/.test(text)) {
    return { ok: false, message: `Enter a whole number using the digits 0–9, such as 3. ${rangeMessage}` };
  }
  // Compare as text length first so a 40-digit number never becomes a float.
  const trimmed = text.replace(/^0+(?=\d)/, '');
  const total = trimmed.length > 6 ? Number.POSITIVE_INFINITY : Number(trimmed);
  if (total < range.min || total > range.max) return { ok: false, message: rangeMessage };
  return { ok: true, total };
}
