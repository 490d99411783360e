/** The median duration of the full journey test over N runs, read from the JSON reporter (the test's own time). */
import { counts, playwright, results } from './playwright-run';
import { median, seconds } from './stats';
import type { Measure } from './measure';

const JOURNEY_SPEC = 'tests/e2e/add-or-remove-services.spec.ts';

export const journey: Measure = {
  name: 'journey',
  describe: 'the journey test, --runs times, median',
  async run({ runs }) {
    console.error(`Journey test, ${runs} runs…`);
    const run = await playwright([JOURNEY_SPEC, `--repeat-each=${runs}`, '--workers=1']);
    const durations = results(run.report.suites).filter((result) => result.status === 'passed').map((result) => result.duration);
    if (durations.length === 0) throw new Error('The journey test never passed, so it has no duration to report');
    return {
      failed: run.exitCode !== 0,
      rows: [
        {
          measure: `journey test, median of ${durations.length}`,
          value: seconds(median(durations)),
          detail: `min ${seconds(Math.min(...durations))}, max ${seconds(Math.max(...durations))}; ${counts(run.report)}`,
        },
      ],
    };
  },
};
