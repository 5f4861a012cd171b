import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { demoOpdIdsByShortName } from '../../test-support/demo-opd.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

describe('planning: RPJMD and Renstra targets', () => {
  let t: TestApp;
  let admin: string;
  let operator: string;
  let reviewer: string;
  let opdIds: Map<string, string>;
  before(async () => {
    t = await createTestApp();
    [admin, operator, reviewer] = await Promise.all([
      t.login('demo.admin'),
      t.login('demo.operator'),
      t.login('demo.reviewer'),
    ]);
    opdIds = await demoOpdIdsByShortName(t, admin);
  });
  after(() => t.close());

  const post = (url: string, payload: object, cookie = admin) =>
    t.app.inject({ method: 'POST', url, headers: { cookie }, payload });

  test('periods are five years, one per start year, admin only', async () => {
    assert.equal(
      (await post('/api/regions/72.71/rpjmd', { startYear: 2040, endYear: 2043 })).statusCode,
      422,
    );
    assert.equal((await post('/api/regions/72.71/rpjmd', { startYear: 2040 }, reviewer)).statusCode, 403);
    const res = await post('/api/regions/72.71/rpjmd', { startYear: 2040, vision: 'Palu maju' });
    assert.equal(res.statusCode, 201);
    assert.equal(res.json().endYear, 2044);
    assert.equal((await post('/api/regions/72.71/rpjmd', { startYear: 2040 })).statusCode, 409);
    const list = await t.app.inject({ url: '/api/regions/72.71/rpjmd', headers: { cookie: reviewer } });
    assert.ok(list.json().items.some((p: { startYear: number }) => p.startYear === 2040));
  });

  test('targets: catalog indicators, years within the period, RPJMD by admin, Renstra by its OPD', async () => {
    const period = (await post('/api/regions/72.71/rpjmd', { startYear: 2045 })).json();
    const target = {
      kind: 'sasaran',
      statement: 'Meningkatnya kualitas kesehatan ibu',
      indicatorName: 'Persalinan oleh tenaga kesehatan',
      indicatorCode: 'KES_PERSALINAN_NAKES_PERSEN',
      isGender: true,
      unit: '%',
      yearTargets: { '2045': '95', '2049': '99' },
    };
    const url = `/api/rpjmd/${period.id}/targets`;
    assert.equal((await post(url, { ...target, indicatorCode: 'NOPE' })).statusCode, 422);
    const outside = await post(url, { ...target, yearTargets: { '2050': '1' } });
    assert.equal(outside.statusCode, 422);
    assert.ok(outside.json().error.fields['yearTargets.2050']);
    assert.equal((await post(url, target, operator)).statusCode, 403);
    const rpjmd = await post(url, target);
    assert.equal(rpjmd.statusCode, 201, rpjmd.body);
    const dinkes = opdIds.get('Dinkes')!;
    const renstra = await post(url, { ...target, opdId: dinkes }, operator);
    assert.equal(renstra.statusCode, 201);
    const dinsos = await post(url, { ...target, opdId: opdIds.get('Dinsos') }, operator);
    assert.equal(dinsos.statusCode, 403);
    const own = await t.app.inject({ url: `${url}?opdId=${dinkes}`, headers: { cookie: operator } });
    assert.equal(own.json().items.length, 1);
    const other = await t.app.inject({
      url: `${url}?opdId=${opdIds.get('Dinsos')}`,
      headers: { cookie: operator },
    });
    assert.equal(other.statusCode, 403);
    const main = await t.app.inject({ url, headers: { cookie: reviewer } });
    assert.equal(main.json().items.length, 1);
    const edit = await t.app.inject({
      method: 'PATCH',
      url: `/api/plan-targets/${renstra.json().id}`,
      headers: { cookie: operator },
      payload: { yearTargets: { '2046': '97' } },
    });
    assert.deepEqual(edit.json().yearTargets, { '2046': '97' });
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/plan-targets/${rpjmd.json().id}`,
      headers: { cookie: operator },
    });
    assert.equal(del.statusCode, 403);
    const delAdmin = await t.app.inject({
      method: 'DELETE',
      url: `/api/plan-targets/${rpjmd.json().id}`,
      headers: { cookie: admin },
    });
    assert.equal(delAdmin.statusCode, 200);
  });
});
