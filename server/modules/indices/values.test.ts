/**
 * A region's index values through the app: DP3A saves Kota Palu's IPG components with BPS's
 * published value (computed beside it, difference, what drives the gap), a partial save
 * leaves the index uncomputed, stale versions, bad components and published values refused
 * naming the field with nothing stored, who may write (the province for its kab/kota, not a
 * neighbour or an operator), the family index's category, removal, the audit trail.
 * PGlite, and PostgreSQL with TEST_DATABASE_URL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';
import { removeDemoIndices } from '../../db/seed/demo-indices.js';
import { IPG_PROBOLINGGO_2021, typedComponents } from './test-data.js';

const source = 'BPS Kota Probolinggo, IPG 2021 (contoh uji)';
describe('index values', () => {
  let t: TestApp;
  let admin: string;
  let provinsi: string;
  let operator: string;
  const send = (method: 'GET' | 'PUT' | 'DELETE', url: string, cookie: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie, origin: 'http://localhost:80' }, payload });
  const url = (year: number, index = 'ipg', code = '72.71') =>
    `/api/regions/${code}/indices/${index}/${year}`;

  before(async () => {
    t = await createTestApp();
    // These tests start from a Kota Palu without index values; the demo's own IPG (from its
    // data terpilah) is tested in server/db/seed/demo-indices.test.ts.
    await removeDemoIndices(t.database.db);
    admin = await t.login('demo.admin');
    provinsi = await t.login('demo.provinsi');
    operator = await t.login('demo.operator');
  });
  after(() => t.close());

  test('a complete save is computed with the latest method, beside the published value', async () => {
    const res = await send('PUT', url(2021), admin, {
      components: typedComponents(IPG_PROBOLINGGO_2021, source),
      published: 96.01,
      publishedSource: 'BPS Kota Probolinggo',
    });
    assert.equal(res.statusCode, 200, res.body);
    const row = res.json();
    assert.ok(Math.abs(row.computed - 96.01) < 0.02, String(row.computed));
    assert.ok(Math.abs(row.difference) < 0.02);
    assert.deepEqual(row.missing, []);
    assert.equal(row.method.version, 1);
    assert.equal(row.components.lifeExpectancyF.origin, 'typed');
    // Women's lower schooling and expenditure, not health (their goalposts are offset).
    assert.notEqual(row.drivers[0].dimension, 'health');
    assert.ok(row.drivers[0].ratio < 1);

    const series = (await send('GET', '/api/regions/72.71/indices/ipg', operator)).json();
    assert.equal(series.rows.length, 1);
    assert.equal(series.canManage, false);
    assert.equal(series.inputs.length, 8);
  });

  test('a partial save lists what is missing and computes nothing', async () => {
    const { expenditureM: _left, ...seven } = IPG_PROBOLINGGO_2021;
    const row = (await send('PUT', url(2022), admin, { components: typedComponents(seven) })).json();
    assert.equal(row.computed, null);
    assert.deepEqual(row.missing, ['expenditureM']);
    assert.equal(row.method, null);
  });

  test('a stale version is refused; a fresh one is kept with the origin of unchanged components', async () => {
    const current = (await send('GET', '/api/regions/72.71/indices/ipg', admin)).json().rows[0];
    const stale = await send('PUT', url(2021), admin, {
      components: typedComponents(IPG_PROBOLINGGO_2021, source),
      version: current.version - 1 || 99,
    });
    assert.equal(stale.statusCode, 409);
    assert.ok('version' in stale.json().error.fields);
    const missingVersion = await send('PUT', url(2021), admin, {
      components: typedComponents(IPG_PROBOLINGGO_2021, source),
    });
    assert.equal(missingVersion.statusCode, 409);
    const ok = await send('PUT', url(2021), admin, {
      components: {
        ...typedComponents(IPG_PROBOLINGGO_2021, source),
        meanSchoolingF: { value: 8.5, source: 'koreksi' },
      },
      version: current.version,
    });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().version, current.version + 1);
    assert.equal(ok.json().published, 96.01, 'the published value stays when not sent');
  });

  test('bad components and published values: 422 naming the field, nothing stored', async () => {
    const cases: [object, string][] = [
      [
        { components: typedComponents({ ...IPG_PROBOLINGGO_2021, lifeExpectancyF: 150 }) },
        'components.lifeExpectancyF',
      ],
      [
        { components: typedComponents({ ...IPG_PROBOLINGGO_2021, expenditureM: -1 }) },
        'components.expenditureM',
      ],
      [
        { components: { ...typedComponents(IPG_PROBOLINGGO_2021, source), uhh: { value: 70, source } } },
        'components.uhh',
      ],
      [{ components: typedComponents(IPG_PROBOLINGGO_2021, source), published: 250 }, 'published'],
    ];
    for (const [payload, field] of cases) {
      const res = await send('PUT', url(2019), admin, payload);
      assert.equal(res.statusCode, 422, res.body);
      assert.ok(field in res.json().error.fields, `${field}: ${res.body}`);
    }
    const wrongType = await send('PUT', url(2019), admin, {
      components: { lifeExpectancyF: { value: '72,5', source } },
    });
    assert.equal(wrongType.statusCode, 400);
    const formula = await send('PUT', url(2019), admin, {
      components: typedComponents(IPG_PROBOLINGGO_2021, source),
      publishedSource: 'a\u0000b',
    });
    assert.equal(formula.statusCode, 400);
    const badYear = await send('PUT', url(1800), admin, {
      components: typedComponents(IPG_PROBOLINGGO_2021, source),
    });
    assert.equal(badYear.statusCode, 400);
    assert.equal(
      await countOf(t, sql`select count(*) from index_values where region_code = '72.71' and year = 2019`),
      0,
    );
  });

  test('the province writes for its kab/kota; an operator or a neighbour may not', async () => {
    const byProvince = await send('PUT', url(2021, 'ipg', '72.03'), provinsi, {
      components: typedComponents(IPG_PROBOLINGGO_2021, source),
    });
    assert.equal(byProvince.statusCode, 200, byProvince.body);
    assert.equal(
      (await send('PUT', url(2020), operator, { components: typedComponents(IPG_PROBOLINGGO_2021, source) }))
        .statusCode,
      403,
    );
    assert.equal(
      (
        await send('PUT', url(2021, 'ipg', '72.03'), admin, {
          components: typedComponents(IPG_PROBOLINGGO_2021, source),
        })
      ).statusCode,
      403,
    );
    assert.equal((await send('GET', '/api/regions/73.71/indices/ipg', admin)).statusCode, 403);
  });

  test('the family index: equal provisional weights, its category from the cut-points', async () => {
    const series = (await send('GET', '/api/regions/72.71/indices/ikk', admin)).json();
    assert.equal(series.method.provisional, true);
    assert.equal(series.inputs.length, 15);
    const scores = Object.fromEntries(
      series.inputs.map((i: { name: string }) => [i.name, { value: 72, source }]),
    );
    const row = (await send('PUT', url(2023, 'ikk'), admin, { components: scores })).json();
    assert.ok(Math.abs(row.computed - 72) < 1e-9);
    assert.equal(row.category, 'Tinggi');
    assert.equal(row.method.provisional, true);
  });

  test('removal, and every change in the audit trail', async () => {
    const res = await send('DELETE', url(2022), admin);
    assert.equal(res.statusCode, 200, res.body);
    assert.ok(!res.json().rows.some((r: { year: number }) => r.year === 2022));
    assert.equal((await send('DELETE', url(2022), admin)).statusCode, 404);
    const audit = (await t.database.db.execute(
      sql`select action from audit_log where entity = 'index_value' and region_code = '72.71' order by id`,
    )) as unknown as { rows: { action: string }[] };
    const actions = audit.rows.map((r) => r.action);
    assert.ok(
      actions.includes('create') && actions.includes('update') && actions.includes('delete'),
      actions.join(),
    );
  });
});
