import type { Locator, Page } from '@playwright/test';
import { byRole } from './role-locators';

/** Management Actions › BES Users: a domain's BlackBerry users, their status and the licences left. */
export class BesUsersPage {
  readonly heading: Locator;
  readonly addBesUserButton: Locator;
  readonly licenceTotal: Locator;
  readonly licencesInUse: Locator;
  readonly licencesAvailable: Locator;
  readonly rows: Locator;
  /** "… has 1 BES user licence and it is in use …", with a link to Upgrade/Downgrade Options */
  readonly noLicenceLeft: Locator;

  constructor(readonly page: Page) {
    this.heading = byRole(page, 'heading', 'BES Users', { level: 1 });
    this.addBesUserButton = byRole(page, 'link', 'Add BES User');
    this.licenceTotal = page.getByTestId('bes-licence-total');
    this.licencesInUse = page.getByTestId('bes-licences-in-use');
    this.licencesAvailable = page.getByTestId('bes-licences-available');
    this.rows = page.getByTestId('bes-user-row');
    this.noLicenceLeft = page.getByTestId('no-licence-left');
  }

  async open(domain: string): Promise<void> {
    await this.page.goto(`/services/${domain}/bes-users`);
  }

  row(displayName: string): Locator {
    return this.rows.filter({ has: byRole(this.page, 'rowheader', displayName) });
  }

  /** "Not activated", "Activation pending" or "Activation expired". */
  status(displayName: string): Locator {
    return this.row(displayName).getByTestId('bes-user-status');
  }

  /** "Password valid until November 28, 2026 at 15:00 UTC" (or when it expired). */
  activationExpiry(displayName: string): Locator {
    return this.row(displayName).getByTestId('activation-expires');
  }

  generateActivationPasswordButton(displayName: string): Locator {
    return byRole(this.row(displayName), 'button', 'Generate Activation Password', { within: `the row of ${displayName}` });
  }

  removeLink(displayName: string): Locator {
    return byRole(this.row(displayName), 'link', 'Remove', { within: `the row of ${displayName}` });
  }
}

/** Add BES User: a display name and an email address on the domain. */
export class AddBesUserPage {
  readonly heading: Locator;
  readonly displayName: Locator;
  readonly emailAddress: Locator;
  readonly addBesUserButton: Locator;
  readonly formError: Locator;
  readonly noLicenceLeft: Locator;

  constructor(readonly page: Page) {
    this.heading = byRole(page, 'heading', 'Add BES User', { level: 1 });
    this.displayName = byRole(page, 'textbox', 'Display name');
    this.emailAddress = byRole(page, 'textbox', 'Email address');
    this.addBesUserButton = byRole(page, 'button', 'Add BES User');
    this.formError = page.getByRole('alert');
    this.noLicenceLeft = page.getByTestId('no-licence-left');
  }

  async open(domain: string): Promise<void> {
    await this.page.goto(`/services/${domain}/bes-users/new`);
  }

  async addBesUser(displayName: string, email: string): Promise<void> {
    await this.displayName.fill(displayName);
    await this.emailAddress.fill(email);
    await this.addBesUserButton.click();
  }
}

/** The one time an activation password is shown. Mask `password` in any screenshot. */
export class ActivationPasswordPage {
  readonly heading: Locator;
  readonly password: Locator;
  readonly status: Locator;
  readonly validUntil: Locator;
  readonly backToBesUsers: Locator;

  constructor(readonly page: Page) {
    this.heading = byRole(page, 'heading', 'Activation Password', { level: 1 });
    this.password = page.getByTestId('activation-password');
    this.status = page.getByTestId('bes-user-status');
    this.validUntil = page.getByTestId('activation-expires');
    this.backToBesUsers = byRole(page, 'link', 'Back to BES Users');
  }
}

/** The step that asks before a BES user is removed. */
export class RemoveBesUserPage {
  readonly heading: Locator;
  readonly removeBesUserButton: Locator;

  constructor(readonly page: Page) {
    this.heading = byRole(page, 'heading', 'Remove BES User', { level: 1 });
    this.removeBesUserButton = byRole(page, 'button', 'Remove BES User');
  }
}
