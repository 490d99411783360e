/**
 * `npm run bench`: how long the suite takes, for the README.
 *
 *   - the whole suite's wall time with --workers=1 and with --workers=2;
 *   - the median duration of the full journey test over N runs, read from
 *     the JSON reporter (the test's own time: browser context, eight pages).
 *
 * Options: --runs N (journey runs, default 7), --only suite|journey.
 * Every run writes its reports and artifacts to a temporary folder, so the
 * benchmark never overwrites test-results/ or playwright-report/.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = path.join(__dirname, '..');
const JOURNEY_SPEC = 'tests/e2e/add-or-remove-services.spec.ts';

interface JsonResult {
  readonly status: string;
  readonly duration: number;
}
interface JsonSuite {
  readonly suites?: readonly JsonSuite[];
  readonly specs?: readonly { readonly tests: readonly { readonly results: readonly JsonResult[] }[] }[];
}
interface JsonReport {
  readonly suites: readonly JsonSuite[];
  readonly stats: { readonly expected: number; readonly unexpected: number; readonly flaky: number; readonly skipped: number };
}

interface Run {
  readonly wallMs: number;
  readonly exitCode: number;
  readonly report: JsonReport;
}

/** Runs `playwright test` with a JSON report in a scratch folder; resolves even when tests fail. */
async function playwright(args: readonly string[]): Promise<Run> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'bench-'));
  const jsonFile = path.join(scratch, 'report.json');
  const started = performance.now();
  const exitCode = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [require.resolve('@playwright/test/cli'), 'test', ...args, '--reporter=json', `--output=${path.join(scratch, 'out')}`], {
      cwd: ROOT,
      env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: jsonFile, PLAYWRIGHT_HTML_OUTPUT_DIR: path.join(scratch, 'html') },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  const wallMs = performance.now() - started;
  try {
    return { wallMs, exitCode, report: JSON.parse(readFileSync(jsonFile, 'utf8')) as JsonReport };
  } catch (error) {
    throw new Error(`playwright test ${args.join(' ')} exited ${exitCode} without a JSON report: ${(error as Error).message}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function results(suites: readonly JsonSuite[]): JsonResult[] {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? []).flatMap((spec) => spec.tests.flatMap((test) => test.results)),
    ...results(suite.suites ?? []),
  ]);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function counts(report: JsonReport): string {
  const { expected, unexpected, flaky, skipped } = report.stats;
  return `${expected} passed, ${unexpected} failed, ${flaky} flaky, ${skipped} skipped`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, only: { type: 'string' } } });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number from 1, got "${values.runs}"`);
  if (values.only && values.only !== 'suite' && values.only !== 'journey') throw new Error(`--only is "suite" or "journey", got "${values.only}"`);

  const rows: [string, string, string][] = [];
  let failed = false;
  if (values.only !== 'journey') {
    for (const workers of [1, 2]) {
      console.error(`Whole suite, --workers=${workers}…`);
      const run = await playwright([`--workers=${workers}`]);
      failed ||= run.exitCode !== 0;
      rows.push([`whole suite, --workers=${workers}`, seconds(run.wallMs), counts(run.report)]);
    }
  }
  if (values.only !== 'suite') {
    console.error(`Journey test, ${runs} runs…`);
    const run = await playwright([JOURNEY_SPEC, `--repeat-each=${runs}`, '--workers=1']);
    failed ||= run.exitCode !== 0;
    const durations = results(run.report.suites).filter((result) => result.status === 'passed').map((result) => result.duration);
    if (durations.length === 0) throw new Error('The journey test never passed, so it has no duration to report');
    rows.push([
      `journey test, median of ${durations.length}`,
      seconds(median(durations)),
      `min ${seconds(Math.min(...durations))}, max ${seconds(Math.max(...durations))}; ${counts(run.report)}`,
    ]);
  }

  const header: [string, string, string] = ['measure', 'time', 'detail'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  console.log(`\n${os.cpus().length} CPUs, Node ${process.version}, ${new Date().toISOString()}`);
  console.log(line(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
  // A benchmark of a failing suite measures the wrong thing: say so in the exit code.
  if (failed) {
    console.error('\nSome tests failed: these timings are not of a green suite.');
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
