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
  const count = parseWorkers(asked);
  if (count === undefined) throw new Error(`PW_WORKERS ${WORKERS_TAKE}; got "${asked}"`);
  return count;
}

export const WORKERS_TAKE = 'must be a whole number of workers from 1, or a share of the cores such as "50%"';

/** A number of workers as Playwright's `workers` takes it (3, or "50%" of the cores); undefined when it is neither. */
export function parseWorkers(value: string): number | string | undefined {
  if (/^[1-9]\d*$/.test(value)) return Number(value);
  if (/^(100|[1-9]\d?)%$/.test(value)) return value;
  return undefined;
}
