import type { Locator, Page } from '@playwright/test';
import { byLabel, byRole } from './role-locators';

/** The Log In page's address, with or without a query: a customer still (or again) on it is not signed in. */
export const LOG_IN_URL = /\/login(\?|$)/;

/** Steps 1–2: the account management site's login page. */
export class LoginPage {
  readonly heading: Locator;
  readonly emailAddress: Locator;
  readonly password: Locator;
  readonly logInButton: Locator;
  readonly error: Locator;
  /** what the page says above the form, e.g. "You have logged out." */
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.heading = byRole(page, 'heading', 'Log In');
    this.emailAddress = byRole(page, 'textbox', 'Email address');
    // A password input has no role; its label finds it.
    this.password = byLabel(page, 'Password');
    this.logInButton = byRole(page, 'button', 'Log In');
    this.error = page.getByRole('alert');
    this.notice = page.getByRole('status');
  }

  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
  }

  async fillCredentials(email: string, password: string): Promise<void> {
    await this.emailAddress.fill(email);
    await this.password.fill(password);
  }

  async logIn(email: string, password: string): Promise<void> {
    await this.fillCredentials(email, password);
    await this.logInButton.click();
  }
}
