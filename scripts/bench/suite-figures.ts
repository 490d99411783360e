/**
 * What one whole-suite run's JSON report says about its speed: wall time,
 * workers, the sum of the tests' own durations, and the billing scenarios'
 * durations. Pure, so the arithmetic is tested beside it.
 */
import { tests, type JsonReport } from './playwright-run';

/** The browser suite's billing-scenario table: one test per row of tests/support/scenarios.ts. */
export const SCENARIO_SPEC = 'tests/e2e/scenarios.spec.ts';

export interface SuiteFigures {
  readonly wallMs: number;
  readonly workers: number;
  /** every test result's own duration, added up */
  readonly testMs: number;
  /** testMs ÷ wallMs: how many tests ran at once, on average */
  readonly concurrency: number;
  /** concurrency ÷ workers: 1 when every worker was busy the whole run */
  readonly efficiency: number;
  /** the passed billing-scenario tests' durations */
  readonly scenarioMs: readonly number[];
}

export function suiteFigures(report: JsonReport): SuiteFigures {
  const all = tests(report.suites);
  const workers = report.config.metadata.actualWorkers;
  if (!workers) throw new Error('The JSON report does not say how many workers ran (config.metadata.actualWorkers)');
  const wallMs = report.stats.duration;
  const testMs = all.flatMap(({ test }) => test.results).reduce((sum, result) => sum + result.duration, 0);
  const scenarioMs = all
    .filter(({ spec }) => spec.file.replace(/\\/g, '/').endsWith(SCENARIO_SPEC))
    .flatMap(({ test }) => test.results)
    .filter((result) => result.status === 'passed')
    .map((result) => result.duration);
  return { wallMs, workers, testMs, concurrency: testMs / wallMs, efficiency: testMs / wallMs / workers, scenarioMs };
}

/**
 * How busy a run kept the machine, and what that allows: `cores` cores can
 * finish the same work no faster than its processor time ÷ `cores`, so a
 * default run can take no less than coresBusy ÷ cores of a `--workers=1`
 * run's wall time, unless the tests do less work.
 */
export function coreFigures(run: { readonly wallMs: number; readonly cpuMs: number }, cores: number): { readonly coresBusy: number; readonly lowestRatio: number } {
  const coresBusy = run.cpuMs / run.wallMs;
  return { coresBusy, lowestRatio: Math.min(1, coresBusy / cores) };
}
