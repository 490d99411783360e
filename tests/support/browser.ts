/**
 * Finds a Chromium for Playwright: its own download when installed, else the
 * system's (Debian's `chromium` package), else says how to get one. The same
 * commands then work on a laptop and on CI machines that cannot download.
 */
import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const NO_BROWSER_MESSAGE = [
  'No Chromium found for Playwright. Install one of:',
  '  npx playwright install chromium          (downloads Playwright\'s own build)',
  '  sudo apt-get install -y chromium         (Debian/Ubuntu system package)',
  'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
].join('\n');

/** undefined means "Playwright's own build"; a path means a system browser. */
export function chromiumExecutable(): string | undefined {
  const fromEnvironment = process.env.CHROMIUM_PATH;
  if (fromEnvironment) {
    if (!existsSync(fromEnvironment)) throw new Error(`CHROMIUM_PATH=${fromEnvironment} does not exist.\n${NO_BROWSER_MESSAGE}`);
    return fromEnvironment;
  }
  if (existsSync(chromium.executablePath())) return undefined;
  const system = SYSTEM_CHROMIUM_PATHS.find((path) => existsSync(path));
  if (system) return system;
  throw new Error(NO_BROWSER_MESSAGE);
}

/** Debian's chromium-headless-shell package. */
export const SYSTEM_HEADLESS_SHELL_PATHS = ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium-headless-shell'];

/**
 * The browser the test suite runs on: the headless shell when there is one,
 * else chromiumExecutable(). Playwright itself runs headless tests on its own
 * chromium-headless-shell; Debian's package of the same is the fallback here,
 * and takes about a third less CPU per browser test than the full browser in
 * headless mode. The guide keeps chromiumExecutable(): its screenshots are the
 * full browser's. CHROMIUM_PATH still wins (e.g. /usr/bin/chromium for --headed).
 */
export function testBrowserExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH || existsSync(chromium.executablePath())) return chromiumExecutable();
  return SYSTEM_HEADLESS_SHELL_PATHS.find((path) => existsSync(path)) ?? chromiumExecutable();
}

/**
 * Flags for a quiet, reproducible headless Chromium: no background calls home
 * (this network refuses them, and they add noise), no first-run UI, and the
 * same pixels for the same page every time. With partial raster, Chromium
 * repaints only the changed part of a tile (a button's hover state settling
 * after a click), and a soft shadow drawn across that edge comes out a level
 * lighter or darker on a few pixels: the same step, photographed twice, gave
 * three different images in ten page loads. Whole tiles are repainted alike.
 */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--font-render-hinting=none',
  '--disable-partial-raster',
];

/**
 * Playwright records video with its own ffmpeg build, downloaded beside its
 * browsers. Where downloads are impossible, video is off and traces (which
 * hold a screencast) stand in for it.
 */
export function canRecordVideo(): boolean {
  const browsersPath = process.env.PLAYWRIGHT_BROWSERS_PATH || path.join(os.homedir(), '.cache', 'ms-playwright');
  try {
    return readdirSync(browsersPath).some((entry) => entry.startsWith('ffmpeg'));
  } catch {
    return false;
  }
}
