/**
 * The import template of an index (docs/api-indices.md): the shape the BPS table import reads
 * (import.ts) — regions down the first column, years across the header — prefilled with the
 * regions the user may write (the region and, for a province, its kab/kota) and the five years
 * before this one, and an instructions sheet in the request's language. One component per
 * file, as BPS publishes them: the component and the source are chosen at the import.
 */
import ExcelJS from 'exceljs';
import { canManageIndexValues } from '../../../domain/indices/access.js';
import { INDEX_NAMES, type IndexCode } from '../../../domain/indices/constants.js';
import type { Db } from '../../db/connection.js';
import type { Actor } from '../../lib/actor.js';
import { neutraliseCell } from '../../lib/csv-writer.js';
import { Forbidden, NotFound } from '../../lib/errors.js';
import { CONTENT_TYPES } from '../../lib/file-store/sniff.js';
import type { Language } from '../../lib/messages.js';
import { requireActor } from '../../lib/permissions.js';
import { regionsInScope } from './import.js';

const YEARS = 5;

const TEXT = {
  id: {
    table: 'Tabel',
    guide: 'Petunjuk',
    region: 'Wilayah',
    lines: (index: string) => [
      `Templat impor ${index}: satu komponen per berkas (misalnya UHH perempuan), atau nilai indeks yang dirilis BPS.`,
      'Saat mengimpor di Setara, pilih komponen yang diisi dan tulis sumbernya (misalnya tabel statis BPS dan tahun terbitnya).',
      'Baris: satu wilayah per baris, namanya seperti ditulis BPS atau kodenya (72.71 atau 7271) di kolom pertama.',
      'Kolom: satu tahun per kolom, judulnya tahun (2023, atau 2023* untuk angka sementara). Tambah atau hapus kolom tahun sesuai tabel.',
      'Sel kosong, "-" atau "..." berarti tidak ada angka. Angka ditulis seperti di Excel (71,5).',
      'Pengeluaran per kapita boleh dalam ribu rupiah seperti tabel BPS (11.899 berarti Rp11.899.000).',
      'Jika ada sel yang ditolak, tidak ada yang disimpan; setiap penolakan disebut dengan baris dan tahunnya.',
      'Tabel statis BPS berbentuk sama (wilayah ke bawah, tahun ke samping) dapat diimpor langsung tanpa templat ini.',
    ],
  },
  en: {
    table: 'Table',
    guide: 'Instructions',
    region: 'Region',
    lines: (index: string) => [
      `${index} import template: one component per file (e.g. women's life expectancy), or the index value BPS published.`,
      'When importing in Setara, choose the component the file holds and name its source (e.g. the BPS static table and its year).',
      'Rows: one region per row, its name as BPS writes it or its code (72.71 or 7271) in the first column.',
      'Columns: one year per column, headed by the year (2023, or 2023* for a provisional figure). Add or remove year columns as the table has them.',
      'An empty cell, "-" or "..." means no figure. Numbers as Excel writes them (71.5).',
      'Expenditure per capita may be in thousands of Rupiah as in BPS tables (11,899 means Rp11,899,000).',
      'If any cell is refused, nothing is stored; each refusal is named by its row and year.',
      'A BPS static table of the same shape (regions down, years across) can be imported as it is, without this template.',
    ],
  },
} satisfies Record<Language, unknown>;

export async function indexImportTemplate(
  db: Db,
  actor: Actor | null,
  target: { code: string; index: IndexCode },
  lang: Language,
  now = new Date(),
) {
  const a = requireActor(actor);
  if (!canManageIndexValues(a, target.code)) throw new Forbidden();
  const scope = await regionsInScope(db, target.code);
  if (!scope.codes.has(target.code)) throw new NotFound();
  const text = TEXT[lang];
  const lastYear = now.getUTCFullYear() - 1;
  const years = Array.from({ length: YEARS }, (_, i) => String(lastYear - YEARS + 1 + i));

  const workbook = new ExcelJS.Workbook();
  // The import reads the first sheet.
  const table = workbook.addWorksheet(text.table);
  table.addRow([text.region, ...years]).font = { bold: true };
  for (const r of scope.rows) {
    if (canManageIndexValues(a, r.code)) table.addRow([neutraliseCell(r.name)]);
  }
  table.getColumn(1).width = 36;
  for (let i = 2; i <= years.length + 1; i++) table.getColumn(i).width = 12;
  table.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];

  const guide = workbook.addWorksheet(text.guide);
  const indexName = `${target.index.toUpperCase()} (${INDEX_NAMES[target.index][lang]})`;
  for (const line of text.lines(indexName)) guide.addRow([line]);
  guide.getColumn(1).width = 120;

  return {
    fileName: `templat-${target.index}-${target.code}.xlsx`,
    contentType: CONTENT_TYPES.xlsx,
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}
