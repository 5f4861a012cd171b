import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { recapOf, type RecapLine } from '../../../domain/planning/arg-recap.js';
import { demoOpdIdsByShortName } from '../../test-support/demo-opd.js';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';

/** A year no demo data uses, so the lines here are the only ones. */
const YEAR = 2031;
const REGION = '72.71';

describe('planning: nomenclature, sub-kegiatan, ARG tags, recap', () => {
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

  const create = (payload: object, cookie = admin) =>
    t.app.inject({
      method: 'POST',
      url: `/api/regions/${REGION}/sub-activities`,
      headers: { cookie },
      payload,
    });
  const patch = (id: string, payload: object, cookie = admin) =>
    t.app.inject({ method: 'PATCH', url: `/api/sub-activities/${id}`, headers: { cookie }, payload });
  const line = (over: object = {}) => ({
    year: YEAR,
    opdId: opdIds.get('Dinkes')!,
    code: '1.02.02.2.02.0002',
    name: 'Pengelolaan Pelayanan Kesehatan Ibu Bersalin',
    outputIndicator: 'Ibu bersalin yang mendapatkan pelayanan sesuai standar',
    target: '4.700 orang',
    budget: '312.500.000',
    ...over,
  });

  test('nomenclature path names every level of a shipped code, null where unknown', async () => {
    const res = await t.app.inject({
      url: '/api/nomenclature/1.02.02.02.02.0001/path',
      headers: { cookie: operator },
    });
    assert.equal(res.statusCode, 200);
    const p = res.json();
    assert.equal(p.code, '1.02.02.2.02.0001');
    assert.equal(p.urusan.name, 'URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR');
    assert.equal(p.bidang.name, 'URUSAN PEMERINTAHAN BIDANG KESEHATAN');
    assert.equal(
      p.program.name,
      'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT',
    );
    assert.equal(p.kegiatan.code, '1.02.02.2.02');
    assert.equal(p.subKegiatan.name, 'Pengelolaan Pelayanan Kesehatan Ibu Hamil');
    const dp3a = await t.app.inject({
      url: '/api/nomenclature/2.08.02.2.02.0001/path',
      headers: { cookie: admin },
    });
    assert.equal(
      dp3a.json().subKegiatan.name,
      'Sosialisasi Peningkatan Partisipasi Perempuan di Bidang Politik, Hukum, Sosial, dan Ekonomi',
    );
    assert.equal(dp3a.json().program.name, 'PROGRAM PENGARUSUTAMAAN GENDER DAN PEMBERDAYAAN PEREMPUAN');
    const unknown = await t.app.inject({
      url: '/api/nomenclature/2.08.02.2.02.0999/path',
      headers: { cookie: admin },
    });
    assert.equal(unknown.json().subKegiatan, null);
    assert.equal(unknown.json().kegiatan.code, '2.08.02.2.02');
    const bad = await t.app.inject({ url: '/api/nomenclature/2.8.x/path', headers: { cookie: admin } });
    assert.equal(bad.statusCode, 422);
    const anon = await t.app.inject({ url: '/api/nomenclature/2.08/path' });
    assert.equal(anon.statusCode, 401);
  });

  test('nomenclature search by code prefix and by words', async () => {
    const byCode = await t.app.inject({
      url: '/api/nomenclature?q=2.08.02&level=kegiatan',
      headers: { cookie: admin },
    });
    assert.deepEqual(
      byCode.json().items.map((i: { code: string }) => i.code),
      ['2.08.02.2.01', '2.08.02.2.02', '2.08.02.2.03'],
    );
    const byWords = await t.app.inject({
      url: '/api/nomenclature?q=ibu%20hamil',
      headers: { cookie: admin },
    });
    assert.ok(byWords.json().items.some((i: { code: string }) => i.code === '1.02.02.2.02.0001'));
  });

  test('create: exact budget, normalised code, duplicate refused naming the field', async () => {
    const res = await create(line({ code: '1.02.02.02.02.0002' }));
    assert.equal(res.statusCode, 201, res.body);
    const body = res.json();
    assert.equal(body.code, '1.02.02.2.02.0002');
    assert.equal(body.budget, '312500000.00');
    assert.equal(body.opdName, 'Dinas Kesehatan');
    assert.equal(
      body.kegiatanName,
      'Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota',
    );
    assert.equal(body.argCategory, null);
    assert.equal(body.gap, null);
    const dup = await create(line());
    assert.equal(dup.statusCode, 409);
    assert.ok(dup.json().error.fields.code);
    const bad = await create(line({ code: '1.02.02', budget: '1,505' }));
    assert.equal(bad.statusCode, 422);
    assert.ok(bad.json().error.fields.code && bad.json().error.fields.budget);
    assert.ok(
      await countOf(
        t,
        sql`select count(*) from audit_log where entity = 'sub_activity' and action = 'create'`,
      ),
    );
  });

  test('ARG tagging rules: whole budget by default, netral 0, amount within budget', async () => {
    const res = await create(line({ code: '1.02.02.2.02.0003', budget: '100000000', argCategory: 'khusus' }));
    assert.equal(res.json().argAmount, '100000000.00');
    const id = res.json().id;
    const over = await patch(id, { argCategory: 'kesetaraan', argAmount: '100000000.01' });
    assert.equal(over.statusCode, 422);
    assert.ok(over.json().error.fields.argAmount);
    const part = await patch(id, { argCategory: 'kesetaraan', argAmount: '25.000.000,50' });
    assert.equal(part.json().argAmount, '25000000.50');
    const netral = await patch(id, { argCategory: 'netral', argAmount: '5' });
    assert.equal(netral.statusCode, 422);
    const netral0 = await patch(id, { argCategory: 'netral' });
    assert.equal(netral0.json().argAmount, '0.00');
    const untag = await patch(id, { argCategory: null });
    assert.equal(untag.json().argCategory, null);
    assert.equal(untag.json().argAmount, null);
    // A whole-budget tag follows the budget; a partial one must still fit.
    await patch(id, { argCategory: 'khusus' });
    assert.equal((await patch(id, { budget: '120000000' })).json().argAmount, '120000000.00');
    await patch(id, { argAmount: '50000000' });
    const shrink = await patch(id, { budget: '40000000' });
    assert.equal(shrink.statusCode, 422);
    assert.ok(shrink.json().error.fields.budget);
  });

  test('operators see and edit only their own OPD; reviewers only read', async () => {
    const dinsos = await create(
      line({ opdId: opdIds.get('Dinsos'), code: '1.06.04.2.01.0001', name: 'Penyediaan Permakanan' }),
    );
    assert.equal(dinsos.statusCode, 201);
    const list = await t.app.inject({
      url: `/api/regions/${REGION}/sub-activities?year=${YEAR}&opdId=${opdIds.get('Dinsos')}`,
      headers: { cookie: operator },
    });
    assert.equal(list.statusCode, 200);
    assert.ok(list.json().items.length > 0);
    assert.ok(list.json().items.every((i: { opdName: string }) => i.opdName === 'Dinas Kesehatan'));
    const hidden = await patch(dinsos.json().id, { name: 'x' }, operator);
    assert.equal(hidden.statusCode, 404);
    const forbidden = await create(
      line({ opdId: opdIds.get('Dinsos'), code: '1.06.04.2.01.0003' }),
      operator,
    );
    assert.equal(forbidden.statusCode, 403);
    const own = await create(line({ code: '1.02.02.2.02.0004', name: 'Balita' }), operator);
    assert.equal(own.statusCode, 201);
    const ownEdit = await patch(own.json().id, { argCategory: 'khusus' }, operator);
    assert.equal(ownEdit.statusCode, 200);
    const reviewerList = await t.app.inject({
      url: `/api/regions/${REGION}/sub-activities?year=${YEAR}`,
      headers: { cookie: reviewer },
    });
    assert.ok(reviewerList.json().items.some((i: { opdName: string }) => i.opdName === 'Dinas Sosial'));
    assert.equal((await patch(own.json().id, { name: 'x' }, reviewer)).statusCode, 403);
    assert.equal((await create(line({ code: '1.02.02.2.02.0015' }), reviewer)).statusCode, 403);
  });

  test('the recap matches the pure arithmetic over the same rows, and lists OPDs without a GAP', async () => {
    const dp3a = opdIds.get('DP3A')!;
    await create(
      line({
        opdId: dp3a,
        code: '2.08.02.2.02.0001',
        name: 'Sosialisasi',
        budget: '215400000',
        argCategory: 'kesetaraan',
      }),
    );
    await create(
      line({
        opdId: dp3a,
        code: '2.08.01.2.01.0001',
        name: 'Renja',
        budget: '33333333.33',
        argCategory: 'kelembagaan',
        argAmount: '11111111.11',
      }),
    );
    const gapLine = await create(
      line({ opdId: dp3a, code: '2.08.05.2.01.0001', name: 'Data', budget: '0.01', argCategory: 'khusus' }),
    );
    await t.database.db.execute(
      sql`insert into gap_documents (region_code, sub_activity_id, opd_id, year, status, gap, submission)
          values (${REGION}, ${gapLine.json().id}, ${dp3a}, ${YEAR}, 'approved', '{}'::jsonb, 1)`,
    );

    const res = await t.app.inject({
      url: `/api/regions/${REGION}/arg-recap?year=${YEAR}`,
      headers: { cookie: reviewer },
    });
    assert.equal(res.statusCode, 200, res.body);
    const recap = res.json();
    const rows = await t.database.db.execute(
      sql`select s.opd_id, s.code, s.budget::text as budget, s.arg_category, s.arg_amount::text as arg_amount, g.status
          from sub_activities s left join gap_documents g on g.sub_activity_id = s.id
          where s.region_code = ${REGION} and s.year = ${YEAR}`,
    );
    const lines: RecapLine[] = (rows as unknown as { rows: Record<string, string | null>[] }).rows.map(
      (r) => ({
        opdId: r.opd_id!,
        code: r.code!,
        budget: r.budget!,
        argCategory: r.arg_category as RecapLine['argCategory'],
        argAmount: r.arg_amount,
        gapStatus: r.status as RecapLine['gapStatus'],
      }),
    );
    const expected = recapOf(lines);
    assert.equal(recap.totalBudget, expected.totalBudget);
    assert.equal(recap.responsiveAmount, expected.responsiveAmount);
    assert.equal(recap.approvedAmount, '0.01');
    assert.equal(recap.responsiveShare, expected.responsiveShare);
    assert.deepEqual(recap.byCategory, expected.byCategory);
    for (const o of expected.byOpd) {
      const got = recap.byOpd.find((x: { opdId: string }) => x.opdId === o.opdId);
      assert.deepEqual(
        { ...got, opdName: undefined, opdShortName: undefined, submitted: undefined },
        { ...o, opdName: undefined, opdShortName: undefined, submitted: undefined },
      );
    }
    assert.deepEqual(
      recap.byProgram.map((p: { code: string; budget: string; responsive: string }) => ({
        code: p.code,
        budget: p.budget,
        responsive: p.responsive,
      })),
      expected.byProgram,
    );
    assert.equal(
      recap.byProgram.find((p: { code: string }) => p.code === '2.08.02').name,
      'PROGRAM PENGARUSUTAMAAN GENDER DAN PEMBERDAYAAN PEREMPUAN',
    );
    const trendYear = recap.trend.find((x: { year: number }) => x.year === YEAR);
    assert.equal(trendYear.budget, expected.totalBudget);
    const names = recap.notSubmitted.map((n: { opdName: string }) => n.opdName);
    assert.ok(names.includes('Dinas Kesehatan') && names.includes('Dinas Sosial'));
    assert.ok(!names.includes('Dinas Pemberdayaan Perempuan dan Perlindungan Anak'));
    const years = await t.app.inject({
      url: `/api/regions/${REGION}/planning-years`,
      headers: { cookie: admin },
    });
    assert.ok(years.json().years.includes(YEAR));
    const filtered = await t.app.inject({
      url: `/api/regions/${REGION}/sub-activities?year=${YEAR}&arg=responsive&gapStatus=approved`,
      headers: { cookie: admin },
    });
    assert.equal(filtered.json().total, 1);
    assert.equal(filtered.json().items[0].gap.status, 'approved');
    assert.equal(filtered.json().totals.argAmount, '0.01');
  });

  test('a cached recap follows every change: a tag, a budget, a GAP status, an OPD name', async () => {
    const url = `/api/regions/${REGION}/arg-recap?year=${YEAR}`;
    const get = async () => (await t.app.inject({ url, headers: { cookie: admin } })).json();
    const before = await get();
    assert.deepEqual(await get(), before);
    const created = await create(
      line({ code: '1.02.02.2.02.0043', name: 'KTR', budget: '1000', argCategory: 'khusus' }),
    );
    const afterCreate = await get();
    assert.notEqual(afterCreate.responsiveAmount, before.responsiveAmount);
    await patch(created.json().id, { argCategory: 'netral' });
    assert.equal((await get()).responsiveAmount, before.responsiveAmount);
    await t.database.db.execute(sql`update gap_documents set status = 'revision' where year = ${YEAR}`);
    assert.equal((await get()).approvedAmount, '0.00');
    await t.database.db.execute(sql`update gap_documents set status = 'approved' where year = ${YEAR}`);
    assert.equal((await get()).approvedAmount, before.approvedAmount);
    await t.database.db.execute(
      sql`update opd set name = 'Dinas Kesehatan Kota' where short_name = 'Dinkes'`,
    );
    const renamed = (await get()).byOpd.map((o: { opdName: string }) => o.opdName);
    await t.database.db.execute(sql`update opd set name = 'Dinas Kesehatan' where short_name = 'Dinkes'`);
    assert.ok(renamed.includes('Dinas Kesehatan Kota'));
  });

  test('the recap of a region the caller cannot read is refused', async () => {
    const res = await t.app.inject({
      url: `/api/regions/73.71/arg-recap?year=${YEAR}`,
      headers: { cookie: admin },
    });
    assert.equal(res.statusCode, 403);
  });
});

