/**
 * Runs `npm run guide` (scripts/guide/generate.ts) as a writer would, in a
 * child process of this repository, for tests of what the command does on a
 * deployment: its results (the JSON report with each guide's walk record) go
 * to a temporary folder of their own, never guide-results/.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WALK_ATTACHMENT, type WalkRecord } from '../../scripts/guide/walk';
import { childEnvironment } from './repo-copy';

const ROOT = path.join(__dirname, '..', '..');

export interface GuideCommandRun {
  readonly code: number;
  readonly output: string;
  readonly seconds: number;
  /** each guide's walk record (figures, names, mask boxes), by slug, as the run attached it */
  readonly walks: ReadonlyMap<string, WalkRecord>;
}

export async function runGuideCommand(args: readonly string[], env: Readonly<Record<string, string>>, timeoutMs: number): Promise<GuideCommandRun> {
  const results = mkdtempSync(path.join(os.tmpdir(), 'guide-command-'));
  const started = performance.now();
  try {
    const { code, output } = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', 'scripts/guide/generate.ts', ...args],
        { cwd: ROOT, timeout: timeoutMs, env: { ...childEnvironment(), ...env, GUIDE_RESULTS_DIR: results, FORCE_COLOR: '0' }, maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: `${stdout}${stderr}` }),
      );
    });
    return { code, output, seconds: (performance.now() - started) / 1000, walks: walkRecords(path.join(results, 'report.json')) };
  } finally {
    rmSync(results, { recursive: true, force: true });
  }
}

interface ReportNode {
  readonly suites?: readonly ReportNode[];
  readonly specs?: readonly { readonly title: string; readonly tests: readonly { readonly results: readonly { readonly attachments?: readonly { name: string; body?: string }[] }[] }[] }[];
}

function walkRecords(reportFile: string): Map<string, WalkRecord> {
  const walks = new Map<string, WalkRecord>();
  if (!existsSync(reportFile)) return walks;
  const visit = (node: ReportNode) => {
    for (const spec of node.specs ?? []) {
      for (const attachment of spec.tests.flatMap((test) => test.results.flatMap((result) => result.attachments ?? []))) {
        if (attachment.name === WALK_ATTACHMENT && attachment.body) walks.set(spec.title, JSON.parse(Buffer.from(attachment.body, 'base64').toString('utf8')) as WalkRecord);
      }
    }
    (node.suites ?? []).forEach(visit);
  };
  visit(JSON.parse(readFileSync(reportFile, 'utf8')) as ReportNode);
  return walks;
}
