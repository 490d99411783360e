/**
 * An accessibility scan of the page as it is now, with axe-core against WCAG
 * 2.0 A/AA and 2.1 AA. Only serious and critical violations are returned:
 * those stop a customer using a screen reader or a keyboard from finishing
 * the order. Each comes back as one readable line, so a failing
 * `expect(...).toEqual([])` lists what is wrong and where.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

// @axe-core/playwright brings its own playwright-core (1.65) for its types; the
// Page it drives is ours (1.64) and only its public methods are used.
type AxePage = ConstructorParameters<typeof AxeBuilder>[0]['page'];

/** "color-contrast (serious): Elements must meet minimum color contrast ratio thresholds → .hint, .lead" */
export async function blockingViolations(page: Page): Promise<string[]> {
  // Legacy mode runs axe.run() in the page itself. The default instead opens a
  // blank page per scan to merge the results of each frame (axe.finishRun) and
  // injects axe-core a third time there: about half of every scan's time, and
  // the portal's pages have no frames to merge.
  const results = await new AxeBuilder({ page: page as unknown as AxePage }).withTags(WCAG_TAGS).setLegacyMode().analyze();
  return results.violations
    .filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''))
    .map((violation) => {
      const targets = violation.nodes.map((node) => node.target.join(' ')).join(', ');
      return `${violation.id} (${violation.impact}): ${violation.help} → ${targets}`;
    });
}
