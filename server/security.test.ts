import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from './test-support/test-app.js';

describe('HTTP safety', () => {
  let t: TestApp;
  let admin: string;
  before(async () => {
    t = await createTestApp();
    admin = await t.login('demo.admin');
  });
  after(() => t.close());

  test('health names the database', async () => {
    const res = await t.app.inject({ url: '/api/health' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), {
      status: 'ok',
      database: process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite',
      checks: { database: 'ok', schema: 'current' },
    });
  });

  test('security headers are set', async () => {
    const res = await t.app.inject({ url: '/api/health' });
    assert.match(String(res.headers['content-security-policy']), /default-src 'self'/);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.ok(
      res.headers['x-frame-options'] ||
        /frame-ancestors/.test(String(res.headers['content-security-policy'])),
    );
  });

  test("only the portal's embeddable widgets may be framed by another site", async () => {
    for (const url of ['/', '/api/health', '/p', '/p/72.71-kota-palu', '/api/public/regions/72.71']) {
      const res = await t.app.inject({ url });
      const csp = String(res.headers['content-security-policy']);
      assert.equal(res.headers['x-frame-options'], 'SAMEORIGIN', url);
      assert.match(csp, /frame-ancestors 'self'/, url);
    }
    const widget = await t.app.inject({ url: '/embed/72.71/KES_UHH/chart' });
    assert.equal(widget.statusCode, 200);
    assert.equal(widget.headers['x-frame-options'], undefined);
    assert.match(String(widget.headers['content-security-policy']), /frame-ancestors \*/);
  });

  test('cross-site writes are refused; same-origin and JSON clients pass', async () => {
    const payload = { name: 'Dinas CSRF', shortName: 'CSRF', kind: 'dinas' };
    const evil = await t.app.inject({
      method: 'POST',
      url: '/api/regions/72.71/opd',
      headers: { cookie: admin, origin: 'https://evil.example' },
      payload,
    });
    assert.equal(evil.statusCode, 403);
    assert.equal(evil.json().error.code, 'csrf_rejected');
    const form = await t.app.inject({
      method: 'POST',
      url: '/api/regions/72.71/opd',
      headers: { cookie: admin, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'name=x&shortName=y&kind=dinas',
    });
    assert.equal(form.statusCode, 403);
    const same = await t.app.inject({
      method: 'POST',
      url: '/api/regions/72.71/opd',
      headers: { cookie: admin, origin: 'http://localhost:80', host: 'localhost:80' },
      payload,
    });
    assert.equal(same.statusCode, 201, same.body);
  });

  test('bodies over 1 MiB are refused with 413', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/regions/72.71/opd',
      headers: { cookie: admin, 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(1_100_000), shortName: 'big', kind: 'dinas' }),
    });
    assert.equal(res.statusCode, 413);
    assert.equal(res.json().error.code, 'payload_too_large');
  });

  test('unknown API paths answer a JSON 404', async () => {
    const res = await t.app.inject({ url: '/api/nothing-here' });
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().error.code, 'not_found');
  });

  test('the OpenAPI description lists the foundation routes', async () => {
    const res = await t.app.inject({ url: '/api/docs/json' });
    assert.equal(res.statusCode, 200);
    const paths = Object.keys(res.json().paths);
    for (const p of [
      '/api/health',
      '/api/auth/login',
      '/api/regions/{code}/opd',
      '/api/opd/{id}',
      '/api/users',
      '/api/audit',
    ]) {
      assert.ok(paths.includes(p), p);
    }
  });

  test('regions: 38 provinces, 514 kab/kota, Kota Palu under Sulawesi Tengah', async () => {
    const provinces = await t.app.inject({ url: '/api/regions' });
    assert.equal(provinces.json().items.length, 38);
    const sulteng = await t.app.inject({ url: '/api/regions?parent=72' });
    assert.ok(
      sulteng
        .json()
        .items.some((r: { code: string; name: string }) => r.code === '72.71' && r.name === 'Kota Palu'),
    );
    const palu = await t.app.inject({ url: '/api/regions/72.71' });
    assert.deepEqual(palu.json(), { code: '72.71', name: 'Kota Palu', level: 'kabkota', parentCode: '72' });
    let kabkota = 0;
    for (const p of provinces.json().items) {
      kabkota += (await t.app.inject({ url: `/api/regions?parent=${p.code}` })).json().items.length;
    }
    assert.equal(kabkota, 514);
  });
});
