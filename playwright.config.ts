import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, canRecordVideo, testBrowserExecutable } from './tests/support/browser';
import { remotePortal } from './tests/support/remote';
import { workerCount } from './tests/support/workers';

/** A browser step on this portal takes well under a second; 10 s means something is stuck, not slow. */
const ACTION_TIMEOUT_MS = 10_000;
/** The longest journey test walks eight pages and an axe scan; 60 s leaves room on a loaded 2-core CI machine. */
const TEST_TIMEOUT_MS = 60_000;

function browserPath(): string | undefined {
  try {
    return testBrowserExecutable();
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
  // No retries: a flaky test is a bug to fix, not to hide.
  retries: 0,
  grepInvert: remote ? /@mock/ : undefined,
  // Against a deployment, check the address, credentials, domain and service first (tests/support/remote-preflight.ts).
  globalSetup: remote ? './tests/support/remote-global-setup.ts' : undefined,
  reporter: process.env.CI
    ? [['list'], ['html', { open: 'never' }], ['junit', { outputFile: 'test-results/junit.xml' }], ['blob']]
    : [['list'], ['html', { open: 'never' }], ['junit', { outputFile: 'test-results/junit.xml' }]],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    video: canRecordVideo() ? 'retain-on-failure' : 'off',
    actionTimeout: ACTION_TIMEOUT_MS,
    locale: 'en-US',
    timezoneId: 'UTC',
  },
  projects: [
    {
      name: 'unit',
      testDir: '.',
      testMatch: ['mock-portal/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
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
