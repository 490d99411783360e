/**
 * A label renamed in the portal fails the step that uses it at once, saying
 * what changed: the role, the label the guide expects and the names there are
 * now, closest first. The portal here runs on a copy of its views with
 * "View Details" renamed "Show Details".
 */
import { contosoDental } from '../../fixtures/accounts';
import { guideHeadings, loadGuide } from '../../scripts/guide/catalog';
import { mockTarget, walkGuide } from '../../scripts/guide/walk';
import { FIND_WITHIN_MS } from '../pages/role-locators';
import { runChildPlaywright, specsOf, stepsTitled } from '../support/child-playwright';
import { editedViewsCopy } from '../support/portal-views';
import { expect, test } from '../support/test';

const step = guideHeadings('add-or-remove-hosted-services');
const domain = contosoDental.domains[0].name;
/** The bound: a writer or QA learns what changed in under 3 s, not after the 10 s action timeout. */
const DIAGNOSIS_WITHIN_MS = 3_000;
const RENAME = { from: 'View Details', to: 'Show Details' };
/** A child run of the journey spec: config, a worker, a browser and four pages, on a busy 2-core machine. */
const CHILD_RUN_TIMEOUT_MS = 120_000;

test.describe('a renamed label, on a copy of the portal\'s views', { tag: '@mock' }, () => {
  test.use({
    portalViewsDir: async ({}, use) => {
      const copy = editedViewsCopy([RENAME]);
      await use(copy.dir);
      copy.remove();
    },
  });

  test('the step that clicks it fails within 3 s, naming the link, the old label and the new one', async ({ loggedIn: _signedIn, pages }) => {
    await pages.nav.openMyServices();
    await expect(pages.myServices.heading).toBeVisible();

    const started = performance.now();
    const failure = await test.step(step['view-details']!, () => pages.myServices.viewDetails(domain)).then(
      () => undefined,
      (error: Error) => error,
    );
    const elapsedMs = performance.now() - started;

    expect(failure?.name).toBe('MissingElementError');
    const message = failure!.message;
    expect(message).toContain('link named "View Details"');
    expect(message).toContain(`in the row of ${domain}`);
    // Closest first: the renamed link leads the list of the page's links.
    expect(message).toMatch(/links are now named, closest first: "Show Details"/);
    expect(elapsedMs, message).toBeGreaterThanOrEqual(FIND_WITHIN_MS);
    expect(elapsedMs, message).toBeLessThan(DIAGNOSIS_WITHIN_MS);
  });
});

test.describe('the regression suite\'s own journey, with the label renamed', { tag: '@mock' }, () => {
  test('fails in step 4, whose error in the report names the link, the old and the new label', async () => {
    test.setTimeout(CHILD_RUN_TIMEOUT_MS + 10_000);
    const copy = editedViewsCopy([RENAME]);
    try {
      const run = await runChildPlaywright(['tests/e2e/add-or-remove-services.spec.ts', '--project=e2e'], { PORTAL_VIEWS_DIR: copy.dir }, CHILD_RUN_TIMEOUT_MS);
      expect(run.exitCode, run.output).toBe(1);
      const [journey] = specsOf(run.report!);
      const result = journey!.tests[0]!.results[0]!;
      const [failedStep] = stepsTitled(result.steps, step['view-details']!);
      expect(failedStep?.error?.message, 'the step is titled with the guide\'s heading and carries the error').toContain('link named "View Details"');
      expect(failedStep!.error!.message).toContain('"Show Details"');
      expect(result.error?.message).toContain('link named "View Details"');
      expect(failedStep!.duration, 'the step fails fast, not after the action timeout').toBeLessThan(DIAGNOSIS_WITHIN_MS);
    } finally {
      copy.remove();
    }
  });
});

test.describe('the guide\'s walk, with the label renamed', { tag: '@mock' }, () => {
  test.use({
    portalViewsDir: async ({}, use) => {
      const copy = editedViewsCopy([RENAME]);
      await use(copy.dir);
      copy.remove();
    },
  });

  test('fails in step 4 within 3 s, naming the step, the role, the old label and the new one', async ({ page }) => {
    const guide = loadGuide('add-or-remove-hosted-services');
    const started = new Map<string, number>();
    const failure = await walkGuide(page, guide, mockTarget(guide), {
      step: (heading, body) => {
        started.set(heading, performance.now());
        return body();
      },
      photograph: async () => {},
    }).then(
      () => undefined,
      (error: Error) => error,
    );
    const elapsedMs = performance.now() - started.get(step['view-details']!)!;

    expect(failure?.name).toBe('GuideDriftError');
    const message = failure!.message;
    expect(message).toContain('step 4 "view-details"');
    expect(message).toContain('link named "View Details"');
    expect(message).toMatch(/links are now named, closest first: "Show Details"/);
    expect([...started.keys()].at(-1), 'the walk stopped at step 4').toBe(step['view-details']);
    expect(elapsedMs, message).toBeLessThan(DIAGNOSIS_WITHIN_MS);
  });
});
