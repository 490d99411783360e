/**
 * What `npm run guide` was asked, and the Playwright settings that carry it
 * out. scripts/guide/cli.cjs hands its arguments over in GUIDE_COMMAND_ARGS
 * and starts Playwright's runner in its own process; playwright.config.ts
 * reads them here (`guideCommand`) and runs the `guides` project with these
 * settings, and ./command-reporter.ts says what the run did.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ReporterDescription } from '@playwright/test';
import { remotePortal, type RemotePortal } from '../../tests/support/remote';
import { parseWorkers, WORKERS_TAKE } from '../../tests/support/workers';
import { GUIDES_ROOT, guideSlugs } from './guide-folders';
import { INDEX_TEST, REPORT_DIR, RESULTS_DIR, titlePattern } from './run-project';

export const GUIDE_COMMAND_ENV = 'GUIDE_COMMAND_ARGS';

/** A run of the guides project: a regeneration, a check, or a deployment photographed. */
export interface GuideRun {
  readonly kind: 'run';
  readonly check: boolean;
  /** the guides asked for; every guide when empty */
  readonly slugs: readonly string[];
  readonly known: readonly string[];
  /** where the guides are read and written: guides/, or --out */
  readonly outputRoot: string;
  readonly service?: string;
  readonly remote: RemotePortal | null;
  readonly workers?: number | string;
  readonly retries?: number;
  readonly shard?: { readonly current: number; readonly total: number };
}

export interface GuidePreview {
  readonly kind: 'watch';
  readonly slug: string;
}

/** A command line that cannot run: its message is all the writer needs (no stack). */
export class GuideCommandError extends Error {}

/** `npm run guide`'s arguments (without --help, which cli.cjs answers), checked. */
export function parseGuideCommand(args: readonly string[], env: NodeJS.ProcessEnv = process.env, root = GUIDES_ROOT): GuideRun | GuidePreview {
  const { values, positionals } = parsed(args);
  const known = guideSlugs(root);
  const unknown = positionals.filter((slug) => !known.includes(slug));
  if (unknown.length > 0) fail(`No guide ${unknown.map((slug) => `"${slug}"`).join(', ')} under guides/ (guides: ${known.join(', ')})`);
  if (values.watch) return { kind: 'watch', slug: watchedSlug(positionals, known) };
  const remote = deployment(env);
  if (remote && !values.out) {
    fail(`PORTAL_URL is set, so this run would photograph ${remote.url}: say where its guide goes with --out <dir>.\nguides/ holds the guides photographed on the mock, which a run on a deployment never overwrites.`);
  }
  if (values.service && !remote) fail('--service names the service to change on a deployment: set PORTAL_URL (with PORTAL_EMAIL, PORTAL_PASSWORD and PORTAL_DOMAIN) too.');
  if (values.check && values.out) fail('--check compares the committed guides under guides/; --out writes a guide elsewhere: use one or the other.');
  return {
    kind: 'run',
    check: values.check,
    slugs: positionals,
    known,
    outputRoot: values.out ? path.resolve(values.out) : root,
    service: values.service,
    remote: remote && values.service ? { ...remote, service: values.service } : remote,
    workers: values.workers === undefined ? undefined : workers(values.workers),
    retries: values.retries === undefined ? undefined : count('--retries', values.retries),
    shard: values.shard === undefined ? undefined : shard(values.shard),
  };
}

/**
 * The run `npm run guide` asked for, when it started this process (or its
 * parent runner): null otherwise. A command that cannot run ends the process
 * with its message, before the runner starts anything.
 * It also sets GUIDE_OUTPUT_ROOT and PORTAL_SERVICE, which the guides' tests
 * read, so the runner's workers inherit them.
 */
