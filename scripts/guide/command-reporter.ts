/**
 * What `npm run guide` tells the writer around the list of steps: what it is
 * about to do, then what the run changed under guides/ (or --out), and for a
 * check that failed, which committed files differ and how to open the review.
 * A reporter of the runner's own process (./command.ts adds it), so the
 * command needs no process of its own around the runner.
 */
import path from 'node:path';
import type { FullResult, Reporter, TestCase, TestError, TestResult } from '@playwright/test/reporter';
import { describeChanges, digests, type Digests } from './changes';
import { shownFolder, type GuideRun } from './command';
import { GUIDES_ROOT } from './guide-folders';
import { differingFiles, REPORT_DIR } from './run-project';

export default class GuideCommandReporter implements Reporter {
  private before: Digests | undefined;
  private readonly errors: string[] = [];
  private status: FullResult['status'] = 'failed';

  // The header comes first, before the global setup (a deployment's preflight may stop the run with its own
  // message): a reporter of Playwright's public API is told nothing earlier than onBegin, which follows the setup.
  constructor(private readonly run: GuideRun) {
    const { check, slugs, known, remote, outputRoot } = run;
    const which = slugs.length > 0 ? slugs.join(', ') : `every guide (${known.length})`;
    if (remote) console.log(`Photographing ${which} on ${remote.url} as ${remote.email}, into ${shownFolder(outputRoot)}/ (the last step is photographed, never done: nothing is ordered or paid):`);
    else console.log(check ? `Checking ${which} against a fresh run of the portal:` : `Regenerating ${which} from a real run of the portal:`);
  }

  printsToStdio(): boolean {
    return true;
  }

  onBegin(): void {
    // Before any worker starts: what the run rewrites is told by the files' digests after it.
    if (!this.run.check) this.before = digests(this.run.outputRoot);
  }

  onTestEnd(_test: TestCase, result: TestResult): void {
    this.errors.push(...result.errors.map((error) => error.message ?? ''));
  }

  onError(error: TestError): void {
    this.errors.push(error.message ?? '');
  }

  onEnd(result: FullResult): void {
    this.status = result.status;
  }

  // After every reporter's onEnd: below the list reporter's summary, once the report is written.
  async onExit(): Promise<void> {
    const { check, remote, outputRoot } = this.run;
    if (this.before) console.log(describeChanges(this.before, digests(outputRoot), shownFolder(outputRoot)));
    if (this.status === 'passed') {
      console.log(check ? 'Every guide is up to date.' : `Done in ${(performance.now() / 1000).toFixed(1)} s.`);
      return;
    }
    if (remote || !check) return;
    const files = differingFiles(this.errors, GUIDES_ROOT);
    if (files.length > 0) console.error(`\nThe committed guides differ from a fresh run:\n${files.map((file) => `  - ${file}`).join('\n')}\nIf the change is intended, run \`npm run guide\` and commit the result.`);
    console.error(`\nReview what changed (expected, actual and diff of each image; a line diff of each text):\n  npx playwright show-report ${path.relative(process.cwd(), REPORT_DIR) || '.'}\n  (the report: ${REPORT_DIR}/index.html)`);
  }
}
