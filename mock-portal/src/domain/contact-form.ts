/**
 * The Add Contact / Edit Contact form (Billing › Contacts): what a contact
 * may be, checked field by field so every message is shown beside its field.
 * Pure: the addresses already used on the account are passed in.
 */
import { isEmailAddress, MAX_EMAIL_LENGTH, sameEmailAddress } from './email-address';
import { checkName, fieldText } from './text-field';

/** The Email notifications a contact can receive, in the form's order and words. */
export const EMAIL_NOTIFICATIONS = [
  { id: 'invoices', label: 'Invoices' },
  { id: 'service-changes', label: 'Service changes' },
  { id: 'technical-notices', label: 'Technical notices' },
] as const;

export type EmailNotification = (typeof EMAIL_NOTIFICATIONS)[number]['id'];

/** Generous for any real name, short enough for an invoice's address block. */
export const MAX_NAME_LENGTH = 50;
export const MAX_PHONE_LENGTH = 30;
/** E.164 allows at most 15 digits; fewer than 7 is no phone number anywhere. */
export const MIN_PHONE_DIGITS = 7;
export const MAX_PHONE_DIGITS = 15;

export interface ContactDetails {
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  /** empty when none was given */
  readonly phone: string;
  readonly notifications: readonly EmailNotification[];
}

export type ContactField = keyof ContactDetails;

/** The form as posted: each field as the body parser gave it. */
export type ContactForm = Readonly<Partial<Record<ContactField, unknown>>>;

export type ContactCheck =
  | { readonly ok: true; readonly details: ContactDetails }
  | { readonly ok: false; readonly errors: Readonly<Partial<Record<ContactField, string>>> };

export const PHONE_CHARACTERS_MESSAGE = 'Enter the phone number with digits, spaces and + ( ) - only.';

export function checkEmailField(raw: unknown, emailsInUse: readonly string[], inUseMessage: string): { ok: true; value: string } | { ok: false; message: string } {
  const email = fieldText(raw);
  if (email === null) return { ok: false, message: 'Enter one email address.' };
  if (email === '') return { ok: false, message: 'Enter the email address.' };
  if (email.length > MAX_EMAIL_LENGTH) return { ok: false, message: `The email address can be at most ${MAX_EMAIL_LENGTH} characters.` };
  if (!isEmailAddress(email)) return { ok: false, message: 'Enter an email address in the form name@example.com.' };
  if (emailsInUse.some((used) => sameEmailAddress(used, email))) return { ok: false, message: inUseMessage };
  return { ok: true, value: email };
}

export function checkPhone(raw: unknown): { ok: true; value: string } | { ok: false; message: string } {
  const phone = fieldText(raw);
  if (phone === null) return { ok: false, message: 'Enter one phone number, or leave it empty.' };
  if (phone === '') return { ok: true, value: '' };
  if (!/^[0-9 +()-]+$/.test(phone)) return { ok: false, message: PHONE_CHARACTERS_MESSAGE };
  if (phone.length > MAX_PHONE_LENGTH) return { ok: false, message: `The phone number can be at most ${MAX_PHONE_LENGTH} characters.` };
  const digits = phone.replace(/[^0-9]/g, '').length;
  if (digits < MIN_PHONE_DIGITS || digits > MAX_PHONE_DIGITS) {
    return { ok: false, message: `Enter a phone number of ${MIN_PHONE_DIGITS} to ${MAX_PHONE_DIGITS} digits, with the country code if it is outside the US.` };
  }
  return { ok: true, value: phone };
}

/** Checkboxes post nothing (none ticked), one value, or several; anything else was not sent by the form. */
export function checkNotifications(raw: unknown): { ok: true; value: EmailNotification[] } | { ok: false; message: string } {
  const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  const known = new Set<unknown>(EMAIL_NOTIFICATIONS.map((notification) => notification.id));
  if (!values.every((value) => known.has(value))) return { ok: false, message: 'Choose email notifications from the list.' };
  // In the form's order, each once, whatever order or repetition the request had.
  return { ok: true, value: EMAIL_NOTIFICATIONS.map((notification) => notification.id).filter((id) => values.includes(id)) };
}

/**
 * Checks every field of the form. `emailsInUse` are the addresses of the
 * account's other contacts (not the one being edited).
 */
export function checkContact(form: ContactForm, emailsInUse: readonly string[]): ContactCheck {
  const errors: Partial<Record<ContactField, string>> = {};
  const firstName = checkName(form.firstName, { label: 'first name', max: MAX_NAME_LENGTH });
  if (!firstName.ok) errors.firstName = firstName.message;
  const lastName = checkName(form.lastName, { label: 'last name', max: MAX_NAME_LENGTH });
  if (!lastName.ok) errors.lastName = lastName.message;
  const email = checkEmailField(form.email, emailsInUse, 'Another contact on this account already has this email address. Each contact needs their own.');
  if (!email.ok) errors.email = email.message;
  const phone = checkPhone(form.phone);
  if (!phone.ok) errors.phone = phone.message;
  const notifications = checkNotifications(form.notifications);
  if (!notifications.ok) errors.notifications = notifications.message;
  if (!firstName.ok || !lastName.ok || !email.ok || !phone.ok || !notifications.ok) return { ok: false, errors };
  return {
    ok: true,
    details: { firstName: firstName.value, lastName: lastName.value, email: email.value, phone: phone.value, notifications: notifications.value },
  };
}

/** "Dana Whitfield": how a contact is named on every page. */
export function contactName(contact: Pick<ContactDetails, 'firstName' | 'lastName'>): string {
  return `${contact.firstName} ${contact.lastName}`;
}

export function receivesInvoices(contact: Pick<ContactDetails, 'notifications'>): boolean {
  return contact.notifications.includes('invoices');
}

/**
 * Invoices must reach someone. True when, after a change, no contact of the
 * account would receive them: that change is refused.
 */
export function noInvoiceRecipient(contactsAfterChange: readonly Pick<ContactDetails, 'notifications'>[]): boolean {
  return !contactsAfterChange.some(receivesInvoices);
}
