/**
 * The `guides` project: one test per guide under guides/ (its title is the
 * guide's folder name, its steps the guide's headings), and one for the index.
 *   npm run guide               runs it with --update-snapshots=changed
 *   npm run guide -- --check    and npm test run it without updating
 * See scripts/guide/guide-test.ts for what a guide's test checks.
 */
import { discoverGuides, mockTarget, photographGuide } from '../../scripts/guide/guide-test';
import { indexEntries, renderIndex } from '../../scripts/guide/index-page';
import { expect, test } from '../support/test';

// @mock: a guide is photographed on the mock portal, at its example's date; a deployment needs the remote run.
for (const { slug, guide, error } of discoverGuides()) {
  test.describe(() => {
    if (guide) {
      test.use({ portalNow: guide.source.example.portalNow, billingTimeZone: guide.source.example.timeZone, timezoneId: guide.source.example.timeZone });
    }
    test(slug, { tag: '@mock' }, async ({ page }, testInfo) => {
      if (!guide) throw error;
      await photographGuide(page, guide, mockTarget(guide), testInfo);
    });
  });
}

test('guides/README.md', () => {
  expect(renderIndex(indexEntries())).toMatchSnapshot(['README.md']);
});
