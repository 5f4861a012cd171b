import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';
import { multipart } from '../imports/test-helpers.js';

const YEAR = 2032;
const url = `/api/regions/72.71/sub-activities/import?year=${YEAR}`;

async function xlsx(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Data');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('planning: budget import', () => {
  let t: TestApp;
  let admin: string;
  let operator: string;
  const lines = () => countOf(t, sql`select count(*) from sub_activities where year = ${YEAR}`);
  const upload = (name: string, content: Buffer | string, cookie = admin) => {
    const body = multipart(name, content);
    return t.app.inject({ method: 'POST', url, headers: { ...body.headers, cookie }, payload: body.payload });
  };
  before(async () => {
    t = await createTestApp();
    [admin, operator] = await Promise.all([t.login('demo.admin'), t.login('demo.operator')]);
  });
  after(() => t.close());

  test('the template downloads as a workbook', async () => {
    const res = await t.app.inject({
      url: '/api/sub-activities/import-template.xlsx',
      headers: { cookie: operator },
    });
    assert.equal(res.statusCode, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    assert.equal(workbook.worksheets[0].getRow(1).getCell(6).value, 'Pagu');
  });

  test('a good XLSX creates lines, then a second file updates them and adds one', async () => {
    const file = await xlsx([
      ['Perangkat Daerah', 'Kode Sub Kegiatan', 'Uraian', 'Indikator Keluaran', 'Target', 'Anggaran'],
      [
        'Dinkes',
        '1.02.02.02.02.0001',
        'Pengelolaan Pelayanan Kesehatan Ibu Hamil',
        'Ibu hamil terlayani',
        '4.850 orang',
        486750000,
      ],
      [
        'dinas kesehatan',
        '1.02.02.2.02.0002',
        'Pengelolaan Pelayanan Kesehatan Ibu Bersalin',
        '',
        '',
        '312.500.000,50',
      ],
      ['', '', 'Jumlah Dinas Kesehatan', '', '', 799250000.5],
      [
        'DP3A',
        '2.08.02.2.02.0001',
        'Sosialisasi Peningkatan Partisipasi Perempuan',
        'Perempuan terlatih',
        '120 orang',
        215400000,
      ],
      ['', '', 'TOTAL', '', '', 215400000],
    ]);
    const res = await upload('pagu.xlsx', file);
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json(), { created: 3, updated: 0, total: 3, totalBudget: '1014650000.50' });
    assert.equal(await lines(), 3);
    const [row] = (
      (await t.database.db.execute(
        sql`select budget::text as budget, code from sub_activities where year = ${YEAR} and name like '%Bersalin'`,
      )) as unknown as { rows: { budget: string; code: string }[] }
    ).rows;
    assert.deepEqual(row, { budget: '312500000.50', code: '1.02.02.2.02.0002' });

    const csv =
      'OPD;Kode;Nama;Indikator;Target;Pagu\n' +
      'Dinkes;1.02.02.2.02.0001;Pengelolaan Pelayanan Kesehatan Ibu Hamil;Ibu hamil terlayani;5.000 orang;500.000.000\n' +
      'Dinsos;1.06.04.2.01.0001;Penyediaan Permakanan;;;125.000.000\n';
    const again = await upload('pagu.csv', csv);
    assert.equal(again.statusCode, 200, again.body);
    assert.equal(again.json().created, 1);
    assert.equal(again.json().updated, 1);
    assert.equal(await lines(), 4);
    assert.ok(await countOf(t, sql`select count(*) from audit_log where entity = 'sub_activity_import'`));
  });

  test('a bad file is refused whole, with every row error, and writes nothing', async () => {
    const before = await lines();
    const file = await xlsx([
      ['OPD', 'Kode', 'Nama', 'Indikator', 'Target', 'Pagu'],
      ['Dinas Entah', '1.02.02.2.02.0003', 'Bayi Baru Lahir', '', '', 100],
      ['Dinkes', '1.02.02', 'Program saja', '', '', 100],
      ['Dinkes', '1.02.02.2.02.0004', '', '', '', 'seratus'],
      ['Dinkes', '1.02.02.2.02.0048', 'Imunisasi', '', '', -5],
      ['Dinkes', '1.02.02.2.02.0015', 'Gizi', '', '', 100],
      ['Dinkes', '1.02.02.02.02.0015', 'Gizi lagi', '', '', 100],
      ['', '', 'Jumlah', '', '', 999],
      ['Dinkes', '1.02.02.2.02.0043', 'Kawasan Tanpa Rokok', '', '', 50],
    ]);
    const res = await upload('salah.xlsx', file);
    assert.equal(res.statusCode, 422, res.body);
    const rows = res.json().error.rows as { row: number; column: string; message: string }[];
    const at = (row: number, column: string) => rows.find((r) => r.row === row && r.column === column);
    assert.match(at(2, 'OPD')!.message, /Dinas Entah/);
    assert.match(at(3, 'Kode')!.message, /sub-kegiatan/);
    assert.ok(at(4, 'Nama'));
    assert.match(at(4, 'Pagu')!.message, /seratus/);
    assert.match(at(5, 'Pagu')!.message, /negatif/);
    assert.match(at(7, 'Kode')!.message, /baris 6/);
    assert.match(at(8, 'Pagu')!.message, /Rp 999.*Rp 400|seharusnya Rp 400/);
    assert.match(res.json().error.message, /Tidak ada data yang disimpan/);
    assert.equal(await lines(), before);
  });

  test('missing columns, and only the admin may import', async () => {
    const res = await upload('x.csv', 'OPD;Nama\nDinkes;X\n');
    assert.equal(res.statusCode, 422);
    assert.match(res.json().error.rows[0].message, /code.*budget|Kolom/);
    const denied = await upload('x.csv', 'OPD;Kode;Nama;Pagu\nDinkes;1.02.02.2.02.0003;X;1\n', operator);
    assert.equal(denied.statusCode, 403);
  });
});
