import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { iterateValues, pageOfValues, type ValueFilter } from './queries.js';
import { addTestData, TWO_DIMS, TWO_DIMS_RATE } from './test-data.js';

interface Row {
  regionCode: string;
  indicatorCode: string;
  period: string;
  sex: string;
  members: Record<string, string>;
  value: string;
  status: string;
}
interface Point {
  period: string;
  p: number | null;
  l: number | null;
  t: number | null;
}

/** Σ of stored values per period and sex, computed here from the open API's rows. */
function sums(rows: Row[]): Map<string, { P?: number; L?: number }> {
  const out = new Map<string, { P?: number; L?: number }>();
  for (const r of rows) {
    const s = out.get(r.period) ?? {};
    s[r.sex as 'P' | 'L'] = (s[r.sex as 'P' | 'L'] ?? 0) + Number(r.value);
    out.set(r.period, s);
  }
  return out;
}
const rate = (num: number, den: number) => Math.round(((100 * num) / den) * 100) / 100;

describe('explore: values API, trend, breakdown, comparison, gaps', () => {
  let t: TestApp;
  let admin: string;
  let provinsi: string;
  let superadmin: string;
  let otherAdmin: string;
  const get = (cookie: string, url: string) => t.app.inject({ url, headers: { cookie } });
  const rows = async (cookie: string, query: string): Promise<Row[]> => {
    const res = await get(cookie, `/api/values?${query}&pageSize=5000`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json().items;
  };
  const trendOf = async (indicator: string, region = '72.71'): Promise<Point[]> => {
    const res = await get(admin, `/api/explore/trend?region=${region}&indicator=${indicator}`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json().points;
  };

  before(async () => {
    t = await createTestApp();
    [admin, provinsi, superadmin] = await Promise.all(
      ['demo.admin', 'demo.provinsi', 'demo.superadmin'].map((u) => t.login(u)),
    );
    await addTestData(t);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: superadmin },
      payload: {
        username: 'admin.donggala',
        fullName: 'Admin Donggala',
        role: 'admin_daerah',
        regionCode: '72.03',
        password: 'rahasia-donggala-1',
      },
    });
    assert.equal(created.statusCode, 201, created.body);
    otherAdmin = await t.login('admin.donggala', 'rahasia-donggala-1');
  });
  after(() => t.close());

  test('the values API filters by indicator, period, sex, member and status, and pages', async () => {
    const all = await rows(admin, 'region=72.71&indicator=KDD_PENDUDUK');
    assert.equal(all.length, 6 * 2 * 8);
    const old = await rows(admin, 'region=72.71&indicator=KDD_PENDUDUK&dim.umur8=65%2B&sex=P&to=2020');
    assert.deepEqual(
      old.map((r) => [r.period, r.sex, r.members.umur8]),
      [
        ['2019', 'P', '65+'],
        ['2020', 'P', '65+'],
      ],
    );
    const verified = await rows(admin, 'region=72.71&indicator=KDD_PENDUDUK&status=verified');
    assert.ok(verified.length > 0 && verified.every((r) => r.status === 'verified' && r.period !== '2024'));
    const page = await get(admin, '/api/values?region=72.71&indicator=KDD_PENDUDUK&page=2&pageSize=10');
    assert.equal(page.json().total, all.length);
    assert.deepEqual(page.json().items, all.slice(10, 20));
    const bad = await get(admin, '/api/values?region=72.71&umur8=15-24');
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.json().error.fields.umur8);
  });

  test('an export reads past any chunk boundary in key order', async () => {
    const filter: ValueFilter = {
      regionCodes: ['72.71', '72.03'],
      indicatorCodes: ['KDD_PENDUDUK', 'KES_UHH'],
      members: {},
      statuses: ['draft', 'submitted', 'verified'],
    };
    const paged = await pageOfValues(t.database.db, filter, { page: 1, pageSize: 5000 });
    const streamed = [];
    for await (const r of iterateValues(t.database.db, filter, 7)) streamed.push(r);
    assert.equal(streamed.length, 6 * 2 * 9 + 4);
    assert.deepEqual(streamed, paged.items);
  });

  test('trend of a count sums the stored values over its other dimension', async () => {
    const expected = sums(await rows(admin, 'region=72.71&indicator=KDD_PENDUDUK'));
    const points = await trendOf('KDD_PENDUDUK');
    assert.deepEqual(
      points.map((p) => p.period),
      ['2019', '2020', '2021', '2022', '2023', '2024'],
    );
    for (const p of points) {
      const s = expected.get(p.period)!;
      assert.deepEqual([p.p, p.l, p.t], [s.P, s.L, s.P! + s.L!], p.period);
    }
    const last = points.at(-1) as Point & { diff: number; ratio: number };
    assert.equal(last.diff, last.p! - last.l!);
    assert.equal(last.ratio, last.p! / last.l!);
  });

  test('trend of a rate is recomputed from its parts, each summed over its own dimensions', async () => {
    const num = sums(await rows(admin, 'region=72.71&indicator=KES_JKN_PESERTA'));
    const den = sums(await rows(admin, 'region=72.71&indicator=KDD_PENDUDUK'));
    const points = await trendOf('KES_JKN_CAKUPAN');
    assert.equal(points.length, 6);
    for (const p of points) {
      const n = num.get(p.period)!;
      const d = den.get(p.period)!;
      assert.equal(p.p, rate(n.P!, d.P!));
      assert.equal(p.l, rate(n.L!, d.L!));
      assert.equal(p.t, rate(n.P! + n.L!, d.P! + d.L!));
    }
  });

  test('a rate published as is shows its stored values and no total', async () => {
    const stored = await rows(admin, 'region=72.71&indicator=KES_UHH');
    const points = await trendOf('KES_UHH');
    for (const p of points) {
      const of = (sex: string) => Number(stored.find((r) => r.period === p.period && r.sex === sex)!.value);
      assert.deepEqual([p.p, p.l, p.t], [of('P'), of('L'), null]);
    }
  });

  test('breakdown sums the other dimensions; a rate splits its parts the same way', async () => {
    const res = await get(
      admin,
      `/api/explore/breakdown?region=72.71&indicator=${TWO_DIMS}&period=2024&dimension=umur8`,
    );
    assert.equal(res.statusCode, 200, res.body);
    const young = res.json().items.find((i: { member: string }) => i.member === '15-24');
    assert.deepEqual([young.p, young.l, young.t], [10 + 2, 20 + 4, 36]);
    assert.equal(res.json().items.length, 8);
    assert.equal(res.json().items.find((i: { member: string }) => i.member === '0-4').p, null);

    const pop = await rows(admin, 'region=72.71&indicator=KDD_PENDUDUK&from=2024&dim.umur8=15-24');
    const popOf = (sex: string) => Number(pop.find((r) => r.sex === sex)!.value);
    const rates = await get(
      admin,
      `/api/explore/breakdown?region=72.71&indicator=${TWO_DIMS_RATE}&period=2024&dimension=umur8`,
    );
    const r = rates.json().items.find((i: { member: string }) => i.member === '15-24');
    assert.deepEqual([r.p, r.l], [rate(12, popOf('P')), rate(24, popOf('L'))]);
    assert.equal(r.t, rate(36, popOf('P') + popOf('L')));

    const wrong = await get(
      admin,
      '/api/explore/breakdown?region=72.71&indicator=KDD_PENDUDUK&period=2024&dimension=disabilitas',
    );
    assert.equal(wrong.statusCode, 422);
  });

  test('province comparison: every kab/kota, and the province summed or recomputed from them', async () => {
    const res = await get(provinsi, '/api/explore/compare?province=72&indicator=KDD_PENDUDUK&period=2024');
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.items.length, 13);
    const palu = body.items.find((i: { regionCode: string }) => i.regionCode === '72.71');
    const donggala = body.items.find((i: { regionCode: string }) => i.regionCode === '72.03');
    assert.deepEqual([donggala.p, donggala.l, donggala.t], [300, 300, 600]);
    assert.deepEqual([body.province.p, body.province.t], [palu.p + 300, palu.t + 600]);
    assert.deepEqual([body.province.reporting, body.province.of], [2, 13]);

    const rateRes = await get(
      provinsi,
      '/api/explore/compare?province=72&indicator=KES_JKN_CAKUPAN&period=2024',
    );
    const num = sums(await rows(admin, 'region=72.71&indicator=KES_JKN_PESERTA&from=2024')).get('2024')!;
    const den = sums(await rows(admin, 'region=72.71&indicator=KDD_PENDUDUK&from=2024')).get('2024')!;
    const rp = rateRes.json();
    assert.equal(rp.items.find((i: { regionCode: string }) => i.regionCode === '72.03').p, rate(250, 300));
    assert.equal(rp.province.p, rate(num.P! + 250, den.P! + 300));

    const none = (
      await get(superadmin, '/api/explore/compare?province=72&indicator=KES_UHH&period=2024')
    ).json();
    assert.deepEqual([none.province.p, none.province.l, none.province.t], [71.5, 68.2, null]);

    assert.equal(
      (await get(superadmin, '/api/explore/compare?province=72.71&indicator=KES_UHH&period=2024')).statusCode,
      422,
    );
  });

  test('gaps rank indicators by their latest relative gap, or by how fast it widens', async () => {
    const res = await get(admin, '/api/explore/gaps?region=72.71');
    assert.equal(res.statusCode, 200, res.body);
    const items = res.json().items as {
      indicatorCode: string;
      latest: { relative: number };
      trend: number;
    }[];
    assert.ok(items.length > 20);
    for (let i = 1; i < items.length; i++)
      assert.ok(items[i - 1].latest.relative >= items[i].latest.relative);
    const kb = (await trendOf('KDD_KB_AKTIF')).at(-1)!;
    const top = items.find((i) => i.indicatorCode === 'KDD_KB_AKTIF')!;
    assert.equal(top.latest.relative, Math.abs(kb.p! - kb.l!) / ((kb.p! + kb.l!) / 2));
    assert.ok(
      !items.some((i) => i.indicatorCode === 'KES_KEMATIAN_IBU'),
      'female-only indicators have no gap',
    );

    const widening = (
      await get(admin, '/api/explore/gaps?region=72.71&group=pendidikan&sort=widening')
    ).json().items;
    for (let i = 1; i < widening.length; i++) assert.ok(widening[i - 1].trend >= widening[i].trend);
  });

  test('refusals: anonymous 401, another region 403, unknown region 404', async () => {
    for (const url of [
      '/api/values?region=72.71',
      '/api/explore/trend?region=72.71&indicator=KES_UHH',
      '/api/explore/gaps?region=72.71',
      '/api/values/export?region=72.71',
    ]) {
      assert.equal((await get('', url)).statusCode, 401, url);
      assert.equal((await get(otherAdmin, url)).statusCode, 403, url);
    }
    assert.equal(
      (await get(admin, '/api/explore/compare?province=72&indicator=KES_UHH&period=2024')).statusCode,
      403,
    );
    assert.equal((await get(admin, '/api/values?region=72&descendants=true')).statusCode, 403);
    assert.equal((await get(superadmin, '/api/values?region=99.99')).statusCode, 404);
    const both = await rows(provinsi, 'region=72&descendants=true&indicator=KDD_PENDUDUK&from=2024');
    assert.deepEqual([...new Set(both.map((r) => r.regionCode))], ['72.03', '72.71']);
  });
});
