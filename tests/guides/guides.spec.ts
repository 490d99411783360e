/**
 * The `guides` project: one test per guide under guides/ (its title is the
 * guide's folder name, its steps the guide's headings), and one for the index.
 *   npm run guide               runs it with --update-snapshots=changed
 *   npm run guide -- --check    and npm test run it without updating
 *   PORTAL_URL=… npm run guide -- --out <dir>
 *                               photographs a deployment into <dir>/<slug>/
 * See scripts/guide/guide-test.ts for what a guide's test checks. The runner
 * only lists these tests; the guides, their walk and the renderer are loaded
 * by the worker that runs them (scripts/guide/listed-guides.ts says why).
 */
import { exampleOptionsFor, guideFor, guideTest, indexPage, slugsLongestFirst } from '../../scripts/guide/listed-guides';
import { remotePortal } from '../support/remote';
import { expect, test } from '../support/test';

const remote = remotePortal();

for (const slug of slugsLongestFirst()) {
  if (remote) {
    // @remote: on a deployment, never acting on the last step; the config leaves @mock tests out there.
    test(slug, { tag: '@remote' }, async ({ page }, testInfo) => {
      const { deploymentTarget, photographGuide } = guideTest();
      await photographGuide(page, guideFor(slug), deploymentTarget(remote, !!process.env.PORTAL_SERVICE?.trim()), testInfo);
    });
    continue;
  }
  test.describe(() => {
    test.use(exampleOptionsFor(slug));
    // @mock: photographed on the mock portal, at its example's date.
    test(slug, { tag: '@mock' }, async ({ page }, testInfo) => {
      const { mockTarget, photographGuide } = guideTest();
      const guide = guideFor(slug);
      await photographGuide(page, guide, mockTarget(guide), testInfo);
    });
  });
}

test('guides/README.md', { tag: '@mock' }, () => {
  const { indexEntries, renderIndex } = indexPage();
  expect(renderIndex(indexEntries())).toMatchSnapshot(['README.md']);
});
