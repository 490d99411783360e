/**
 * Checks a new card as the customer typed it, before anything is sent to the
 * gateway. Pure: "today" is an argument, for the expiry check.
 */
import type { CivilDate } from './calendar';
import { plainSpaces, trimSpaces } from './spaces';

/** A name on a card is short; this is generous, and what the gateway accepts. */
export const MAX_NAME_CHARACTERS = 100;

export interface NewCardInput {
  readonly number: string;
  readonly name: string;
  readonly expiry: string;
  readonly cvc: string;
}

export interface NewCard {
  /** digits only; it goes to the gateway and nowhere else */
  readonly number: string;
  readonly name: string;
  readonly expMonth: number;
  readonly expYear: number;
  readonly cvc: string;
  readonly brand: string;
  readonly last4: string;
}

export type CardField = keyof NewCardInput;
export type CardCheck = { readonly ok: true; readonly card: NewCard } | { readonly ok: false; readonly errors: Partial<Record<CardField, string>> };

/** What each digit 0–9 counts once doubled: the sum of the digits of 2 × d (7 → 14 → 1 + 4 = 5). */
const DOUBLED_DIGIT = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9];

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    const digit = Number(digits[digits.length - 1 - index]);
    // Stryker disable next-line AssignmentOperator: equivalent. "sum -=" adds up the negatives, and −s is a multiple of 10 exactly when s is.
    sum += index % 2 === 1 ? DOUBLED_DIGIT[digit]! : digit;
  }
  return sum % 10 === 0;
}

export function cardBrand(digits: string): string {
  if (/^4/.test(digits)) return 'Visa';
  if (/^(5[1-5]|2[2-7])/.test(digits)) return 'Mastercard';
  if (/^3[47]/.test(digits)) return 'American Express';
  if (/^6(011|5)/.test(digits)) return 'Discover';
  return 'Card';
}

export function checkNewCard(input: NewCardInput, today: CivilDate): CardCheck {
  const errors: Partial<Record<CardField, string>> = {};
  const number = plainSpaces(input.number).replace(/[ -]/g, '');
  const brand = cardBrand(number);
  if (!/^[0-9]{12,19}$/.test(number)) errors.number = 'Enter the card number: 12 to 19 digits.';
  else if (!passesLuhn(number)) errors.number = 'This card number is not valid. Check it for a mistyped digit.';

  const name = trimSpaces(input.name).replace(/ {2,}/g, ' ');
  if (name === '') errors.name = 'Enter the name as it is printed on the card.';
  // Counted in characters as the customer sees them, not UTF-16 units.
  else if ([...name].length > MAX_NAME_CHARACTERS) errors.name = `The name on the card can be at most ${MAX_NAME_CHARACTERS} characters.`;

  const expiry = /^(0[1-9]|1[0-2]) ?\/ ?([0-9]{2})$/.exec(trimSpaces(input.expiry));
  let expMonth = 0;
  let expYear = 0;
  if (!expiry) errors.expiry = 'Enter the expiry date as MM/YY, such as 04/29.';
  else {
    expMonth = Number(expiry[1]);
    expYear = 2000 + Number(expiry[2]);
    if (expYear < today.year || (expYear === today.year && expMonth < today.month)) {
      errors.expiry = 'This card has expired. Use another card.';
    }
  }

  const cvcLength = brand === 'American Express' ? 4 : 3;
  const cvc = trimSpaces(input.cvc);
  if (!new RegExp(`^[0-9]{${cvcLength}}$`).test(cvc)) {
    errors.cvc = `Enter the ${cvcLength}-digit security code (CVC) from the card.`;
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, card: { number, name, expMonth, expYear, cvc, brand, last4: number.slice(-4) } };
}
