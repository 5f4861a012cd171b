/**
 * "Ambil dari data terpilah" through the app: Kota Palu's verified figures of 2012 become IPG
 * and IKG components with origin `data` and the indicator as their source; a draft figure is
 * listed as unverified and a missing one as missing, never taken; a save that claims `data`
 * for a value data terpilah does not hold is refused naming the field, nothing stored; the
 * preview answers the index's writers only and refuses a bad index or year naming it.
 * PGlite, and PostgreSQL with TEST_DATABASE_URL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';
import { indicesEn, indicesId } from '../../lib/messages/indices.js';
import { IPG_PROBOLINGGO_2021 } from './test-data.js';

const YEAR = 2012;

/** [indicator, sex, value, status] of Kota Palu in YEAR. */
const VALUES: [string, 'P' | 'L', number, string][] = [
  ['KES_UHH', 'P', IPG_PROBOLINGGO_2021.lifeExpectancyF, 'verified'],
  ['KES_UHH', 'L', IPG_PROBOLINGGO_2021.lifeExpectancyM, 'verified'],
  ['PDD_HLS', 'P', IPG_PROBOLINGGO_2021.expectedSchoolingF, 'verified'],
  ['PDD_HLS', 'L', IPG_PROBOLINGGO_2021.expectedSchoolingM, 'verified'],
  ['PDD_RLS', 'P', IPG_PROBOLINGGO_2021.meanSchoolingF, 'verified'],
  ['PDD_RLS', 'L', IPG_PROBOLINGGO_2021.meanSchoolingM, 'verified'],
  ['EKO_PENGELUARAN_PERKAPITA', 'P', IPG_PROBOLINGGO_2021.expenditureF, 'verified'],
  // Still in review: listed, never taken.
  ['EKO_PENGELUARAN_PERKAPITA', 'L', IPG_PROBOLINGGO_2021.expenditureM, 'draft'],
  ['POL_DPRD_PEREMPUAN_PERSEN', 'P', 22.14, 'verified'],
  // Women's TPAK from its verified counts (54,52 %), men's as typed.
  ['EKO_ANGKATAN_KERJA', 'P', 5452, 'verified'],
  ['EKO_PUK', 'P', 10000, 'verified'],
  ['EKO_TPAK', 'L', 84.26, 'verified'],
];

