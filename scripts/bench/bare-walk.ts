/**
 * The floor a guide regeneration is measured against (`npm run bench -- --only guide`):
 * every guide's bare walk (./bare-steps.ts) on the in-process mock portal in
 * one Chromium, from a plain script: no test runner either.
 */
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import { ManualClock } from '../../mock-portal/src/clock';
import { HttpCardGateway } from '../../mock-portal/src/gateway/card-gateway';
import { GatewayLedger, startMockGateway } from '../../mock-portal/src/gateway/mock-gateway';
import { createPortal } from '../../mock-portal/src/portal';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../tests/support/browser';
import { GUIDE_PAGE } from '../guide/capture';
import { guideSlugs, loadGuide } from '../guide/catalog';
import { walkBare } from './bare-steps';

async function main(): Promise<void> {
  const gateway = startMockGateway(new GatewayLedger());
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    for (const slug of guideSlugs()) {
      const guide = loadGuide(slug);
      const { app } = createPortal({ clock: new ManualClock(guide.example.portalNow), timeZone: guide.example.timeZone, gateway: new HttpCardGateway(), log: () => {} });
      const server = app.listen(0, '127.0.0.1');
      await new Promise<void>((resolve) => server.once('listening', resolve));
      // The page as the guides project sets it up, so both walks render the same pages.
      const context = await browser.newContext({ ...GUIDE_PAGE, baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, timezoneId: guide.example.timeZone });
      await walkBare(await context.newPage(), guide);
      await context.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  } finally {
    await browser.close();
    gateway.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
