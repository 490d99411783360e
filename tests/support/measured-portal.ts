/**
 * The mock portal alone in a process, measured over IPC (see ./server-process.ts;
 * ./portal-process.ts starts one reached only over HTTP instead): seeded from
 * fixtures/, billing clock frozen at the guide's date, sessions on real time.
 * It makes no payments, so the gateway is never called.
 */
import type { AddressInfo } from 'node:net';
import { ManualClock, TickingClock } from '../../mock-portal/src/clock';
import { HttpCardGateway } from '../../mock-portal/src/gateway/card-gateway';
import { createPortal } from '../../mock-portal/src/portal';
import { reportReady } from './server-process';

const NOW = '2026-11-26T15:00:00Z';

const { app } = createPortal({
  clock: new ManualClock(NOW),
  securityClock: new TickingClock(NOW),
  timeZone: 'UTC',
  gateway: new HttpCardGateway(),
  log: () => {},
});
const server = app.listen(0, '127.0.0.1', () => {
  reportReady(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
