/**
 * The per-server key cache: a revocation made on another app server takes effect once the
 * cache's lifetime (KEY_CACHE_TTL_MS) has passed, and last_used_at is written at most once a
 * minute per key, not on every request.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { KEY_CACHE_TTL_MS, LAST_USED_WRITE_EVERY_MS } from '../../../domain/api-keys.js';
import { apiKeys } from '../../db/schema-api-keys.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { ApiKeyResolver } from './request-key.js';
import { newApiKey, sha256Hex } from './secrets.js';

describe('API key cache', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ demo: false });
  });
  after(async () => t?.close());

  async function insertKey(): Promise<{ key: string; id: string }> {
    const key = newApiKey();
    const [row] = await t.database.db
      .insert(apiKeys)
      .values({
        prefix: key.slice(0, 15),
        keyHash: sha256Hex(key),
        email: 'c@example.org',
        name: 'C',
        purpose: 'C',
      })
      .returning({ id: apiKeys.id });
    return { key, id: row.id };
  }

  test('a revocation elsewhere is honoured once the cache lifetime has passed', async () => {
    const { key, id } = await insertKey();
    let now = 1_000_000;
    const resolver = new ApiKeyResolver(t.database.db, () => now);
    assert.equal((await resolver.resolve(key))?.id, id);
    // Revoked by another server: this one trusts what it read until the lifetime ends.
    await t.database.db
      .update(apiKeys)
      .set({ revokedAt: sql`now()` })
      .where(eq(apiKeys.id, id));
    now += KEY_CACHE_TTL_MS - 1;
    assert.equal((await resolver.resolve(key))?.id, id);
    now += 1;
    assert.equal(await resolver.resolve(key), null);
  });

  test('forget() drops a key at once (revoked on this server)', async () => {
    const { key, id } = await insertKey();
    const resolver = new ApiKeyResolver(t.database.db, () => 0);
    assert.ok(await resolver.resolve(key));
    await t.database.db
      .update(apiKeys)
      .set({ revokedAt: sql`now()` })
      .where(eq(apiKeys.id, id));
    resolver.forget(id);
    assert.equal(await resolver.resolve(key), null);
  });

  test('last_used_at is written at most once a minute per key', async () => {
    const { key, id } = await insertKey();
    let now = 0;
    const resolver = new ApiKeyResolver(t.database.db, () => now);
    const lastUsed = async () =>
      (await t.database.db.select({ at: apiKeys.lastUsedAt }).from(apiKeys).where(eq(apiKeys.id, id)))[0].at;
    await resolver.resolve(key);
    const first = await lastUsed();
    assert.ok(first);
    // Pretend the write is old; within the minute this server does not write again.
    await t.database.db
      .update(apiKeys)
      .set({ lastUsedAt: sql`now() - interval '2 minutes'` })
      .where(eq(apiKeys.id, id));
    const aged = await lastUsed();
    now += LAST_USED_WRITE_EVERY_MS - 1;
    await resolver.resolve(key);
    assert.equal((await lastUsed())!.getTime(), aged!.getTime());
    now += 1;
    await resolver.resolve(key);
    assert.ok((await lastUsed())!.getTime() > aged!.getTime());
    // Another server that used the key in the same minute finds it fresh and writes nothing.
    const fresh = await lastUsed();
    const other = new ApiKeyResolver(t.database.db, () => 0);
    await other.resolve(key);
    assert.equal((await lastUsed())!.getTime(), fresh!.getTime());
  });
});
