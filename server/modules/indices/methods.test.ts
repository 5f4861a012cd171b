/**
 * Index methods as versioned data: the shipped version 1 of each index with its source (the
 * family index's equal weights flagged provisional); superadmin adds a version with checked
 * parameters (refused naming the path otherwise), audited; values keep the version they were
 * computed with while new saves use the latest; a past version still recomputes a figure.
 * PGlite, and PostgreSQL with TEST_DATABASE_URL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';
import { IKG_INDONESIA_2023, typedComponents } from './test-data.js';

describe('index methods', () => {
  let t: TestApp;
  let superadmin: string;
  let admin: string;
  const send = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie, origin: 'http://localhost:80' }, payload });

  before(async () => {
    t = await createTestApp();
    superadmin = await t.login('demo.superadmin');
    admin = await t.login('demo.admin');
  });
  after(() => t.close());

  test('version 1 of every index ships with its source; the family weights are provisional', async () => {
    const body = (await send('GET', '/api/indices/methods', admin)).json();
    assert.equal(body.canManage, false);
    const codes = body.items.map(
      (m: { indexCode: string; version: number }) => `${m.indexCode}:${m.version}`,
    );
    assert.deepEqual(codes.sort(), ['idg:1', 'ikg:1', 'ikk:1', 'ipg:1', 'ipm:1']);
    for (const m of body.items) assert.ok(m.sourceNote.length > 40, m.indexCode);
    assert.equal(body.items.find((m: { indexCode: string }) => m.indexCode === 'ikk').provisional, true);
  });

  test('bad parameters are refused naming their path; only superadmin adds versions', async () => {
    const base = { indexCode: 'ikg', sourceNote: 'Catatan teknis BPS (uji) — versi percobaan' };
    const cases: [object, string][] = [
      [{ ...base, params: { healthConstant: -1, zeroFloor: 0.001 } }, 'params.healthConstant'],
      [{ ...base, params: { healthConstant: 0.00005 } }, 'params.zeroFloor'],
      [
        {
          ...base,
          indexCode: 'ikk',
          params: {
            dimensions: [
              { code: 'A1', name: 'A', weight: 1, variables: [{ code: 'V1', name: 'V', weight: 1 }] },
            ],
            categories: [
              { min: 50, name: 'Tinggi' },
              { min: 10, name: 'Rendah' },
            ],
          },
        },
        'params.categories',
      ],
    ];
    for (const [payload, field] of cases) {
      const res = await send('POST', '/api/indices/methods', superadmin, payload);
      assert.equal(res.statusCode, 422, res.body);
      assert.ok(field in res.json().error.fields, `${field}: ${res.body}`);
    }
    const ipmBad = await send('POST', '/api/indices/methods', superadmin, {
      indexCode: 'ipm',
      sourceNote: 'Goalposts terbalik untuk uji penolakan',
      params: {
        lifeExpectancy: { min: 85, max: 20 },
        lifeExpectancyF: { min: 22.5, max: 87.5 },
        lifeExpectancyM: { min: 17.5, max: 82.5 },
        expectedSchooling: { min: 0, max: 18 },
        meanSchooling: { min: 0, max: 15 },
        expenditure: { min: 1_007_436, max: 26_572_352 },
        priceBaseYear: 2012,
      },
    });
    assert.equal(ipmBad.statusCode, 422);
    assert.ok('params.lifeExpectancy' in ipmBad.json().error.fields, ipmBad.body);
    const refused = await send('POST', '/api/indices/methods', admin, {
      ...base,
      params: { healthConstant: 0.00005, zeroFloor: 0.001 },
    });
    assert.equal(refused.statusCode, 403);
    assert.equal(await countOf(t, sql`select count(*) from index_methods`), 5);
  });

  test('a new version computes new saves; older values keep theirs and the calculator can use either', async () => {
    const before = await send('PUT', '/api/regions/72.71/indices/ikg/2021', admin, {
      components: typedComponents(IKG_INDONESIA_2023),
    });
    assert.equal(before.json().method.version, 1);
    const created = await send('POST', '/api/indices/methods', superadmin, {
      indexCode: 'ikg',
      params: { healthConstant: 0.0001, zeroFloor: 0.001 },
      sourceNote: 'Versi uji dengan konstanta kesehatan berbeda (bukan angka resmi)',
    });
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(created.json().version, 2);
    const after = await send('PUT', '/api/regions/72.71/indices/ikg/2022', admin, {
      components: typedComponents(IKG_INDONESIA_2023),
    });
    assert.equal(after.json().method.version, 2);
    assert.notEqual(after.json().computed, before.json().computed);
    const series = (await send('GET', '/api/regions/72.71/indices/ikg', admin)).json();
    assert.deepEqual(
      series.rows.map((r: { year: number; method: { version: number } }) => [r.year, r.method.version]),
      [
        [2021, 1],
        [2022, 2],
      ],
    );
    const v1 = await send('POST', '/api/indices/calculate', admin, {
      index: 'ikg',
      inputs: IKG_INDONESIA_2023,
      methodVersion: 1,
    });
    assert.ok(Math.abs(v1.json().value - 0.447) < 0.0005);
    const list = (await send('GET', '/api/indices/methods', superadmin)).json();
    const v1Row = list.items.find(
      (m: { indexCode: string; version: number }) => m.indexCode === 'ikg' && m.version === 1,
    );
    assert.equal(v1Row.values, 1);
    assert.equal(
      await countOf(
        t,
        sql`select count(*) from audit_log where entity = 'index_method' and action = 'create'`,
      ),
      1,
    );
  });
});
