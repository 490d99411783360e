// @ts-check
/**
 * A StrykerJS test runner for the unit tests, which are Playwright tests.
 *
 * Stryker's own "command" runner would run every unit test for every mutant
 * and cannot tell a mutant no test reaches from one the tests miss. This one
 * runs the same `playwright test --project=<project>` command, but:
 *
 * - the dry run runs each test file on its own, with a hook (coverage-hook.cjs)
 *   that records which mutants that file's run executed: each test file is one
 *   "test" to Stryker, with its own coverage;
 * - each mutant then runs only the test files that execute it (Stryker's
 *   "perTest" coverage analysis), stopping at the first failure;
 * - a mutant no file executes is reported "no coverage" without a run.
 *
 * Every run is a new Playwright process with the mutant chosen by the
 * __STRYKER_ACTIVE_MUTANT__ variable, so mutants in code run at import time
 * are tested like any other.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { commonTokens, declareClassPlugin, PluginKind, tokens } from '@stryker-mutator/api/plugin';
import { DryRunStatus, MutantRunStatus, TestStatus } from '@stryker-mutator/api/test-runner';

const COVERAGE_HOOK = fileURLToPath(new URL('./coverage-hook.cjs', import.meta.url));
const ACTIVE_MUTANT = '__STRYKER_ACTIVE_MUTANT__';

/** Options under `playwrightUnit` in stryker.config.mjs. */
export const strykerValidationSchema = {
  $schema: 'http://json-schema.org/draft-07/schema',
  type: 'object',
  properties: {
    playwrightUnit: {
      type: 'object',
      description: 'Where the Playwright unit tests for the mutated code are, and which project runs them.',
      properties: {
        testDir: { type: 'string', description: 'Folder searched for *.test.ts files, relative to the project root.' },
        project: { type: 'string', description: 'The Playwright project that runs them.' },
      },
      additionalProperties: false,
      default: {},
    },
  },
};

/**
 * @typedef {import('@stryker-mutator/api/test-runner').TestRunner} TestRunner
 * @typedef {import('@stryker-mutator/api/test-runner').DryRunResult} DryRunResult
 * @typedef {import('@stryker-mutator/api/test-runner').MutantRunResult} MutantRunResult
 * @typedef {import('@stryker-mutator/api/test-runner').MutantRunOptions} MutantRunOptions
 * @typedef {import('@stryker-mutator/api/test-runner').DryRunOptions} DryRunOptions
 * @typedef {import('@stryker-mutator/api/test-runner').TestResult} TestResult
 * @typedef {{ status: 'passed' | 'failed' | 'timedOut', tests: { file: string, title: string, ok: boolean, message: string, ms: number }[], output: string }} PlaywrightRun
 */

/** @implements {TestRunner} */
export class PlaywrightUnitRunner {
  static inject = tokens(commonTokens.options, commonTokens.logger);

  /** @type {import('node:child_process').ChildProcess | null} */
  #running = null;
  #cli = '';
  #testDir;
  #project;
  #log;

  /**
   * @param {import('@stryker-mutator/api/core').StrykerOptions & { playwrightUnit?: { testDir?: string, project?: string } }} options
   * @param {import('@stryker-mutator/api/logging').Logger} log
   */
  constructor(options, log) {
    this.#testDir = options.playwrightUnit?.testDir ?? 'mock-portal/src/domain';
    this.#project = options.playwrightUnit?.project ?? 'unit';
    this.#log = log;
  }

  capabilities() {
    // Each run is a new process: the environment is always fresh.
    return { reloadEnvironment: true };
  }

  async init() {
    this.#cli = createRequire(path.join(process.cwd(), 'package.json')).resolve('@playwright/test/cli');
  }

