import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { acceptsGzip, PublicCache } from './public-cache.js';

function clock() {
  let now = 1_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const page = (body: string) => async () => ({ body, contentType: 'text/html' });

test('one rendering serves every reader within the TTL; after it the page is rendered again', async () => {
  const time = clock();
  const cache = new PublicCache({ ttlMs: 5_000, maxEntries: 10, now: time.now });
  let renders = 0;
  const render = async () => {
    renders += 1;
    return { body: `page ${renders}`, contentType: 'text/html' };
  };
  assert.equal((await cache.get('72.71', render)).body, 'page 1');
  time.advance(4_999);
  assert.equal((await cache.get('72.71', render)).body, 'page 1');
  time.advance(1);
  assert.equal((await cache.get('72.71', render)).body, 'page 2');
  assert.equal(renders, 2);
});

test('readers arriving during a rendering wait for that one (single flight)', async () => {
  const cache = new PublicCache({ ttlMs: 5_000, maxEntries: 10 });
  let renders = 0;
  let finish!: () => void;
  const slow = () => {
    renders += 1;
    return new Promise<{ body: string; contentType: string }>((resolve) => {
      finish = () => resolve({ body: 'slow page', contentType: 'text/html' });
    });
  };
  const readers = Array.from({ length: 50 }, () => cache.get('72.71', slow));
  finish();
  const answers = await Promise.all(readers);
  assert.equal(renders, 1);
  assert.ok(answers.every((a) => a.body === 'slow page'));
});

test('a failed rendering is not kept: the next reader renders again', async () => {
  const cache = new PublicCache({ ttlMs: 5_000, maxEntries: 10 });
  await assert.rejects(
    cache.get('99.99', async () => {
      throw new Error('no such region');
    }),
    /no such region/,
  );
  assert.equal((await cache.get('99.99', page('now there is one'))).body, 'now there is one');
});

test('the ETag follows the bytes; different keys are different entries; the oldest goes first', async () => {
  const time = clock();
  const cache = new PublicCache({ ttlMs: 60_000, maxEntries: 2, now: time.now });
  const a = await cache.get('a', page('same'));
  const b = await cache.get('b', page('same'));
  const c = await cache.get('c', page('other'));
  assert.equal(a.etag, b.etag);
  assert.notEqual(a.etag, c.etag);
  assert.match(a.etag, /^"[\w-]+"$/);
  // Two entries at most: "a" was dropped, so it is rendered anew; "c" is still held.
  assert.equal((await cache.get('a', page('a again'))).body, 'a again');
  assert.equal((await cache.get('c', page('not used'))).body, 'other');
});

test('gzip is sent to readers that take it, never to those that refuse it', () => {
  assert.equal(acceptsGzip('gzip, deflate, br'), true);
  assert.equal(acceptsGzip('br;q=1.0, gzip;q=0.8'), true);
  assert.equal(acceptsGzip('*'), true);
  assert.equal(acceptsGzip('gzip;q=0'), false);
  assert.equal(acceptsGzip('deflate, br'), false);
  assert.equal(acceptsGzip(undefined), false);
});

test('the gzipped body is the body', async () => {
  const cache = new PublicCache({ ttlMs: 5_000, maxEntries: 10 });
  const answer = await cache.get('72.71', page('<p>Puspaga Kota Palu</p>'.repeat(100)));
  assert.equal(gunzipSync(answer.gzipped).toString('utf8'), answer.body);
  assert.ok(answer.gzipped.length < answer.body.length / 10);
});

test('a binary body keeps its bytes, its ETag, and is not gzipped again', async () => {
  const cache = new PublicCache({ ttlMs: 5_000, maxEntries: 10 });
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 1, 2, 3]);
  const answer = await cache.getBinary('png:preview', async () => ({ body: png, contentType: 'image/png' }));
  assert.deepEqual(answer.body, png);
  assert.equal(answer.gzipped, null);
  assert.match(answer.etag, /^"[\w-]+"$/);
  const other = await cache.getBinary('png:other', async () => ({
    body: Buffer.from(png).fill(7, 8),
    contentType: 'image/png',
  }));
  assert.notEqual(other.etag, answer.etag);
});

test('the bytes held stay within maxBytes: the oldest answers go first, the newest always stays', async () => {
  const cache = new PublicCache({ ttlMs: 60_000, maxEntries: 100, maxBytes: 5_000 });
  const big = 'x'.repeat(2_000);
  for (const key of ['a', 'b', 'c', 'd']) await cache.get(key, page(`${key}${big}`));
  // Each holds ≈ 2,000 bytes of body and a few dozen of gzip: two fit, the third would not.
  assert.ok(cache.heldBytes <= 5_000, `held ${cache.heldBytes}`);
  assert.ok(cache.heldBytes > 4_000, `held ${cache.heldBytes}`);
  let rendered = 0;
  const counted = (body: string) => async () => {
    rendered += 1;
    return { body, contentType: 'text/html' };
  };
  await cache.get('d', counted('not used'));
  assert.equal(rendered, 0, 'the newest is still held');
  await cache.get('a', counted('a again'));
  assert.equal(rendered, 1, 'the oldest was dropped');
  const huge = new PublicCache({ ttlMs: 60_000, maxEntries: 100, maxBytes: 10 });
  assert.equal((await huge.get('one', page(big))).body, big);
  assert.equal(huge.heldBytes > 10, true, 'an answer larger than the limit is still served and held alone');
});
