import assert from 'node:assert/strict';
import { test } from 'node:test';
import { officialNomenclature } from './nomenclature.js';

test('the shipped nomenclature: valid normalised codes, each parent listed, the rows others rely on', () => {
  const rows = officialNomenclature();
  const byCode = new Map(rows.map((r) => [r.code, r]));
  assert.equal(byCode.size, rows.length);
  for (const r of rows) {
    if (r.parentCode !== null) assert.ok(byCode.has(r.parentCode), `${r.code} has no parent ${r.parentCode}`);
    assert.ok(r.name.trim().length > 0, r.code);
    assert.equal(r.source, 'Kepmendagri 050-5889/2021');
  }
  const name = (code: string) => byCode.get(code)?.name;
  assert.equal(name('1.02.02.2.02.0001'), 'Pengelolaan Pelayanan Kesehatan Ibu Hamil');
  assert.equal(
    name('1.02.02'),
    'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT',
  );
  assert.equal(
    name('1.02.02.2.02'),
    'Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota',
  );
  assert.equal(
    name('2.08.02.2.02.0001'),
    'Sosialisasi Peningkatan Partisipasi Perempuan di Bidang Politik, Hukum, Sosial, dan Ekonomi',
  );
  assert.equal(name('2.08.02'), 'PROGRAM PENGARUSUTAMAAN GENDER DAN PEMBERDAYAAN PEREMPUAN');
  assert.equal(name('2.08'), 'URUSAN PEMERINTAHAN BIDANG PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK');
  assert.equal(name('4.01.01'), 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA');
  // Every program of 2.08 and every kegiatan under its PUG program.
  for (const p of ['01', '02', '03', '04', '05', '06', '07']) assert.ok(byCode.has(`2.08.${p}`), p);
  for (const k of ['2.01', '2.02', '2.03']) assert.ok(byCode.has(`2.08.02.${k}`), k);
});
