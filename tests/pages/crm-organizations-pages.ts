import type { Locator, Page } from '@playwright/test';
import { byRole } from './role-locators';

/** Management Actions › CRM Organizations: a domain's Dynamics CRM organizations and their status. */
export class CrmOrganizationsPage {
  readonly heading: Locator;
  readonly createOrganizationButton: Locator;
  readonly rows: Locator;
  /** shown instead of Create Organization when the domain has no Dynamics CRM user */
  readonly noCrmUsers: Locator;

  constructor(readonly page: Page) {
    this.heading = byRole(page, 'heading', 'CRM Organizations', { level: 1 });
    this.createOrganizationButton = byRole(page, 'link', 'Create Organization');
    this.rows = page.getByTestId('crm-organization-row');
    this.noCrmUsers = page.getByTestId('no-crm-users');
  }

  async open(domain: string): Promise<void> {
    await this.page.goto(`/services/${domain}/crm-organizations`);
  }

  row(organizationName: string): Locator {
    return this.rows.filter({ has: byRole(this.page, 'rowheader', organizationName) });
  }

  /** "Provisioning" or "Ready". */
  status(organizationName: string): Locator {
    return this.row(organizationName).getByTestId('crm-organization-status');
  }

  /** "Ready at about November 26, 2026 at 15:10 UTC", while provisioning. */
  readyAt(organizationName: string): Locator {
    return this.row(organizationName).getByTestId('crm-organization-ready-at');
  }

  /** "https://<unique name>.crm.example" */
  webAddress(organizationName: string): Locator {
    return this.row(organizationName).getByTestId('crm-organization-url');
  }
}

export interface OrganizationTyped {
  readonly name: string;
  readonly uniqueName: string;
  /** "USD", "EUR" or "GBP" */
  readonly baseCurrency?: string;
  /** the Language option's text, e.g. "English" */
  readonly language?: string;
}

/** Create Organization: name, unique name, base currency and language. */
export class CreateOrganizationPage {
  readonly heading: Locator;
  readonly organizationName: Locator;
  readonly uniqueName: Locator;
  readonly baseCurrency: Locator;
  readonly language: Locator;
  readonly createOrganizationButton: Locator;
  readonly formError: Locator;
  readonly noCrmUsers: Locator;

  constructor(readonly page: Page) {
    this.heading = byRole(page, 'heading', 'Create Organization', { level: 1 });
    this.organizationName = byRole(page, 'textbox', 'Organization name');
    this.uniqueName = byRole(page, 'textbox', 'Unique name');
    this.baseCurrency = byRole(page, 'combobox', 'Base currency');
    this.language = byRole(page, 'combobox', 'Language');
    this.createOrganizationButton = byRole(page, 'button', 'Create Organization');
    this.formError = page.getByRole('alert');
    this.noCrmUsers = page.getByTestId('no-crm-users');
  }

  async open(domain: string): Promise<void> {
    await this.page.goto(`/services/${domain}/crm-organizations/new`);
  }

  async fill(organization: OrganizationTyped): Promise<void> {
    await this.organizationName.fill(organization.name);
    await this.uniqueName.fill(organization.uniqueName);
    if (organization.baseCurrency) await this.baseCurrency.selectOption({ label: organization.baseCurrency });
    if (organization.language) await this.language.selectOption({ label: organization.language });
  }
}
