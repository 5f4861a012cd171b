/**
 * An index for every kab/kota of a province (GET /api/indices/regions): BPS's published value
 * where stored, else the computed one, ranks, the change since the year before, the IPG's IPM
 * by sex as female/male; who may ask (the province, superadmin; not a kab/kota's DP3A); bad
 * queries named. PGlite, and PostgreSQL with TEST_DATABASE_URL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { removeDemoIndices } from '../../db/seed/demo-indices.js';
import { IPG_PROBOLINGGO_2021, typedComponents } from './test-data.js';

describe('index region figures', () => {
  let t: TestApp;
  let provinsi: string;
  let admin: string;
  let superadmin: string;
  const get = (cookie: string, query: string) =>
    t.app.inject({ method: 'GET', url: `/api/indices/regions?${query}`, headers: { cookie } });
  const put = (code: string, year: number, body: object) =>
    t.app.inject({
      method: 'PUT',
      url: `/api/regions/${code}/indices/ipg/${year}`,
      headers: { cookie: provinsi, origin: 'http://localhost:80' },
      payload: body,
    });

  before(async () => {
    t = await createTestApp();
    // These tests start from a Kota Palu without index values; the demo's own IPG (from its
    // data terpilah) is tested in server/db/seed/demo-indices.test.ts.
    await removeDemoIndices(t.database.db);
    provinsi = await t.login('demo.provinsi');
    admin = await t.login('demo.admin');
    superadmin = await t.login('demo.superadmin');
    for (const body of [
      ['72.71', 2023, { components: typedComponents(IPG_PROBOLINGGO_2021), published: 96.01 }],
      ['72.71', 2022, { components: {}, published: 95.5 }],
      ['72.03', 2023, { components: typedComponents(IPG_PROBOLINGGO_2021) }],
      ['72', 2023, { components: {}, published: 91.2 }],
    ] as const) {
      const res = await put(body[0], body[1], body[2]);
      assert.equal(res.statusCode, 200, res.body);
    }
  });
  after(() => t.close());

  test("a province's kab/kota: published first, else computed, ranked, with the change", async () => {
    const res = await get(provinsi, 'index=ipg&year=2023&scope=72&level=kabkota');
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.indicator.code, 'IPG');
    assert.equal(body.rows.length, 13);
    const palu = body.rows.find((r: { regionCode: string }) => r.regionCode === '72.71');
    const donggala = body.rows.find((r: { regionCode: string }) => r.regionCode === '72.03');
    assert.equal(palu.total, 96.01);
    // BPS's released value first, else Setara's: each row says which.
    assert.equal(palu.source, 'published');
    assert.equal(donggala.source, 'computed');
    assert.ok(Math.abs(palu.change - 0.51) < 1e-9);
    assert.ok(Math.abs(donggala.total - 96.021) < 0.001, String(donggala.total));
    assert.ok(Math.abs(donggala.female - 72.378) < 0.001);
    assert.equal(donggala.rank, 1);
    assert.equal(palu.rank, 2);
    assert.equal(body.rows.filter((r: { total: number | null }) => r.total === null).length, 11);
    assert.equal(body.scopeFigure.stored.total, 91.2);
    assert.equal(body.scopeFigure.rolledUp, null);
    assert.equal(body.scopeFigure.reporting, 2);
  });

  test('the nation by province for superadmin; a kab/kota DP3A may not compare', async () => {
    const national = await get(superadmin, 'index=ipg&year=2023&scope=national&level=provinsi');
    assert.equal(national.statusCode, 200, national.body);
    assert.equal(national.json().rows.length, 38);
    assert.equal(national.json().rows.find((r: { regionCode: string }) => r.regionCode === '72').total, 91.2);
    assert.equal((await get(admin, 'index=ipg&year=2023&scope=72&level=kabkota')).statusCode, 403);
    assert.equal((await get(provinsi, 'index=ipg&year=2023&scope=73&level=kabkota')).statusCode, 403);
  });

  test('bad queries are named', async () => {
    for (const [query, field] of [
      ['index=hdi&year=2023&scope=72&level=kabkota', 'index'],
      ['index=ipg&year=23&scope=72&level=kabkota', 'year'],
      ['index=ipg&year=2023&scope=72.71&level=kabkota', 'scope'],
      ['index=ipg&year=2023&scope=72&level=provinsi', 'level'],
    ]) {
      const res = await get(provinsi, query!);
      assert.equal(res.statusCode, 400, res.body);
      assert.ok(field! in res.json().error.fields, res.body);
    }
  });
});
