/**
 * The step's outline is a stylesheet the capture adds to the page
 * (scripts/guide/capture.ts). A page whose Content-Security-Policy forbids
 * inline styles, as a real deployment's may, refuses it, and the images would
 * lose their outline without a word: the guides project bypasses the policy.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from '@playwright/test';
import { PNG } from 'pngjs';
import config from '../../playwright.config';
import { framingFor, GUIDE_PAGE, OUTLINE_COLOR } from '../../scripts/guide/capture';
import { expect, test } from '../support/test';

const guidesProject = config.projects?.find((project) => project.name === 'guides');
const heading = { x: 40, y: 40, width: 200, height: 40 };

/** How many pixels of the capture are the outline's colour. */
async function outlinePixels(browser: Browser, url: string, bypassCSP: boolean | undefined): Promise<number> {
  const context = await browser.newContext({ ...GUIDE_PAGE, bypassCSP });
  try {
    const page = await context.newPage();
    await page.goto(url);
    const png = PNG.sync.read(await page.screenshot(framingFor({ outline: heading, shown: [heading], documentHeight: 600, mask: [] })));
    const [red, green, blue] = [1, 3, 5].map((at) => parseInt(OUTLINE_COLOR.slice(at, at + 2), 16));
    let count = 0;
    for (let at = 0; at < png.data.length; at += 4) if (png.data[at] === red && png.data[at + 1] === green && png.data[at + 2] === blue) count++;
    return count;
  } finally {
    await context.close();
  }
}

test('the outline is drawn on a page whose Content-Security-Policy forbids inline styles', { tag: '@mock' }, async ({ browser }) => {
  const server = http.createServer((_request, response) => {
    response.setHeader('Content-Security-Policy', "default-src 'self'; style-src 'self'");
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end('<!doctype html><html lang="en"><title>Strict</title><h1>A strict page</h1></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    expect(guidesProject?.use?.bypassCSP, 'the guides project bypasses the page\'s policy').toBe(true);
    // The 3-pixel border around the 210×50 box: about 1,500 pixels of the outline's colour.
    expect(await outlinePixels(browser, url, guidesProject?.use?.bypassCSP)).toBeGreaterThan(1000);
    // Why: with the page's policy in force, the same capture has no outline at all.
    expect(await outlinePixels(browser, url, false)).toBe(0);
  } finally {
    server.close();
  }
});
