/**
 * The `guides` Playwright project's folders and test titles, and a run of it
 * in a child process for the preview (`npm run guide -- --watch`, whose server
 * stays up between walks): the list reporter printing each guide's steps as
 * they finish, and a JSON report read afterwards for the walk's record.
 * `npm run guide` itself runs the project in its own process (./command.ts).
 * Results go to guide-results/, apart from the suite's test-results/.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { nodeExitCode } from '../node-exit';
import { REPO_ROOT } from './guide-folders';

/** A check's HTML report: the writer's review. */
export const REPORT_DIR = path.join(REPO_ROOT, 'guide-report');
/** GUIDE_RESULTS_DIR moves them (a test reading one run's results, apart from any other run's). */
export const RESULTS_DIR = path.resolve(REPO_ROOT, process.env.GUIDE_RESULTS_DIR || 'guide-results');
/** The index's test title in tests/guides/guides.spec.ts. */
export const INDEX_TEST = 'guides/README.md';

export interface ProjectRun {
  readonly exitCode: number;
  /** every error message of every failed guide test */
  readonly errors: readonly string[];
  /** the content of every in-memory attachment, by test title and attachment name */
  readonly attachments: ReadonlyMap<string, string>;
}

export interface ProjectOptions {
  /** guides to run (every guide and the index when empty) */
  readonly slugs: readonly string[];
  /** passed on to `playwright test`: --retries */
  readonly extraArgs: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
  /** where the results go (default guide-results/) */
  readonly resultsDir?: string;
}

export async function runGuidesProject(options: ProjectOptions): Promise<ProjectRun> {
  const resultsDir = options.resultsDir ?? RESULTS_DIR;
  const jsonReport = path.join(resultsDir, 'report.json');
  const args = [
    require.resolve('@playwright/test/cli'),
    'test',
    '--project=guides',
    // A walk writes what differs from the folder it writes to: the preview's scratch copy (GUIDE_OUTPUT_ROOT).
    '--update-snapshots=changed',
    '--reporter=list,json',
    `--output=${resultsDir}`,
    ...(options.slugs.length > 0 ? [`--grep=${titlePattern([...options.slugs, INDEX_TEST])}`] : []),
    ...options.extraArgs,
  ];
  const exitCode = await nodeExitCode(args, {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      ...options.env,
      PLAYWRIGHT_LIST_PRINT_STEPS: '1',
      PLAYWRIGHT_JSON_OUTPUT_NAME: jsonReport,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return { exitCode, ...readProjectReport(jsonReport) };
}

/** A guides run's JSON report: every failed test's error messages, and every in-memory attachment by `${test title}/${name}`. */
export function readProjectReport(jsonReport: string): Pick<ProjectRun, 'errors' | 'attachments'> {
  if (!existsSync(jsonReport)) return { errors: [], attachments: new Map() };
  const report = JSON.parse(readFileSync(jsonReport, 'utf8')) as JsonNode;
  return { errors: errorsOf(report), attachments: new Map(attachmentsOf(report)) };
}

/** A --grep matching exactly these test titles (a slug never matches a longer slug it starts). */
export function titlePattern(titles: readonly string[]): string {
  return `(^|\\s)(${titles.map((title) => title.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})(\\s|$)`;
}

interface JsonResult {
  readonly errors?: readonly { readonly message?: string }[];
  readonly attachments?: readonly { readonly name: string; readonly body?: string }[];
}
interface JsonNode {
  readonly suites?: readonly JsonNode[];
  readonly specs?: readonly { readonly title: string; readonly tests: readonly { readonly results: readonly JsonResult[] }[] }[];
}

function resultsOf(node: JsonNode): [string, JsonResult][] {
  const own = (node.specs ?? []).flatMap((spec) => spec.tests.flatMap((test) => test.results.map((result): [string, JsonResult] => [spec.title, result])));
  return [...own, ...(node.suites ?? []).flatMap(resultsOf)];
}

function errorsOf(report: JsonNode): string[] {
  return resultsOf(report).flatMap(([, result]) => (result.errors ?? []).map((error) => error.message ?? ''));
}

/** `${test title}/${attachment name}` → content; the JSON reporter carries in-memory attachments as base64. */
function attachmentsOf(report: JsonNode): [string, string][] {
  return resultsOf(report).flatMap(([title, result]) =>
    (result.attachments ?? []).flatMap((attachment) => (attachment.body === undefined ? [] : [[`${title}/${attachment.name}`, Buffer.from(attachment.body, 'base64').toString('utf8')] as [string, string]])),
  );
}

/**
 * The files a check run found different, as the repository paths a writer
 * knows: from Playwright's "Snapshot: <name>" and "doesn't exist at <path>" lines.
 */
export function differingFiles(errors: readonly string[], outputRoot: string): string[] {
  // eslint-disable-next-line no-control-regex
  const plain = errors.map((error) => error.replace(/\u001b\[[0-9;]*m/g, ''));
  const names = plain.flatMap((error) => [
    ...[...error.matchAll(/^\s*Snapshot: (.+)$/gm)].map((match) => path.join(outputRoot, match[1]!.trim())),
    ...[...error.matchAll(/A snapshot doesn't exist at (.+?)\.?$/gm)].map((match) => match[1]!.trim()),
  ]);
  return [...new Set(names.map((file) => path.relative(REPO_ROOT, file)))].sort();
}
