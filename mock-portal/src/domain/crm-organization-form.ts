/**
 * The Create Organization form (a domain's CRM Organizations): the
 * organization's name, its unique name (which becomes its web address), its
 * base currency and its language. Pure: the unique names already taken on the
 * portal are passed in.
 */
import { checkName, fieldText } from './text-field';

export const MAX_ORGANIZATION_NAME_LENGTH = 64;
export const MIN_UNIQUE_NAME_LENGTH = 3;
export const MAX_UNIQUE_NAME_LENGTH = 30;

export const BASE_CURRENCIES = ['USD', 'EUR', 'GBP'] as const;
export type BaseCurrency = (typeof BASE_CURRENCIES)[number];

/** The languages an organization can be provisioned in, as the Language select lists them. */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'French' },
  { code: 'de', name: 'German' },
  { code: 'es', name: 'Spanish' },
  { code: 'it', name: 'Italian' },
  { code: 'nl', name: 'Dutch' },
  { code: 'pt', name: 'Portuguese' },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export interface OrganizationDetails {
  readonly name: string;
  readonly uniqueName: string;
  readonly baseCurrency: BaseCurrency;
  readonly language: LanguageCode;
}

export type OrganizationField = keyof OrganizationDetails;
export type OrganizationForm = Readonly<Partial<Record<OrganizationField, unknown>>>;
export type OrganizationCheck =
  | { readonly ok: true; readonly details: OrganizationDetails }
  | { readonly ok: false; readonly errors: Readonly<Partial<Record<OrganizationField, string>>> };

/** Where an organization is reached: https://<unique name>.crm.example */
export function organizationUrl(uniqueName: string): string {
  return `https://${uniqueName}.crm.example`;
}

/** Lowercase letters and digits, 3 to 30, not taken by any organization on the portal. */
export function checkUniqueName(raw: unknown, taken: readonly string[]): { ok: true; value: string } | { ok: false; message: string } {
  const text = fieldText(raw);
  if (text === null) return { ok: false, message: 'Enter one unique name.' };
  if (text === '') return { ok: false, message: 'Enter a unique name.' };
  if (!/^[a-z0-9]+$/.test(text)) return { ok: false, message: 'Use lowercase letters a–z and digits 0–9 only, with no spaces or other characters.' };
  if (text.length < MIN_UNIQUE_NAME_LENGTH || text.length > MAX_UNIQUE_NAME_LENGTH) {
    return { ok: false, message: `The unique name must be ${MIN_UNIQUE_NAME_LENGTH} to ${MAX_UNIQUE_NAME_LENGTH} characters long.` };
  }
  if (taken.includes(text)) return { ok: false, message: `The unique name "${text}" is already taken: ${organizationUrl(text)} exists. Choose another.` };
  return { ok: true, value: text };
}

/** One of the select's values; a missing, repeated (an array) or unknown value is none. */
function oneOf<T extends string>(raw: unknown, allowed: readonly T[]): T | null {
  return (allowed as readonly unknown[]).includes(raw) ? (raw as T) : null;
}

export function checkOrganization(form: OrganizationForm, takenUniqueNames: readonly string[]): OrganizationCheck {
  const errors: Partial<Record<OrganizationField, string>> = {};
  const name = checkName(form.name, { label: 'organization name', max: MAX_ORGANIZATION_NAME_LENGTH });
  if (!name.ok) errors.name = name.message;
  const uniqueName = checkUniqueName(form.uniqueName, takenUniqueNames);
  if (!uniqueName.ok) errors.uniqueName = uniqueName.message;
  const baseCurrency = oneOf(form.baseCurrency, BASE_CURRENCIES);
  if (!baseCurrency) errors.baseCurrency = `Choose a base currency: ${BASE_CURRENCIES.join(', ')}.`;
  const language = oneOf(form.language, LANGUAGES.map((language) => language.code));
  if (!language) errors.language = 'Choose a language from the list.';
  if (!name.ok || !uniqueName.ok || !baseCurrency || !language) return { ok: false, errors };
  return { ok: true, details: { name: name.value, uniqueName: uniqueName.value, baseCurrency, language } };
}

export function languageName(code: LanguageCode): string {
  return LANGUAGES.find((language) => language.code === code)!.name;
}
