/**
 * Prints "N passed, N failed[, N flaky][, N skipped]" from Playwright's JUnit
 * report, so a CI run that executed no test is visible. A flaky test (failed,
 * then passed on its retry) counts as passed in the report's totals; the
 * config writes retries into it (includeRetries), so it is counted here too,
 * and it fails the run (failOnFlakyTests). Exits 1 when the report is missing
 * or counts no test at all.
 */
import { readFileSync } from 'node:fs';

export interface JunitCounts {
  readonly total: number;
  readonly line: string;
}

/**
 * The counts of a JUnit report. A retried test's first attempt is written as
 * <flakyFailure> when an assertion failed and as <flakyError> when it errored
 * or timed out: both make the test flaky.
 */
export function summarizeJunit(xml: string): JunitCounts {
  const root = /<testsuites\b([^>]*)>/.exec(xml)?.[1] ?? '';
  const count = (name: string) => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(root)?.[1] ?? 0);
  const total = count('tests');
  const failed = count('failures') + count('errors');
  const skipped = count('skipped');
  const flaky = [...xml.matchAll(/<testcase\b[\s\S]*?<\/testcase>/g)].filter((testcase) => /<flaky(Failure|Error)\b/.test(testcase[0])).length;
  const passed = total - failed - skipped - flaky;
  return { total, line: `${passed} passed, ${failed} failed${flaky ? `, ${flaky} flaky` : ''}${skipped ? `, ${skipped} skipped` : ''}` };
}

if (require.main === module) {
  const file = process.argv[2] ?? 'test-results/junit.xml';
  let xml: string | undefined;
  try {
    xml = readFileSync(file, 'utf8');
  } catch {
    console.log('0 passed, 0 failed');
    console.error(`No JUnit report at ${file}: the tests did not run.`);
    process.exit(1);
  }
  const { total, line } = summarizeJunit(xml);
  console.log(line);
  if (total === 0) process.exit(1);
}
