/** The edge of the portal that knows what time it is; everything else is told. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that shows one instant until told otherwise: PORTAL_NOW, tests and the guide. */
export class ManualClock implements Clock {
  private instant: Date;

  constructor(instant: Date | string) {
    this.instant = parseInstant(instant);
  }

  now(): Date {
    return new Date(this.instant);
  }

  set(instant: Date | string): void {
    this.instant = parseInstant(instant);
  }

  advance(milliseconds: number): void {
    this.instant = new Date(this.instant.getTime() + milliseconds);
  }
}

/**
 * Starts at a given instant and then moves with real time. Sessions and login
 * lockouts measure elapsed time on it, so they still end while the billing
 * clock is frozen by PORTAL_NOW.
 */
export class TickingClock implements Clock {
  private readonly startedAt = Date.now();
  private readonly start: Date;

  constructor(start: Date | string) {
    this.start = parseInstant(start);
  }

  now(): Date {
    return new Date(this.start.getTime() + (Date.now() - this.startedAt));
  }
}

export function parseInstant(value: Date | string): Date {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) {
    throw new RangeError(`Not an ISO-8601 instant: "${String(value)}" (e.g. 2026-11-26T15:00:00Z)`);
  }
  return instant;
}
