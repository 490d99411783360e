/**
 * How many Playwright workers `npm test` uses: every core, CI included.
 *
 * Playwright's default is half the cores, which on a 2-core machine is one
 * worker and half the machine idle. Every test has its own portal instance
 * (store, clock, sessions, gateway ledger) on its worker's own port, so nothing
 * stops tests sharing the machine; a test that cannot is a bug to fix in the
 * test, not a reason for fewer workers. Fewer only when asked: PW_WORKERS=1
 * (or a share of the cores, "50%"), or `--workers`, which overrides the config.
 */
import os from 'node:os';

export function workerCount(env: NodeJS.ProcessEnv = process.env, cores: number = os.availableParallelism()): number | string {
  const asked = env.PW_WORKERS?.trim();
  if (!asked) return cores;
  if (/^[1-9]\d*$/.test(asked)) return Number(asked);
  if (/^(100|[1-9]\d?)%$/.test(asked)) return asked;
  throw new Error(`PW_WORKERS must be a whole number of workers from 1, or a share of the cores such as "50%"; got "${asked}"`);
}
