/**
 * Regenerating the guides (A: `node scripts/guide/cli.cjs`, what
 * `npm run guide` runs, on an unchanged portal: everything checked,
 * nothing rewritten) against a bare walk of the same steps (B: bare-walk.ts,
 * started the same way), in one run, taking turns so both see the same
 * machine load; both medians and their ratio.
 *
 * Between them, C: the same bare walk as Playwright Test runs it
 * (bare-walk.config.ts: two workers, the guides project's settings, a
 * trace only on a retry; a JSON report, where A's runner also lists each
 * step), and D: that walk photographing each step as the guide does (the
 * crop, the masks, the outline), still reading nothing. The ratio splits
 * into the test runner's factor (C ÷ B: its overhead, less what the second
 * worker gains), the capture's (D ÷ C: what the issue's toHaveScreenshot
 * options cost) and the checks' (A ÷ D: the readings, the checks, the
 * comparison and the outputs).
 */
import { nodeExitCode, scriptArgs } from '../node-exit';
import { measured } from './cpu-time';
import { playwright, ROOT } from './playwright-run';
import { median, seconds } from './stats';
import type { Measure, Row } from './measure';

interface Timing {
  readonly ms: number;
  readonly cpuMs?: number;
  readonly ok: boolean;
}

/** One run of a script as package.json starts it: its wall time, the machine's processor time meanwhile (Linux), and whether it succeeded. */
async function timedScript(script: string): Promise<Timing> {
  const { result: code, wallMs: ms, cpuMs } = await measured(() => nodeExitCode(scriptArgs(script), { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] }));
  return { ms, cpuMs, ok: code === 0 };
}

async function timedBareWalkTest(framed: boolean): Promise<Timing> {
  const started = performance.now();
  try {
    const run = await playwright(['--config=scripts/bench/bare-walk.config.ts'], { ...process.env, BARE_WALK_FRAMED: framed ? '1' : '0' });
    return { ms: run.wallMs, cpuMs: run.cpuMs, ok: run.exitCode === 0 };
  } catch (error) {
    // A run that left no report is a failed run, like a script's non-zero exit: the bench goes on and says so.
    console.error(`  failed: ${(error as Error).message}`);
    return { ms: performance.now() - started, ok: false };
  }
}

const COMMANDS = [
  { key: 'A', label: 'guide regeneration (A)', detail: 'node scripts/guide/cli.cjs, unchanged portal', run: () => timedScript('scripts/guide/cli.cjs') },
  { key: 'B', label: 'bare walk (B)', detail: 'node --import tsx scripts/bench/bare-walk.ts', run: () => timedScript('scripts/bench/bare-walk.ts') },
  { key: 'C', label: 'bare walk as a Playwright test (C)', detail: 'playwright test --config=scripts/bench/bare-walk.config.ts', run: () => timedBareWalkTest(false) },
  { key: 'D', label: 'the same, photographed as the guide (D)', detail: 'BARE_WALK_FRAMED=1 playwright test --config=scripts/bench/bare-walk.config.ts: crop, masks, outline; nothing read', run: () => timedBareWalkTest(true) },
] as const;

export const guide: Measure = {
  name: 'guide',
  describe: 'npm run guide\'s regeneration vs a bare walk (and the bare walk under Playwright Test, plain and photographed as the guide), alternating, --runs times each: medians and ratios',
  async run({ runs }) {
    const timings = new Map<string, Timing[]>(COMMANDS.map((command) => [command.key, []]));
    for (let run = 1; run <= runs; run++) {
      console.error(`Guide regeneration and the three bare walks, run ${run} of ${runs}…`);
      // Each run starts with the next command (A B C D, B C D A, …): none always runs first on a cold cache or
      // always follows the same one.
      const order = COMMANDS.map((_, at) => COMMANDS[(run - 1 + at) % COMMANDS.length]!);
      for (const command of order) timings.get(command.key)!.push(await command.run());
    }
    const walls = (key: string) => timings.get(key)!.map((timing) => timing.ms);
    const wall = (key: string) => median(walls(key));
    const ratio = (over: string, under: string) => `${(wall(over) / wall(under)).toFixed(2)}×`;
    // Each run's own ratio, its commands taken back to back: the host's load drifts over a bench, and these show how
    // far the ratio of the medians can move with it.
    const perRun = (over: string, under: string) => {
      const ratios = walls(over).map((ms, run) => ms / walls(under)[run]!);
      return `each run's own: median ${median(ratios).toFixed(2)}×, min ${Math.min(...ratios).toFixed(2)}×, max ${Math.max(...ratios).toFixed(2)}×`;
    };
    const spread = (values: readonly number[]) => `min ${seconds(Math.min(...values))}, max ${seconds(Math.max(...values))}`;
    const rows: Row[] = [
      ...COMMANDS.map((command) => ({
        measure: `${command.label}, median of ${runs}`,
        value: seconds(wall(command.key)),
        detail: `${command.detail}; ${spread(walls(command.key))}`,
      })),
      { measure: 'regeneration ÷ bare walk', value: ratio('A', 'B'), detail: `A ÷ B, taking turns in one run; goal ≤ 1.2×; ${perRun('A', 'B')}` },
      // The three factors of the medians multiply to A ÷ B (the runs' own ratios need not).
      { measure: '  the test runner\'s factor', value: ratio('C', 'B'), detail: `C ÷ B: the same walk, run as A runs it (Playwright Test, its workers, the guides project's settings); ${perRun('C', 'B')}` },
      { measure: '  the capture\'s factor', value: ratio('D', 'C'), detail: `D ÷ C: each step photographed with the guide's crop, masks and outline; ${perRun('D', 'C')}` },
      { measure: '  the checks\' factor', value: ratio('A', 'D'), detail: `A ÷ D: readings, checks, comparison, outputs, the command's own work; ${perRun('A', 'D')}` },
    ];
    // Where the extra time comes from: A's processes keep the cores busier than B's one process does.
    for (const command of COMMANDS) {
      const cpu = timings.get(command.key)!.flatMap((timing) => (timing.cpuMs === undefined ? [] : [timing.cpuMs]));
      if (cpu.length !== runs) continue;
      rows.push({ measure: `  processor time, ${command.key}`, value: seconds(median(cpu)), detail: `median, the machine's busy time (/proc/stat); ${(median(cpu) / wall(command.key)).toFixed(2)} cores busy on average` });
    }
    return { failed: [...timings.values()].some((list) => list.some((timing) => !timing.ok)), rows };
  },
};
