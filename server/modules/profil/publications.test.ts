/**
 * Publishing the Profil Gender on the portal: the DP3A publishes a year's official edition,
 * the public downloads exactly that file (ETag = its SHA-256), publishing again replaces it
 * and removes the old file, withdrawing takes it off; nobody else publishes; an empty edition
 * and bad years are refused naming the field.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { and, desc, eq, sql } from 'drizzle-orm';
import { auditLog } from '../../db/schema.js';
import { dataValues } from '../../db/schema-data.js';
import { profilPublications } from '../../db/schema-profil-publications.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

const ORIGIN = 'http://localhost:80';
const BASE = '/api/regions/72.71/profil-gender/publications';
const PUBLIC = '/api/public/regions/72.71/profil-gender';

describe('Profil Gender published on the portal', () => {
  let t: TestApp;
  let admin: string;
  let reviewer: string;
  let provinsi: string;
  let year: number;
  before(async () => {
    t = await createTestApp();
    admin = await t.login('demo.admin');
    reviewer = await t.login('demo.reviewer');
    provinsi = await t.login('demo.provinsi');
    // The demo's latest year with verified values in Kota Palu.
    const [row] = await t.database.db
      .select({ year: sql<string>`max(left(${dataValues.period}, 4))` })
      .from(dataValues)
      .where(and(eq(dataValues.regionCode, '72.71'), eq(dataValues.status, 'verified')));
    year = Number(row.year);
    assert.ok(year > 2000, 'the demo has verified values');
  });
  after(() => t.close());

  const call = (method: 'GET' | 'PUT' | 'DELETE', url: string, cookie?: string) =>
    t.app.inject({ method, url, headers: cookie ? { cookie, origin: ORIGIN } : {} });

  test('the DP3A publishes a year; the public downloads that very PDF, cached by its hash', async () => {
    assert.equal((await call('GET', `${PUBLIC}/${year}`)).statusCode, 404, 'nothing public before');
    const res = await call('PUT', `${BASE}/${year}`, admin);
    assert.equal(res.statusCode, 200, res.body);
    const published = res.json();
    assert.equal(published.year, year);
    assert.equal(published.publicPath, `${PUBLIC}/${year}`);
    assert.ok(typeof published.publishedBy === 'string' && published.publishedBy.length > 0, 'who published');

    const file = await call('GET', published.publicPath);
    assert.equal(file.statusCode, 200);
    assert.equal(file.headers['content-type'], 'application/pdf');
    assert.equal(file.rawPayload.subarray(0, 5).toString(), '%PDF-');
    assert.equal(createHash('sha256').update(file.rawPayload).digest('hex'), published.sha256);
    assert.equal(file.rawPayload.length, published.sizeBytes);
    assert.match(String(file.headers['cache-control']), /^public/);

    const again = await t.app.inject({
      url: published.publicPath,
      headers: { 'if-none-match': String(file.headers.etag) },
    });
    assert.equal(again.statusCode, 304);

    const list = await call('GET', BASE, reviewer);
    assert.equal(list.statusCode, 200);
    assert.deepEqual(
      list.json().publications.map((p: { year: number }) => p.year),
      [year],
    );
  });

  test('publishing again replaces the edition and removes the old file; all of it audited', async () => {
    const [before] = await t.database.db.select().from(profilPublications);
    const res = await call('PUT', `${BASE}/${year}`, admin);
    assert.equal(res.statusCode, 200, res.body);
    const [after] = await t.database.db.select().from(profilPublications);
    assert.notEqual(after.fileKey, before.fileKey);
    assert.equal(await t.files.stat(before.fileKey), null, 'the replaced file is gone');
    assert.ok(await t.files.stat(after.fileKey));
    const audits = await t.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entity, 'profil_publication'))
      .orderBy(desc(auditLog.id));
    assert.deepEqual(
      audits.map((a) => a.action),
      ['update', 'create'],
    );
  });

  test('only the region’s DP3A (or superadmin) publishes or withdraws', async () => {
    for (const cookie of [reviewer, provinsi]) {
      assert.equal((await call('PUT', `${BASE}/${year}`, cookie)).statusCode, 403);
      assert.equal((await call('DELETE', `${BASE}/${year}`, cookie)).statusCode, 403);
    }
    assert.equal((await call('PUT', `${BASE}/${year}`)).statusCode, 401);
  });

  test('an edition without verified values, and malformed years, are refused naming the field', async () => {
    const empty = await call('PUT', `${BASE}/2001`, admin);
    assert.equal(empty.statusCode, 422);
    assert.match(empty.json().error.fields.year, /2001/);
    for (const bad of ['abc', '1800', '2101', '2023%00', 'x'.repeat(5000)]) {
      // The 5,000 characters pass the router's limit on a path segment, so no route matches:
      // 414, or the app's 404 for an unknown /api path where a catch-all GET takes it.
      const expected = bad.length > 100 ? [404, 414] : [400];
      const res = await call('PUT', `${BASE}/${bad}`, admin);
      assert.ok(expected.includes(res.statusCode), `PUT ${bad.slice(0, 10)} → ${res.statusCode}`);
      const read = await call('GET', `${PUBLIC}/${bad}`);
      assert.ok(expected.includes(read.statusCode), `GET ${bad.slice(0, 10)} → ${read.statusCode}`);
    }
    assert.equal((await call('GET', '/api/public/regions/99.99/profil-gender/2023')).statusCode, 404);
  });

  test('withdrawing takes it off the portal and removes its file; withdrawing again is no error', async () => {
    const [row] = await t.database.db.select().from(profilPublications);
    const res = await call('DELETE', `${BASE}/${year}`, admin);
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json().publications, []);
    assert.equal((await call('GET', `${PUBLIC}/${year}`)).statusCode, 404);
    assert.equal(await t.files.stat(row.fileKey), null);
    assert.equal((await call('DELETE', `${BASE}/${year}`, admin)).statusCode, 200);
  });
});
