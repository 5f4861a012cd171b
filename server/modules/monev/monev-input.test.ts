/**
 * Monev refuses bad input with a 4xx naming the field, storing nothing: figures (negative, not a
 * number, groups above the sex totals, realisation above the pagu without confirmation), the
 * quarter (outside the plan year), text (NUL, oversized, a huge body), and evidence files (wrong
 * kind by their bytes — a renamed .exe —, empty, too large). Accepted evidence is served only to
 * readers of the report and removed with its record.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { readAll } from '../../lib/file-store/index.js';
import { TINY_PNG } from '../letterhead/letterhead.test-data.js';
import { multipart } from '../imports/test-helpers.js';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';
import { removeDemo } from '../../db/seed/demo.js';
import { sweepEvidence } from './sweep.js';
import { addResponsiveLine, client, emptyQuarter, YEAR } from './test-helpers.js';

async function storedKeys(t: TestApp): Promise<string[]> {
  const keys: string[] = [];
  for await (const f of t.files.list('monev/')) keys.push(f.key);
  return keys;
}

describe('monev bad input and evidence files', () => {
  let t: TestApp;
  let api: ReturnType<typeof client>;
  let apiEn: ReturnType<typeof client>;
  let operator: string;
  let pokja: string;
  let lineId: string;
  let reportId: string;
  const url = (q: string) => `/api/sub-activities/${lineId}/monev/${q}`;
  const upload = (name: string, content: Buffer, cookie = operator) => {
    const file = multipart(name, content);
    return t.app.inject({
      method: 'POST',
      url: `/api/monev/${reportId}/evidence`,
      headers: { ...file.headers, cookie },
      payload: file.payload,
    });
  };

  before(async () => {
    t = await createTestApp({ env: { EVIDENCE_MAX_MB: '1' } });
    api = client(t);
    apiEn = client(t, 'en');
    operator = await t.login('demo.operator');
    pokja = await t.login('demo.pokja');
    lineId = await addResponsiveLine(t, 'Dinkes', { code: '1.02.02.2.02.0071', budget: '10000000.00' });
    const draft = await api.put(url(`${YEAR}-Q1`), operator, emptyQuarter());
    assert.equal(draft.statusCode, 200, draft.body);
    reportId = draft.json().id;
  });
  after(() => t.close());

  const save = (changes: Record<string, unknown>) =>
    api.put(url(`${YEAR}-Q1`), operator, emptyQuarter({ version: 1, ...changes }));
  const refusedField = async (res: Awaited<ReturnType<typeof save>>, status: number, field: string) => {
    assert.equal(res.statusCode, status, res.body);
    const fields = res.json().error.fields ?? {};
    assert.ok(fields[field], `expected ${field} in ${JSON.stringify(fields)}`);
    return fields[field] as string;
  };

  test('figures: negative, not a number, too many decimals, group above its sex total, men in a women-only group', async () => {
    assert.match(
      await refusedField(await save({ budgetRealised: '-5000' }), 422, 'budgetRealised'),
      /negatif/,
    );
    assert.match(
      await refusedField(await save({ budgetRealised: 'lima juta' }), 422, 'budgetRealised'),
      /angka/,
    );
    await refusedField(await save({ physicalRealised: '1,234' }), 422, 'physicalRealised');
    await refusedField(await save({ budgetRealised: '10,5551' }), 422, 'budgetRealised');
    await refusedField(await save({ beneficiaries: { P: -1, L: 0 } }), 422, 'beneficiaries.P');
    await refusedField(await save({ beneficiaries: { P: 2.5, L: 0 } }), 422, 'beneficiaries.P');
    await refusedField(
      await save({ beneficiaries: { P: 10, L: 5, group: { lansia: { P: 12, L: 0 } } } }),
      422,
      'beneficiaries.group.lansia.P',
    );
    await refusedField(
      await save({ beneficiaries: { P: 10, L: 5, group: { ibu_hamil: { P: 3, L: 1 } } } }),
      422,
      'beneficiaries.group.ibu_hamil.L',
    );
    await refusedField(
      await save({ beneficiaries: { P: 10, L: 5, age: { anak: { P: 6, L: 0 }, dewasa: { P: 6, L: 0 } } } }),
      422,
      'beneficiaries.age.anak.P',
    );
    await refusedField(await save({ genderIndicators: { nope: '5' } }), 422, 'genderIndicators');
    // A wrong type is refused by the schema, still naming the field; English on request.
    const wrongType = await apiEn.put(url(`${YEAR}-Q1`), operator, emptyQuarter({ version: 1, kendala: 42 }));
    assert.equal(wrongType.statusCode, 400);
    assert.ok(wrongType.json().error.fields.kendala);
    const english = await apiEn.put(
      url(`${YEAR}-Q1`),
      operator,
      emptyQuarter({ version: 1, budgetRealised: '-1' }),
    );
    assert.equal(english.json().error.fields.budgetRealised, 'Must not be negative.');
    // Nothing was stored by any refusal: the draft is still version 1 with zero realised.
    const now = (await api.get(`/api/monev/${reportId}`, operator)).json();
    assert.equal(now.version, 1);
    assert.equal(now.budgetRealised.cumulative, '0.00');
  });

  test('above the pagu or the target: refused unless confirmed with a reason, then flagged', async () => {
    await refusedField(await save({ budgetRealised: '12000000' }), 422, 'budgetRealised');
    await refusedField(await save({ physicalRealised: '250' }), 422, 'physicalRealised');
    await refusedField(
      await save({ budgetRealised: '12000000', overConfirmed: true, overReason: ' ' }),
      422,
      'overReason',
    );
    const ok = await save({
      budgetRealised: '12000000',
      overConfirmed: true,
      overReason: 'Tambahan anggaran dari APBD Perubahan belum tercatat di pagu.',
    });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.deepEqual(
      ok.json().flags.map((f: { code: string }) => f.code),
      ['over_pagu'],
    );
    const back = await save({ version: 2 });
    assert.equal(back.statusCode, 200, back.body);
  });

  test('the quarter: outside the plan year, malformed, not a gender-responsive line', async () => {
    await refusedField(await api.get(url(`${YEAR - 1}-Q4`), operator), 422, 'period');
    await refusedField(await api.put(url(`${YEAR + 1}-Q1`), operator, emptyQuarter()), 422, 'period');
    await refusedField(await api.get(url(`${YEAR}-Q5`), operator), 400, 'period');
    const neutral = await addResponsiveLine(t, 'Dinkes', {
      code: '1.02.02.2.02.0072',
      argCategory: 'netral',
    });
    await refusedField(
      await api.get(`/api/sub-activities/${neutral}/monev/${YEAR}-Q1`, operator),
      422,
      'subActivityId',
    );
  });

  test('evidence: sniffed by content; a renamed .exe, an empty or oversized file leaves no row and no file', async () => {
    const before = await storedKeys(t);
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(200, 1)]);
    await refusedField(await upload('foto-kegiatan.png', exe), 422, 'file');
    await refusedField(await upload('kosong.pdf', Buffer.alloc(0)), 422, 'file');
    const html = Buffer.from('<html><script>alert(1)</script></html>');
    await refusedField(await upload('laporan.pdf', html), 422, 'file');
    // A zip that is not an Office file, even named .docx.
    const zip = Buffer.from('504b0304140000000000' + '00'.repeat(40), 'hex');
    await refusedField(await upload('notulen.docx', zip), 422, 'file');
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1024 * 1024 + 10, 0x20)]);
    await refusedField(await upload('besar.pdf', big), 413, 'file');
    assert.deepEqual(await storedKeys(t), before);
    assert.equal(await countOf(t, sql`select count(*) from monev_evidence`), 0);

    const pdf = await upload(
      'daftar hadir.pdf',
      Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n'),
    );
    assert.equal(pdf.statusCode, 201, pdf.body);
    assert.equal(pdf.json().contentType, 'application/pdf');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Daftar hadir').addRow(['Nama', 'L/P']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const sheet = await upload('daftar-hadir.bin', xlsx);
    assert.equal(sheet.statusCode, 201, sheet.body);
    assert.equal(
      sheet.json().contentType,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const photo = await upload('foto.jpg', TINY_PNG);
    assert.equal(photo.json().contentType, 'image/png', 'the bytes decide, not the name');

    // Readers of the report download it; the pokja reads but does not add files.
    const got = await api.get(`/api/monev/${reportId}/evidence/${photo.json().id}`, pokja);
    assert.equal(got.statusCode, 200);
    assert.equal(got.headers['content-type'], 'image/png');
    assert.match(String(got.headers['content-disposition']), /^attachment; filename="foto.jpg"/);
    assert.deepEqual(got.rawPayload, TINY_PNG);
    assert.equal((await upload('foto.png', TINY_PNG, pokja)).statusCode, 403);
    const listed = await api.get(`/api/monev/${reportId}/evidence`, pokja);
    assert.equal(listed.json().items.length, 3);

    // Removed with its record: the file goes too.
    const keys = await storedKeys(t);
    assert.equal(keys.length, before.length + 3);
    const [row] = (
      (await t.database.db.execute(
        sql`select file_key from monev_evidence where id = ${photo.json().id}`,
      )) as unknown as { rows: { file_key: string }[] }
    ).rows;
    assert.deepEqual(await readAll(t.files, row.file_key), TINY_PNG);
    const removed = await api.delete(`/api/monev/${reportId}/evidence/${photo.json().id}`, operator);
    assert.equal(removed.statusCode, 200, removed.body);
    assert.equal(await t.files.stat(row.file_key), null);
    assert.equal(
      (await api.get(`/api/monev/${reportId}/evidence/${photo.json().id}`, pokja)).statusCode,
      404,
    );
    assert.equal(
      await countOf(t, sql`select count(*) from audit_log where entity = 'monev_evidence'`),
      4,
      'three uploads and one removal audited',
    );
  });

  test('the sweep removes stored evidence files that no record names, and keeps the others', async () => {
    const kept = await storedKeys(t);
    assert.equal(kept.length, 2);
    const orphan = `monev/72.71/${reportId}/00000000-0000-4000-8000-000000000000`;
    await t.files.put(orphan, 'bytes of an upload whose row never committed');
    // Within the grace period nothing is touched.
    assert.equal(await sweepEvidence(t.database.db, t.files, new Date(Date.now() - 60_000)), 0);
    assert.equal(await sweepEvidence(t.database.db, t.files, new Date(Date.now() + 1000)), 1);
    assert.deepEqual((await storedKeys(t)).sort(), kept.sort());
  });

  test('text: a NUL character, an oversized note or reason, and a huge body are refused naming the field', async () => {
    await refusedField(await save({ kendala: 'jalan rusak\u0000' }), 400, 'kendala');
    await refusedField(await save({ tindakLanjut: 'x'.repeat(4001) }), 400, 'tindakLanjut');
    await refusedField(await save({ overReason: 'y'.repeat(1001) }), 400, 'overReason');
    // A body far beyond any report is stopped before it is read into a report.
    const huge = await save({ kendala: 'z'.repeat(3_000_000) });
    assert.ok(huge.statusCode >= 400 && huge.statusCode < 500, huge.body);
    // A formula-looking note is only text: kept as typed (exports neutralise it, as the CSV writer does).
    const { version } = (await api.get(`/api/monev/${reportId}`, operator)).json();
    const formula = await save({ version, kendala: '=HYPERLINK("http://x","klik")' });
    assert.equal(formula.statusCode, 200, formula.body);
    assert.equal(formula.json().kendala, '=HYPERLINK("http://x","klik")');
  });

  test('removing the demo removes monev reports on demo lines, and their files once that committed', async () => {
    const demoLine = await addResponsiveLine(t, 'Dinkes', { code: '1.02.02.2.02.0073' });
    await t.database.db.execute(sql`update sub_activities set is_demo = true where id = ${demoLine}`);
    const draft = await api.put(`/api/sub-activities/${demoLine}/monev/${YEAR}-Q1`, operator, emptyQuarter());
    assert.equal(draft.statusCode, 200, draft.body);
    const file = multipart('foto.png', TINY_PNG);
    const uploaded = await t.app.inject({
      method: 'POST',
      url: `/api/monev/${draft.json().id}/evidence`,
      headers: { ...file.headers, cookie: operator },
      payload: file.payload,
    });
    assert.equal(uploaded.statusCode, 201, uploaded.body);
    const keysBefore = await storedKeys(t);
    await removeDemo(t.database.db);
    assert.equal(
      await countOf(t, sql`select count(*) from monev_reports where sub_activity_id = ${demoLine}`),
      0,
    );
    assert.equal(
      await countOf(t, sql`select count(*) from monev_evidence where report_id = ${draft.json().id}`),
      0,
    );
    // The deletion queued the removal of the files (migration 0025's trigger); the queue runs it.
    await t.app.jobs.runDue();
    assert.equal((await storedKeys(t)).length, keysBefore.length - 1);
    assert.equal(
      await sweepEvidence(t.database.db, t.files, new Date(Date.now() + 1000)),
      0,
      'no orphan left',
    );
  });
});
