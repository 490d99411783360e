import { expect, test } from '../../tests/support/test';
import type { JsonReport, JsonResult } from './playwright-run';
import { coreFigures, suiteFigures } from './suite-figures';

const passed = (duration: number): JsonResult => ({ status: 'passed', duration });

/** Two workers for 10 s: a unit test, two billing scenarios (one failed) and a journey test, nested as the JSON reporter nests them. */
const report: JsonReport = {
  config: { metadata: { actualWorkers: 2 } },
  stats: { duration: 10_000, expected: 3, unexpected: 1, flaky: 0, skipped: 0 },
  suites: [
    { specs: [{ title: 'rounds half away from zero', file: 'mock-portal/src/domain/money.test.ts', tests: [{ projectName: 'unit', results: [passed(1_000)] }] }] },
    {
      suites: [
        {
          specs: [
            { title: 'leap day', file: 'tests/e2e/scenarios.spec.ts', tests: [{ projectName: 'e2e', results: [passed(3_000)] }] },
            { title: 'top of the range', file: 'tests/e2e/scenarios.spec.ts', tests: [{ projectName: 'e2e', results: [{ status: 'failed', duration: 4_000 }] }] },
          ],
        },
      ],
    },
    { specs: [{ title: 'eight steps', file: 'tests/e2e/add-or-remove-services.spec.ts', tests: [{ projectName: 'e2e', results: [passed(8_000)] }] }] },
  ],
};

test('the sum of test durations, its ratio to the wall time, and that ratio per worker', () => {
  const figures = suiteFigures(report);
  expect(figures.wallMs).toBe(10_000);
  expect(figures.workers).toBe(2);
  expect(figures.testMs).toBe(16_000);
  expect(figures.concurrency).toBeCloseTo(1.6);
  expect(figures.efficiency).toBeCloseTo(0.8);
});

test('the billing scenarios are the passed tests of the scenario table, however deep their suite', () => {
  expect(suiteFigures(report).scenarioMs).toEqual([3_000]);
});

test('a report that does not say how many workers ran is refused', () => {
  expect(() => suiteFigures({ ...report, config: { metadata: {} } })).toThrow('how many workers');
});

test('a one-worker run that keeps 1.2 cores busy leaves two cores no lower ratio than 0.6; one core busy, 0.5', () => {
  expect(coreFigures({ wallMs: 100_000, cpuMs: 120_000 }, 2)).toEqual({ coresBusy: 1.2, lowestRatio: 0.6 });
  expect(coreFigures({ wallMs: 100_000, cpuMs: 100_000 }, 2).lowestRatio).toBeCloseTo(0.5);
  // More busy cores than the machine has is a measurement of something else too: the floor never passes 1.
  expect(coreFigures({ wallMs: 10_000, cpuMs: 30_000 }, 2).lowestRatio).toBe(1);
});
