/**
 * The project's own config with one project: the guides project's settings
 * (browser, viewport, timeouts, trace, workers) running bare-walk.spec.ts
 * instead of the guides' tests.
 */
import { defineConfig } from '@playwright/test';
import config from '../../playwright.config';

const guides = config.projects?.find((project) => project.name === 'guides');
if (!guides) throw new Error('playwright.config.ts has no "guides" project to measure the bare walk with');

export default defineConfig({
  ...config,
  projects: [{ ...guides, name: 'bare walk', testDir: __dirname, testMatch: 'bare-walk.spec.ts' }],
});
