import type { Locator, Page } from '@playwright/test';

/** Steps 1–2: the account management site's login page. */
export class LoginPage {
  readonly heading: Locator;
  readonly emailAddress: Locator;
  readonly password: Locator;
  readonly logInButton: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Log In', exact: true });
    this.emailAddress = page.getByLabel('Email address', { exact: true });
    this.password = page.getByLabel('Password', { exact: true });
    this.logInButton = page.getByRole('button', { name: 'Log In', exact: true });
    this.error = page.getByRole('alert');
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
