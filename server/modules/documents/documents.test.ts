import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import pdf from 'pdf-parse/lib/pdf-parse.js';
import { dataValues } from '../../db/schema-data.js';
import { opd } from '../../db/schema.js';
import { DEMO_SIGNATORIES } from '../../db/seed/demo-letterhead.js';
import { formatNumber } from '../../lib/pdf/format.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TINY_PNG } from '../letterhead/letterhead.test-data.js';
import { FIXTURE_BUDGET_TEXT, FIXTURE_YEAR, insertDocument } from './test-fixture.js';

const ORIGIN = 'http://localhost:80';
const DINKES_LINE = { code: '1.02.02.2.02.0001', name: 'Pengelolaan Pelayanan Kesehatan Ibu Hamil' };
const DP3A_LINE = { code: '2.08.02.2.01.0001', name: 'Pelatihan Kepemimpinan Perempuan di Kelurahan' };
const DATE =
  /Palu, \d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}/;
const dinkesHead = DEMO_SIGNATORIES.find((s) => s.opdShortName === 'Dinkes')!;
const dp3aHead = DEMO_SIGNATORIES.find((s) => s.opdShortName === 'DP3A')!;

/** pdf-parse breaks lines where the layout does; compare on single spaces. */
const textOf = async (body: Buffer) => (await pdf(body)).text.replace(/\s+/g, ' ');

async function workbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ExcelJS.Buffer);
  return wb;
}

/** The first row whose first cell is `label`. */
function rowLabelled(sheet: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (!found && row.getCell(1).value === label) found = row;
  });
  assert.ok(found, `row "${label}"`);
  return found;
}

function sheetText(sheet: ExcelJS.Worksheet): string {
  const parts: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => parts.push(String(cell.value))));
  return parts.join(' | ');
}

