/**
 * The budget import template: the column layout the import reads, with two sample lines and a
 * total row, so a region can paste its planning system's export under the same headers.
 */
import ExcelJS from 'exceljs';

export const TEMPLATE_HEADERS = [
  'OPD',
  'Kode Sub Kegiatan',
  'Nama Sub Kegiatan',
  'Indikator Keluaran',
  'Target',
  'Pagu',
];

export async function budgetTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sub Kegiatan');
  sheet.addRow(TEMPLATE_HEADERS).font = { bold: true };
  sheet.addRow([
    'Dinkes',
    '1.02.02.2.02.0001',
    'Pengelolaan Pelayanan Kesehatan Ibu Hamil',
    'Ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar',
    '4.850 orang',
    486750000,
  ]);
  sheet.addRow([
    'DP3A',
    '2.08.02.2.02.0001',
    'Sosialisasi Peningkatan Partisipasi Perempuan di Bidang Politik, Hukum, Sosial, dan Ekonomi',
    'Perempuan yang mengikuti pelatihan kepemimpinan',
    '120 orang',
    215400000,
  ]);
  sheet.addRow(['', '', 'Jumlah', '', '', 702150000]).font = { bold: true };
  sheet.getColumn(2).numFmt = '@';
  sheet.getColumn(6).numFmt = '#,##0.00';
  [14, 20, 60, 50, 14, 18].forEach((width, i) => (sheet.getColumn(i + 1).width = width));

  const notes = workbook.addWorksheet('Petunjuk');
  for (const line of [
    'Satu baris per sub-kegiatan. OPD: nama atau singkatan OPD (mis. "Dinkes").',
    'Kode: kode SIPD sampai sub-kegiatan, mis. 2.08.02.2.01.0001 (2.08.02.02.01.0001 juga diterima).',
    'Pagu: angka tanpa "Rp"; desimal paling banyak dua.',
    'Baris "Jumlah"/"Total" tanpa kode diperiksa: harus sama dengan jumlah baris sejak baris jumlah sebelumnya.',
    'Jika ada baris yang salah, seluruh berkas ditolak dan setiap kesalahan disebutkan.',
  ]) {
    notes.addRow([line]);
  }
  notes.getColumn(1).width = 110;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
