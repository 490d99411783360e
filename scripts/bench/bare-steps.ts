/**
 * The bare walk of one guide, the floor `npm run bench -- --only guide`
 * measures a regeneration against: each step's own actions, then a plain
 * page.screenshot, and nothing else (no readings, checks, outline, masks,
 * comparison or outputs). Walked by a plain script (bare-walk.ts) and by
 * Playwright Test (bare-walk.spec.ts), so the bench can tell the test
 * runner's share from the checks'.
 *
 * Framed, each step is photographed as the guide photographs it instead
 * (the crop, the step's masks, an outline, no caret, no animations), still
 * with nothing read from the page: the bench's D, which tells what that
 * capture costs from what the readings and checks cost.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { portalPages } from '../../tests/pages';
import { framingFor } from '../guide/capture';
import type { Guide } from '../guide/catalog';
import { GUIDES_ROOT, IMAGES_DIR } from '../guide/guide-folders';
import { masksOf } from '../guide/redaction';
import { locateSteps, mockTarget, stepContext } from '../guide/walk';

/** Where a framed capture's outline goes: its place costs nothing, its drawing does. */
const OUTLINE = { x: 24, y: 24, width: 240, height: 40 } as const;

/** Walks every step of `guide` on `page`, whose baseURL is a mock portal at the guide's example date. */
export async function walkBare(page: Page, guide: Guide, { framed = false } = {}): Promise<void> {
  const pages = portalPages(page);
  const context = stepContext(pages, guide.example, mockTarget(guide));
  const located = framed ? locateSteps(pages, guide, guide.example) : [];
  for (const [index, step] of guide.source.steps.entries()) {
    const actions = guide.actions.steps[step.id]!;
    await actions.arrive(context);
    if (framed) {
      // The committed image's height is the crop the walk works out from its readings.
      const height = committedHeight(path.join(GUIDES_ROOT, guide.slug, IMAGES_DIR, step.image));
      await page.screenshot(framingFor({ outline: OUTLINE, shown: [{ ...OUTLINE, height }], documentHeight: height, mask: masksOf(located[index]!).map((entry) => entry.locator) }));
    } else {
      await page.screenshot();
    }
    await actions.act(context);
  }
}

/** A PNG's height, from its header (IHDR: width at byte 16, height at 20). */
function committedHeight(png: string): number {
  return readFileSync(png).readUInt32BE(20);
}
