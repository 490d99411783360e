import { expect, test } from '../tests/support/test';
import { summarizeJunit } from './junit-summary';

const report = (totals: string, testcases: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites id="" name="" ${totals} time="1">\n<testsuite name="a.spec.ts">\n${testcases}\n</testsuite>\n</testsuites>`;
const passing = '<testcase name="passes" classname="a.spec.ts" time="1">\n</testcase>';

test('a test whose first attempt timed out (<flakyError>) and then passed is flaky, not passed', () => {
  const timedOutThenPassed = '<testcase name="hangs once" classname="a.spec.ts" time="3.1">\n<flakyError message="Test timeout of 60000ms exceeded." type="Error" time="60.3">\n</flakyError>\n</testcase>';
  expect(summarizeJunit(report('tests="2" failures="0" skipped="0" errors="0"', `${passing}\n${timedOutThenPassed}`))).toEqual({ total: 2, line: '1 passed, 0 failed, 1 flaky' });
});

test('a test whose first attempt failed an assertion (<flakyFailure>) is flaky too', () => {
  const failedThenPassed = '<testcase name="fails once" classname="a.spec.ts" time="1">\n<flakyFailure message="expected 3" type="Error">\n</flakyFailure>\n</testcase>';
  expect(summarizeJunit(report('tests="2" failures="0" skipped="0" errors="0"', `${passing}\n${failedThenPassed}`)).line).toBe('1 passed, 0 failed, 1 flaky');
});

test('failures, errors and skipped tests are read from the totals; a report of no test says 0', () => {
  expect(summarizeJunit(report('tests="5" failures="1" skipped="1" errors="1"', passing)).line).toBe('2 passed, 2 failed, 1 skipped');
  expect(summarizeJunit(report('tests="0" failures="0" skipped="0" errors="0"', ''))).toEqual({ total: 0, line: '0 passed, 0 failed' });
});
