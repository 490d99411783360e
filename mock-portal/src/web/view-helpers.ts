/** Formatting for templates; the arithmetic is done before a template sees a value. */
import { formatLongDate, parseIsoDate } from '../domain/calendar';
import { formatUsd, type Cents } from '../domain/money';

export const viewHelpers = {
  usd: (amount: number) => formatUsd(amount as Cents),
  longDate: (isoDate: string) => formatLongDate(parseIsoDate(isoDate)),
  eq: (a: unknown, b: unknown) => a === b,
  /** the id a field's error message gets, for aria-describedby */
  errorId: (field: string) => `${field}-error`,
  twoDigits: (value: number) => String(value).padStart(2, '0'),
  /** a credit (a positive amount of cents) as the customer reads it: −$0.75 */
  usdCredit: (amount: number) => formatUsd(-amount as Cents),
  /** "1 domain", "3 domains" */
  plural: (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`,
  /** "Dana Whitfield (it@contoso-dental.example), Lee Park (lee@…)": who an invoice goes to */
  recipientList: (recipients: readonly { name: string; email: string }[]) => recipients.map((recipient) => `${recipient.name} (${recipient.email})`).join(', '),
};
