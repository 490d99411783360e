/**
 * Where sessions live: in memory, under unguessable ids, each one forgotten
 * once it has not been used for `ttlMs` on the portal's security clock (the
 * clock that also decides the 30-minute idle timeout, so tests that move it
 * expire and prune sessions too). Expired sessions are pruned at most once a
 * minute, when the store is next used: no timer keeps a portal instance alive
 * after its last request.
 *
 * A session is one object that the requests of its customer read and change
 * in place: there is nothing to serialise or write back, so using a session
 * costs a map lookup.
 */
import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock';

/** How often, on the security clock, a full sweep for expired sessions may run. */
const PRUNE_EVERY_MS = 60 * 1000;
/** 256 random bits: an id cannot be guessed, so it needs no signature. */
const ID_BYTES = 32;
const ID_PATTERN = /^[A-Za-z0-9_-]{43}$/;

interface Entry<Data> {
  readonly data: Data;
  /** ms on the security clock */
  lastUsedAt: number;
}

export class IdleSessionStore<Data extends object> {
  private readonly entries = new Map<string, Entry<Data>>();
  private lastPrunedAt: number;

  constructor(
    private readonly clock: Clock,
    readonly ttlMs: number,
  ) {
    this.lastPrunedAt = clock.now().getTime();
  }

  /** How many sessions are held, expired or not (what memory they take). */
  get size(): number {
    return this.entries.size;
  }

  /** Stores a new session under a fresh id. */
  create(data: Data): string {
    const id = randomBytes(ID_BYTES).toString('base64url');
    this.entries.set(id, { data, lastUsedAt: this.usedAt() });
    return id;
  }

  /** The session with this id, marked as used now; undefined if unknown, malformed or expired. */
  use(id: string): Data | undefined {
    if (!ID_PATTERN.test(id)) return undefined;
    const now = this.usedAt();
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (this.expired(entry, now)) {
      this.entries.delete(id);
      return undefined;
    }
    entry.lastUsedAt = now;
    return entry.data;
  }

  delete(id: string): void {
    this.entries.delete(id);
  }

  /** Forgets every session unused for longer than the TTL. */
  prune(): void {
    const now = this.clock.now().getTime();
    this.lastPrunedAt = now;
    for (const [id, entry] of this.entries) {
      if (this.expired(entry, now)) this.entries.delete(id);
    }
  }

  /** The current time, after a sweep if one is due. */
  private usedAt(): number {
    const now = this.clock.now().getTime();
    if (now - this.lastPrunedAt >= PRUNE_EVERY_MS) this.prune();
    return now;
  }

  private expired(entry: Entry<Data>, now: number): boolean {
    return now - entry.lastUsedAt > this.ttlMs;
  }
}
