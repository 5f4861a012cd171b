/**
 * A cache of computed ARG recaps, checked for freshness on every read with one key lookup:
 * `planning_revisions` (migration 0004) moves on whenever a region's sub-kegiatan or a GAP's
 * status changes, by trigger, so any app server (each keeps its own cache) sees a change at
 * once. The revision is read before computing, so a result is never stored under a revision
 * newer than its data.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';

const MAX_ENTRIES = 500;

interface Entry {
  revision: string;
  value: unknown;
}

// Per database handle: tests and benchmarks run several apps in one process.
const caches = new WeakMap<Db, Map<string, Entry>>();

export async function planningRevision(db: Db, regionCode: string): Promise<string> {
  const result = (await db.execute(
    sql`select revision::text as revision from planning_revisions where region_code = ${regionCode}`,
  )) as unknown as { rows: { revision: string }[] };
  return result.rows[0]?.revision ?? '0';
}

export async function cachedByRevision<T>(
  db: Db,
  regionCode: string,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const revision = await planningRevision(db, regionCode);
  const cacheKey = `${regionCode}|${key}`;
  const hit = cache.get(cacheKey);
  if (hit && hit.revision === revision) return hit.value as T;
  const value = await compute();
  cache.delete(cacheKey);
  // Oldest first out: a Map iterates in insertion order.
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(cacheKey, { revision, value });
  return value;
}
