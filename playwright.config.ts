import path from 'node:path';
import { defineConfig, devices, type Project } from '@playwright/test';
import { GUIDE_PAGE } from './scripts/guide/capture';
import { guideCommand, guideRunSettings } from './scripts/guide/command';
import { CHROMIUM_ARGS, canRecordVideo, chromiumExecutable, testBrowserExecutable } from './tests/support/browser';
import { remotePortal } from './tests/support/remote';
import { workerCount } from './tests/support/workers';

/** A browser step on this portal takes well under a second; 10 s means something is stuck, not slow. */
const ACTION_TIMEOUT_MS = 10_000;
/**
 * A page of the mock loads in well under a second, a real deployment's in a few. Playwright Test's default is no
 * limit at all: a navigation that never ends (page.goto, waitForURL, a click's navigation) then hangs until the test
 * times out, and the report says only "Test timeout of 60000ms exceeded" instead of which page did not load.
 */
const NAVIGATION_TIMEOUT_MS = 20_000;
/** The longest journey test walks eight pages and an axe scan; 60 s leaves room on a loaded 2-core CI machine. */
const TEST_TIMEOUT_MS = 60_000;
/** A guide's test walks its steps, then renders and prints the guide: twice a journey, on a loaded machine. */
const GUIDE_TIMEOUT_MS = 120_000;
/**
 * The run `npm run guide` asked for (scripts/guide/cli.cjs starts this runner with its arguments), or null for
 * `npm test`. Read first: a --out or --service it names is set in the environment the rest of the config reads.
 */
const guideRun = guideCommand();
/**
 * Where the guides project reads and writes each guide's images, README.md,
 * guide.html and guide.pdf: guides/<slug>/, or GUIDE_OUTPUT_ROOT/<slug>/ for a
 * run that must leave the committed guides alone (the preview, a remote run).
 */
const GUIDE_OUTPUT_ROOT = path.resolve(__dirname, process.env.GUIDE_OUTPUT_ROOT || 'guides');

function browserPath(find: () => string | undefined = testBrowserExecutable): string | undefined {
  try {
    return find();
  } catch (error) {
    // Unit and HTTP tests need no browser, so say how to get one and let them run.
    console.error((error as Error).message);
    return undefined;
  }
}

/**
 * PORTAL_URL (with PORTAL_EMAIL, PORTAL_PASSWORD, PORTAL_DOMAIN) points the suite
 * at a real deployment: tests tagged @mock need the mock's clock, fixtures or
 * gateway and are left out; HTTP tests, written against the fixtures, run only
 * when tagged @remote.
 */
const remote = remotePortal();

/** One test per guide under guides/, its steps the guide's headings (scripts/guide/guide-test.ts). */
const guidesProject: Project = {
  name: 'guides',
  testDir: 'tests/guides',
  // As in every project, a guide that fails is walked once more, and that walk records the trace (below);
  // one that passes only then fails the run as flaky. A regeneration's rewritten images pass, so they cost
  // no second walk.
  timeout: GUIDE_TIMEOUT_MS,
  snapshotDir: GUIDE_OUTPUT_ROOT,
  // The test names each file by guide: [slug, 'images', '01-….png'] → guides/<slug>/images/01-….png.
  snapshotPathTemplate: '{snapshotDir}/{arg}{ext}',
  expect: {
    // The same Chromium renders the same page to the same pixels, so any visible change must fail:
    // a colour moved by 1% of the range (threshold, pixelmatch's YIQ distance) on any one pixel that is
    // not anti-aliasing (pixelmatch tells those apart) counts. Today's default (0.2) let a page tint through.
    toHaveScreenshot: { threshold: 0.01, maxDiffPixels: 0 },
  },
  use: {
    // The full browser, never the headless shell: the committed images are its pixels.
    launchOptions: { executablePath: browserPath(chromiumExecutable), args: CHROMIUM_ARGS },
    // Fixed so every machine and every run frames the pages alike.
    ...GUIDE_PAGE,
    video: 'off',
    // The outline is a stylesheet the capture adds to the page (scripts/guide/capture.ts): a deployment whose
    // Content-Security-Policy forbids inline styles would drop it from every image without a word.
    bypassCSP: true,
    // A failed walk's second walk records the trace (every action, its timing and error, the console and the
    // network), without DOM snapshots or a screencast, so both walks photograph the pages alike. Recording it
    // on every walk, only to keep it for a failure, was a tenth of a regeneration; DOM snapshots and a
    // screencast, a sixth more. An image that differs is shown by the report's Expected/Actual/Diff, and a walk
    // that stops (a renamed label, a wrong figure) by the suite's failure screenshot of the page it stopped on.
    trace: { mode: 'on-first-retry', screenshots: false, snapshots: false },
  },
};

export default defineConfig({
  timeout: TEST_TIMEOUT_MS,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  // Every core, CI included: Playwright's default (half the cores) leaves one of
  // a 2-core machine's two idle, and each test has its own portal, so tests
  // share the machine safely. Fewer only when asked: PW_WORKERS=1, or --workers
  // (tests/support/workers.ts).
  workers: workerCount(),
  forbidOnly: !!process.env.CI,
  // A failing test runs once more, and that retry records its trace (DOM snapshots, screencast) and video:
  // recording them on every run, only to keep them for a failure, was a quarter of a browser test's time.
  // A test that passes only on its retry is flaky, and fails the run all the same: a retry never hides one.
  retries: 1,
  failOnFlakyTests: true,
  // A test run never writes an expected image or file: a missing or different one fails.
  // Only `npm run guide` (scripts/guide/command.ts) sets 'changed'.
  updateSnapshots: 'none',
  grepInvert: remote ? /@mock/ : undefined,
  // Against a deployment, check the address, credentials, domain and service first (tests/support/remote-preflight.ts).
  // On the mock, compile what only the workers load (the portal, the guides' walk) once for all of them
  // (tests/support/compile-portal.ts).
  // Absolute, as configs that extend this one (scripts/bench/bare-walk.config.ts) live in other folders.
  globalSetup: path.join(__dirname, 'tests', 'support', remote ? 'remote-global-setup.ts' : 'compile-portal.ts'),
  reporter: process.env.CI
    ? [['list'], ['html', { open: 'never' }], ['junit', { outputFile: 'test-results/junit.xml', includeRetries: true }], ['blob']]
    : [['list'], ['html', { open: 'never' }], ['junit', { outputFile: 'test-results/junit.xml', includeRetries: true }]],
  use: {
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    video: canRecordVideo() ? 'on-first-retry' : 'off',
    actionTimeout: ACTION_TIMEOUT_MS,
    navigationTimeout: NAVIGATION_TIMEOUT_MS,
    locale: 'en-US',
    timezoneId: 'UTC',
  },
  // `npm run guide`: the guides project alone, with the command's guides (grep), reporters, updating, workers and shard.
  ...(guideRun ? guideRunSettings(guideRun) : {}),
  projects: guideRun ? [guidesProject] : [
    {
      name: 'unit',
      testDir: '.',
      testMatch: ['mock-portal/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts', 'guides/**/*.test.ts'],
    },
    {
      name: 'http',
      testDir: 'tests/http',
      grep: remote ? /@remote/ : undefined,
    },
    {
      // The small concurrent-orders check; `npm run load` is the bigger, printed run.
      name: 'load',
      testDir: 'tests/load',
    },
    guidesProject,
    {
      name: 'e2e',
      testDir: 'tests/e2e',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: browserPath(), args: CHROMIUM_ARGS },
      },
    },
  ],
});
