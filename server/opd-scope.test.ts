/**
 * Lists limited by the caller's OPD scope (domain/access.ts opdScopeOf): the region's periods
 * with values per OPD, and what an operator whose account has no OPD gets from every list that
 * an operator sees only their own OPD's of — nothing, rather than whatever a placeholder id or
 * a missing filter happens to match.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from './test-support/test-app.js';

/** Dinkes's demo indicator (server/db/seed/catalog/kesehatan.ts). */
const DINKES_INDICATOR = 'KES_PERSALINAN_NAKES_PERSEN';
/** The demo values span these years for every OPD with assigned indicators. */
const DEMO_YEARS = ['2024', '2023', '2022', '2021', '2020', '2019'];

describe('lists limited by OPD scope', () => {
  let t: TestApp;
  let admin: string;
  let operator: string;
  let reviewer: string;
  const opdIds: Record<string, string> = {};
  before(async () => {
    t = await createTestApp();
    admin = await t.login('demo.admin');
    operator = await t.login('demo.operator');
    reviewer = await t.login('demo.reviewer');
    const rows = (await t.database.db.execute(
      sql`select short_name, id from opd where region_code = '72.71'`,
    )) as unknown as { rows: { short_name: string; id: string }[] };
    for (const r of rows.rows) opdIds[r.short_name] = r.id;
    // A 2025 value of Dinkes only, so the OPDs' periods differ.
    const saved = await t.app.inject({
      method: 'PUT',
      url: '/api/regions/72.71/entry',
      headers: { cookie: operator },
      payload: { period: '2025', values: [{ indicatorCode: DINKES_INDICATOR, sex: 'P', value: '90' }] },
    });
    assert.equal(saved.statusCode, 200, saved.body);
  });
  after(() => t.close());

  const get = (url: string, cookie: string) => t.app.inject({ url, headers: { cookie } });
  const periodsOf = async (cookie: string, query = '') => {
    const res = await get(`/api/regions/72.71/periods${query}`, cookie);
    assert.equal(res.statusCode, 200, res.body);
    return (res.json().items as { period: string }[]).map((i) => i.period);
  };

  test('periods: the region’s, or one OPD’s when asked for', async () => {
    assert.deepEqual(await periodsOf(admin), ['2025', ...DEMO_YEARS]);
    assert.deepEqual(await periodsOf(reviewer, `?opd=${opdIds.Dinkes}`), ['2025', ...DEMO_YEARS]);
    assert.deepEqual(await periodsOf(admin, `?opd=${opdIds.Dinsos}`), DEMO_YEARS);
    // An OPD with no indicators assigned has no values in any period.
    assert.deepEqual(await periodsOf(admin, `?opd=${opdIds.Dispora}`), []);
    const one = await get(`/api/regions/72.71/periods?opd=${opdIds.Dinkes}`, admin);
    assert.deepEqual(one.json().items[0], { period: '2025', values: 1, verified: 0 });
  });

  test('periods: an operator asking for an OPD gets their own OPD’s, whichever they name', async () => {
    assert.deepEqual(await periodsOf(operator, `?opd=${opdIds.Dispora}`), ['2025', ...DEMO_YEARS]);
    assert.deepEqual(await periodsOf(operator, `?opd=${opdIds.Dinkes}`), ['2025', ...DEMO_YEARS]);
    // Unfiltered, the region's: an operator reads the region's values on the explore pages.
    assert.deepEqual(await periodsOf(operator), ['2025', ...DEMO_YEARS]);
  });

  test('periods: a malformed OPD id is refused naming the field', async () => {
    const res = await get('/api/regions/72.71/periods?opd=dinkes', admin);
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /opd/);
  });

  describe('an operator whose account has no OPD', () => {
    let orphan: string;
    before(async () => {
      await t.database.db.execute(sql`update users set opd_id = null where username = 'demo.operator'`);
      orphan = await t.login('demo.operator');
    });
    after(async () => {
      await t.database.db.execute(
        sql`update users set opd_id = ${opdIds.Dinkes} where username = 'demo.operator'`,
      );
    });

    test('sees no OPD’s periods, grid rows, sub-kegiatan or GAP, even when asking for an OPD', async () => {
      assert.deepEqual(await periodsOf(orphan, `?opd=${opdIds.Dinkes}`), []);
      for (const query of ['', `&opd=${opdIds.Dinkes}`]) {
        const grid = await get(`/api/regions/72.71/entry?period=2024${query}`, orphan);
        assert.equal(grid.statusCode, 200, grid.body);
        assert.deepEqual(grid.json().indicators, [], `grid${query}`);
        assert.equal(grid.json().editable, false);
      }
      for (const url of [
        '/api/regions/72.71/sub-activities',
        `/api/regions/72.71/sub-activities?opdId=${opdIds.Dinkes}`,
        '/api/regions/72.71/gap',
        `/api/regions/72.71/gap?opdId=${opdIds.Dinkes}`,
      ]) {
        const res = await get(url, orphan);
        assert.equal(res.statusCode, 200, `${url}: ${res.body}`);
        assert.equal(res.json().total, 0, url);
      }
    });

    test('may neither save values nor import', async () => {
      const save = await t.app.inject({
        method: 'PUT',
        url: '/api/regions/72.71/entry',
        headers: { cookie: orphan },
        payload: { period: '2025', values: [{ indicatorCode: DINKES_INDICATOR, sex: 'P', value: '1' }] },
      });
      assert.equal(save.statusCode, 403);
      assert.equal((await get('/api/regions/72.71/imports', orphan)).statusCode, 403);
    });
  });
});
