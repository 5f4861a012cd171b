/**
 * Instruments and cycles end to end on a fresh database (PGlite, or PostgreSQL with
 * TEST_DATABASE_URL): the shipped example, JSON and XLSX import refused whole with located
 * reasons, export and its round trip, copies, cycles with tiers and dates, opening (freeze,
 * notifications) and the audit trail.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { auditLog } from '../../db/schema.js';
import { evaluationInstruments } from '../../db/schema-evaluation-instruments.js';
import { notifications } from '../../db/schema-notifications.js';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';
import { multipart } from '../imports/test-helpers.js';
import { exampleInstrumentSql } from './examples-sql.js';
import { EXAMPLE_INSTRUMENT_ID } from './examples.js';
import { caller, readyCycle, tinyDefinition, type Call } from './test-helpers.js';

const I = '/api/evaluation-instruments';
const C = '/api/evaluation-cycles';

function fieldsOf(res: { json: () => { error: { fields?: Record<string, string> } } }) {
  return res.json().error.fields ?? {};
}

describe('evaluation instruments and cycles', () => {
  let t: TestApp;
  let call: Call;
  let sa: string, admin: string, prov: string;
  const instrumentCount = () => countOf(t, sql`select count(*) from evaluation_instruments`);

  async function upload(cookie: string, body: Buffer | string, name = 'instrumen.xlsx') {
    const file = multipart(name, body);
    return t.app.inject({
      method: 'POST',
      url: `${I}/import-file`,
      headers: { cookie, ...file.headers },
      payload: file.payload,
    });
  }

  const download = (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: sa } });

  async function exampleWorkbook(): Promise<ExcelJS.Workbook> {
    const res = await download(`${I}/${EXAMPLE_INSTRUMENT_ID}/export?format=xlsx`);
    assert.equal(res.statusCode, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    return wb;
  }
  const bufferOf = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());

  before(async () => {
    t = await createTestApp();
    call = caller(t);
    [sa, admin, prov] = await Promise.all(
      ['demo.superadmin', 'demo.admin', 'demo.provinsi'].map((u) => t.login(u)),
    );
  });
  after(() => t.close());

  test('the migration holds exactly the example instrument of examples.ts', () => {
    const migration = readFileSync(
      new URL('../../db/migrations/0031_evaluation_instrument_example.sql', import.meta.url),
      'utf8',
    );
    assert.ok(migration.includes(exampleInstrumentSql()));
  });

  test('every database starts with the example, frozen and labelled CONTOH, max 100', async () => {
    const list = await call(admin, 'GET', I);
    assert.equal(list.statusCode, 200);
    const example = list.json().items.find((i: { id: string }) => i.id === EXAMPLE_INSTRUMENT_ID);
    assert.equal(example.frozen, true);
    assert.equal(example.example, true);
    assert.match(example.name, /CONTOH — bukan instrumen resmi/);
    assert.equal(example.areaCount, 9);
    assert.equal(example.questionCount, 29);
    assert.equal(example.maxTotal, 100);
    const detail = (await call(admin, 'GET', `${I}/${EXAMPLE_INSTRUMENT_ID}`)).json();
    assert.deepEqual(
      detail.areas.map((a: { code: string }) => a.code),
      [
        'PELEMBAGAAN',
        'PERENCANAAN',
        'PENGANGGARAN',
        'PELAKSANAAN',
        'PEMANTAUAN',
        'EVALUASI',
        'PENGAWASAN',
        'PELAPORAN',
        'INOVASI',
      ],
    );
    const pl03 = detail.areas[0].questions.find((q: { code: string }) => q.code === 'PL.03');
    assert.deepEqual(pl03.condition, { questionCode: 'PL.02', equals: true });
    assert.equal(pl03.options.length, 3);
    assert.equal(detail.can.manage, false);
  });

  test('JSON import: a new code is version 1; importing it again replaces the draft', async () => {
    const first = await call(sa, 'POST', `${I}/import`, tinyDefinition('UJI-JSON'));
    assert.equal(first.statusCode, 201, first.body);
    assert.deepEqual(
      { ...first.json(), id: undefined },
      { id: undefined, code: 'UJI-JSON', version: 1, replaced: false },
    );
    const again = await call(sa, 'POST', `${I}/import`, { ...tinyDefinition('UJI-JSON'), name: 'Nama baru' });
    assert.equal(again.statusCode, 201);
    assert.equal(again.json().id, first.json().id);
    assert.equal(again.json().replaced, true);
    const detail = (await call(sa, 'GET', `${I}/${first.json().id}`)).json();
    assert.equal(detail.name, 'Nama baru');
    assert.equal(detail.questionCount, 1);
    assert.equal(
      (await call(admin, 'GET', `${I}/${first.json().id}`)).statusCode,
      404,
      'a draft is the superadmin’s',
    );
    assert.equal((await call(admin, 'POST', `${I}/import`, tinyDefinition('UJI-ADMIN'))).statusCode, 403);
  });

  test('JSON import refuses the whole instrument, naming every problem; nothing is stored', async () => {
    const before = await instrumentCount();
    const def = tinyDefinition('UJI-BURUK');
    const bad = {
      ...def,
      areas: [
        {
          ...def.areas[0],
          questions: [
            { ...def.areas[0].questions[0], weight: 0 },
            { ...def.areas[0].questions[0] },
            {
              code: 'A.2',
              text: 'Pilih',
              answerType: 'choice',
              maxScore: 4,
              weight: 1,
              evidenceKinds: ['bukan_kode'],
              options: [
                { code: 'X', label: 'x', score: 5 },
                { code: 'Y', label: 'y', score: 0 },
              ],
              condition: { questionCode: 'A.9', equals: true },
            },
          ],
        },
      ],
    };
    const res = await call(sa, 'POST', `${I}/import`, bad);
    assert.equal(res.statusCode, 422, res.body);
    assert.deepEqual(Object.keys(fieldsOf(res)).sort(), [
      'options.A.2/X.score',
      'questions.A.1.code',
      'questions.A.1.weight',
      'questions.A.2.condition.questionCode',
      'questions.A.2.evidenceKinds',
    ]);
    assert.equal(await instrumentCount(), before);
  });

  test('JSON import: NUL, huge, wrong type are 400 naming the field', async () => {
    const def = tinyDefinition('UJI-BENTUK');
    const nul = await call(sa, 'POST', `${I}/import`, { ...def, name: 'a\u0000b' });
    assert.equal(nul.statusCode, 400);
    const huge = await call(sa, 'POST', `${I}/import`, { ...def, sourceNote: 'x'.repeat(5000) });
    assert.equal(huge.statusCode, 400);
    assert.ok(
      Object.keys(fieldsOf(huge)).some((f) => f.includes('sourceNote')),
      huge.body,
    );
    const wrong = await call(sa, 'POST', `${I}/import`, {
      ...def,
      areas: [{ ...def.areas[0], questions: [{ ...def.areas[0].questions[0], maxScore: 'sepuluh' }] }],
    });
    assert.equal(wrong.statusCode, 400);
    assert.ok(
      Object.keys(fieldsOf(wrong)).some((f) => f.includes('maxScore')),
      wrong.body,
    );
  });

  test('XLSX export re-imports as the same content (round trip) under a new code', async () => {
    const wb = await exampleWorkbook();
    const meta = wb.getWorksheet('Instrumen')!;
    meta.getRow(2).getCell(2).value = 'UJI-XLSX';
    meta.getRow(5).getCell(2).value = 'tidak';
    const res = await upload(sa, await bufferOf(wb));
    assert.equal(res.statusCode, 201, res.body);
    const back = (await call(sa, 'GET', `${I}/${res.json().id}/export`)).json();
    const original = (await call(sa, 'GET', `${I}/${EXAMPLE_INSTRUMENT_ID}/export`)).json();
    assert.deepEqual(back.areas, original.areas);
    assert.equal(back.example, false);
  });

  test('XLSX import refuses bad rows naming sheet, row and column; nothing is stored', async () => {
    const before = await instrumentCount();
    const wb = await exampleWorkbook();
    wb.getWorksheet('Instrumen')!.getRow(2).getCell(2).value = 'UJI-XLSX-BURUK';
    const q = wb.getWorksheet('Pertanyaan')!;
    q.getRow(2).getCell(3).value = '=HYPERLINK("http://x","klik")'; // teks
    q.getRow(3).getCell(8).value = 'dua'; // bobot
    q.getRow(4).getCell(2).value = 'TIDAK-ADA'; // area
    q.getRow(5).getCell(6).value = 'skala'; // jenis_jawaban
    const res = await upload(sa, await bufferOf(wb));
    assert.equal(res.statusCode, 422, res.body);
    assert.deepEqual(Object.keys(fieldsOf(res)).sort(), [
      'Pertanyaan.2.teks',
      'Pertanyaan.3.bobot',
      'Pertanyaan.4.area',
      'Pertanyaan.5.jenis_jawaban',
    ]);
    // Rows that read but break the validator are located too.
    const wb2 = await exampleWorkbook();
    wb2.getWorksheet('Instrumen')!.getRow(2).getCell(2).value = 'UJI-XLSX-BURUK';
    const options = wb2.getWorksheet('Pilihan')!;
    options.getRow(2).getCell(5).value = 99; // nilai above the question's max
    wb2.getWorksheet('Pertanyaan')!.getRow(3).getCell(1).value = 'PL.01'; // duplicate code
    const res2 = await upload(sa, await bufferOf(wb2));
    assert.equal(res2.statusCode, 422, res2.body);
    // PL.02 renamed: PL.03's condition on it now names a missing question.
    assert.deepEqual(Object.keys(fieldsOf(res2)).sort(), [
      'Pertanyaan.3.kode',
      'Pertanyaan.4.syarat_pertanyaan',
      'Pilihan.2.nilai',
    ]);
    assert.equal(await instrumentCount(), before);
  });

  test('XLSX import: a control character never reaches the store; a huge cell is refused on its row', async () => {
    const wb = await exampleWorkbook();
    wb.getWorksheet('Instrumen')!.getRow(2).getCell(2).value = 'UJI-XLSX-SEL';
    wb.getWorksheet('Pertanyaan')!.getRow(2).getCell(3).value = 'Ada\u0001SK?';
    const control = await upload(sa, await bufferOf(wb));
    // The workbook reader never hands a control character on (XLSX escapes it as _x0001_).
    if (control.statusCode === 422) assert.deepEqual(Object.keys(fieldsOf(control)), ['Pertanyaan.2.teks']);
    else {
      const text = (await call(sa, 'GET', `${I}/${control.json().id}`)).json().areas[0].questions[0]
        .text as string;
      // eslint-disable-next-line no-control-regex -- finding control characters is its purpose
      assert.doesNotMatch(text, /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    }
    wb.getWorksheet('Instrumen')!.getRow(2).getCell(2).value = 'UJI-XLSX-SEL-2';
    wb.getWorksheet('Pertanyaan')!.getRow(2).getCell(3).value = 'x'.repeat(5000);
    const huge = await upload(sa, await bufferOf(wb));
    assert.equal(huge.statusCode, 422, huge.body);
    assert.deepEqual(Object.keys(fieldsOf(huge)), ['Pertanyaan.2.kolom3']);
  });

  test('XLSX import: not a workbook, a missing sheet, no file', async () => {
    assert.equal((await upload(sa, 'a;b;c\n1;2;3', 'instrumen.csv')).statusCode, 422);
    const wb = await exampleWorkbook();
    wb.removeWorksheet(wb.getWorksheet('Pilihan')!.id);
    const missing = await upload(sa, await bufferOf(wb));
    assert.equal(missing.statusCode, 422);
    assert.ok('Pilihan' in fieldsOf(missing), missing.body);
    assert.equal((await upload(admin, 'x')).statusCode, 403);
  });

  test('formula-looking text is defused in the XLSX export', async () => {
    const def = tinyDefinition('UJI-RUMUS');
    def.areas[0].questions[0].text = '=1+1 apakah ada SK?';
    const imported = await call(sa, 'POST', `${I}/import`, def);
    assert.equal(imported.statusCode, 201, imported.body);
    const res = await download(`${I}/${imported.json().id}/export?format=xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    assert.equal(wb.getWorksheet('Pertanyaan')!.getRow(2).getCell(3).value, "'=1+1 apakah ada SK?");
    const template = await call(sa, 'GET', `${I}/template`);
    assert.equal(template.statusCode, 200);
  });

  test('a frozen version is copied into a new draft; a draft cannot be copied; one draft at a time', async () => {
    const draft = (await call(sa, 'POST', `${I}/import`, tinyDefinition('UJI-SALIN'))).json();
    assert.equal((await call(sa, 'POST', `${I}/${draft.id}/versions`)).statusCode, 409);
    const copy = await call(sa, 'POST', `${I}/${EXAMPLE_INSTRUMENT_ID}/versions`);
    assert.equal(copy.statusCode, 201, copy.body);
    assert.equal(copy.json().version, 2);
    const detail = (await call(sa, 'GET', `${I}/${copy.json().id}`)).json();
    assert.equal(detail.frozen, false);
    assert.equal(detail.copiedFrom, EXAMPLE_INSTRUMENT_ID);
    assert.equal(detail.questionCount, 29);
    assert.equal((await call(sa, 'POST', `${I}/${EXAMPLE_INSTRUMENT_ID}/versions`)).statusCode, 409);
  });

  test('cycles: tiers and dates are checked against the instrument', async () => {
    const overlap = await call(
      sa,
      'POST',
      C,
      readyCycle(2030, {
        tiers: [
          { name: 'A', min: 0, max: 60 },
          { name: 'B', min: 50, max: 100 },
        ],
      }),
    );
    assert.equal(overlap.statusCode, 422);
    assert.deepEqual(Object.keys(fieldsOf(overlap)), ['tiers.B.min']);
    const above = await call(sa, 'POST', C, readyCycle(2030, { tiers: [{ name: 'A', min: 0, max: 120 }] }));
    assert.deepEqual(fieldsOf(above), {
      'tiers.A.max': 'Batas atas melebihi nilai total maksimal instrumen.',
    });
    const dates = readyCycle(2030);
    dates.stages.final = { start: '2030-11-15', end: '2030-11-10' };
    const bad = await call(sa, 'POST', C, dates);
    assert.deepEqual(Object.keys(fieldsOf(bad)).sort(), ['stages.final.end', 'stages.final.start']);
    const unknown = await call(
      sa,
      'POST',
      C,
      readyCycle(2030, { instrumentId: '00000000-0000-4000-8000-000000000000' }),
    );
    assert.equal(unknown.statusCode, 422);
    const ok = await call(sa, 'POST', C, readyCycle(2030));
    assert.equal(ok.statusCode, 201, ok.body);
    assert.equal((await call(sa, 'POST', C, readyCycle(2030))).statusCode, 409);
  });

  test('opening freezes the instrument and tells every region’s DP3A; an open cycle keeps its tiers', async () => {
    const draftInstrument = (await call(sa, 'POST', `${I}/import`, tinyDefinition('UJI-SIKLUS'))).json();
    const noDates = readyCycle(2031, {
      instrumentId: draftInstrument.id,
      tiers: [{ name: 'Pratama', min: 5, max: 10 }],
    });
    noDates.stages.field_verification = { start: null, end: null };
    const created = (await call(sa, 'POST', C, noDates)).json();
    assert.equal(created.status, 'draft');
    assert.equal((await call(admin, 'GET', `${C}/${created.id}`)).statusCode, 404);
    const refused = await call(sa, 'POST', `${C}/${created.id}/open`, { version: created.version });
    assert.equal(refused.statusCode, 422);
    assert.deepEqual(Object.keys(fieldsOf(refused)).sort(), [
      'stages.field_verification.end',
      'stages.field_verification.start',
    ]);
    const updated = await call(sa, 'PUT', `${C}/${created.id}`, {
      ...readyCycle(2031, {
        instrumentId: draftInstrument.id,
        tiers: [{ name: 'Pratama', min: 5, max: 10 }],
      }),
      version: created.version,
    });
    assert.equal(updated.statusCode, 200, updated.body);
    const opened = await call(sa, 'POST', `${C}/${created.id}/open`, { version: updated.json().version });
    assert.equal(opened.statusCode, 200, opened.body);
    assert.equal(opened.json().status, 'open');
    assert.ok(opened.json().notified >= 1);
    const [frozen] = await t.database.db
      .select()
      .from(evaluationInstruments)
      .where(eq(evaluationInstruments.id, draftInstrument.id));
    assert.equal(frozen.frozen, true);
    const adminInbox = await countOf(
      t,
      sql`select count(*) from notifications n join users u on u.id = n.user_id where u.username = 'demo.admin' and n.kind = 'evaluation_cycle_opened'`,
    );
    assert.equal(adminInbox, 1);
    const provInbox = await t.database.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.kind, 'evaluation_cycle_opened'),
          sql`${notifications.userId} in (select id from users where role <> 'admin_daerah')`,
        ),
      );
    assert.equal(provInbox.length, 0, 'only DP3A is told');
    // Frozen: importing its code again starts a new version instead of changing it.
    const next = await call(sa, 'POST', `${I}/import`, tinyDefinition('UJI-SIKLUS'));
    assert.deepEqual([next.json().version, next.json().replaced], [2, false]);
    const v = opened.json().version;
    assert.equal((await call(sa, 'POST', `${C}/${created.id}/open`, { version: v })).statusCode, 409);
    const tiersChanged = await call(sa, 'PUT', `${C}/${created.id}`, {
      ...readyCycle(2031, {
        instrumentId: draftInstrument.id,
        tiers: [{ name: 'Pratama', min: 1, max: 10 }],
      }),
      version: v,
    });
    assert.equal(tiersChanged.statusCode, 409);
    const extended = readyCycle(2031, {
      instrumentId: draftInstrument.id,
      tiers: [{ name: 'Pratama', min: 5, max: 10 }],
    });
    extended.stages.self_assessment.end = '2031-09-20';
    const moved = await call(sa, 'PUT', `${C}/${created.id}`, { ...extended, version: v });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal(moved.json().stages.self_assessment.end, '2031-09-20');
    assert.equal((await call(prov, 'GET', `${C}/${created.id}`)).statusCode, 200);
    assert.equal((await call(sa, 'DELETE', `${C}/${created.id}`)).statusCode, 409);
    const closed = await call(sa, 'POST', `${C}/${created.id}/close`, { version: moved.json().version });
    assert.equal(closed.json().status, 'closed');
    const audits = await t.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'evaluation_cycle'), eq(auditLog.entityId, created.id)));
    assert.deepEqual(audits.map((a) => a.action).sort(), ['create', 'update', 'update', 'update', 'update']);
  });
});
