/**
 * Runs this suite's own specs in a child `playwright test`, for tests of what
 * the suite itself reports: its remote mode against a portal process, or its
 * failure when a label is renamed. The child writes its artifacts and its JSON
 * report into a temporary folder, never into the parent run's test-results/ or
 * playwright-report/.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { childEnvironment } from './repo-copy';
import { runNode } from './node-run';
import type { JSONReport, JSONReportSpec, JSONReportSuite, JSONReportTestStep } from '@playwright/test/reporter';

const ROOT = path.join(__dirname, '..', '..');
const CLI = require.resolve('@playwright/test/cli');

export interface ChildRun {
  readonly exitCode: number;
  /** what the child printed (its config's messages and global setup's errors go here) */
  readonly output: string;
  /** undefined when the run stopped before reporting, e.g. in global setup */
  readonly report: JSONReport | undefined;
  readonly seconds: number;
}

/** `env` is added to the environment a command run by hand would see (./repo-copy.ts), minus the PORTAL_* variables. */
export async function runChildPlaywright(args: readonly string[], env: Readonly<Record<string, string>>, timeoutMs: number): Promise<ChildRun> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'child-playwright-'));
  const reportFile = path.join(folder, 'report.json');
  const inherited = Object.fromEntries(Object.entries(childEnvironment()).filter(([name]) => !name.startsWith('PORTAL_')));
  const started = performance.now();
  try {
    // --retries=0: a child run's failures are what its test is about; retrying them would only double its time.
    const run = await runNode(`playwright test ${args.join(' ')}, in a child run`, [CLI, 'test', '--retries=0', ...args, '--reporter=json', `--output=${path.join(folder, 'results')}`], {
      cwd: ROOT,
      env: { ...inherited, ...env, PLAYWRIGHT_JSON_OUTPUT_FILE: reportFile, FORCE_COLOR: '0' },
      timeoutMs,
      maxBuffer: 16 * 1024 * 1024,
    });
    let report: JSONReport | undefined;
    try {
      report = JSON.parse(readFileSync(reportFile, 'utf8')) as JSONReport;
    } catch {
      report = undefined;
    }
    return { exitCode: run.code, output: `${run.stdout}${run.stderr}`, report, seconds: (performance.now() - started) / 1000 };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Every spec of a report, flattened out of its suites. */
export function specsOf(report: JSONReport): JSONReportSpec[] {
  const walk = (suite: JSONReportSuite): JSONReportSpec[] => [...suite.specs, ...(suite.suites ?? []).flatMap(walk)];
  return report.suites.flatMap(walk);
}

/** A test's steps with the given title, at any depth. */
export function stepsTitled(steps: readonly JSONReportTestStep[] | undefined, title: string): JSONReportTestStep[] {
  return (steps ?? []).flatMap((step) => [...(step.title === title ? [step] : []), ...stepsTitled(step.steps, title)]);
}
