/**
 * The Pokja PUG's plans end to end on a fresh database (PGlite, or PostgreSQL with
 * TEST_DATABASE_URL): a 5-year plan drawn up, saved (versions, 409 on a stale save), refused
 * input naming the field with nothing stored, adopted, given progress, revised (perubahan, which
 * supersedes it and takes over its progress), a Rencana Aksi, and both exports read back.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import pdf from 'pdf-parse/lib/pdf-parse.js';
import type { PlanDetail } from '../../../api/pokja-plans.js';
import { pokjaPlanProgress, pokjaPlans, pokjaPlanVersions } from '../../db/schema-pokja-plans.js';
import { createTestApp, countOf, type TestApp } from '../../test-support/test-app.js';
import { client } from '../monev/test-helpers.js';
import { demoOpdIdsByShortName } from '../../test-support/demo-opd.js';

const BASE = '/api/regions/72.71/pokja-plans';

function row(over: Record<string, unknown> = {}) {
  return {
    section: 'perencanaan',
    level: 'sub_kegiatan',
    code: '5.01.02.2.01.0001',
    description: 'Penyusunan dokumen perencanaan responsif gender',
    baseline: '2 dokumen',
    target5y: '10 dokumen',
    yearlyTargets: [
      { year: 2026, target: '2 dokumen' },
      { year: 2027, target: '2 dokumen' },
    ],
    indicator: 'Jumlah dokumen perencanaan responsif gender',
    budget: 'Rp 25.000.000',
    opdId: null,
    unit: 'Bapperida',
    ...over,
  };
}

describe('pokja plans', () => {
  let t: TestApp;
  let api: ReturnType<typeof client>;
  let admin: string;
  let pokja: string;
  let dinkes: string;
  let planId: string;

  before(async () => {
    t = await createTestApp();
    api = client(t);
    [admin, pokja] = await Promise.all([t.login('demo.admin'), t.login('demo.pokja')]);
    dinkes = (await demoOpdIdsByShortName(t, admin)).get('Dinkes')!;
  });
  after(() => t.close());

  test('a 5-year plan is created as a draft, version 1, period start..start+4', async () => {
    const res = await api.post(BASE, admin, {
      kind: 'lima_tahunan',
      title: 'Rencana Pokja PUG Kota Palu 2026–2030',
      startYear: 2026,
      rows: [
        row(),
        row({
          section: 'pelembagaan',
          level: 'program',
          code: '2.08.02',
          description: 'Program PUG',
          budget: 150000000,
          opdId: dinkes,
          unit: '',
        }),
      ],
    });
    assert.equal(res.statusCode, 201, res.body);
    const plan = res.json<PlanDetail>();
    planId = plan.id;
    assert.deepEqual([plan.status, plan.version, plan.startYear, plan.endYear], ['draft', 1, 2026, 2030]);
    assert.equal(plan.rows[0].budget, '25000000.00');
    assert.equal(plan.budgetTotal, '175000000.00');
    assert.ok(plan.rows.every((r) => r.id));
    assert.ok(plan.canManage);
    const list = await api.get(`${BASE}?family=matriks`, pokja);
    assert.equal(list.statusCode, 200);
    assert.ok(list.json<{ items: { id: string }[] }>().items.some((p) => p.id === planId));
    const aksi = await api.get(`${BASE}?family=aksi`, pokja);
    assert.ok(!aksi.json<{ items: { id: string }[] }>().items.some((p) => p.id === planId));
  });

  test('bad input names the field and stores nothing', async () => {
    const before = await api.get(`/api/pokja-plans/${planId}`, admin);
    const plan = before.json<PlanDetail>();
    const cases: [unknown, string, number][] = [
      [[row({ yearlyTargets: [{ year: 2031, target: 'x' }] })], 'rows.0.yearlyTargets.0.year', 422],
      [
        [
          row(),
          row({
            yearlyTargets: [
              { year: 2026, target: 'a' },
              { year: 2027, target: 'b' },
              { year: 2027, target: 'c' },
            ],
          }),
        ],
        'rows.1.code',
        422,
      ],
      [
        [
          row({ code: null }),
          row({ code: null }),
          row({ code: null }),
          row({
            code: null,
            yearlyTargets: [
              { year: 2026, target: 'a' },
              { year: 2026, target: 'b' },
              { year: 2040, target: 'c' },
            ],
          }),
        ],
        'rows.3.yearlyTargets.1.year',
        422,
      ],
      [[row({ budget: '-1000' })], 'rows.0.budget', 422],
      [[row({ budget: 'banyak' })], 'rows.0.budget', 422],
      [[row({ code: '5.01.02' })], 'rows.0.code', 422],
      [[row({ opdId: '11111111-1111-4111-8111-111111111111' })], 'rows.0.opdId', 422],
      [[row({ description: 'a\u0000b' })], 'rows.0.description', 400],
      [[row({ budget: true })], 'rows.0.budget', 400],
      [[row({ description: 'x'.repeat(5000) })], 'rows.0.description', 400],
      [[row({ section: 'lainnya' })], 'rows.0.section', 400],
      [[row({ yearlyTargets: [{ year: '2026', target: 'x' }] })], 'rows.0.yearlyTargets.0.year', 400],
    ];
    for (const [rows, field, status] of cases) {
      const res = await api.put(`/api/pokja-plans/${planId}`, admin, {
        version: plan.version,
        title: plan.title,
        rows,
      });
      assert.equal(res.statusCode, status, `${field}: ${res.body}`);
      const fields = res.json<{ error: { fields?: Record<string, string> } }>().error.fields ?? {};
      assert.ok(
        Object.keys(fields).some((f) => f === field || f.startsWith(`${field}`)),
        `${field}: ${res.body}`,
      );
    }
    const huge = await api.put(`/api/pokja-plans/${planId}`, admin, {
      version: plan.version,
      title: plan.title,
      rows: Array.from({ length: 401 }, () => row({ code: null })),
    });
    assert.ok(huge.statusCode === 400 || huge.statusCode === 413, huge.body);
    const after = (await api.get(`/api/pokja-plans/${planId}`, admin)).json<PlanDetail>();
    assert.equal(after.version, plan.version);
    assert.deepEqual(after.rows, plan.rows);
    assert.equal(
      await countOf(t, sql`select count(*)::int as n from pokja_plan_versions where plan_id = ${planId}`),
      1,
    );
  });

  test('each save adds a version; a stale save is 409; old versions stay readable', async () => {
    const plan = (await api.get(`/api/pokja-plans/${planId}`, admin)).json<PlanDetail>();
    const rows = [
      ...plan.rows,
      row({
        section: 'pelaporan',
        code: null,
        description: 'Laporan pelaksanaan PUG tahunan',
        budget: '10.000.000',
      }),
    ];
    const saved = await api.put(`/api/pokja-plans/${planId}`, admin, { version: 1, title: plan.title, rows });
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(saved.json<PlanDetail>().version, 2);
    assert.equal(saved.json<PlanDetail>().rows[0].id, plan.rows[0].id, 'row ids are kept');
    const stale = await api.put(`/api/pokja-plans/${planId}`, admin, { version: 1, title: 'x', rows: [] });
    assert.equal(stale.statusCode, 409);
    const versions = await api.get(`/api/pokja-plans/${planId}/versions`, pokja);
    assert.deepEqual(
      versions.json<{ items: { version: number; savedBy: string | null }[] }>().items.map((v) => v.version),
      [2, 1],
    );
    const v1 = await api.get(`/api/pokja-plans/${planId}/versions/1`, pokja);
    assert.equal(v1.statusCode, 200);
    assert.equal(v1.json<{ rows: unknown[] }>().rows.length, 2);
    assert.equal((await api.get(`/api/pokja-plans/${planId}/versions/9`, pokja)).statusCode, 404);
  });

  test('progress waits for adoption; adoption freezes the content', async () => {
    const plan = (await api.get(`/api/pokja-plans/${planId}`, admin)).json<PlanDetail>();
    const entry = {
      rowId: plan.rows[0].id,
      year: 2026,
      realisation: '2 dokumen',
      achievement: '100',
      note: '',
    };
    assert.equal(
      (await api.put(`/api/pokja-plans/${planId}/progress`, admin, { entries: [entry] })).statusCode,
      422,
    );
    assert.equal((await api.post(`/api/pokja-plans/${planId}/adopt`, admin, { version: 1 })).statusCode, 409);
    const adopted = await api.post(`/api/pokja-plans/${planId}/adopt`, admin, {
      version: plan.version,
      reference: 'Keputusan Ketua Pokja PUG No. 1/2026',
    });
    assert.equal(adopted.statusCode, 200, adopted.body);
    const a = adopted.json<PlanDetail>();
    assert.equal(a.status, 'ditetapkan');
    const edit = await api.put(`/api/pokja-plans/${planId}`, admin, {
      version: a.version,
      title: 'x',
      rows: [],
    });
    assert.equal(edit.statusCode, 422);
    const bad = await api.put(`/api/pokja-plans/${planId}/progress`, admin, {
      entries: [entry, { ...entry, year: 2031 }, { ...entry, rowId: '11111111-1111-4111-8111-111111111111' }],
    });
    assert.equal(bad.statusCode, 422);
    assert.deepEqual(Object.keys(bad.json<{ error: { fields: object } }>().error.fields).sort(), [
      'entries.1.year',
      'entries.2.rowId',
    ]);
    assert.equal(
      await countOf(t, sql`select count(*)::int as n from pokja_plan_progress where plan_id = ${planId}`),
      0,
    );
    const ok = await api.put(`/api/pokja-plans/${planId}/progress`, admin, {
      entries: [
        entry,
        {
          rowId: plan.rows[1].id,
          year: 2026,
          realisation: 'SK Pokja diperbarui',
          achievement: '85,5',
          note: 'menunggu tanda tangan',
        },
      ],
    });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.deepEqual(
      ok
        .json<PlanDetail>()
        .progress.map((p) => p.achievement)
        .sort(),
      ['100.00', '85.50'],
    );
    // An empty entry clears the year.
    const cleared = await api.put(`/api/pokja-plans/${planId}/progress`, admin, {
      entries: [{ rowId: plan.rows[1].id, year: 2026, realisation: '', achievement: null, note: '' }],
    });
    assert.equal(cleared.json<PlanDetail>().progress.length, 1);
  });

  test('a revision (perubahan) copies the plan; adopting it supersedes the old one and carries its progress', async () => {
    const plan = (await api.get(`/api/pokja-plans/${planId}`, admin)).json<PlanDetail>();
    const res = await api.post(`/api/pokja-plans/${planId}/revise`, admin, { version: plan.version });
    assert.equal(res.statusCode, 201, res.body);
    const rev = res.json<PlanDetail>();
    assert.deepEqual(
      [rev.kind, rev.status, rev.revisesPlanId, rev.startYear, rev.endYear],
      ['perubahan', 'draft', planId, 2026, 2030],
    );
    assert.equal(rev.revises?.id, planId);
    const again = await api.post(`/api/pokja-plans/${planId}/revise`, admin, { version: plan.version });
    assert.equal(again.statusCode, 409, 'one open revision at a time');
    const saved = await api.put(`/api/pokja-plans/${rev.id}`, admin, {
      version: rev.version,
      title: rev.title,
      rows: rev.rows.map((r, i) => (i === 0 ? { ...r, budget: '30000000' } : r)),
    });
    assert.equal(saved.statusCode, 200, saved.body);
    const adopted = await api.post(`/api/pokja-plans/${rev.id}/adopt`, admin, {
      version: saved.json<PlanDetail>().version,
    });
    assert.equal(adopted.statusCode, 200, adopted.body);
    assert.equal(adopted.json<PlanDetail>().progress.length, 1, 'progress carried over');
    const old = (await api.get(`/api/pokja-plans/${planId}`, pokja)).json<PlanDetail>();
    assert.equal(old.status, 'diganti');
    assert.equal(old.revisions[0].id, rev.id);
  });

  test('Rencana Aksi PUG Daerah: four areas, item status per year', async () => {
    const res = await api.post(BASE, admin, {
      kind: 'rencana_aksi',
      title: 'Rencana Aksi PUG Daerah Kota Palu 2026–2028',
      startYear: 2026,
      endYear: 2028,
      items: [
        {
          area: 'peraturan',
          action: 'Penyusunan Perda PUG',
          target: 'Perda ditetapkan',
          timeline: '2026',
          opdId: null,
          unit: 'Bagian Hukum',
        },
        {
          area: 'peran_serta',
          action: 'Penguatan Forum PUSPA',
          target: '1 forum aktif',
          timeline: '2026–2028',
          opdId: dinkes,
          unit: '',
        },
      ],
    });
    assert.equal(res.statusCode, 201, res.body);
    const plan = res.json<PlanDetail>();
    assert.equal(plan.endYear, 2028);
    const mixed = await api.put(`/api/pokja-plans/${plan.id}`, admin, {
      version: 1,
      title: plan.title,
      rows: [row()],
      items: plan.items,
    });
    assert.equal(mixed.statusCode, 422);
    const tooLong = await api.post(BASE, admin, {
      kind: 'rencana_aksi',
      title: 'x',
      startYear: 2026,
      endYear: 2040,
    });
    assert.equal(tooLong.statusCode, 422);
    assert.ok(Object.hasOwn(tooLong.json<{ error: { fields: object } }>().error.fields, 'endYear'));
    const adopted = await api.post(`/api/pokja-plans/${plan.id}/adopt`, admin, { version: 1 });
    assert.equal(adopted.statusCode, 200);
    const progress = await api.put(`/api/pokja-plans/${plan.id}/progress`, admin, {
      entries: [{ rowId: plan.items[0].id, year: 2026, status: 'berjalan', note: 'Naskah akademik disusun' }],
    });
    assert.equal(progress.statusCode, 200, progress.body);
    const xlsx = await api.get(`/api/pokja-plans/${plan.id}/export.xlsx`, pokja);
    assert.equal(xlsx.statusCode, 200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const values = book.getWorksheet('Rencana Aksi')!.getSheetValues().flat().map(String);
    for (const expected of [
      'RENCANA AKSI PENGARUSUTAMAAN GENDER DAERAH',
      'a. PUG dalam peraturan perundang-undangan di daerah',
      'd. Penguatan peran serta masyarakat di daerah',
      'Penyusunan Perda PUG',
      'Berjalan (2026)',
    ])
      assert.ok(values.includes(expected), expected);
    const file = await api.get(`/api/pokja-plans/${plan.id}/export.pdf`, pokja);
    assert.equal(file.statusCode, 200);
    const text = (await pdf(file.rawPayload)).text.replace(/\s+/g, ' ');
    assert.match(text, /RENCANA AKSI PENGARUSUTAMAAN GENDER DAERAH/);
    assert.match(text, /Penguatan Forum PUSPA/);
  });

  test('the matrix exports as the official table: XLSX with sections and money cells, landscape PDF', async () => {
    const list = (await api.get(BASE, admin)).json<{ items: { id: string; kind: string }[] }>().items;
    const rev = list.find((p) => p.kind === 'perubahan')!;
    const xlsx = await api.get(`/api/pokja-plans/${rev.id}/export.xlsx`, pokja);
    assert.equal(xlsx.statusCode, 200);
    assert.match(
      String(xlsx.headers['content-disposition']),
      /Rencana-Pokja-PUG-Perubahan-Kota-Palu-2026-2030\.xlsx/,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Matriks')!;
    const cells: ExcelJS.Cell[] = [];
    sheet.eachRow((r) => r.eachCell((c) => cells.push(c)));
    const texts = cells.map((c) => String(c.value));
    for (const expected of [
      'MATRIKS PERUBAHAN RENCANA POKJA PUG 5 (LIMA) TAHUNAN',
      'Target Tahunan',
      'Alokasi Anggaran (Rp)',
      'A. Pelembagaan PUG',
      'B. PUG dalam Perencanaan',
      'H. PUG dalam Pelaporan',
      '2030',
    ])
      assert.ok(texts.includes(expected), expected);
    const money = cells.filter((c) => typeof c.value === 'number' && c.numFmt?.includes('Rp'));
    assert.deepEqual(
      money.map((c) => c.value).sort((a, b) => Number(a) - Number(b)),
      [10000000, 30000000, 150000000, 190000000],
    );
    const progress = book.getWorksheet('Kemajuan')!.getSheetValues().flat().map(String);
    assert.ok(progress.includes('2 dokumen'));
    const file = await api.get(`/api/pokja-plans/${rev.id}/export.pdf`, pokja);
    assert.equal(file.statusCode, 200);
    assert.equal(file.headers['content-type'], 'application/pdf');
    const parsed = await pdf(file.rawPayload);
    const text = parsed.text.replace(/\s+/g, ' ');
    for (const expected of [
      'PEMERINTAH KOTA PALU',
      'PERUBAHAN RENCANA POKJA PUG',
      'A. Pelembagaan PUG',
      'Rp 190.000.000',
      'Kemajuan Pelaksanaan',
    ])
      assert.ok(text.includes(expected), `${expected} in ${text.slice(0, 400)}`);
  });

  test('text that looks like a formula is exported as text', async () => {
    const res = await api.post(BASE, admin, {
      kind: 'tahunan',
      title: '=HYPERLINK("http://x","klik")',
      startYear: 2028,
      rows: [
        row({
          code: null,
          description: '=1+1',
          unit: '@SUM(A1)',
          yearlyTargets: [{ year: 2028, target: '+5' }],
        }),
      ],
    });
    assert.equal(res.statusCode, 201, res.body);
    const xlsx = await api.get(`/api/pokja-plans/${res.json<PlanDetail>().id}/export.xlsx`, admin);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    let formulas = 0;
    let seen = 0;
    book.eachSheet((sheet) =>
      sheet.eachRow((r) =>
        r.eachCell((c) => {
          if (c.type === ExcelJS.ValueType.Formula) formulas++;
          if (String(c.value).includes('=1+1') || c.value === '+5' || String(c.value).includes('@SUM')) {
            assert.equal(c.type, ExcelJS.ValueType.String);
            seen++;
          }
        }),
      ),
    );
    assert.equal(formulas, 0);
    assert.ok(seen >= 3, `saw ${seen}`);
  });

  test('drafts can be discarded; adopted plans cannot', async () => {
    const res = await api.post(BASE, admin, { kind: 'tahunan', title: 'Coba', startYear: 2027 });
    const plan = res.json<PlanDetail>();
    assert.deepEqual([plan.startYear, plan.endYear], [2027, 2027]);
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/pokja-plans/${plan.id}`,
      headers: { cookie: admin, origin: 'http://localhost:80' },
      payload: { version: 1 },
    });
    assert.equal(del.statusCode, 200, del.body);
    const rows = await t.database.db.select().from(pokjaPlans).where(eq(pokjaPlans.id, plan.id));
    assert.equal(rows.length, 0);
    assert.equal(
      (
        await t.database.db
          .select()
          .from(pokjaPlanVersions)
          .where(and(eq(pokjaPlanVersions.planId, plan.id)))
      ).length,
      0,
    );
    assert.ok(pokjaPlanProgress);
  });
});