describe('planning demo', () => {
  test('the demo has both GAP lines exactly, 2024–2026 for most agencies, and removing it removes them', async () => {
    const t = await createTestApp();
    try {
      const { DEMO_GAP_LINES } = await import('../../db/seed/demo-planning-data.js');
      const { removeDemo } = await import('../../db/seed/demo.js');
      const rows = (await t.database.db.execute(
        sql`select o.short_name, s.year, s.code, s.budget::text as budget, s.arg_category, s.arg_amount::text as arg_amount, s.output_indicator, s.target
            from sub_activities s join opd o on o.id = s.opd_id where s.is_demo`,
      )) as unknown as { rows: Record<string, string | number>[] };
      const find = (l: { opdShortName: string; year: number; code: string }) =>
        rows.rows.find((r) => r.short_name === l.opdShortName && r.year === l.year && r.code === l.code);
      assert.deepEqual(find(DEMO_GAP_LINES.dinkes), {
        short_name: 'Dinkes',
        year: 2026,
        code: '1.02.02.2.02.0001',
        budget: '486750000.00',
        arg_category: 'khusus',
        arg_amount: '486750000.00',
        output_indicator: 'Ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar',
        target: '4.850 orang',
      });
      assert.deepEqual(find(DEMO_GAP_LINES.dp3a), {
        short_name: 'DP3A',
        year: 2026,
        code: '2.08.02.2.02.0001',
        budget: '215400000.00',
        arg_category: 'kesetaraan',
        arg_amount: '215400000.00',
        output_indicator: 'Perempuan yang mengikuti pelatihan kepemimpinan',
        target: '120 orang',
      });
      const agencies = new Set(rows.rows.filter((r) => r.year === 2024).map((r) => r.short_name));
      assert.ok(agencies.size >= 20);
      assert.ok(
        await countOf(t, sql`select count(*) from plan_targets where is_demo and opd_id is not null`),
      );
      await removeDemo(t.database.db);
      assert.equal(await countOf(t, sql`select count(*) from sub_activities where is_demo`), 0);
      assert.equal(await countOf(t, sql`select count(*) from rpjmd_periods where is_demo`), 0);
    } finally {
      await t.close();
    }
  });
});
