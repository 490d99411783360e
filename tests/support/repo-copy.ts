/**
 * A temporary copy of the repository (its node_modules linked, not copied),
 * for tests that change the portal or a guide and run the project's own
 * commands against the change, leaving the real tree alone.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { scriptArgs } from '../../scripts/node-exit';
import { runNode } from './node-run';

const ROOT = path.join(__dirname, '..', '..');
/** Generated or installed, never part of what a command reads from the tree. */
const LEFT_OUT = new Set(['node_modules', '.git', 'test-results', 'playwright-report', 'blob-report', 'guide-report', 'guide-results']);

export interface RepoCopy {
  readonly root: string;
  /** Runs a Node script of the copy (with tsx when it is TypeScript) in the copy; resolves with its exit code and output. */
  run(script: string, args?: readonly string[], options?: { readonly env?: NodeJS.ProcessEnv; readonly timeoutMs?: number }): Promise<{ code: number; stdout: string; stderr: string }>;
  dispose(): void;
}

export function copyRepo(): RepoCopy {
  const root = mkdtempSync(path.join(os.tmpdir(), 'repo-copy-'));
  cpSync(ROOT, root, { recursive: true, filter: (source) => !LEFT_OUT.has(path.basename(source)) || path.dirname(source) !== ROOT });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return {
    root,
    run(script, args = [], options = {}) {
      const step = `${path.relative(ROOT, script)} ${args.join(' ')}`.trim();
      return runNode(`${step}, in a copy of the repository`, [...scriptArgs(script), ...args], { cwd: root, env: { ...childEnvironment(), ...options.env }, timeoutMs: options.timeoutMs, maxBuffer: 64 * 1024 * 1024 });
    },
    dispose() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/**
 * The environment a command run by hand would see: without the variables of
 * the Playwright worker running this test, which would confuse a nested run,
 * and without a guide output folder the test itself may have been given.
 *
 * A nested Playwright run gets one worker (PW_WORKERS=1, tests/support/workers.ts).
 * The test running it is one of the parent run's workers, which already uses
 * every core. Left to the default, the nested run would start a worker and a
 * browser per core on top of the parent's, and the two runs would fight over
 * the same cores. At `--workers=1` the parent would no longer run one test at
 * a time.
 */
export function childEnvironment(): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(PW_|PLAYWRIGHT_|TEST_|GUIDE_)/.test(name) && name !== 'FORCE_COLOR'));
  return { ...inherited, PW_WORKERS: '1' };
}
