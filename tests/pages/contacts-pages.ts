import type { Locator, Page } from '@playwright/test';

/** Billing › Contacts: the account's contacts, the primary one marked "Primary". */
export class ContactsPage {
  readonly heading: Locator;
  readonly addContactButton: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Contacts', exact: true, level: 1 });
    this.addContactButton = page.getByRole('link', { name: 'Add Contact', exact: true });
    this.rows = page.getByTestId('contact-row');
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

  /** "Invoices, Technical notices", or "None". */
  notificationsOf(name: string): Locator {
    return this.row(name).getByTestId('contact-notifications');
  }

  editLink(name: string): Locator {
    return this.row(name).getByRole('link', { name: 'Edit', exact: true });
  }

  deleteLink(name: string): Locator {
    return this.row(name).getByRole('link', { name: 'Delete', exact: true });
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
    this.addHeading = page.getByRole('heading', { name: 'Add Contact', exact: true, level: 1 });
    this.editHeading = page.getByRole('heading', { name: 'Edit Contact', exact: true, level: 1 });
    this.firstName = page.getByLabel('First name', { exact: true });
    this.lastName = page.getByLabel('Last name', { exact: true });
    this.emailAddress = page.getByLabel('Email address', { exact: true });
    this.phoneNumber = page.getByLabel('Phone number (optional)', { exact: true });
    this.emailNotifications = page.getByRole('group', { name: 'Email notifications', exact: true });
    this.invoices = this.emailNotifications.getByRole('checkbox', { name: 'Invoices', exact: true });
    this.serviceChanges = this.emailNotifications.getByRole('checkbox', { name: 'Service changes', exact: true });
    this.technicalNotices = this.emailNotifications.getByRole('checkbox', { name: 'Technical notices', exact: true });
    this.saveContactButton = page.getByRole('button', { name: 'Save Contact', exact: true });
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
    this.heading = page.getByRole('heading', { name: 'Delete Contact', exact: true, level: 1 });
    this.deleteContactButton = page.getByRole('button', { name: 'Delete Contact', exact: true });
    this.refusal = page.getByTestId('delete-refused');
  }
}
