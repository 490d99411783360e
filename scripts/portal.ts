/**
 * `npm run portal`: the mock portal on 127.0.0.1:$PORT, seeded from fixtures/.
 *   PORT         default 3000
 *   PORTAL_NOW   an ISO-8601 instant that freezes the clock (unset: real time)
 *   PORTAL_TZ    the billing time zone (IANA name, default UTC)
 */
import { ManualClock, systemClock, TickingClock } from '../mock-portal/src/clock';
import { HttpCardGateway } from '../mock-portal/src/gateway/card-gateway';
import { GatewayLedger, startMockGateway } from '../mock-portal/src/gateway/mock-gateway';
import { createPortal } from '../mock-portal/src/portal';

const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a port number (1–65535), got "${process.env.PORT}"`);
  process.exit(1);
}
const timeZone = process.env.PORTAL_TZ || 'UTC';
const clock = process.env.PORTAL_NOW ? new ManualClock(process.env.PORTAL_NOW) : systemClock;
// With the billing date frozen, sessions and lockouts still need time to pass.
const securityClock = process.env.PORTAL_NOW ? new TickingClock(process.env.PORTAL_NOW) : systemClock;

startMockGateway(new GatewayLedger());
const { app } = createPortal({ clock, securityClock, timeZone, gateway: new HttpCardGateway() });
const server = app.listen(port, '127.0.0.1', () => {
  const frozen = process.env.PORTAL_NOW ? `, clock frozen at ${clock.now().toISOString()}` : '';
  console.log(`Mock client portal: http://127.0.0.1:${port}/ (billing zone ${timeZone}${frozen})`);
});
server.on('error', (error) => {
  console.error(`Could not start the portal on 127.0.0.1:${port}: ${error.message}`);
  process.exit(1);
});
