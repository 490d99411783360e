/**
 * The bare walk of one guide, the floor `npm run bench -- --only guide`
 * measures a regeneration against: each step's own actions, then a plain
 * page.screenshot, and nothing else (no readings, checks, outline, masks,
 * comparison or outputs). Walked by a plain script (bare-walk.ts) and by
 * Playwright Test (bare-walk.spec.ts), so the bench can tell the test
 * runner's share from the checks'.
 */
import type { Page } from '@playwright/test';
import { portalPages } from '../../tests/pages';
import type { Guide } from '../guide/catalog';
import { mockTarget } from '../guide/walk';

/** Walks every step of `guide` on `page`, whose baseURL is a mock portal at the guide's example date. */
export async function walkBare(page: Page, guide: Guide): Promise<void> {
  const context = { pages: portalPages(page), example: guide.example, target: mockTarget(guide), readings: new Map<string, unknown>() };
  for (const step of guide.source.steps) {
    const actions = guide.actions.steps[step.id]!;
    await actions.arrive(context);
    await page.screenshot();
    await actions.act(context);
  }
}
