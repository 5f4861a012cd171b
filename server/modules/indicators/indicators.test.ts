import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

describe('indicator catalog, dimensions and rules', () => {
  let t: TestApp;
  let admin: string;
  let superadmin: string;
  before(async () => {
    t = await createTestApp();
    admin = await t.login('demo.admin');
    superadmin = await t.login('demo.superadmin');
  });
  after(() => t.close());

  const post = (url: string, cookie: string, payload: object) =>
    t.app.inject({ method: 'POST', url, headers: { cookie }, payload });

  test('the starter catalog is public and covers every domain group', async () => {
    const res = await t.app.inject({ url: '/api/indicators?pageSize=500' });
    assert.equal(res.statusCode, 200);
    assert.ok(res.json().total >= 40 && res.json().total <= 60, `total ${res.json().total}`);
    const groups = new Set(res.json().items.map((i: { domainGroup: string }) => i.domainGroup));
    assert.equal(groups.size, 8);
    const sets = await t.app.inject({ url: '/api/dimension-sets' });
    assert.ok(
      sets
        .json()
        .items.some(
          (s: { code: string; members: unknown[] }) => s.code === 'umur8' && s.members.length === 8,
        ),
    );
  });

  test('a region defines its own dimension and indicator, seen by it and not by a neighbour', async () => {
    const dim = await post('/api/dimension-sets', admin, {
      code: 'kelurahan_pesisir',
      nameId: 'Wilayah pesisir',
      nameEn: 'Coastal area',
      members: [
        { code: 'pesisir', labelId: 'Pesisir', labelEn: 'Coastal' },
        { code: 'bukan', labelId: 'Bukan pesisir', labelEn: 'Inland' },
      ],
    });
    assert.equal(dim.statusCode, 201, dim.body);
    assert.equal(dim.json().ownerRegionCode, '72.71');
    const ind = await post('/api/indicators', admin, {
      code: 'PALU_NELAYAN',
      nameId: 'Jumlah nelayan',
      nameEn: 'Number of fishers',
      unit: 'orang',
      domainGroup: 'ekonomi_ketenagakerjaan',
      source: 'administrative',
      aggregation: 'sum',
      dimensions: ['kelurahan_pesisir'],
    });
    assert.equal(ind.statusCode, 201, ind.body);
    const mine = await t.app.inject({ url: '/api/indicators?region=72.71&q=nelayan' });
    assert.equal(mine.json().total, 1);
    const neighbour = await t.app.inject({ url: '/api/indicators?region=72.03&q=nelayan' });
    assert.equal(neighbour.json().total, 0);
    const national = await post('/api/indicators', admin, {
      code: 'PALU_X',
      ownerRegionCode: 'ID',
      nameId: 'x',
      nameEn: 'x',
      unit: 'orang',
      domainGroup: 'kependudukan',
      source: 'administrative',
      aggregation: 'sum',
    });
    assert.equal(national.statusCode, 403);
  });

  test('a rate must name count indicators it can see', async () => {
    const base = {
      nameId: 'Rasio',
      nameEn: 'Ratio',
      unit: 'persen',
      domainGroup: 'kependudukan',
      source: 'administrative',
    };
    const missing = await post('/api/indicators', superadmin, {
      ...base,
      code: 'RATE_A',
      aggregation: 'ratio',
    });
    assert.equal(missing.statusCode, 422);
    assert.deepEqual(Object.keys(missing.json().error.fields).sort(), [
      'denominatorCode',
      'multiplier',
      'numeratorCode',
    ]);
    const notCount = await post('/api/indicators', superadmin, {
      ...base,
      code: 'RATE_B',
      aggregation: 'ratio',
      numeratorCode: 'KES_UHH',
      denominatorCode: 'NOPE_CODE',
      multiplier: '100',
    });
    assert.equal(notCount.statusCode, 422);
    assert.ok(notCount.json().error.fields.numeratorCode && notCount.json().error.fields.denominatorCode);
    const dup = await post('/api/indicators', superadmin, { ...base, code: 'KES_UHH', aggregation: 'none' });
    assert.equal(dup.statusCode, 409);
  });

  test('an admin rule between indicators shows in the validation report', async () => {
    const rule = await post('/api/validation-rules', admin, {
      leftIndicator: 'KES_KEMATIAN_IBU',
      operator: '<=',
      rightIndicator: 'KES_KELAHIRAN_HIDUP',
      rightFactor: '0',
      messageId: 'Uji: kematian ibu harus nol',
      messageEn: 'Test: maternal deaths must be zero',
    });
    assert.equal(rule.statusCode, 201, rule.body);
    const listed = await t.app.inject({
      url: '/api/validation-rules?region=72.71',
      headers: { cookie: admin },
    });
    assert.ok(listed.json().items.some((r: { id: number }) => r.id === rule.json().id));
    const report = await t.app.inject({
      url: '/api/regions/72.71/validation?period=2023',
      headers: { cookie: admin },
    });
    assert.ok(
      report
        .json()
        .items.some(
          (v: { rule: string; params: { ruleId: number } }) =>
            v.rule === 'custom' && v.params.ruleId === rule.json().id,
        ),
    );
    const off = await t.app.inject({
      method: 'PATCH',
      url: `/api/validation-rules/${rule.json().id}`,
      headers: { cookie: admin },
      payload: { active: false },
    });
    assert.equal(off.statusCode, 200);
    const after = await t.app.inject({
      url: '/api/regions/72.71/validation?period=2023',
      headers: { cookie: admin },
    });
    assert.ok(!after.json().items.some((v: { rule: string }) => v.rule === 'custom'));
  });

  test('an indicator with values keeps its shape; a rule names sexes its indicators have', async () => {
    const reshape = await t.app.inject({
      method: 'PATCH',
      url: '/api/indicators/KES_UHH',
      headers: { cookie: superadmin },
      payload: { dimensions: ['umur8'], decimals: 2 },
    });
    assert.equal(reshape.statusCode, 422);
    assert.deepEqual(Object.keys(reshape.json().error.fields), ['dimensions']);
    const rename = await t.app.inject({
      method: 'PATCH',
      url: '/api/indicators/KES_UHH',
      headers: { cookie: superadmin },
      payload: { nameEn: 'Life expectancy at birth' },
    });
    assert.equal(rename.statusCode, 200);
    const base = { operator: '<=', rightFactor: '1', messageId: 'x', messageEn: 'x' };
    const maleMothers = await post('/api/validation-rules', admin, {
      ...base,
      leftIndicator: 'KES_KEMATIAN_IBU',
      leftSex: 'L',
      rightIndicator: 'KES_KELAHIRAN_HIDUP',
    });
    assert.equal(maleMothers.statusCode, 422);
    assert.ok(maleMothers.json().error.fields.leftSex);
    const same = await post('/api/validation-rules', admin, {
      ...base,
      leftIndicator: 'KES_UHH',
      rightIndicator: 'KES_UHH',
    });
    assert.equal(same.statusCode, 422);
    assert.ok(same.json().error.fields.rightIndicator);
  });

  test('kecamatan: a region indicator disaggregated by its own districts only', async () => {
    const ind = await post('/api/indicators', admin, {
      code: 'PALU_KADER_POSYANDU',
      nameId: 'Jumlah kader posyandu',
      nameEn: 'Number of posyandu volunteers',
      unit: 'orang',
      domainGroup: 'kesehatan',
      source: 'administrative',
      aggregation: 'sum',
      dimensions: ['kecamatan'],
    });
    assert.equal(ind.statusCode, 201, ind.body);
    const sets = await t.app.inject({ url: '/api/dimension-sets?region=72.71' });
    const kecamatan = sets.json().items.find((s: { code: string }) => s.code === 'kecamatan');
    assert.equal(kecamatan.members.length, 8);
    assert.ok(kecamatan.members.every((m: { code: string }) => m.code.startsWith('72.71.')));

    const grid = await t.app.inject({
      url: '/api/regions/72.71/entry?period=2024',
      headers: { cookie: admin },
    });
    const row = grid
      .json()
      .indicators.find((i: { indicator: { code: string } }) => i.indicator.code === 'PALU_KADER_POSYANDU');
    assert.equal(row.cells.length, 16);
    const save = (member: string) =>
      t.app.inject({
        method: 'PUT',
        url: '/api/regions/72.71/entry',
        headers: { cookie: admin },
        payload: {
          period: '2024',
          values: [
            { indicatorCode: 'PALU_KADER_POSYANDU', sex: 'P', members: { kecamatan: member }, value: '42' },
          ],
        },
      });
    assert.equal((await save('72.71.01')).statusCode, 200);
    const foreign = await save('72.03.04');
    assert.equal(foreign.statusCode, 422);
    assert.ok(foreign.json().error.fields['values.0.members']);
  });

  test('operators and pokja cannot change the catalog; periods list the demo years', async () => {
    const operator = await t.login('demo.operator');
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/indicators/KES_UHH',
      headers: { cookie: operator },
      payload: { decimals: 3 },
    });
    assert.equal(res.statusCode, 403);
    const periods = await t.app.inject({ url: '/api/regions/72.71/periods', headers: { cookie: operator } });
    assert.deepEqual(
      periods.json().items.map((p: { period: string }) => p.period),
      ['2024', '2023', '2022', '2021', '2020', '2019'],
    );
  });
});
