/**
 * Runs a Node script as a child process, as a step of the running test: a
 * test that times out while its child runs then says so in its report, where
 * no Playwright call would (`npm run bench` prints "in step: …").
 */
import { execFile } from 'node:child_process';
import { test } from './test';

export interface NodeRun {
  /** the exit code; 1 for a child killed (its timeout) or that printed more than maxBuffer */
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface NodeRunOptions {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly timeoutMs?: number;
  readonly maxBuffer: number;
}

/** `node <args>`; resolves whatever the child's exit. */
export function runNode(step: string, args: readonly string[], { cwd, env, timeoutMs, maxBuffer }: NodeRunOptions): Promise<NodeRun> {
  return test.step(step, () =>
    new Promise<NodeRun>((resolve) => {
      execFile(process.execPath, [...args], { cwd, env, timeout: timeoutMs, maxBuffer }, (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      });
    }),
  );
}