export function guideCommand(env: NodeJS.ProcessEnv = process.env): GuideRun | null {
  const args = env[GUIDE_COMMAND_ENV];
  if (args === undefined) return null;
  // The reporters' settings are the command's (guideRunSettings): Playwright would let these variables, left
  // in a writer's shell, move the report away from the folder the command then names, or change what it prints.
  for (const name of Object.keys(env)) if (/^PLAYWRIGHT_(HTML|JSON|LIST)_/.test(name)) delete env[name];
  try {
    const command = parseGuideCommand(JSON.parse(args) as string[], env);
    if (command.kind !== 'run') throw new GuideCommandError('--watch is served by scripts/guide/cli.cjs, never by the test runner');
    if (command.outputRoot !== GUIDES_ROOT) env.GUIDE_OUTPUT_ROOT = command.outputRoot;
    if (command.service) env.PORTAL_SERVICE = command.service;
    return command;
  } catch (error) {
    if (!(error instanceof GuideCommandError || error instanceof TypeError)) throw error;
    // parseArgs says what is wrong with an option in a TypeError; either way the message is the whole story.
    console.error(`\n${error.message}`);
    process.exit(1);
  }
}

/**
 * The config's settings for that run: the guides project alone (the guides
 * asked for and the index), updated unless it is a check; the command's own
 * summary (./command-reporter.ts), the list reporter printing each guide's steps, the HTML report (a check's review) in
 * guide-report/ and a JSON report; results in
 * guide-results/, apart from the suite's.
 */
export function guideRunSettings(run: GuideRun) {
  return {
    grep: run.slugs.length > 0 ? new RegExp(titlePattern([...run.slugs, INDEX_TEST])) : undefined,
    updateSnapshots: run.check ? ('none' as const) : ('changed' as const),
    outputDir: RESULTS_DIR,
    reporter: [
      [path.join(__dirname, 'command-reporter.ts'), run],
      ['list', { printSteps: true }],
      // The HTML report is the review of a check; a regeneration rewrites what differs, so it has no diffs to show.
      ...(run.check ? [['html', { outputFolder: REPORT_DIR, open: 'never' }] as ReporterDescription] : []),
      ['json', { outputFile: path.join(RESULTS_DIR, 'report.json') }],
    ] satisfies ReporterDescription[],
    ...(run.workers === undefined ? {} : { workers: run.workers }),
    ...(run.retries === undefined ? {} : { retries: run.retries }),
    ...(run.shard === undefined ? {} : { shard: run.shard }),
  };
}

/** Where the guides were written, as the writer names it: guides, or the --out folder. */
export function shownFolder(outputRoot: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, outputRoot);
  return relative.startsWith('..') ? outputRoot : relative || '.';
}

function parsed(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      check: { type: 'boolean', default: false },
      watch: { type: 'boolean', default: false },
      shard: { type: 'string' },
      workers: { type: 'string' },
      retries: { type: 'string' },
      out: { type: 'string' },
      service: { type: 'string' },
    },
  });
}

function watchedSlug(positionals: readonly string[], known: readonly string[]): string {
  if (positionals.length === 1) return positionals[0]!;
  if (positionals.length === 0 && known.length === 1) return known[0]!;
  fail(`--watch previews one guide: say which (guides: ${known.join(', ')})`);
}

/** The deployment PORTAL_URL names, or null; incomplete variables are a command that cannot run. */
function deployment(env: NodeJS.ProcessEnv): RemotePortal | null {
  try {
    return remotePortal(env);
  } catch (error) {
    return fail((error as Error).message);
  }
}

/** A number of workers, or a share of the cores ("50%"), as Playwright's --workers takes it. */
function workers(value: string): number | string {
  return parseWorkers(value) ?? fail(`--workers ${WORKERS_TAKE}; got "${value}"`);
}

function count(option: string, value: string): number {
  if (!/^\d+$/.test(value)) fail(`${option} takes a whole number; got "${value}"`);
  return Number(value);
}

function shard(value: string): { current: number; total: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const [current, total] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (current < 1 || current > total) fail(`--shard takes <i/n>, the i-th of n shards (1 ≤ i ≤ n), such as 1/2; got "${value}"`);
  return { current, total };
}

function fail(message: string): never {
  throw new GuideCommandError(message);
}
