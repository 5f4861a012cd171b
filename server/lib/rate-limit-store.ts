/**
 * A store for @fastify/rate-limit whose shared truth is the database (PGlite or PostgreSQL),
 * because app servers hold no state and Redis is not part of the product (docs/scaling.md).
 *
 * Each server counts in memory and adds its count to the key's row at most once per
 * `syncMs` (one upsert, which also answers the total of all servers); between syncs it
 * answers from the last total plus its own new hits. So a client hammering one key costs one
 * write per second per server, not one per request, and may overshoot a limit by what other
 * servers saw in the last `syncMs`. With `syncMs: 0` every hit is written and read back:
 * exact, for the sign-in limit. docs/security.md has the figures behind the choice.
 */
import { lte, sql } from 'drizzle-orm';
import type { Db } from '../db/connection.js';
import { rateLimitHits } from '../db/schema.js';

export interface RateLimitStoreOptions {
  /** How long a server may count a key on its own before syncing it with the database. */
  syncMs: number;
}

interface Counter {
  /** All servers' hits as of the last sync. */
  shared: number;
  /** This server's hits since. */
  pending: number;
  /** When the window ends, on this server's clock. */
  resetAt: number;
  syncedAt: number;
}

type IncrCallback = (error: Error | null, result?: { current: number; ttl: number }) => void;

const SWEEP_EVERY_MS = 60_000;

/** Adds `delta` hits to a key's current window (a new window if it has ended); one statement. */
async function addHits(db: Db, key: string, delta: number, windowMs: number) {
  const t = rateLimitHits;
  const ended = sql`${t.resetAt} <= now()`;
  const [row] = await db
    .insert(t)
    .values({ key, hits: delta, resetAt: sql`now() + make_interval(secs => ${windowMs / 1000})` })
    .onConflictDoUpdate({
      target: t.key,
      set: {
        hits: sql`case when ${ended} then excluded.hits else ${t.hits} + excluded.hits end`,
        resetAt: sql`case when ${ended} then excluded.reset_at else ${t.resetAt} end`,
      },
    })
    // Time left, not the instant: app servers' clocks need not agree with the database's.
    .returning({
      hits: t.hits,
      ttlMs: sql<number>`(extract(epoch from ${t.resetAt} - now()) * 1000)::float8`,
    });
  return { hits: row.hits, ttlMs: Number(row.ttlMs) };
}

/**
 * The store class @fastify/rate-limit instantiates (`store` option). A route's own limit
 * (`config.rateLimit`) gets a child; `syncMs` in that config overrides the default.
 */
export function databaseRateLimitStore(db: Db, defaults: RateLimitStoreOptions) {
  let lastCleanup = 0;

  /** Expired rows are of no use to anyone; one server a minute removes them. */
  async function cleanup(now: number) {
    if (now - lastCleanup < SWEEP_EVERY_MS) return;
    lastCleanup = now;
    await db.delete(rateLimitHits).where(lte(rateLimitHits.resetAt, sql`now()`));
  }

  return class DatabaseRateLimitStore {
    private readonly counters = new Map<string, Counter>();
    private readonly syncMs: number;
    private lastSweep = Date.now();

    constructor(params: { syncMs?: number } = {}) {
      this.syncMs = params.syncMs ?? defaults.syncMs;
    }

    incr(key: string, callback: IncrCallback, timeWindow: number): void {
      this.hit(key, timeWindow).then(
        (result) => callback(null, result),
        (error: Error) => callback(error),
      );
    }

    /** `routeOptions` is the route's merged rate-limit config, where `syncMs` may be set. */
    child(routeOptions: object): DatabaseRateLimitStore {
      const { syncMs } = routeOptions as { syncMs?: number };
      return new DatabaseRateLimitStore({ syncMs: syncMs ?? this.syncMs });
    }

    async hit(key: string, windowMs: number): Promise<{ current: number; ttl: number }> {
      const now = Date.now();
      this.sweep(now);
      let counter = this.counters.get(key);
      if (!counter || counter.resetAt <= now) {
        counter = { shared: 0, pending: 0, resetAt: now + windowMs, syncedAt: -Infinity };
        this.counters.set(key, counter);
      }
      counter.pending += 1;
      if (now - counter.syncedAt >= this.syncMs) await this.sync(key, counter, windowMs, now);
      return { current: counter.shared + counter.pending, ttl: Math.max(0, counter.resetAt - Date.now()) };
    }

    private async sync(key: string, counter: Counter, windowMs: number, now: number): Promise<void> {
      const delta = counter.pending;
      counter.pending = 0;
      counter.syncedAt = now;
      try {
        const { hits, ttlMs } = await addHits(db, key, delta, windowMs);
        const resetAt = Date.now() + ttlMs;
        // A sync that started earlier may answer later with a smaller total of the same window.
        const sameWindow = Math.abs(resetAt - counter.resetAt) < 1000 && counter.shared > 0;
        counter.shared = sameWindow ? Math.max(counter.shared, hits) : hits;
        counter.resetAt = resetAt;
      } catch (error) {
        counter.pending += delta;
        counter.syncedAt = -Infinity;
        throw error;
      }
      await cleanup(now);
    }

    /** Forgets keys whose window has ended, so memory follows the active clients only. */
    private sweep(now: number): void {
      if (now - this.lastSweep < SWEEP_EVERY_MS) return;
      this.lastSweep = now;
      for (const [key, counter] of this.counters) if (counter.resetAt <= now) this.counters.delete(key);
    }
  };
}
