import type { Locator, Page } from '@playwright/test';
import { byRole } from './role-locators';

/** The account home page, where a customer lands after Log In. */
export class HomePage {
  /** "Welcome back, <the account holder's name>" (personal data: guides mask it) */
  readonly welcome: Locator;
  /** "This is the account home page for <the company>." (personal data: guides mask it) */
  readonly accountIntro: Locator;

  constructor(readonly page: Page) {
    this.welcome = byRole(page, 'heading', /^Welcome back, /, { level: 1 });
    // A lead paragraph has no role of its own: found by its fixed opening words.
    this.accountIntro = page.getByText(/^This is the account home page for /);
  }
}
