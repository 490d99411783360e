/**
 * The menus (Services, Billing, Management Actions, and the phone's Menu)
 * used with the keyboard only, as the WAI-ARIA disclosure-navigation pattern
 * describes: Enter or Space opens, Escape closes and returns focus to the
 * button, focus leaving a menu closes it, a click outside closes it, the arrow
 * keys move between the items, and the focus ring is always visible.
 */
import type { Locator, Page } from '@playwright/test';
import { contosoDental } from '../../fixtures/accounts';
import { expect, test } from '../support/test';

/** More Tab presses than any page here needs to reach its menus. */
const MAX_TABS = 25;

/** Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, what: string, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let presses = 0; presses < MAX_TABS; presses++) {
    await page.keyboard.press(key);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${what} was not reached with ${MAX_TABS} presses of Tab`);
}

/** The focused element shows a ring: an outline at least 2 px wide, not transparent. */
async function expectFocusRing(target: Locator, what: string): Promise<void> {
  await expect(target, `${what} has the focus`).toBeFocused();
  await expect(target, `${what} is visible`).toBeVisible();
  const outline = await target.evaluate((element) => {
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor };
  });
  expect(outline.style, `${what}'s focus ring`).not.toBe('none');
  expect(outline.width, `${what}'s focus ring width`).toBeGreaterThanOrEqual(2);
  expect(outline.color, `${what}'s focus ring colour`).not.toMatch(/rgba\(.*, 0\)$|transparent/);
}

test.describe('The top menus with the keyboard only', { tag: '@mock' }, () => {
  test('Billing, Enter, Tab, Tab, Escape: the menu closes, focus returns to Billing, and Enter opens it again instead of following a hidden link', async ({ loggedIn: page, pages }) => {
    await tabTo(page, pages.nav.billing, 'Billing');
    await page.keyboard.press('Enter');
    await expect(pages.nav.billing).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expectFocusRing(pages.nav.billingControlPanel, 'Billing Control Panel');
    await page.keyboard.press('Tab');
    await expectFocusRing(pages.nav.invoices, 'Invoices');

    await page.keyboard.press('Escape');
    await expect(pages.nav.invoices, 'Escape hides the menu').toBeHidden();
    await expect(pages.nav.billing).toHaveAttribute('aria-expanded', 'false');
    await expectFocusRing(pages.nav.billing, 'Billing, after Escape');

    await page.keyboard.press('Enter');
    await expect(page, 'Enter did not follow the hidden Invoices link').toHaveURL(/\/home$/);
    await expect(pages.nav.invoices, 'Enter on Billing opens the menu again').toBeVisible();
  });

  test('Tab out of an open menu closes it, and Shift+Tab back to its button keeps it open', async ({ loggedIn: page, pages }) => {
    await tabTo(page, pages.nav.services, 'Services');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expectFocusRing(pages.nav.myServices, 'My Services');
    await page.keyboard.press('Shift+Tab');
    await expectFocusRing(pages.nav.services, 'Services');
    await expect(pages.nav.myServices, 'focus on its own button keeps the menu open').toBeVisible();

    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expectFocusRing(pages.nav.billing, 'Billing, after tabbing out of Services');
    await expect(pages.nav.myServices, 'focus left the Services menu, so it closed').toBeHidden();
    await expect(pages.nav.services).toHaveAttribute('aria-expanded', 'false');
  });

  test('the arrow keys, Home and End move between the items; Enter follows the one with the focus', async ({ loggedIn: page, pages }) => {
    await tabTo(page, pages.nav.billing, 'Billing');
    await page.keyboard.press('ArrowDown');
    await expect(pages.nav.billing, 'Down Arrow on a closed menu opens it').toHaveAttribute('aria-expanded', 'true');
    await expectFocusRing(pages.nav.billingControlPanel, 'Billing Control Panel (first item)');
    await page.keyboard.press('ArrowDown');
    await expectFocusRing(pages.nav.invoices, 'Invoices (next item)');
    await page.keyboard.press('ArrowDown');
    await expectFocusRing(pages.nav.contacts, 'Contacts (next item, the last)');
    await page.keyboard.press('ArrowDown');
    await expectFocusRing(pages.nav.billingControlPanel, 'Billing Control Panel (wrapped to the first)');
    await page.keyboard.press('ArrowUp');
    await expectFocusRing(pages.nav.contacts, 'Contacts (Up Arrow wraps to the last)');
    await page.keyboard.press('Home');
    await expectFocusRing(pages.nav.billingControlPanel, 'Billing Control Panel (Home)');
    await page.keyboard.press('End');
    await expectFocusRing(pages.nav.contacts, 'Contacts (End)');
    await page.keyboard.press('ArrowUp');
    await expectFocusRing(pages.nav.invoices, 'Invoices (Up Arrow from the last)');
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled, 'the arrow keys moved the focus, not the page').toBe(0);

    await page.keyboard.press('Enter');
    await expect(pages.invoices.heading).toBeVisible();
  });

  test('a click outside an open menu closes it, also where a click does not focus the button (Safari)', async ({ loggedIn: page, pages }) => {
    await pages.nav.openServicesMenu();
    await expect(pages.nav.myServices).toBeVisible();
    await page.getByRole('contentinfo').click(); // the footer: nowhere near an open menu
    await expect(pages.nav.myServices).toBeHidden();
    await expect(pages.nav.services).toHaveAttribute('aria-expanded', 'false');

    // Safari does not focus a button it clicks: no focus leaves the menu, only the click outside can close it.
    await pages.nav.billing.dispatchEvent('click');
    await expect(pages.nav.invoices).toBeVisible();
    await expect(pages.nav.billing).not.toBeFocused();
    await page.getByRole('contentinfo').click(); // the footer: nowhere near an open menu
    await expect(pages.nav.invoices).toBeHidden();
    await expect(pages.nav.billing).toHaveAttribute('aria-expanded', 'false');
  });
});

