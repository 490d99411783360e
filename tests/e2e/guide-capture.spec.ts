/**
 * A guide step photographed again is the same bytes: the walk knows an
 * unchanged step from one capture and a byte comparison with the committed
 * image (scripts/guide/guide-test.ts), so a capture that moves by a pixel
 * level from one shot to the next costs a `toHaveScreenshot` fallback every
 * time it happens. The step is the one that moved: an open menu whose soft
 * shadow crosses the button clicked to open it, repainted once the button's
 * hover state settles (tests/support/browser.ts says why whole tiles are
 * repainted). Photographed in the guides' own browser, framed as the walk
 * frames it.
 */
import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { GUIDE_PAGE } from '../../scripts/guide/capture';
import { exampleTestOptions, loadGuide } from '../../scripts/guide/catalog';
import { readStep } from '../../scripts/guide/step-reading';
import { locateSteps, mockTarget, stepContext, stepFraming } from '../../scripts/guide/walk';
import { portalPages } from '../pages';
import { CHROMIUM_ARGS, chromiumExecutable } from '../support/browser';
import { expect, test } from '../support/test';

const guide = loadGuide('add-and-activate-a-new-bes-user');
const MENU_STEP = guide.source.steps.findIndex((step) => step.id === 'bes-users');
/** Without whole-tile repaints, 6 of 10 page loads gave a second image within four shots (one gave a third). */
const LOADS = 3;
const SHOTS = 4;

test.use(exampleTestOptions(guide));

test('a step photographed again, on the same page and on another load, is the same bytes', { tag: '@mock' }, async ({ playwright, baseURL }) => {
  expect(MENU_STEP, 'the BES guide opens Management Actions › BES Users').toBeGreaterThan(0);
  const browser = await playwright.chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    const digests: string[] = [];
    for (let load = 0; load < LOADS; load++) {
      const context = await browser.newContext({ ...GUIDE_PAGE, baseURL, timezoneId: guide.example.timeZone });
      digests.push(...(await photographMenuStep(await context.newPage())));
      await context.close();
    }
    expect(new Set(digests).size, `${LOADS} loads × ${SHOTS} shots: ${digests.join(' ')}`).toBe(1);
  } finally {
    await browser.close();
  }
});

/** Walks the guide to the menu step and photographs it SHOTS times, as the walk frames it; the digests of the shots. */
async function photographMenuStep(page: Page): Promise<string[]> {
  const pages = portalPages(page);
  const context = stepContext(pages, guide.example, mockTarget(guide));
  const located = locateSteps(pages, guide, guide.example);
  for (const step of guide.source.steps.slice(0, MENU_STEP)) {
    await guide.actions.steps[step.id]!.arrive(context);
    await guide.actions.steps[step.id]!.act(context);
  }
  const step = guide.source.steps[MENU_STEP]!;
  await guide.actions.steps[step.id]!.arrive(context);
  const framing = stepFraming(await readStep(step.highlight, located[MENU_STEP]!), located[MENU_STEP]!);
  const digests: string[] = [];
  for (let shot = 0; shot < SHOTS; shot++) digests.push(createHash('sha256').update(await page.screenshot(framing)).digest('hex').slice(0, 12));
  return digests;
}
