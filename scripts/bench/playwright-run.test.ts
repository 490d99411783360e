import { expect, test } from '../../tests/support/test';
import { failures, type JsonReport, type JsonResult } from './playwright-run';

function reportOf(results: readonly JsonResult[]): JsonReport {
  return {
    config: { metadata: {} },
    suites: [{ specs: [{ title: 'a form that expired', file: 'tests/e2e/error-pages.spec.ts', tests: [{ projectName: 'e2e', results }] }] }],
    stats: { duration: 0, expected: 0, unexpected: 0, flaky: 0, skipped: 0 },
  };
}

test('a timed-out test names the call it was stuck in, not only the timeout', () => {
  const timedOut: JsonResult = {
    status: 'timedOut',
    duration: 60_000,
    error: { message: 'Test timeout of 60000ms exceeded.' },
    errors: [{ message: 'Test timeout of 60000ms exceeded.' }, { message: '\u001b[31mError: page.bringToFront: Test timeout of 60000ms exceeded.\u001b[39m\nCall log:\n  - waiting' }],
  };
  expect(failures(reportOf([timedOut, { status: 'passed', duration: 900 }]))).toEqual([
    'tests/e2e/error-pages.spec.ts › a form that expired: Test timeout of 60000ms exceeded. / Error: page.bringToFront: Test timeout of 60000ms exceeded.',
  ]);
});

test('a failure without an errors list keeps its one error, and one without any says its status', () => {
  expect(failures(reportOf([{ status: 'failed', duration: 1, error: { message: 'expected 3\nreceived 4' } }, { status: 'interrupted', duration: 1 }]))).toEqual([
    'tests/e2e/error-pages.spec.ts › a form that expired: expected 3',
    'tests/e2e/error-pages.spec.ts › a form that expired: interrupted',
  ]);
});

test('passed and skipped results are not failures', () => {
  expect(failures(reportOf([{ status: 'passed', duration: 1 }, { status: 'skipped', duration: 0 }]))).toEqual([]);
});

test('a test stuck outside any Playwright call names the step it was in', () => {
  const stuck: JsonResult = {
    status: 'timedOut',
    duration: 300_000,
    errors: [{ message: 'Test timeout of 300000ms exceeded.' }],
    steps: [
      { title: 'npm run guide -- --check in the copy', duration: 19_000 },
      { title: 'the report, served and opened in Chromium', duration: -1, steps: [{ title: 'the Diff tab', duration: 300 }, { title: 'the report server closes', duration: -1 }] },
    ],
  };
  expect(failures(reportOf([stuck]))).toEqual([
    'tests/e2e/error-pages.spec.ts › a form that expired: Test timeout of 300000ms exceeded. (in step: the report, served and opened in Chromium › the report server closes)',
  ]);
});
