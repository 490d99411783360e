/**
 * The whole suite, twice: at the default worker count (what `npm test` does)
 * and at --workers=1 (the same tests, one at a time). From the JSON reports:
 * each run's wall time, the default run's sum of test durations and parallel
 * efficiency, the default-to-one-worker ratio, and the median billing-scenario
 * test of each run, with the goals they are held to.
 */
import os from 'node:os';
import { counts, playwright, type PlaywrightRun } from './playwright-run';
import { median, seconds } from './stats';
import type { Measure, Row } from './measure';
import { coreFigures, SCENARIO_SPEC, suiteFigures } from './suite-figures';

/** Issue 13's goals for a 2-core machine. */
const GOAL_RATIO = 0.6;
const GOAL_SCENARIO_MS = 1_600;

/** The median of the run's billing-scenario tests, with their spread and, when given, the goal it is held to. */
function scenarioRow(label: string, durations: readonly number[], goalMs?: number): Row {
  if (durations.length === 0) return { measure: label, value: 'none passed', detail: SCENARIO_SPEC };
  const middle = median(durations);
  const goal = goalMs === undefined ? '' : `; goal ≤ ${seconds(goalMs)}${middle <= goalMs ? '' : ': MISSED'}`;
  return { measure: label, value: seconds(middle), detail: `of ${durations.length}, min ${seconds(Math.min(...durations))}, max ${seconds(Math.max(...durations))}${goal}` };
}

/** The machine's busy time during a run, and how many cores that kept busy on average. */
function busyRow(run: PlaywrightRun): Row {
  if (run.cpuMs === undefined) return { measure: '  processor time', value: 'n/a', detail: 'read from /proc/stat: Linux only' };
  const { coresBusy } = coreFigures({ wallMs: run.wallMs, cpuMs: run.cpuMs }, os.availableParallelism());
  return { measure: '  processor time', value: seconds(run.cpuMs), detail: `the machine's busy time (/proc/stat): ${coresBusy.toFixed(2)} cores busy on average` };
}

/** The lowest default-to-one-worker ratio this machine's cores allow for the same work. */
function floorRow(serial: PlaywrightRun): Row[] {
  if (serial.cpuMs === undefined) return [];
  const cores = os.availableParallelism();
  const { lowestRatio } = coreFigures({ wallMs: serial.wallMs, cpuMs: serial.cpuMs }, cores);
  return [{ measure: '  lowest ratio the cores allow', value: `${lowestRatio.toFixed(2)}×`, detail: `the --workers=1 run's processor time ÷ ${cores} cores ÷ its wall time` }];
}

export const suite: Measure = {
  name: 'suite',
  describe: 'whole suite at the default workers and at --workers=1: wall, test time, efficiency, median billing scenario',
  async run() {
    // The default run is `npm test` as a newcomer gets it: no PW_WORKERS from this shell.
    const { PW_WORKERS: _ignored, ...defaultEnv } = process.env;
    console.error('Whole suite, default workers…');
    const parallel = await playwright([], defaultEnv);
    console.error('Whole suite, --workers=1…');
    const serial = await playwright(['--workers=1']);
    const p = suiteFigures(parallel.report);
    const s = suiteFigures(serial.report);
    const ratio = p.wallMs / s.wallMs;
    const rows: Row[] = [
      { measure: `whole suite, default workers (${p.workers})`, value: seconds(p.wallMs), detail: counts(parallel.report) },
      { measure: '  sum of test durations', value: seconds(p.testMs), detail: `${p.concurrency.toFixed(2)} tests at once on average` },
      { measure: '  parallel efficiency', value: `${Math.round(p.efficiency * 100)} %`, detail: `sum ÷ (wall × ${p.workers} workers)` },
      scenarioRow('  median billing scenario', p.scenarioMs),
      busyRow(parallel),
      { measure: 'whole suite, --workers=1', value: seconds(s.wallMs), detail: counts(serial.report) },
      busyRow(serial),
      { measure: '  default ÷ --workers=1', value: `${ratio.toFixed(2)}×`, detail: `goal ≤ ${GOAL_RATIO}×${ratio <= GOAL_RATIO ? '' : ': MISSED'}` },
      ...floorRow(serial),
      scenarioRow('  median billing scenario', s.scenarioMs, GOAL_SCENARIO_MS),
    ];
    return { rows, failed: parallel.exitCode !== 0 || serial.exitCode !== 0 };
  },
};