  /**
   * @param {DryRunOptions} options
   * @returns {Promise<DryRunResult>}
   */
  async dryRun(options) {
    const files = testFiles(this.#testDir);
    if (files.length === 0) return { status: DryRunStatus.Error, errorMessage: `No *.test.ts files under ${this.#testDir}` };
    /** @type {TestResult[]} */
    const tests = [];
    /** @type {import('@stryker-mutator/api/core').MutantCoverage} */
    const mutantCoverage = { static: {}, perTest: {} };
    for (const file of files) {
      const coverageDir = mkdtempSync(path.join(os.tmpdir(), 'stryker-coverage-'));
      try {
        const run = await this.#playwright([file], { STRYKER_COVERAGE_DIR: coverageDir }, options.timeout, false);
        if (run.status === 'timedOut') return { status: DryRunStatus.Timeout, reason: `${file} took longer than ${options.timeout} ms` };
        const failed = run.tests.filter((test) => !test.ok);
        if (run.status === 'failed' || failed.length > 0) {
          return { status: DryRunStatus.Error, errorMessage: `${file} fails without any mutant:\n${failed.map((test) => `${test.title}: ${test.message}`).join('\n') || run.output}` };
        }
        tests.push({ id: file, name: file, fileName: file, status: TestStatus.Success, timeSpentMs: run.tests.reduce((sum, test) => sum + test.ms, 0) });
        mutantCoverage.perTest[file] = readCoverage(coverageDir);
        this.#log.info('%s: %d tests, %d mutants executed', file, run.tests.length, Object.keys(mutantCoverage.perTest[file]).length);
      } finally {
        rmSync(coverageDir, { recursive: true, force: true });
      }
    }
    return { status: DryRunStatus.Complete, tests, mutantCoverage };
  }

  /**
   * @param {MutantRunOptions} options
   * @returns {Promise<MutantRunResult>}
   */
  async mutantRun(options) {
    const files = options.testFilter ?? testFiles(this.#testDir);
    const run = await this.#playwright(files, { [ACTIVE_MUTANT]: options.activeMutant.id }, options.timeout, true);
    if (run.status === 'timedOut') return { status: MutantRunStatus.Timeout, reason: `No result within ${options.timeout} ms` };
    const failed = run.tests.filter((test) => !test.ok);
    if (failed.length > 0) {
      return {
        status: MutantRunStatus.Killed,
        killedBy: [...new Set(failed.map((test) => test.file))],
        failureMessage: `${failed[0].title}: ${failed[0].message}`,
        nrOfTests: run.tests.length,
      };
    }
    // A failed run without a failed test: the mutant broke loading (a syntax or import error), which the tests catch too.
    if (run.status === 'failed') return { status: MutantRunStatus.Killed, killedBy: files, failureMessage: run.output.slice(-2000), nrOfTests: run.tests.length };
    return { status: MutantRunStatus.Survived, nrOfTests: run.tests.length };
  }

  async dispose() {
    this.#stop();
  }

  /** Kills the Playwright run in flight and its workers (its own process group). */
  #stop() {
    const child = this.#running;
    this.#running = null;
    if (child?.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }

  /**
   * Runs `playwright test <files>` in one worker with a JSON report.
   * @param {string[]} files
   * @param {Record<string, string>} env
   * @param {number} timeoutMs
   * @param {boolean} stopAtFirstFailure
   * @returns {Promise<PlaywrightRun>}
   */
  #playwright(files, env, timeoutMs, stopAtFirstFailure) {
    const reportDir = mkdtempSync(path.join(os.tmpdir(), 'stryker-playwright-'));
    const reportFile = path.join(reportDir, 'report.json');
    const args = [this.#cli, 'test', ...files, `--project=${this.#project}`, '--workers=1', '--reporter=json', '--output', path.join(reportDir, 'results')];
    if (stopAtFirstFailure) args.push('--max-failures=1');
    return new Promise((resolve, reject) => {
      const nodeOptions = [process.env.NODE_OPTIONS ?? '', env.STRYKER_COVERAGE_DIR ? `--require ${JSON.stringify(COVERAGE_HOOK)}` : ''].join(' ').trim();
      const child = spawn(process.execPath, args, {
        // Its own process group, so a timeout can stop the workers it started too.
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, ...env, NODE_OPTIONS: nodeOptions, PLAYWRIGHT_JSON_OUTPUT_FILE: reportFile, CI: '', FORCE_COLOR: '0' },
      });
      this.#running = child;
      /** @type {Buffer[]} */
      const output = [];
      child.stdout?.on('data', (chunk) => output.push(chunk));
      child.stderr?.on('data', (chunk) => output.push(chunk));
      const timer = setTimeout(() => {
        this.#stop();
        finish({ status: 'timedOut', tests: [], output: '' });
      }, timeoutMs);
      let done = false;
      /** @param {PlaywrightRun} run */
      const finish = (run) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        if (this.#running === child) this.#running = null;
        rmSync(reportDir, { recursive: true, force: true });
        resolve(run);
      };
      child.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.on('exit', (code) => {
        const text = Buffer.concat(output).toString();
        let tests = [];
        try {
          tests = readReport(reportFile);
        } catch {
          // No report: Playwright could not start or load the files (e.g. a mutant broke an import); the exit code says so.
        }
        finish({ status: code === 0 ? 'passed' : 'failed', tests, output: text });
      });
    });
  }
}

/** Every *.test.ts under `dir`, relative to the project root, with forward slashes. */
function testFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts'))
    .map((entry) => path.relative(process.cwd(), path.join(entry.parentPath ?? entry.path, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The union of the coverage files the processes of one run wrote. */
function readCoverage(dir) {
  /** @type {Record<string, number>} */
  const covered = {};
  for (const name of readdirSync(dir)) {
    /** @type {import('@stryker-mutator/api/core').MutantCoverage} */
    const coverage = JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
    for (const data of [coverage.static, ...Object.values(coverage.perTest ?? {})]) {
      for (const [id, hits] of Object.entries(data ?? {})) covered[id] = (covered[id] ?? 0) + hits;
    }
  }
  return covered;
}

/**
 * Each test of a Playwright JSON report: its file (relative to the project root), title, outcome, first error.
 * @returns {PlaywrightRun['tests']}
 */
function readReport(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const root = report.config?.rootDir ?? process.cwd();
  /** @type {PlaywrightRun['tests']} */
  const tests = [];
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        const result = test.results?.at(-1);
        if (!result) continue; // not run: the run stopped at an earlier failure
        tests.push({
          file: path.relative(process.cwd(), path.resolve(root, spec.file)).split(path.sep).join('/'),
          title: [...titles, spec.title].join(' › '),
          ok: test.status === 'expected' || test.status === 'skipped',
          message: result.error?.message ?? result.errors?.[0]?.message ?? '',
          ms: result.duration ?? 0,
        });
      }
    }
    for (const child of suite.suites ?? []) walk(child, suite.title && !suite.title.endsWith('.ts') ? [...titles, suite.title] : titles);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  return tests;
}

export const strykerPlugins = [declareClassPlugin(PluginKind.TestRunner, 'playwright-unit', PlaywrightUnitRunner)];
