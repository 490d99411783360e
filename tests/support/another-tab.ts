/**
 * What a customer does in a second tab of the same browser (sharing its
 * cookies), e.g. logging out, before coming back to the first.
 */
import type { Page } from '@playwright/test';

export async function inAnotherTab(page: Page, act: (tab: Page) => Promise<void>): Promise<void> {
  const tab = await page.context().newPage();
  await tab.goto('/home');
  await act(tab);
  // Back to the first tab, as the customer is. Left in the background it gets no animation frames, which
  // Playwright's waiting for an element relies on: about one run in eight then hung until the test timed out.
  await page.bringToFront();
  await tab.close();
}
