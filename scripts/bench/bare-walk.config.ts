/**
 * The project's own config with one project, for `npm run bench -- --only
 * guide`: the guides project's settings (browser, viewport, timeouts, trace on a retry,
 * workers) running bare-walk.spec.ts instead of the guides' tests, on the
 * mock portal only.
 */
import { defineConfig } from '@playwright/test';
import config from '../../playwright.config';
import { remotePortal } from '../../tests/support/remote';

if (remotePortal()) throw new Error('The bare walk is measured on the mock portal: unset PORTAL_URL to run it.');
const guides = config.projects?.find((project) => project.name === 'guides');
if (!guides) throw new Error('playwright.config.ts has no "guides" project to measure the bare walk with');

export default defineConfig({
  ...config,
  // The bench passes its own reporter and output folder; run by hand, it lists the tests and writes nothing else.
  reporter: 'list',
  projects: [{ ...guides, name: 'bare walk', testDir: __dirname, testMatch: 'bare-walk.spec.ts' }],
});