describe('official exports: GAP, GBS, TOR', () => {
  let t: TestApp;
  let admin: string;
  let operator: string;
  let dinkesDoc: string;
  let dp3aDoc: string;
  let dinsosDoc: string;
  let undrafted: string;
  const ids = new Map<string, string>();
  before(async () => {
    t = await createTestApp();
    [admin, operator] = await Promise.all([t.login('demo.admin'), t.login('demo.operator')]);
    for (const r of await t.database.db.select().from(opd).where(eq(opd.regionCode, '72.71')))
      ids.set(r.shortName, r.id);
    dinkesDoc = await insertDocument(t.database.db, { opdId: ids.get('Dinkes')!, ...DINKES_LINE });
    dp3aDoc = await insertDocument(t.database.db, { opdId: ids.get('DP3A')!, ...DP3A_LINE, tor: null });
    dinsosDoc = await insertDocument(t.database.db, {
      opdId: ids.get('Dinsos')!,
      code: '1.06.04.2.01.0001',
      name: 'Rehabilitasi Sosial Uji',
      year: FIXTURE_YEAR + 1,
    });
    undrafted = await insertDocument(t.database.db, {
      opdId: ids.get('Dinkes')!,
      code: '1.02.02.2.02.0002',
      name: 'Belum Ada GBS',
      year: FIXTURE_YEAR + 1,
      status: 'draft',
      gbs: null,
      tor: null,
    });
  });
  after(() => t.close());

  const get = (url: string, cookie?: string) => t.app.inject({ url, headers: cookie ? { cookie } : {} });

  test('GBS PDF: the form with letterhead, sub-kegiatan, exact amount and signature', async () => {
    const res = await get(`/api/gap/${dinkesDoc}/export/gbs.pdf`, operator);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.equal(
      res.headers['content-disposition'],
      `attachment; filename="GBS-Dinkes-${FIXTURE_YEAR}-${DINKES_LINE.code}.pdf"`,
    );
    const text = await textOf(res.rawPayload);
    for (const expected of [
      'PEMERINTAH KOTA PALU',
      'DINAS KESEHATAN',
      'GENDER BUDGET STATEMENT',
      '(Pernyataan Anggaran Gender)',
      DINKES_LINE.name,
      DINKES_LINE.code,
      FIXTURE_BUDGET_TEXT,
      'Rp 312.500.000',
      'Rp 174.250.000',
      'Analisa Situasi',
      'Alokasi Anggaran',
      'Dampak/Hasil Keluaran',
      dinkesHead.name,
      `NIP. ${dinkesHead.nip}`,
      dinkesHead.rank,
      'DIAJUKAN — menunggu persetujuan',
    ]) {
      assert.ok(text.includes(expected), `GBS PDF shows "${expected}"`);
    }
    assert.match(text, DATE);
    assert.ok(text.includes('Jl. Balai Kota Selatan'), 'the demo address');
  });

  test('GAP matrix PDF: grouped headings, nine columns, live step 2 figure', async () => {
    const res = await get(`/api/gap/${dinkesDoc}/export/gap.pdf`, admin);
    assert.equal(res.statusCode, 200, res.body);
    const text = await textOf(res.rawPayload);
    for (const expected of [
      'MATRIKS GENDER ANALYSIS PATHWAY (GAP)',
      'Isu Gender',
      'Kebijakan dan Rencana ke Depan',
      'Pengukuran Hasil',
      'Data Pembuka Wawasan',
      'Faktor Kesenjangan',
      'Sebab Kesenjangan Internal',
      'Sebab Kesenjangan Eksternal',
      'Reformulasi Tujuan',
      'Rencana Aksi',
      'Indikator Gender',
      '(9)',
      'Akses',
      'Partisipasi',
      'Kelas dijadwalkan pada jam kerja.',
      'Kehamilan dianggap urusan perempuan saja.',
      DINKES_LINE.name,
      `NIP. ${dinkesHead.nip}`,
    ]) {
      assert.ok(text.includes(expected), `GAP PDF shows "${expected}"`);
    }
    const [p] = await t.database.db
      .select({ value: dataValues.value })
      .from(dataValues)
      .where(
        and(
          eq(dataValues.regionCode, '72.71'),
          eq(dataValues.indicatorCode, 'KES_UHH'),
          eq(dataValues.period, '2024'),
          eq(dataValues.sex, 'P'),
        ),
      );
    const figure = formatNumber(Number(p.value), 2);
    assert.match(figure, /^\d+,\d\d$/);
    assert.ok(text.includes(`P ${figure}`), `step 2 prints the live value ${figure}`);
  });

  test('TOR PDF: numbered sections, beneficiaries by sex, month grid and cost', async () => {
    const res = await get(`/api/gap/${dinkesDoc}/export/tor.pdf`, admin);
    assert.equal(res.statusCode, 200, res.body);
    const text = await textOf(res.rawPayload);
    for (const expected of [
      'KERANGKA ACUAN KEGIATAN (KAK) RESPONSIF GENDER',
      '1. Latar Belakang',
      'a. Dasar Hukum',
      'b. Gambaran Umum',
      '2. Penerima Manfaat',
      'Perempuan: 3.200 orang',
      'Laki-laki: 400 orang',
      '3. Maksud dan Tujuan',
      '4. Cara Pelaksanaan',
      '5. Lokasi Pelaksanaan',
      '6. Pelaksana dan Penanggung Jawab',
      '7. Jadwal Pelaksanaan',
      'Des',
      '8. Biaya',
      FIXTURE_BUDGET_TEXT,
      dinkesHead.name,
    ]) {
      assert.ok(text.includes(expected), `TOR PDF shows "${expected}"`);
    }
  });

  test('GBS XLSX: cells hold the text, amounts as numbers and the total as a SUM', async () => {
    const res = await get(`/api/gap/${dinkesDoc}/export/gbs.xlsx`, operator);
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers['content-type']), /spreadsheetml/);
    const wb = await workbook(res.rawPayload);
    const sheet = wb.getWorksheet('GBS')!;
    assert.equal(sheet.getCell('A1').value, 'PEMERINTAH KOTA PALU');
    assert.equal(sheet.getCell('A2').value, 'DINAS KESEHATAN');
    assert.equal(
      rowLabelled(sheet, 'Sub Kegiatan').getCell(2).value,
      `${DINKES_LINE.code} — ${DINKES_LINE.name}`,
    );
    const plan = rowLabelled(sheet, 'Rencana Aksi').number;
    assert.deepEqual(
      [sheet.getRow(plan + 1).getCell(4).value, sheet.getRow(plan + 2).getCell(4).value],
      [312500000, 174250000],
    );
    const total = rowLabelled(sheet, 'Alokasi Anggaran').getCell(4);
    assert.deepEqual(total.value, { formula: `SUM(D${plan + 1}:D${plan + 2})`, result: 486750000 });
    assert.equal(total.numFmt, '"Rp "#,##0');
    const text = sheetText(sheet);
    assert.ok(text.includes(`NIP. ${dinkesHead.nip}`));
    assert.ok(text.includes(dinkesHead.name));
    assert.match(text, DATE);
  });

  test('GAP XLSX: the matrix with merged group headings and one row for the document', async () => {
    const res = await get(`/api/gap/${dinkesDoc}/export/gap.xlsx`, admin);
    assert.equal(res.statusCode, 200, res.body);
    const sheet = (await workbook(res.rawPayload)).getWorksheet('Matriks GAP')!;
    const head = rowLabelled(sheet, 'No');
    assert.equal(head.getCell(4).value, 'Kebijakan/Program/Kegiatan');
    assert.equal(head.getCell(5).value, 'Isu Gender');
    assert.equal(head.getCell(9).value, 'Kebijakan dan Rencana ke Depan');
    assert.equal(head.getCell(11).value, 'Pengukuran Hasil');
    assert.equal(sheet.getRow(head.number + 1).getCell(5).value, 'Data Pembuka Wawasan');
    assert.equal(sheet.getRow(head.number + 2).getCell(12).value, '(9)');
    const row = sheet.getRow(head.number + 3);
    assert.equal(row.getCell(1).value, 1);
    assert.equal(row.getCell(2).value, 'Dinas Kesehatan');
    assert.match(String(row.getCell(4).value), new RegExp(DINKES_LINE.name));
    assert.match(String(row.getCell(6).value), /^Akses:\n• Ibu hamil/);
  });

  test('TOR XLSX: sections and the month grid', async () => {
    const res = await get(`/api/gap/${dinkesDoc}/export/tor.xlsx`, admin);
    assert.equal(res.statusCode, 200, res.body);
    const sheet = (await workbook(res.rawPayload)).getWorksheet('TOR')!;
    const text = sheetText(sheet);
    assert.ok(text.includes('Perempuan: 3.200 orang'));
    const grid = rowLabelled(sheet, 'No');
    assert.equal(grid.getCell(3).value, 'Jan');
    const first = sheet.getRow(grid.number + 1);
    assert.equal(first.getCell(2).value, 'Pelayanan keliling');
    assert.equal(first.getCell(3).value, null, 'January empty');
    assert.equal(first.getCell(4).value, '■', 'February marked');
  });

  test('readers only: another OPD’s operator, another region and strangers get 404/401', async () => {
    assert.equal((await get(`/api/gap/${dp3aDoc}/export/gbs.pdf`, operator)).statusCode, 404);
    assert.equal((await get(`/api/gap/${dp3aDoc}/export/gbs.pdf`)).statusCode, 401);
    assert.equal(
      (await get('/api/gap/00000000-0000-4000-8000-000000000000/export/gbs.pdf', admin)).statusCode,
      404,
    );
    const superadmin = await t.login('demo.superadmin');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: superadmin, origin: ORIGIN },
      payload: {
        username: 'admin.poso',
        fullName: 'Admin Poso',
        role: 'admin_daerah',
        regionCode: '72.02',
        password: 'sandi-poso-1234',
      },
    });
    assert.equal(created.statusCode, 201, created.body);
    const other = await t.login('admin.poso', 'sandi-poso-1234');
    assert.equal((await get(`/api/gap/${dinkesDoc}/export/gap.xlsx`, other)).statusCode, 404);
    assert.equal(
      (await get(`/api/gap/${dp3aDoc}/export/gbs.pdf`, await t.login('demo.pokja'))).statusCode,
      200,
    );
  });

  test('a GBS or TOR not drafted yet is 422 with a message saying so', async () => {
    const gbs = await get(`/api/gap/${undrafted}/export/gbs.pdf`, operator);
    assert.equal(gbs.statusCode, 422);
    assert.match(gbs.json().error.message, /GBS dokumen ini belum disusun/);
    const tor = await t.app.inject({
      url: `/api/gap/${dp3aDoc}/export/tor.xlsx`,
      headers: { cookie: admin, 'accept-language': 'en' },
    });
    assert.equal(tor.statusCode, 422);
    assert.match(tor.json().error.message, /TOR has not been drafted/);
    assert.equal(
      (await get(`/api/gap/${undrafted}/export/gap.pdf`, operator)).statusCode,
      200,
      'the GAP itself',
    );
    assert.equal((await get(`/api/gap/${dinkesDoc}/export/gbs.docx`, operator)).statusCode, 400);
    assert.equal((await get(`/api/gap/${dinkesDoc}/export/rka.pdf`, operator)).statusCode, 400);
  });

  test('an OPD without a signatory gets its default title and blank name/NIP lines; F4 paper', async () => {
    const res = await get(`/api/gap/${dinsosDoc}/export/gbs.pdf?paper=f4`, admin);
    assert.equal(res.statusCode, 200, res.body);
    const text = await textOf(res.rawPayload);
    assert.ok(text.includes('Kepala Dinas Sosial'));
    assert.ok(text.includes('NIP. ....'));
    // F4 is 609.45 × 935.43 pt.
    assert.match(res.rawPayload.toString('latin1'), /\/MediaBox \[0 0 609\.45 935\.43\]/);
  });

  test('a letterhead logo appears in the PDF and the single-document workbook', async () => {
    const boundary = '----logo';
    const upload = await t.app.inject({
      method: 'PUT',
      url: '/api/regions/72.71/letterhead/logo',
      payload: Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="l.png"\r\n\r\n`),
        TINY_PNG,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, origin: ORIGIN, cookie: admin },
    });
    assert.equal(upload.statusCode, 200, upload.body);
    const pdfRes = await get(`/api/gap/${dinkesDoc}/export/gbs.pdf`, admin);
    assert.match(pdfRes.rawPayload.toString('latin1'), /\/Subtype \/Image/);
    const xlsx = await workbook((await get(`/api/gap/${dinkesDoc}/export/gbs.xlsx`, admin)).rawPayload);
    assert.equal(xlsx.getWorksheet('GBS')!.getImages().length, 1);
    await t.app.inject({
      method: 'DELETE',
      url: '/api/regions/72.71/letterhead/logo',
      headers: { cookie: admin, origin: ORIGIN },
    });
  });

  describe('sets', () => {
    const set = (query: string, cookie: string, format = 'pdf') =>
      get(`/api/regions/72.71/pprg-set.${format}?year=${FIXTURE_YEAR}&${query}`, cookie);

    test('the region’s GBS set holds both documents, each on its own pages', async () => {
      const res = await set('doc=gbs', admin);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(
        res.headers['content-disposition'],
        `attachment; filename="GBS-72.71-${FIXTURE_YEAR}.pdf"`,
      );
      const parsed = await pdf(res.rawPayload);
      const text = parsed.text.replace(/\s+/g, ' ');
      assert.ok(text.includes(DINKES_LINE.name) && text.includes(DP3A_LINE.name));
      assert.equal(text.split('GENDER BUDGET STATEMENT').length - 1, 2);
      assert.ok(
        text.includes(dinkesHead.name) && text.includes(dp3aHead.name),
        'each with its own signatory',
      );
      assert.ok(parsed.numpages >= 2);
    });

    test('one OPD’s set is named after it; an operator always gets their own', async () => {
      const res = await set(`doc=gbs&opdId=${ids.get('Dinkes')}`, admin);
      assert.equal(
        res.headers['content-disposition'],
        `attachment; filename="GBS-Dinkes-${FIXTURE_YEAR}.pdf"`,
      );
      const own = await textOf((await set(`doc=gbs&opdId=${ids.get('DP3A')}`, operator)).rawPayload);
      assert.ok(own.includes(DINKES_LINE.name));
      assert.ok(!own.includes(DP3A_LINE.name), 'never another OPD’s document');
    });

    test('XLSX set: one sheet per GBS; the GAP matrix has a row per document', async () => {
      const gbs = await workbook((await set('doc=gbs', admin, 'xlsx')).rawPayload);
      assert.deepEqual(
        gbs.worksheets.map((s) => s.name),
        [`GBS 1 ${DINKES_LINE.code}`, `GBS 2 ${DP3A_LINE.code}`],
        'ordered by OPD name, then code',
      );
      assert.equal(
        (rowLabelled(gbs.worksheets[0], 'Alokasi Anggaran').getCell(4).value as { result: number }).result,
        486750000,
      );
      const gap = (await workbook((await set('doc=gap', admin, 'xlsx')).rawPayload)).getWorksheet(
        'Matriks GAP',
      )!;
      const head = rowLabelled(gap, 'No');
      assert.deepEqual(
        [gap.getRow(head.number + 3).getCell(2).value, gap.getRow(head.number + 4).getCell(2).value],
        ['Dinas Kesehatan', 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak'],
      );
    });

    test('filters: TOR only where drafted; status; empty set is 404 with a message', async () => {
      const tor = await textOf((await set('doc=tor', admin)).rawPayload);
      assert.ok(tor.includes(DINKES_LINE.name) && !tor.includes(DP3A_LINE.name));
      const none = await set('doc=gbs&status=approved', admin);
      assert.equal(none.statusCode, 404);
      assert.match(none.json().error.message, /Tidak ada dokumen yang sesuai/);
      assert.equal((await set('doc=gbs&status=submitted', admin)).statusCode, 200);
      assert.equal((await get('/api/regions/72.02/pprg-set.pdf?year=2027', admin)).statusCode, 403);
      assert.equal((await get('/api/regions/72.71/pprg-set.pdf', admin)).statusCode, 400, 'year is required');
    });

    test('the set offers only the kinds that exist; a TOR set where no TOR is drafted is refused by name', async () => {
      const contents = async (query: string, cookie: string) => {
        const res = await get(`/api/regions/72.71/pprg-set?year=${FIXTURE_YEAR}${query}`, cookie);
        assert.equal(res.statusCode, 200, res.body);
        return res.json();
      };
      assert.deepEqual(await contents('', admin), { gap: 2, gbs: 2, tor: 1 });
      const dp3a = `&opdId=${ids.get('DP3A')}`;
      assert.deepEqual(await contents(dp3a, admin), { gap: 1, gbs: 1, tor: 0 });
      assert.deepEqual(await contents(dp3a, operator), { gap: 1, gbs: 1, tor: 1 }, 'an operator: their own');
      assert.deepEqual(await contents('&status=approved', admin), { gap: 0, gbs: 0, tor: 0 });

      const refused = await set(`doc=tor${dp3a}`, admin);
      assert.equal(refused.statusCode, 422, refused.body);
      assert.match(refused.json().error.message, /^Belum ada KAK\/TOR yang disusun untuk sub-kegiatan/);
      assert.equal(refused.json().error.fields.doc, refused.json().error.message);
      assert.equal((await set(`doc=gap${dp3a}`, admin)).statusCode, 200);
      assert.equal(
        (await get(`/api/regions/72.71/pprg-set?year=${FIXTURE_YEAR}&doc=tor`, admin)).statusCode,
        400,
      );
    });
  });
});
