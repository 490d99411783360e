// @ts-check
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Mutation testing of the billing core: `npm run mutation`.
 *
 * Every module in mock-portal/src/domain/ is mutated (a new module there is
 * included without editing this file) and each mutant is tested by the unit
 * tests beside the modules, run by Playwright's `unit` project through
 * scripts/mutation/playwright-runner.mjs: only the test files that execute a
 * mutant run for it, and they stop at the first failure.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions & { playwrightUnit: { testDir: string, project: string } }}
 */
export default {
  mutate: ['mock-portal/src/domain/**/*.ts', '!mock-portal/src/domain/**/*.test.ts'],
  appendPlugins: ['./scripts/mutation/playwright-runner.mjs'],
  testRunner: 'playwright-unit',
  playwrightUnit: { testDir: 'mock-portal/src/domain', project: 'unit' },
  coverageAnalysis: 'perTest',
  // A run is a new Playwright process (a few seconds on a busy machine); a mutant that loops forever is stopped after this margin.
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  incrementalFile: 'reports/mutation/incremental.json',
  // The goal is 95%: below it the command fails. Survivors are killed by a test or explained beside the code.
  thresholds: { high: 95, low: 90, break: 95 },
  // The sandbox needs the code, the tests and the config, not the guide's images or old reports.
  ignorePatterns: ['guides', 'guide-report', 'guide-results', 'reports', 'test-results', 'playwright-report', 'blob-report', '.ci', '.stryker-tmp'],
  // Sandboxes go outside the repository: the unit project matches *.test.ts at any depth, so copies
  // inside it would be picked up (and fail) by an `npm test` run meanwhile.
  tempDirName: mkdtempSync(path.join(os.tmpdir(), 'stryker-hosted-services-')),
  cleanTempDir: 'always',
};
