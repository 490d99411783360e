/** What every route needs from the portal instance: its records, its clock, its gateway. */
import type { Clock } from './clock';
import { civilDateAt, type CivilDate } from './domain/calendar';
import type { CardGateway } from './gateway/card-gateway';
import type { PortalStore } from './store';

export interface PortalContext {
  readonly store: PortalStore;
  /** decides the billing date */
  readonly clock: Clock;
  /** measures elapsed time for session expiry and login lockouts; the billing clock unless told otherwise */
  readonly securityClock: Clock;
  /** IANA zone that decides which calendar day a change falls on */
  readonly timeZone: string;
  readonly gateway: CardGateway;
  /** the portal's own log: never given card numbers, CVCs or passwords */
  readonly log: (line: string) => void;
  /** today's date in the billing time zone */
  today(): CivilDate;
}

export function makeContext(options: Omit<PortalContext, 'today'>): PortalContext {
  return { ...options, today: () => civilDateAt(options.clock.now(), options.timeZone) };
}
