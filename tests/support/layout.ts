/**
 * Layout checks for small screens: the page never scrolls sideways, and what
 * the customer acts on lies inside the screen's width, not cut off by the
 * window or by a box that scrolls. Vertical scrolling is fine: a phone page is
 * read top to bottom.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './test';

/** The phone sizes the portal is checked at: a common phone, and the narrowest one still sold (also 200% zoom on a 640 px window). */
export const PHONE_VIEWPORTS = [
  { name: 'phone 390×844', width: 390, height: 844 },
  { name: 'phone 320×640', width: 320, height: 640 },
] as const;

/** The document is no wider than the viewport, so nothing hides to the right. */
export async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect.soft(scrollWidth, `${where}: the page is ${scrollWidth}px wide on a ${clientWidth}px screen`).toBeLessThanOrEqual(clientWidth);
}

/**
 * The element is visible and lies wholly between the screen's left and right
 * edges, and inside every box around it that clips or scrolls, with nothing
 * scrolled: the customer sees it without scrolling sideways.
 */
export async function expectWithinScreenWidth(locator: Locator, what: string): Promise<void> {
  await expect(locator, `${what} is visible`).toBeVisible();
  const outside = await locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const left = box.left + window.scrollX;
    const right = box.right + window.scrollX;
    const width = document.documentElement.clientWidth;
    if (left < 0 || right > width + 0.5) return `spans ${Math.round(left)}–${Math.round(right)}px on a ${width}px screen`;
    for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
      const style = getComputedStyle(parent);
      if (style.overflowX === 'visible') continue;
      const clip = parent.getBoundingClientRect();
      if (box.left < clip.left - 0.5 || box.right > clip.right + 0.5) {
        return `is cut off by <${parent.tagName.toLowerCase()} class="${parent.className}"> (overflow-x: ${style.overflowX})`;
      }
    }
    return null;
  });
  expect.soft(outside, `${what} ${outside ?? ''}`).toBeNull();
}

/**
 * Both checks for one page: no sideways scroll, and each element to act on
 * within the width. The page is measured once what the customer acts on is
 * showing: right after a click that navigates, the old document may be
 * already gone and the new one not yet there.
 */
export async function expectFitsPhone(page: Page, where: string, actOn: Readonly<Record<string, Locator>>): Promise<void> {
  for (const [what, locator] of Object.entries(actOn)) await expect(locator, `${where}: ${what} is visible`).toBeVisible();
  await expectNoSidewaysScroll(page, where);
  for (const [what, locator] of Object.entries(actOn)) await expectWithinScreenWidth(locator, `${where}: ${what}`);
}
