/**
 * Where sessions live: in memory, each one forgotten once it has not been
 * used for `ttlMs` on the portal's security clock (the clock that also decides
 * the 30-minute idle timeout, so tests that move it expire and prune sessions
 * too). Expired sessions are pruned at most once a minute, when the store is
 * next used: no timer keeps a portal instance alive after its last request.
 * Sessions are kept as JSON, as express-session's own MemoryStore does, so a
 * request never shares objects with another.
 */
import session from 'express-session';
import type { Clock } from '../clock';

/** How often, on the security clock, a full sweep for expired sessions may run. */
const PRUNE_EVERY_MS = 60 * 1000;

interface Entry {
  readonly json: string;
  /** ms on the security clock */
  lastUsedAt: number;
}

type Callback = (error?: unknown) => void;

export class IdleSessionStore extends session.Store {
  private readonly entries = new Map<string, Entry>();
  private lastPrunedAt: number;

  constructor(
    private readonly clock: Clock,
    readonly ttlMs: number,
  ) {
    super();
    this.lastPrunedAt = clock.now().getTime();
  }

  /** How many sessions are held, expired or not (what memory they take). */
  get size(): number {
    return this.entries.size;
  }

  override get(sid: string, callback: (error: unknown, data?: session.SessionData | null) => void): void {
    const now = this.usedAt();
    const entry = this.entries.get(sid);
    if (!entry) return callback(null, null);
    if (this.expired(entry, now)) {
      this.entries.delete(sid);
      return callback(null, null);
    }
    callback(null, JSON.parse(entry.json) as session.SessionData);
  }

  override set(sid: string, data: session.SessionData, callback?: Callback): void {
    this.entries.set(sid, { json: JSON.stringify(data), lastUsedAt: this.usedAt() });
    callback?.();
  }

  /** A request used the session without changing it: it stays alive. */
  override touch(sid: string, _data: session.SessionData, callback?: Callback): void {
    const entry = this.entries.get(sid);
    if (entry) entry.lastUsedAt = this.usedAt();
    callback?.();
  }

  override destroy(sid: string, callback?: Callback): void {
    this.entries.delete(sid);
    callback?.();
  }

  override length(callback: (error: unknown, length?: number) => void): void {
    callback(null, this.entries.size);
  }

  override clear(callback?: Callback): void {
    this.entries.clear();
    callback?.();
  }

  /** Forgets every session unused for longer than the TTL. */
  prune(): void {
    const now = this.clock.now().getTime();
    this.lastPrunedAt = now;
    for (const [sid, entry] of this.entries) {
      if (this.expired(entry, now)) this.entries.delete(sid);
    }
  }

  /** The current time, after a sweep if one is due. */
  private usedAt(): number {
    const now = this.clock.now().getTime();
    if (now - this.lastPrunedAt >= PRUNE_EVERY_MS) this.prune();
    return now;
  }

  private expired(entry: Entry, now: number): boolean {
    return now - entry.lastUsedAt > this.ttlMs;
  }
}
