/**
 * Runs the `guides` Playwright project for `npm run guide`: the list reporter
 * printing each guide's steps as they finish, the HTML report (the writer's
 * review) in guide-report/, and a JSON report the command reads afterwards.
 * Its results go to guide-results/, apart from the suite's test-results/.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './catalog';

export const REPORT_DIR = path.join(REPO_ROOT, 'guide-report');
export const RESULTS_DIR = path.join(REPO_ROOT, 'guide-results');
const JSON_REPORT = path.join(RESULTS_DIR, 'report.json');
/** The index's test title in tests/guides/guides.spec.ts. */
export const INDEX_TEST = 'guides/README.md';

export interface ProjectRun {
  readonly exitCode: number;
  /** every error message of every failed guide test */
  readonly errors: readonly string[];
}

export interface ProjectOptions {
  /** guides to run (every guide and the index when empty) */
  readonly slugs: readonly string[];
  readonly update: boolean;
  /** passed on to `playwright test`: --shard, --workers */
  readonly extraArgs: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
  readonly quiet?: boolean;
}

export async function runGuidesProject(options: ProjectOptions): Promise<ProjectRun> {
  const args = [
    require.resolve('@playwright/test/cli'),
    'test',
    '--project=guides',
    `--update-snapshots=${options.update ? 'changed' : 'none'}`,
    '--reporter=list,html,json',
    `--output=${RESULTS_DIR}`,
    ...(options.slugs.length > 0 ? [`--grep=${titlePattern([...options.slugs, INDEX_TEST])}`] : []),
    ...options.extraArgs,
  ];
  const exitCode = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        ...options.env,
        PLAYWRIGHT_LIST_PRINT_STEPS: '1',
        PLAYWRIGHT_HTML_OUTPUT_DIR: REPORT_DIR,
        PLAYWRIGHT_HTML_OPEN: 'never',
        PLAYWRIGHT_JSON_OUTPUT_NAME: JSON_REPORT,
      },
      stdio: ['ignore', options.quiet ? 'ignore' : 'inherit', options.quiet ? 'ignore' : 'inherit'],
    });
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  return { exitCode, errors: existsSync(JSON_REPORT) ? errorsOf(JSON.parse(readFileSync(JSON_REPORT, 'utf8')) as JsonNode) : [] };
}

/** A --grep matching exactly these test titles (a slug never matches a longer slug it starts). */
export function titlePattern(titles: readonly string[]): string {
  return `(^|\\s)(${titles.map((title) => title.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})(\\s|$)`;
}

interface JsonNode {
  readonly suites?: readonly JsonNode[];
  readonly specs?: readonly { readonly tests: readonly { readonly results: readonly { readonly errors?: readonly { readonly message?: string }[] }[] }[] }[];
}

function errorsOf(node: JsonNode): string[] {
  const own = (node.specs ?? []).flatMap((spec) => spec.tests.flatMap((test) => test.results.flatMap((result) => (result.errors ?? []).map((error) => error.message ?? ''))));
  return [...own, ...(node.suites ?? []).flatMap(errorsOf)];
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
