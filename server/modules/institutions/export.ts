/**
 * The registry's spreadsheet side: the import template (XLSX with an example row and the
 * codes of types, fields and kecamatan on a second sheet) and the export of a region's
 * registry as XLSX or CSV. The export's first columns are the template's, so an exported file
 * can be corrected and imported into another region; it never carries staff or accounts.
 * Text cells are defused as formulas in both formats (server/lib/csv-writer.ts neutraliseCell).
 */
import { asc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { SERVICE_FIELDS } from '../../../domain/institutions/constants.js';
import type { Db } from '../../db/connection.js';
import { institutions } from '../../db/schema-institutions.js';
import type { Actor } from '../../lib/actor.js';
import { csvBuffer, neutraliseCell, type CsvCell } from '../../lib/csv-writer.js';
import { registryManager, registryReader } from './access.js';
import { kecamatanOf, standingOn, todayInRegion, typesOfRegion } from './queries.js';

/** The import's columns, in the template's order (import.ts reads them by these names). */
export const IMPORT_COLUMNS = [
  'nama',
  'jenis',
  'pemilik',
  'nomor_badan_hukum',
  'tanggal_badan_hukum',
  'bidang',
  'alamat',
  'kecamatan',
  'telepon',
  'email',
  'situs_web',
  'deskripsi',
  'tampil_di_direktori',
  'lintang',
  'bujur',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

const EXPORT_EXTRA = ['status', 'standardisasi', 'berlaku_sampai', 'nomor_keputusan'] as const;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function defused(row: CsvCell[]): CsvCell[] {
  return row.map((c) => (typeof c === 'string' ? neutraliseCell(c) : c));
}

async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function importTemplate(db: Db, actor: Actor | null, regionCode: string) {
  await registryManager(db, actor, regionCode);
  const [types, kecamatan] = await Promise.all([typesOfRegion(db, regionCode), kecamatanOf(db, regionCode)]);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Lembaga');
  sheet.addRow([...IMPORT_COLUMNS]).font = { bold: true };
  const [firstKecamatan] = kecamatan.keys();
  sheet.addRow([
    'CONTOH — Yayasan Perempuan Sejahtera (hapus baris ini)',
    'lplpp',
    'masyarakat',
    'AHU-0012345.AH.01.04.TAHUN 2019',
    '2019-03-02',
    'ekonomi, sosial',
    'Jl. Contoh No. 1',
    firstKecamatan ?? '',
    '0451 400000',
    'lembaga@contoh.id',
    'https://contoh.id',
    'Pelatihan usaha dan pendampingan perempuan kepala keluarga.',
    'ya',
    '',
    '',
  ]);
  sheet.columns.forEach((c, i) => (c.width = i === 0 || i === 6 || i === 11 ? 40 : 18));
  for (const col of [4, 5, 9]) sheet.getColumn(col).numFmt = '@';
  const notes = workbook.addWorksheet('Petunjuk');
  const lines: string[][] = [
    ['Satu baris per lembaga. Kolom wajib: nama, jenis, pemilik, bidang, alamat.'],
    ['pemilik: pemerintah (unit pemerintah) atau masyarakat (organisasi berbadan hukum; nomor AHU wajib).'],
    ['tanggal: YYYY-MM-DD atau DD/MM/YYYY. bidang: satu kode atau lebih, dipisah koma.'],
    ['tampil_di_direktori: ya atau tidak (lembaga memilih tampil di direktori publik).'],
    ['Nama dan alamat yang sama dengan lembaga terdaftar atau dengan baris lain ditolak.'],
    [
      'Jika ada baris yang salah, tidak ada yang disimpan dan setiap kesalahan disebutkan dengan baris dan kolomnya.',
    ],
    [],
    ['jenis (kode)', 'nama'],
    ...types.map((t) => [t.code, t.nameId]),
    [],
    ['bidang (kode)'],
    ...SERVICE_FIELDS.map((f) => [f]),
    [],
    ['kecamatan (kode)', 'nama'],
    ...[...kecamatan].map(([code, name]) => [code, name]),
  ];
  for (const line of lines) notes.addRow(line);
  notes.getColumn(1).width = 30;
  notes.getColumn(2).width = 60;
  return {
    fileName: `templat-lembaga-${regionCode}.xlsx`,
    contentType: XLSX_TYPE,
    body: await workbookBuffer(workbook),
  };
}

export async function exportInstitutions(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  format: 'csv' | 'xlsx',
) {
  await registryReader(db, actor, regionCode);
  const today = todayInRegion(regionCode);
  const [types, rows] = await Promise.all([
    typesOfRegion(db, regionCode),
    db
      .select()
      .from(institutions)
      .where(eq(institutions.regionCode, regionCode))
      .orderBy(asc(institutions.nameKey)),
  ]);
  const typeCode = new Map(types.map((t) => [t.id, t.code]));
  const header = [...IMPORT_COLUMNS, ...EXPORT_EXTRA];
  const data: CsvCell[][] = rows.map((r) => [
    r.name,
    typeCode.get(r.typeId) ?? '',
    r.ownerKind,
    r.legalEntityNumber,
    r.legalEntityDate,
    r.fields.join(', '),
    r.address,
    r.kecamatanCode,
    r.phone,
    r.email,
    r.website,
    r.description,
    r.listedPublicly ? 'ya' : 'tidak',
    r.latitude,
    r.longitude,
    r.status,
    standingOn(r, today),
    r.standardValidUntil,
    r.standardDecisionNumber,
  ]);
  const base = `lembaga-layanan-${regionCode}-${today}`;
  if (format === 'csv') {
    return {
      fileName: `${base}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: csvBuffer([header, ...data], { delimiter: ';', bom: true }),
    };
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Lembaga');
  sheet.addRow(header).font = { bold: true };
  for (const row of data) sheet.addRow(defused(row).map((c) => c ?? null));
  sheet.columns.forEach((c, i) => (c.width = i === 0 || i === 6 || i === 11 ? 40 : 16));
  return { fileName: `${base}.xlsx`, contentType: XLSX_TYPE, body: await workbookBuffer(workbook) };
}
