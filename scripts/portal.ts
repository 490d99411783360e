/**
 * `npm run portal`: the mock portal on 127.0.0.1:$PORT, seeded from fixtures/.
 *   PORT                default 3000; 0 picks a free port (the URL printed is the real one)
 *   PORTAL_NOW          an ISO-8601 instant that freezes the clock (unset: real time)
 *   PORTAL_TZ           the billing time zone (IANA name, default UTC)
 *   PORTAL_GATEWAY_URL  the card gateway's base URL, e.g. http://127.0.0.1:40123/v1
 *                       (unset: a sandbox gateway answers inside this process)
 */
import { ManualClock, systemClock, TickingClock } from '../mock-portal/src/clock';
import { HttpCardGateway } from '../mock-portal/src/gateway/card-gateway';
import { GatewayLedger, startMockGateway } from '../mock-portal/src/gateway/mock-gateway';
import { createPortal } from '../mock-portal/src/portal';
import type { AddressInfo } from 'node:net';

const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number (1–65535, or 0 for any free port), got "${process.env.PORT}"`);
  process.exit(1);
}
const gatewayUrl = process.env.PORTAL_GATEWAY_URL?.trim();
if (gatewayUrl && !/^https?:\/\/[^/]+/.test(gatewayUrl)) {
  console.error(`PORTAL_GATEWAY_URL must be an http(s) URL such as http://127.0.0.1:40123/v1, got "${gatewayUrl}"`);
  process.exit(1);
}
const timeZone = process.env.PORTAL_TZ || 'UTC';
const clock = process.env.PORTAL_NOW ? new ManualClock(process.env.PORTAL_NOW) : systemClock;
// With the billing date frozen, sessions and lockouts still need time to pass.
const securityClock = process.env.PORTAL_NOW ? new TickingClock(process.env.PORTAL_NOW) : systemClock;

// A gateway named by URL is someone else's (a test's ledger); otherwise msw answers in this process.
if (!gatewayUrl) startMockGateway(new GatewayLedger());
const { app } = createPortal({ clock, securityClock, timeZone, gateway: new HttpCardGateway(gatewayUrl || undefined) });
const server = app.listen(port, '127.0.0.1', () => {
  const frozen = process.env.PORTAL_NOW ? `, clock frozen at ${clock.now().toISOString()}` : '';
  const gateway = gatewayUrl ? `, card gateway ${gatewayUrl}` : '';
  console.log(`Mock client portal: http://127.0.0.1:${(server.address() as AddressInfo).port}/ (billing zone ${timeZone}${frozen}${gateway})`);
});
server.on('error', (error) => {
  console.error(`Could not start the portal on 127.0.0.1:${port}: ${error.message}`);
  process.exit(1);
});
