import type { Locator, Page } from '@playwright/test';
import { byRole } from './role-locators';

/** Billing › Contacts: the account's contacts, the primary one marked "Primary". */
export class ContactsPage {
  readonly heading: Locator;
  readonly addContactButton: Locator;
  readonly rows: Locator;
  /** "Lee Park was added to your contacts." after Save Contact (it names the contact: guides mask it) */
  readonly notice: Locator;
  readonly everyName: Locator;
  readonly everyEmail: Locator;
  readonly everyPhone: Locator;
  /** The "Primary" mark of the account holder's row. */
  readonly primaryMark: Locator;

  constructor(readonly page: Page) {
    this.heading = byRole(page, 'heading', 'Contacts', { level: 1 });
    this.addContactButton = byRole(page, 'link', 'Add Contact');
    this.rows = page.getByTestId('contact-row');
    this.notice = page.getByRole('status');
    // Every contact's details, whoever they are: what a guide masks on any account, the mock's or a deployment's.
    this.everyName = this.rows.getByRole('rowheader').locator(':scope > span:not(.badge)');
    this.everyEmail = this.rows.locator(':scope > td[data-label="Email address"]');
    this.everyPhone = this.rows.locator(':scope > td[data-label="Phone number"]');
    this.primaryMark = this.rows.getByTestId('primary-badge');
  }

  async open(): Promise<void> {
    await this.page.goto('/billing/contacts');
  }

  /** The row of the contact named "First Last". */
  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('rowheader').getByText(name, { exact: true }) });
  }

  primaryBadge(name: string): Locator {
    return this.row(name).getByText('Primary', { exact: true });
  }

  /** The contact's name as listed, without the Primary badge (personal data: guides mask it). */
  nameOf(name: string): Locator {
    return this.row(name).getByRole('rowheader').getByText(name, { exact: true });
  }

  /** The contact's email address and phone number as listed (personal data: guides mask them). */
  emailOf(name: string): Locator {
    return this.row(name).getByRole('cell').nth(0);
  }

  phoneOf(name: string): Locator {
    return this.row(name).getByRole('cell').nth(1);
  }

  /** "Invoices, Technical notices", or "None". */
  notificationsOf(name: string): Locator {
    return this.row(name).getByTestId('contact-notifications');
  }

  editLink(name: string): Locator {
    return byRole(this.row(name), 'link', 'Edit', { within: `the row of ${name}` });
  }

  deleteLink(name: string): Locator {
    return byRole(this.row(name), 'link', 'Delete', { within: `the row of ${name}` });
  }
}

export interface ContactDetailsTyped {
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  readonly phone?: string;
  readonly notifications?: readonly ('Invoices' | 'Service changes' | 'Technical notices')[];
}

/** Add Contact and Edit Contact: one form, saved with Save Contact. */
export class ContactFormPage {
  readonly addHeading: Locator;
  readonly editHeading: Locator;
  readonly firstName: Locator;
  readonly lastName: Locator;
  readonly emailAddress: Locator;
  readonly phoneNumber: Locator;
  readonly emailNotifications: Locator;
  readonly invoices: Locator;
  readonly serviceChanges: Locator;
  readonly technicalNotices: Locator;
  readonly saveContactButton: Locator;
  readonly formError: Locator;

  constructor(readonly page: Page) {
    this.addHeading = byRole(page, 'heading', 'Add Contact', { level: 1 });
    this.editHeading = byRole(page, 'heading', 'Edit Contact', { level: 1 });
    this.firstName = byRole(page, 'textbox', 'First name');
    this.lastName = byRole(page, 'textbox', 'Last name');
    this.emailAddress = byRole(page, 'textbox', 'Email address');
    this.phoneNumber = byRole(page, 'textbox', 'Phone number (optional)');
    this.emailNotifications = byRole(page, 'group', 'Email notifications');
    this.invoices = byRole(this.emailNotifications, 'checkbox', 'Invoices', { within: 'Email notifications' });
    this.serviceChanges = byRole(this.emailNotifications, 'checkbox', 'Service changes', { within: 'Email notifications' });
    this.technicalNotices = byRole(this.emailNotifications, 'checkbox', 'Technical notices', { within: 'Email notifications' });
    this.saveContactButton = byRole(page, 'button', 'Save Contact');
    this.formError = page.getByRole('alert');
  }

  async openNew(): Promise<void> {
    await this.page.goto('/billing/contacts/new');
  }

  async fill(contact: ContactDetailsTyped): Promise<void> {
    await this.firstName.fill(contact.firstName);
    await this.lastName.fill(contact.lastName);
    await this.emailAddress.fill(contact.email);
    await this.phoneNumber.fill(contact.phone ?? '');
    const ticked = new Set(contact.notifications ?? []);
    await this.invoices.setChecked(ticked.has('Invoices'));
    await this.serviceChanges.setChecked(ticked.has('Service changes'));
    await this.technicalNotices.setChecked(ticked.has('Technical notices'));
  }

  async saveContact(): Promise<void> {
    await this.saveContactButton.click();
  }
}

/** The step that asks before a contact is deleted, or says why it cannot be. */
export class DeleteContactPage {
  readonly heading: Locator;
  readonly deleteContactButton: Locator;
  readonly refusal: Locator;

  constructor(readonly page: Page) {
    this.heading = byRole(page, 'heading', 'Delete Contact', { level: 1 });
    this.deleteContactButton = byRole(page, 'button', 'Delete Contact');
    this.refusal = page.getByTestId('delete-refused');
  }
}
