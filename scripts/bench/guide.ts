/**
 * Regenerating the guides (`node --import tsx scripts/guide/generate.ts`,
 * what `npm run guide` runs, on an unchanged portal: everything checked,
 * nothing rewritten) against a bare walk of the same steps (bare-walk.ts,
 * started the same way), alternating A and B in one run so both see the same
 * machine load; both medians and their ratio.
 */
import { nodeExitCode } from '../node-exit';
import { measured } from './cpu-time';
import { ROOT } from './playwright-run';
import { median, seconds } from './stats';
import type { Measure } from './measure';

/** One run of `script`: its wall time, the machine's processor time meanwhile (Linux), and whether it succeeded. */
async function timedRun(script: string): Promise<{ ms: number; cpuMs?: number; ok: boolean }> {
  // As package.json starts `npm run guide`: tsx as a loader in one process (its CLI would add a second).
  const { result: code, wallMs: ms, cpuMs } = await measured(() => nodeExitCode(['--import', 'tsx', script], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] }));
  return { ms, cpuMs, ok: code === 0 };
}

export const guide: Measure = {
  name: 'guide',
  describe: 'npm run guide\'s regeneration vs a bare walk, alternating, --runs times each: medians and ratio',
  async run({ runs }) {
    const regeneration: number[] = [];
    const bare: number[] = [];
    const regenerationCpu: number[] = [];
    const bareCpu: number[] = [];
    let failed = false;
    for (let run = 1; run <= runs; run++) {
      console.error(`Guide regeneration and bare walk, run ${run} of ${runs}…`);
      const a = await timedRun('scripts/guide/generate.ts');
      const b = await timedRun('scripts/bench/bare-walk.ts');
      failed ||= !a.ok || !b.ok;
      regeneration.push(a.ms);
      bare.push(b.ms);
      if (a.cpuMs !== undefined) regenerationCpu.push(a.cpuMs);
      if (b.cpuMs !== undefined) bareCpu.push(b.cpuMs);
    }
    const ratio = median(regeneration) / median(bare);
    const spread = (values: number[]) => `min ${seconds(Math.min(...values))}, max ${seconds(Math.max(...values))}`;
    return {
      failed,
      rows: [
        { measure: `guide regeneration (A), median of ${runs}`, value: seconds(median(regeneration)), detail: `node --import tsx scripts/guide/generate.ts, unchanged portal; ${spread(regeneration)}` },
        { measure: `bare walk (B), median of ${runs}`, value: seconds(median(bare)), detail: `node --import tsx scripts/bench/bare-walk.ts; ${spread(bare)}` },
        { measure: 'regeneration ÷ bare walk', value: `${ratio.toFixed(2)}×`, detail: 'A and B alternating in one run; goal ≤ 1.2×' },
        // Where the extra time comes from: A's processes keep the cores busier than B's one process does.
        ...(regenerationCpu.length === runs && bareCpu.length === runs
          ? [
              { measure: '  processor time, A', value: seconds(median(regenerationCpu)), detail: `median, the machine's busy time (/proc/stat); ${(median(regenerationCpu) / median(regeneration)).toFixed(2)} cores busy on average` },
              { measure: '  processor time, B', value: seconds(median(bareCpu)), detail: `median; ${(median(bareCpu) / median(bare)).toFixed(2)} cores busy on average` },
            ]
          : []),
      ],
    };
  },
};
