/**
 * The Add BES User form: a display name and an email address on the domain.
 * Pure: the domain and the addresses of its BES users are passed in.
 */
import { checkEmailField } from './contact-form';
import { emailDomain } from './email-address';
import { checkName } from './text-field';

/** What a BlackBerry handheld shows in its address book and on the server's user list. */
export const MAX_DISPLAY_NAME_LENGTH = 64;

export interface BesUserDetails {
  readonly displayName: string;
  readonly email: string;
}

export type BesUserField = keyof BesUserDetails;
export type BesUserForm = Readonly<Partial<Record<BesUserField, unknown>>>;
export type BesUserCheck =
  | { readonly ok: true; readonly details: BesUserDetails }
  | { readonly ok: false; readonly errors: Readonly<Partial<Record<BesUserField, string>>> };

export function checkBesUser(form: BesUserForm, domain: string, emailsInUse: readonly string[]): BesUserCheck {
  const errors: Partial<Record<BesUserField, string>> = {};
  const displayName = checkName(form.displayName, { label: 'display name', max: MAX_DISPLAY_NAME_LENGTH });
  if (!displayName.ok) errors.displayName = displayName.message;
  let email = checkEmailField(form.email, emailsInUse, `This email address already has a BES user on ${domain}.`);
  // A BES user reads the domain's own mail: an address elsewhere has no mailbox here to connect.
  if (email.ok && emailDomain(email.value) !== domain.toLowerCase()) {
    email = { ok: false, message: `Enter an email address on ${domain}, such as name@${domain}.` };
  }
  if (!email.ok) errors.email = email.message;
  if (!displayName.ok || !email.ok) return { ok: false, errors };
  return { ok: true, details: { displayName: displayName.value, email: email.value } };
}
