/** Exits 0 when Playwright can find a Chromium (see tests/support/browser.ts), else 1 with how to get one. */
import { chromium } from '@playwright/test';
import { chromiumExecutable } from '../tests/support/browser';

try {
  console.log(chromiumExecutable() ?? chromium.executablePath());
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
