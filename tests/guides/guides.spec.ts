/**
 * The `guides` project: one test per guide under guides/ (its title is the
 * guide's folder name, its steps the guide's headings), and one for the index.
 *   npm run guide               runs it with --update-snapshots=changed
 *   npm run guide -- --check    and npm test run it without updating
 *   PORTAL_URL=… npm run guide -- --out <dir>
 *                               photographs a deployment into <dir>/<slug>/
 * See scripts/guide/guide-test.ts for what a guide's test checks.
 */
import { exampleTestOptions, longestFirst } from '../../scripts/guide/catalog';
import { deploymentTarget, discoverGuides, mockTarget, photographGuide } from '../../scripts/guide/guide-test';
import { indexEntries, renderIndex } from '../../scripts/guide/index-page';
import { remotePortal } from '../support/remote';
import { expect, test } from '../support/test';

const remote = remotePortal();

for (const { slug, guide, error } of longestFirst(discoverGuides())) {
  if (remote) {
    // @remote: on a deployment, never acting on the last step; the config leaves @mock tests out there.
    test(slug, { tag: '@remote' }, async ({ page }, testInfo) => {
      if (!guide) throw error;
      await photographGuide(page, guide, deploymentTarget(remote, !!process.env.PORTAL_SERVICE?.trim()), testInfo);
    });
    continue;
  }
  test.describe(() => {
    if (guide) {
      test.use(exampleTestOptions(guide));
    }
    // @mock: photographed on the mock portal, at its example's date.
    test(slug, { tag: '@mock' }, async ({ page }, testInfo) => {
      if (!guide) throw error;
      await photographGuide(page, guide, mockTarget(guide), testInfo);
    });
  });
}

test('guides/README.md', { tag: '@mock' }, () => {
  expect(renderIndex(indexEntries())).toMatchSnapshot(['README.md']);
});
