/**
 * Runs `npm run guide` (scripts/guide/cli.cjs) as a writer would, in a
 * child process of this repository, for tests of what the command does on a
 * deployment: its results (the JSON report with each guide's walk record) go
 * to a temporary folder of their own, never guide-results/.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readProjectReport } from '../../scripts/guide/run-project';
import { WALK_ATTACHMENT, type WalkRecord } from '../../scripts/guide/walk';
import { childEnvironment } from './repo-copy';
import { runNode } from './node-run';

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
    const run = await runNode(`npm run guide -- ${args.join(' ')}`, ['scripts/guide/cli.cjs', ...args], {
      cwd: ROOT,
      env: { ...childEnvironment(), ...env, GUIDE_RESULTS_DIR: results, FORCE_COLOR: '0' },
      timeoutMs,
      maxBuffer: 64 * 1024 * 1024,
    });
    const output = `${run.stdout}${run.stderr}`;
    return { code: run.code, output, seconds: (performance.now() - started) / 1000, walks: walkRecords(path.join(results, 'report.json')) };
  } finally {
    rmSync(results, { recursive: true, force: true });
  }
}

/** Each guide's walk record, from the attachments of the run's JSON report. */
function walkRecords(reportFile: string): Map<string, WalkRecord> {
  const walks = new Map<string, WalkRecord>();
  for (const [key, body] of readProjectReport(reportFile).attachments) {
    const [slug, name] = [key.slice(0, key.lastIndexOf('/')), key.slice(key.lastIndexOf('/') + 1)];
    if (name === WALK_ATTACHMENT) walks.set(slug, JSON.parse(body) as WalkRecord);
  }
  return walks;
}
