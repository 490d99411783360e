/**
 * Running `playwright test` for a measurement: a JSON report in a scratch
 * folder (never test-results/ or playwright-report/), and helpers to read it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nodeExitCode } from '../node-exit';
import { measured } from './cpu-time';

export const ROOT = path.join(__dirname, '..', '..');

export interface JsonResult {
  readonly status: string;
  readonly duration: number;
  readonly error?: { readonly message?: string };
  /** every error of the result; a test timeout's first says only "Test timeout of …", a later one which call was pending */
  readonly errors?: readonly { readonly message?: string }[];
  /** the test's test.step()s */
  readonly steps?: readonly JsonStep[];
}
export interface JsonStep {
  readonly title: string;
  /** -1 for a step still running when the test ended */
  readonly duration: number;
  readonly steps?: readonly JsonStep[];
}
export interface JsonTest {
  readonly projectName: string;
  readonly results: readonly JsonResult[];
}
export interface JsonSpec {
  readonly title: string;
  readonly file: string;
  readonly tests: readonly JsonTest[];
}
export interface JsonSuite {
  readonly suites?: readonly JsonSuite[];
  readonly specs?: readonly JsonSpec[];
}
export interface JsonReport {
  readonly config: { readonly metadata: { readonly actualWorkers?: number } };
  readonly suites: readonly JsonSuite[];
  /** duration: the run's wall time in ms, as Playwright measured it */
  readonly stats: { readonly duration: number; readonly expected: number; readonly unexpected: number; readonly flaky: number; readonly skipped: number };
}

export interface PlaywrightRun {
  readonly wallMs: number;
  /** the machine's busy processor time while it ran (./cpu-time.ts); undefined off Linux */
  readonly cpuMs?: number;
  readonly exitCode: number;
  readonly report: JsonReport;
}

/** Runs `playwright test` with a JSON report in a scratch folder; resolves even when tests fail. */
export async function playwright(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<PlaywrightRun> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'bench-'));
  const jsonFile = path.join(scratch, 'report.json');
  const { result: exitCode, wallMs, cpuMs } = await measured(() =>
    nodeExitCode([require.resolve('@playwright/test/cli'), 'test', ...args, '--reporter=json', `--output=${path.join(scratch, 'out')}`], {
      cwd: ROOT,
      env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: jsonFile, PLAYWRIGHT_HTML_OUTPUT_DIR: path.join(scratch, 'html') },
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
  );
  try {
    const report = JSON.parse(readFileSync(jsonFile, 'utf8')) as JsonReport;
    // A measurement of a red run is worth little without knowing what failed.
    for (const line of failures(report)) console.error(`  failed: ${line}`);
    return { wallMs, cpuMs, exitCode, report };
  } catch (error) {
    throw new Error(`playwright test ${args.join(' ')} exited ${exitCode} without a JSON report: ${(error as Error).message}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Every test of the report, with the spec it belongs to. */
export function tests(suites: readonly JsonSuite[]): { readonly spec: JsonSpec; readonly test: JsonTest }[] {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? []).flatMap((spec) => spec.tests.map((test) => ({ spec, test }))),
    ...tests(suite.suites ?? []),
  ]);
}

export function results(suites: readonly JsonSuite[]): JsonResult[] {
  return tests(suites).flatMap(({ test }) => test.results);
}

/**
 * "file › title: first line of each error", for each test that did not pass as expected. A timed-out test's first
 * error says only "Test timeout of 60000ms exceeded."; the next names the call it was stuck in ("page.bringToFront:
 * Test timeout…"), which is what a hang seen once in a long run needs. A test stuck in anything else (a child
 * process, a server closing) has no such error: the test.step it was in is named instead.
 */
export function failures(report: JsonReport): string[] {
  // eslint-disable-next-line no-control-regex
  const firstLine = (message: string) => message.replace(/\u001b\[[0-9;]*m/g, '').split('\n')[0]!;
  return tests(report.suites).flatMap(({ spec, test }) =>
    test.results
      .filter((result) => result.status !== 'passed' && result.status !== 'skipped')
      .map((result) => {
        const messages = (result.errors?.length ? result.errors : result.error ? [result.error] : []).map((error) => firstLine(error.message ?? '')).filter(Boolean);
        const stuck = unfinishedSteps(result.steps);
        return `${spec.file} › ${spec.title}: ${messages.length > 0 ? [...new Set(messages)].join(' / ') : result.status}${stuck.length > 0 ? ` (in step: ${stuck.join(' › ')})` : ''}`;
      }),
  );
}

/** The titles of the steps still running when the test ended, outermost first. */
export function unfinishedSteps(steps: readonly JsonStep[] | undefined): string[] {
  const running = steps?.find((step) => step.duration < 0);
  return running ? [running.title, ...unfinishedSteps(running.steps)] : [];
}

export function counts(report: JsonReport): string {
  const { expected, unexpected, flaky, skipped } = report.stats;
  return `${expected} passed, ${unexpected} failed, ${flaky} flaky, ${skipped} skipped`;
}
