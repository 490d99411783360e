/**
 * The whole suite, twice: at the default worker count (what `npm test` does)
 * and at --workers=1 (the same tests, one at a time). From the JSON reports:
 * each run's wall time, the default run's sum of test durations and parallel
 * efficiency, the default-to-one-worker ratio, and the median billing-scenario
 * test of each run, with the goals they are held to.
 */
import { counts, playwright } from './playwright-run';
import { median, seconds } from './stats';
import type { Measure, Row } from './measure';
import { SCENARIO_SPEC, suiteFigures } from './suite-figures';

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
      { measure: 'whole suite, --workers=1', value: seconds(s.wallMs), detail: counts(serial.report) },
      { measure: '  default ÷ --workers=1', value: `${ratio.toFixed(2)}×`, detail: `goal ≤ ${GOAL_RATIO}×${ratio <= GOAL_RATIO ? '' : ': MISSED'}` },
      scenarioRow('  median billing scenario', s.scenarioMs, GOAL_SCENARIO_MS),
    ];
    return { rows, failed: parallel.exitCode !== 0 || serial.exitCode !== 0 };
  },
};
