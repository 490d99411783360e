/**
 * Billing › Contacts: the people the portal emails about the account, in the
 * customer's words (add, save, delete a contact). No HTTP here; handlers call these.
 */
import { checkContact, contactName, noInvoiceRecipient, receivesInvoices, type ContactField, type ContactForm } from './domain/contact-form';
import type { Account, Contact, InvoiceRecipient, PortalStore } from './store';

export type ContactChange =
  | { readonly ok: true; readonly contact: Contact }
  | { readonly ok: false; readonly errors: Readonly<Partial<Record<ContactField, string>>> };

export type ContactRemoval = { readonly ok: true } | { readonly ok: false; readonly message: string };

export const NO_INVOICE_RECIPIENT =
  'Invoices must go to at least one contact. Keep Invoices ticked here, or tick it for another contact first.';

export function primaryContactCannotBeDeleted(contact: Contact): string {
  return `${contactName(contact)} is the primary contact: the account holder, who signs in and is responsible for the account. The primary contact cannot be deleted, but you can edit their details.`;
}

/** Who invoices are emailed to now: every contact with Invoices ticked, the primary contact first. */
export function invoiceRecipients(store: PortalStore, accountId: string): InvoiceRecipient[] {
  return store.contactsOf(accountId).filter(receivesInvoices).map((contact) => ({ name: contactName(contact), email: contact.email }));
}

export function addContact(store: PortalStore, account: Account, form: ContactForm): ContactChange {
  const check = checkContact(form, store.contactsOf(account.id).map((contact) => contact.email));
  if (!check.ok) return check;
  return { ok: true, contact: store.addContact({ ...check.details, accountId: account.id, primary: false }) };
}

export function saveContact(store: PortalStore, account: Account, contact: Contact, form: ContactForm): ContactChange {
  const others = store.contactsOf(account.id).filter((other) => other.id !== contact.id);
  const check = checkContact(form, others.map((other) => other.email));
  if (!check.ok) return check;
  if (noInvoiceRecipient([...others, check.details])) return { ok: false, errors: { notifications: NO_INVOICE_RECIPIENT } };
  const saved: Contact = { ...contact, ...check.details };
  store.contacts.set(contact.id, saved);
  // The primary contact is the account holder shown at checkout: keep those details one and the same.
  if (saved.primary) account.contact = { ...account.contact, name: contactName(saved), email: saved.email, phone: saved.phone };
  return { ok: true, contact: saved };
}

/** Why this contact cannot be deleted, or null when it can. */
export function deletionRefusal(store: PortalStore, contact: Contact): string | null {
  if (contact.primary) return primaryContactCannotBeDeleted(contact);
  const others = store.contactsOf(contact.accountId).filter((other) => other.id !== contact.id);
  if (noInvoiceRecipient(others)) {
    const name = contactName(contact);
    return `${name} is the only contact who receives invoices, and invoices must go to someone. Tick Invoices for another contact first, then delete ${name}.`;
  }
  return null;
}

export function deleteContact(store: PortalStore, contact: Contact): ContactRemoval {
  const refusal = deletionRefusal(store, contact);
  if (refusal) return { ok: false, message: refusal };
  store.contacts.delete(contact.id);
  return { ok: true };
}
