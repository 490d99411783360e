/**
 * The forms of Billing › Contacts, BES Users and CRM Organizations as the
 * HTTP specs post them. They only drive the forms; assertions stay in the specs.
 */
import type { APIResponse } from '@playwright/test';
import type { PortalClient } from '../support/portal-client';

export type Fields = Record<string, string | string[]>;

/** Lee Park, receiving invoices: a contact the Add Contact form accepts. */
export const LEE_PARK: Fields = { firstName: 'Lee', lastName: 'Park', email: 'lee.park@contoso-dental.example', phone: '+1 206 555 0199', notifications: 'invoices' };

export const ALEX_KIM: Fields = { displayName: 'Alex Kim', email: 'alex.kim@contoso-dental.com' };

/** Fabrikam's organization, as the CRM guide creates it. */
export const FABRIKAM_ORGANIZATION: Fields = { name: 'Fabrikam Law', uniqueName: 'fabrikamlaw', baseCurrency: 'USD', language: 'en' };

export function postNewContact(client: PortalClient, fields: Fields = LEE_PARK): Promise<APIResponse> {
  return client.postForm('/billing/contacts/new', fields);
}

/** Adds a contact and returns its id, read from the list; throws with the status when it was refused. */
export async function addContact(client: PortalClient, fields: Fields = LEE_PARK): Promise<string> {
  const response = await postNewContact(client, fields);
  if (response.status() !== 303) throw new Error(`Add Contact answered ${response.status()}`);
  const list = await (await client.request.get('/billing/contacts')).text();
  const id = new RegExp(`data-contact="(\\d+)">\\s*<th scope="row"><span>${fields.firstName} ${fields.lastName}</span>`).exec(list)?.[1];
  if (!id) throw new Error(`${fields.firstName} ${fields.lastName} is not on the Contacts list`);
  return id;
}

export function postNewBesUser(client: PortalClient, domain: string, fields: Fields = ALEX_KIM, options: { csrfFrom?: string } = {}): Promise<APIResponse> {
  return client.postForm(`/services/${domain}/bes-users/new`, fields, options);
}

export function postNewOrganization(client: PortalClient, domain: string, fields: Fields = FABRIKAM_ORGANIZATION, options: { csrfFrom?: string } = {}): Promise<APIResponse> {
  return client.postForm(`/services/${domain}/crm-organizations/new`, fields, options);
}
