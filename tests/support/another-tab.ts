/**
 * What a customer does in a second tab of the same browser (sharing its
 * cookies), e.g. logging out, before coming back to the first.
 */
import type { Page } from '@playwright/test';
import { LOG_IN_URL, LoginPage, TopNavigation } from '../pages';
import { expect } from './test';

/**
 * `act` must end on what the customer sees once it is done there, as
 * logOutThere and logInThere do. A click does not wait for the page it leads
 * to, and closing a tab whose navigation is still in flight races Chromium's
 * commit of it: Chromium may acknowledge the close and keep the tab
 * (Playwright issue 42366). The first tab's next action then hung until the
 * test timed out, twice in some 3,000 runs, while every run closed its tab
 * mid-navigation (still on /home after Log Out, on /login after Log In).
 */
export async function inAnotherTab(page: Page, act: (tab: Page) => Promise<void>): Promise<void> {
  const tab = await page.context().newPage();
  await tab.goto('/home');
  await act(tab);
  // Back to the first tab, as the customer is. Left in the background it gets no animation frames, which
  // Playwright's waiting for an element relies on: about one run in eight then hung until the test timed out.
  await page.bringToFront();
  await tab.close();
}

/** Log Out in `tab`: done when its Log In page says so. */
export async function logOutThere(tab: Page): Promise<void> {
  await new TopNavigation(tab).selectLogOut();
  await expect(new LoginPage(tab).notice, 'logged out in the other tab').toHaveText('You have logged out.');
}

/** Log In in `tab` through the form: done when the portal has let the customer in and the page it leads to has loaded. */
export async function logInThere(tab: Page, credentials: { readonly email: string; readonly password: string }): Promise<void> {
  await new LoginPage(tab).logIn(credentials.email, credentials.password);
  await expect(tab, 'logged in again in the other tab').not.toHaveURL(LOG_IN_URL);
  await tab.waitForLoadState();
}
