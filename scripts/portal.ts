/**
 * `npm run portal`: the mock portal on 127.0.0.1:$PORT, seeded from fixtures/.
 *   PORT         default 3000
 *   PORTAL_NOW   an ISO-8601 instant that freezes the clock (unset: real time)
 *   PORTAL_TZ    the billing time zone (IANA name, default UTC)
 */
import { systemClock, ManualClock } from '../mock-portal/src/clock';
import { HttpCardGateway } from '../mock-portal/src/gateway/card-gateway';
import { GatewayLedger, startMockGateway } from '../mock-portal/src/gateway/mock-gateway';
import { createPortal } from '../mock-portal/src/portal';

const port = Number(process.env.PORT ?? 3000);
const timeZone = process.env.PORTAL_TZ || 'UTC';
const clock = process.env.PORTAL_NOW ? new ManualClock(process.env.PORTAL_NOW) : systemClock;

startMockGateway(new GatewayLedger());
const { app } = createPortal({ clock, timeZone, gateway: new HttpCardGateway() });
const server = app.listen(port, '127.0.0.1', () => {
  const frozen = process.env.PORTAL_NOW ? `, clock frozen at ${clock.now().toISOString()}` : '';
  console.log(`Mock client portal: http://127.0.0.1:${port}/ (billing zone ${timeZone}${frozen})`);
});
server.on('error', (error) => {
  console.error(`Could not start the portal on 127.0.0.1:${port}: ${error.message}`);
  process.exit(1);
});