test.describe('Management Actions with the keyboard only', { tag: '@mock' }, () => {
  const domain = contosoDental.domains[0].name;

  test('Enter opens it, Down Arrow reaches Upgrade/Downgrade Options, Escape closes it back onto its button, Tab away closes it', async ({ loggedIn: page, pages }) => {
    await pages.domainDetails.open(domain);
    await tabTo(page, pages.domainDetails.managementActions, 'Management Actions');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await expectFocusRing(pages.domainDetails.upgradeDowngradeOptions, 'Upgrade/Downgrade Options');
    await page.keyboard.press('Escape');
    await expect(pages.domainDetails.upgradeDowngradeOptions).toBeHidden();
    await expectFocusRing(pages.domainDetails.managementActions, 'Management Actions, after Escape');

    await page.keyboard.press('Space');
    await expect(pages.domainDetails.upgradeDowngradeOptions, 'Space opens it too').toBeVisible();
    // Tab through every item (Upgrade/Downgrade Options, BES Users, CRM Organizations, Billing Control Panel), then once more out of the menu.
    const items = await page.locator('#management-actions').getByRole('link').count();
    expect(items).toBe(4);
    for (let press = 0; press <= items; press++) await page.keyboard.press('Tab');
    await expect(pages.domainDetails.upgradeDowngradeOptions, 'focus left the menu, so it closed').toBeHidden();
    await expect(pages.domainDetails.managementActions).toHaveAttribute('aria-expanded', 'false');

    await tabTo(page, pages.domainDetails.managementActions, 'Management Actions', 'Shift+Tab');
    await expectFocusRing(pages.domainDetails.managementActions, 'Management Actions');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(pages.upgradeDowngrade.heading).toBeVisible();
  });
});

test.describe('The phone\'s Menu button with the keyboard only', { tag: '@mock' }, () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('Enter opens the top bar; Escape closes a submenu, then the bar, each time back onto its button; Tab out of the bar closes it', async ({ loggedIn: page, pages }) => {
    await expect(pages.nav.services, 'the menus are folded away on a phone').toBeHidden();
    await tabTo(page, pages.nav.menu, 'Menu');
    await expect(pages.nav.menu).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await expect(pages.nav.menu).toHaveAttribute('aria-expanded', 'true');
    await tabTo(page, pages.nav.services, 'Services');
    await page.keyboard.press('ArrowDown');
    await expectFocusRing(pages.nav.myServices, 'My Services');

    await page.keyboard.press('Escape');
    await expect(pages.nav.myServices).toBeHidden();
    await expectFocusRing(pages.nav.services, 'Services, after Escape');
    await page.keyboard.press('Escape');
    await expect(pages.nav.services, 'a second Escape folds the bar').toBeHidden();
    await expectFocusRing(pages.nav.menu, 'Menu, after the second Escape');

    await page.keyboard.press('Enter');
    await tabTo(page, pages.nav.logOut, 'Log Out');
    await page.keyboard.press('Tab');
    await expect(pages.nav.logOut, 'focus left the bar, so it folded').toBeHidden();
    await expect(pages.nav.menu).toHaveAttribute('aria-expanded', 'false');
  });
});