describe('index components from data terpilah', () => {
  let t: TestApp;
  let admin: string;
  let operator: string;
  const send = (method: 'GET' | 'PUT', url: string, cookie: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie, origin: 'http://localhost:80' }, payload });
  const base = (index: string, year = YEAR, code = '72.71') =>
    `/api/regions/${code}/indices/${index}/${year}`;
  const preview = async (index: string, year = YEAR) => {
    const res = await send('GET', `${base(index, year)}/data-components`, admin);
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as {
      items: {
        component: string;
        status: string;
        value: number | null;
        pending: string[];
        source: string;
        reason: string | null;
        indicator: { code: string } | null;
        current: { origin: string } | null;
      }[];
      version: number | null;
    };
  };
  const item = (p: Awaited<ReturnType<typeof preview>>, name: string) =>
    p.items.find((i) => i.component === name)!;

  before(async () => {
    t = await createTestApp();
    admin = await t.login('demo.admin');
    operator = await t.login('demo.operator');
    for (const [code, sex, value, status] of VALUES) {
      await t.database.db.execute(sql`
        insert into data_values (region_code, indicator_code, period, sex, combo_id, value, status)
        values ('72.71', ${code}, ${String(YEAR)}, ${sex}, 0, ${String(value)}, ${status})
        on conflict (region_code, indicator_code, period, sex, combo_id)
        do update set value = excluded.value, status = excluded.status`);
    }
  });
  after(() => t.close());

  test('the IPG preview: verified figures with their indicator, the draft listed, nothing stored', async () => {
    const p = await preview('ipg');
    assert.equal(p.version, null);
    assert.equal(p.items.length, 8);
    const uhh = item(p, 'lifeExpectancyF');
    assert.equal(uhh.status, 'verified');
    assert.equal(uhh.value, 72.27);
    assert.equal(uhh.indicator?.code, 'KES_UHH');
    assert.match(uhh.source, /KES_UHH/);
    assert.equal(uhh.current, null);
    const expM = item(p, 'expenditureM');
    assert.equal(expM.status, 'unverified');
    assert.equal(expM.value, null);
    assert.deepEqual(expM.pending, ['draft']);
    assert.equal(
      await countOf(t, sql`select count(*) from index_values where region_code = '72.71' and year = ${YEAR}`),
      0,
    );
  });

  test('the IKG preview: a complement, a rate from its counts, unmapped components with a reason', async () => {
    const p = await preview('ikg');
    assert.equal(item(p, 'parliamentF').value, 22.14);
    assert.equal(item(p, 'parliamentM').value, 77.86);
    assert.equal(item(p, 'laborForceF').value, 54.52);
    assert.equal(item(p, 'laborForceF').indicator?.code, 'EKO_TPAK');
    assert.equal(item(p, 'laborForceM').value, 84.26);
    for (const name of ['mtf', 'mhpk20', 'secondaryEducationF', 'secondaryEducationM']) {
      assert.equal(item(p, name).status, 'unmapped', name);
      assert.ok((item(p, name).reason ?? '').length > 20, name);
    }
    // A year with no figure at all: missing, not invented.
    const empty = await preview('ikg', YEAR + 1);
    assert.equal(item(empty, 'parliamentF').status, 'missing');
    assert.equal(item(empty, 'parliamentF').value, null);
  });

  test('a verified figure under the goalpost (expenditure in thousands) is out of range, not taken', async () => {
    await t.database.db.execute(sql`
      insert into data_values (region_code, indicator_code, period, sex, combo_id, value, status)
      values ('72.71', 'EKO_PENGELUARAN_PERKAPITA', ${String(YEAR + 2)}, 'P', 0, '11876', 'verified')`);
    const p = await preview('ipg', YEAR + 2);
    assert.equal(item(p, 'expenditureF').status, 'out_of_range');
    const res = await send('PUT', base('ipg', YEAR + 2), admin, {
      components: { expenditureF: { value: 11876, origin: 'data' } },
    });
    assert.equal(res.statusCode, 422, res.body);
    assert.ok('components.expenditureF' in res.json().error.fields);
  });

  test("taken components are stored with origin 'data' and the indicator as source", async () => {
    const p = await preview('ipg');
    const components = Object.fromEntries(
      p.items
        .filter((i) => i.status === 'verified')
        .map((i) => [i.component, { value: i.value, origin: 'data' }]),
    );
    const res = await send('PUT', base('ipg'), admin, {
      components: {
        ...components,
        expenditureM: { value: IPG_PROBOLINGGO_2021.expenditureM, source: 'BPS Kota Palu' },
      },
      published: 96.01,
    });
    assert.equal(res.statusCode, 200, res.body);
    const row = res.json();
    assert.equal(Object.keys(components).length, 7);
    assert.equal(row.components.lifeExpectancyF.origin, 'data');
    assert.match(row.components.lifeExpectancyF.source, /^Data terpilah KES_UHH \(Umur harapan hidup/);
    assert.equal(row.components.expenditureM.origin, 'typed');
    assert.ok(Math.abs(row.computed - 96.01) < 0.02, String(row.computed));

    // The preview now shows what is stored beside each figure.
    const again = await preview('ipg');
    assert.equal(again.version, row.version);
    assert.equal(item(again, 'lifeExpectancyF').current?.origin, 'data');
    assert.equal(item(again, 'expenditureM').current?.origin, 'typed');

    // Saved back unchanged (another field edited), a data component keeps its origin and source.
    const kept = await send('PUT', base('ipg'), admin, {
      components: {
        ...components,
        expenditureM: { value: IPG_PROBOLINGGO_2021.expenditureM, source: 'BPS Kota Palu' },
      },
      published: 96.02,
      version: row.version,
    });
    assert.equal(kept.statusCode, 200, kept.body);
    assert.equal(kept.json().components.meanSchoolingM.origin, 'data');
    assert.equal(kept.json().components.meanSchoolingM.source, row.components.meanSchoolingM.source);
  });

  test("a value claimed as 'data' that data terpilah does not hold is refused naming the field", async () => {
    const stored = (await send('GET', '/api/regions/72.71/indices/ipg', admin)).json().rows[0];
    const cases: [Record<string, object>, string, keyof typeof indicesId][] = [
      [
        { lifeExpectancyF: { value: 70, origin: 'data' } },
        'components.lifeExpectancyF',
        'index_data_changed',
      ],
      [
        { expenditureM: { value: IPG_PROBOLINGGO_2021.expenditureM, origin: 'data' } },
        'components.expenditureM',
        'index_data_unverified',
      ],
    ];
    for (const [components, field, key] of cases) {
      const res = await send('PUT', base('ipg'), admin, { components, version: stored.version });
      assert.equal(res.statusCode, 422, res.body);
      assert.ok(field in res.json().error.fields, `${field}: ${res.body}`);
      const text = res.json().error.fields[field];
      assert.ok([indicesId[key], indicesEn[key]].includes(text), `${key}: ${text}`);
    }
    // The IKG's MTF has no indicator; a year with no figure has none to take.
    const unmapped = await send('PUT', base('ikg'), admin, {
      components: { mtf: { value: 0.1, origin: 'data' } },
    });
    assert.equal(unmapped.statusCode, 422, unmapped.body);
    assert.ok('components.mtf' in unmapped.json().error.fields);
    const missing = await send('PUT', base('ikg', YEAR + 1), admin, {
      components: { parliamentF: { value: 22.14, origin: 'data' } },
    });
    assert.equal(missing.statusCode, 422, missing.body);
    assert.ok('components.parliamentF' in missing.json().error.fields);
    const after = (await send('GET', '/api/regions/72.71/indices/ipg', admin)).json().rows[0];
    assert.equal(after.version, stored.version);
    assert.equal(
      await countOf(
        t,
        sql`select count(*) from index_values where region_code = '72.71' and index_code = 'ikg'`,
      ),
      0,
    );
  });

  test('bad index, year or region; an operator may not preview', async () => {
    for (const [url, field] of [
      [`${base('xyz')}/data-components`, 'index'],
      [`${base('ikk')}/data-components`, 'index'],
      [`${base('ipg', 1800)}/data-components`, 'year'],
      [`${base('ipg', 99999)}/data-components`, 'year'],
    ] as const) {
      const res = await send('GET', url, admin);
      assert.equal(res.statusCode, 400, `${url}: ${res.body}`);
      assert.ok(field in (res.json().error.fields ?? {}), `${url}: ${res.body}`);
    }
    assert.equal((await send('GET', `${base('ipg', YEAR, '72.03')}/data-components`, admin)).statusCode, 403);
    assert.equal((await send('GET', `${base('ipg')}/data-components`, operator)).statusCode, 403);
  });
});
