/** The whole suite's wall time with --workers=1 and with --workers=2. */
import { counts, playwright } from './playwright-run';
import { seconds } from './stats';
import type { Measure } from './measure';

export const suite: Measure = {
  name: 'suite',
  describe: 'whole suite at --workers=1 and 2',
  async run() {
    const rows = [];
    let failed = false;
    for (const workers of [1, 2]) {
      console.error(`Whole suite, --workers=${workers}…`);
      const run = await playwright([`--workers=${workers}`]);
      failed ||= run.exitCode !== 0;
      rows.push({ measure: `whole suite, --workers=${workers}`, value: seconds(run.wallMs), detail: counts(run.report) });
    }
    return { rows, failed };
  },
};
