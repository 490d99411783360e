/**
 * The bare walk as Playwright Test runs it (bare-walk.config.ts): one test per
 * guide, in the guides project's order, with the guides project's fixtures
 * and browser settings, each walking its steps with a plain page.screenshot
 * and nothing else. What it takes over the plain script is the test runner's
 * own share of `npm run guide`; what `npm run guide` takes over it is the
 * checks'. With BARE_WALK_FRAMED=1 each step is photographed as the guide
 * photographs it (./bare-steps.ts), still reading nothing: the bench's D.
 * Run only by `npm run bench -- --only guide`.
 */
import { exampleOptionsFor, guideFor, slugsLongestFirst } from '../guide/listed-guides';
import { test } from '../../tests/support/test';
import { walkBare } from './bare-steps';

const framed = process.env.BARE_WALK_FRAMED === '1';

// Listed as the guides project lists its tests (tests/guides/guides.spec.ts): each guide read by its worker.
for (const slug of slugsLongestFirst()) {
  test.describe(() => {
    test.use(exampleOptionsFor(slug));
    test(slug, async ({ page }) => {
      await walkBare(page, guideFor(slug), { framed });
    });
  });
}
