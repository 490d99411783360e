/**
 * Slows down password guessing. Failed log-ins are counted per account (the
 * email typed, whether or not it exists, so the answer reveals nothing) and per
 * client address. A few failures are free; after that each failure locks the
 * key for a time that doubles, up to a long lock. Pure: every call is told the
 * time, so the portal passes its clock and tests move it instead of waiting.
 */

export interface ThrottlePolicy {
  /** failures allowed before the first lock */
  readonly freeFailures: number;
  /** the first lock; each further failure doubles it */
  readonly firstLockMs: number;
  /** the longest lock, reached after a run of failures */
  readonly maxLockMs: number;
  /** a key with no failure for this long starts again from zero */
  readonly forgetAfterMs: number;
}

/** Four free failures; the fifth pauses 30 s, then 1, 2, 4, 8 min, then 15 min locks. */
export const ACCOUNT_POLICY: ThrottlePolicy = {
  freeFailures: 4,
  firstLockMs: 30_000,
  maxLockMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
};

/** One address may be an office behind one NAT, so it gets more room than one account: the 21st failure pauses. */
export const ADDRESS_POLICY: ThrottlePolicy = {
  freeFailures: 20,
  firstLockMs: 30_000,
  maxLockMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
};

interface FailureRecord {
  failures: number;
  lastFailureAt: number;
  lockedUntil: number;
}

export type ThrottleDecision = { readonly allowed: true } | { readonly allowed: false; readonly lockedUntil: number };

/** Bounds memory when someone sprays random emails; old records are cheap to forget. */
const PRUNE_ABOVE_RECORDS = 10_000;

export class FailureCounter {
  private readonly records = new Map<string, FailureRecord>();

  constructor(private readonly policy: ThrottlePolicy) {}

  /** Whether `key` may try now. */
  check(key: string, now: number): ThrottleDecision {
    const record = this.current(key, now);
    if (record && record.lockedUntil > now) return { allowed: false, lockedUntil: record.lockedUntil };
    return { allowed: true };
  }

  /** Counts a failure; returns when the key is locked until (`now` when it is not locked). */
  fail(key: string, now: number): number {
    if (this.records.size > PRUNE_ABOVE_RECORDS) this.prune(now);
    const record = this.current(key, now) ?? { failures: 0, lastFailureAt: now, lockedUntil: now };
    record.failures++;
    record.lastFailureAt = now;
    record.lockedUntil = now + lockFor(this.policy, record.failures);
    this.records.set(key, record);
    return record.lockedUntil;
  }

  succeed(key: string): void {
    this.records.delete(key);
  }

  private current(key: string, now: number): FailureRecord | undefined {
    const record = this.records.get(key);
    if (record && now - record.lastFailureAt > this.policy.forgetAfterMs && record.lockedUntil <= now) {
      this.records.delete(key);
      return undefined;
    }
    return record;
  }

  private prune(now: number): void {
    for (const key of [...this.records.keys()]) this.current(key, now);
  }
}

/** 0 for the free failures, then firstLockMs doubling per failure, capped at maxLockMs. */
export function lockFor(policy: ThrottlePolicy, failures: number): number {
  const over = failures - policy.freeFailures;
  if (over <= 0) return 0;
  // 2 ** 20 is far past any cap; stopping there keeps the number finite.
  return Math.min(policy.firstLockMs * 2 ** Math.min(over - 1, 20), policy.maxLockMs);
}

/** Both counters together, as the login handler uses them. */
export class LoginThrottle {
  private readonly byAccount: FailureCounter;
  private readonly byAddress: FailureCounter;

  constructor(accountPolicy = ACCOUNT_POLICY, addressPolicy = ADDRESS_POLICY) {
    this.byAccount = new FailureCounter(accountPolicy);
    this.byAddress = new FailureCounter(addressPolicy);
  }

  /** A locked account or address is refused even with the right password: that is what stops guessing. */
  check(email: string, address: string, now: number): ThrottleDecision {
    const account = this.byAccount.check(accountKey(email), now);
    const client = this.byAddress.check(address, now);
    if (account.allowed && client.allowed) return { allowed: true };
    const lockedUntil = Math.max(account.allowed ? 0 : account.lockedUntil, client.allowed ? 0 : client.lockedUntil);
    return { allowed: false, lockedUntil };
  }

  /**
   * Before the (asynchronous) password check: counts the attempt against the
   * account at once, so guesses sent in parallel already see it. A right
   * password then clears it with succeed().
   */
  begin(email: string, now: number): void {
    this.byAccount.fail(accountKey(email), now);
  }

  /**
   * After a wrong password: counts it against the address too. Only failures
   * count there, so an office of customers logging in at once is never paused.
   */
  fail(email: string, address: string, now: number): ThrottleDecision {
    const account = this.byAccount.check(accountKey(email), now);
    const lockedUntil = Math.max(account.allowed ? now : account.lockedUntil, this.byAddress.fail(address, now));
    return lockedUntil > now ? { allowed: false, lockedUntil } : { allowed: true };
  }

  succeed(email: string): void {
    this.byAccount.succeed(accountKey(email));
  }
}

function accountKey(email: string): string {
  return email.trim().toLowerCase();
}

/** "Try again after 3:15 PM (UTC), in 15 minutes." in the portal's time zone. */
export function lockedMessage(lockedUntil: number, now: number, timeZone: string): string {
  const time = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(lockedUntil);
  const seconds = Math.max(1, Math.ceil((lockedUntil - now) / 1000));
  const wait = seconds < 90 ? `${seconds} second${seconds === 1 ? '' : 's'}` : `${Math.ceil(seconds / 60)} minutes`;
  return `Too many unsuccessful log-in attempts. For your security, logging in is paused. Try again after ${time} (in ${wait}).`;
}
