/** Members and headers as people write them: labels, `label (code)`, headings above codes. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AMBIGUOUS, memberLookup } from './catalog.js';
import { isHeaderProblem, mapHeader } from './layout.js';
import { resolveMember } from './row-check.js';

const lookup = memberLookup([
  { code: '15-24', labelId: '15–24 tahun', labelEn: '15–24 years' },
  { code: 'ya', labelId: 'Ya', labelEn: 'Yes' },
  // Two members that share a label: it names neither.
  { code: 'a1', labelId: 'Lainnya', labelEn: 'Other' },
  { code: 'a2', labelId: 'Lainnya', labelEn: 'Others' },
  // A label equal to another member's code never hides that code.
  { code: 'x', labelId: 'ya', labelEn: 'x' },
]);

test('a member is found by code, by either label, or by "label (code)"', () => {
  assert.equal(resolveMember(lookup, '15-24'), '15-24');
  assert.equal(resolveMember(lookup, '15–24 TAHUN'), '15-24');
  assert.equal(resolveMember(lookup, '15–24 years'), '15-24');
  assert.equal(resolveMember(lookup, '15–24 tahun (15-24)'), '15-24');
  assert.equal(resolveMember(lookup, 'Lainnya (a2)'), 'a2');
  assert.equal(resolveMember(lookup, 'ya'), 'ya');
  assert.equal(resolveMember(lookup, 'Other'), 'a1');
});

test('a shared label is ambiguous, an unknown text unknown', () => {
  assert.equal(resolveMember(lookup, 'Lainnya'), AMBIGUOUS);
  assert.equal(resolveMember(lookup, 'Lainnya (zz)'), undefined);
  assert.equal(resolveMember(lookup, 'tidak ada'), undefined);
});

test('a header cell names its column by heading, by the code beneath it, or by a code in brackets', () => {
  const sets = new Set(['umur8']);
  const names = new Map([['kelompok_umur_(8_kelompok)', 'umur8']]);
  const stacked = mapHeader(
    ['Kode indikator\nindicator_code', 'Periode\nperiod', 'Umur\numur8', 'Perempuan\nP', 'Laki-laki\nL'],
    sets,
  );
  assert.ok(!isHeaderProblem(stacked));
  assert.deepEqual(stacked.dimensions, [{ set: 'umur8', index: 2 }]);
  assert.deepEqual(stacked.names.slice(0, 2), ['Kode indikator', 'Periode'], 'errors name the heading');
  const inline = mapHeader(
    [
      'Indicator code (indicator_code)',
      'Period',
      'Kelompok umur (8 kelompok)',
      'Value',
      'Sex',
      'Alasan ditolak',
    ],
    sets,
    names,
  );
  assert.ok(!isHeaderProblem(inline), JSON.stringify(inline));
  assert.deepEqual(inline.dimensions, [{ set: 'umur8', index: 2 }]);
  const unknown = mapHeader(
    ['Kode indikator', 'Periode', 'Nilai', 'Jenis kelamin', 'Umur (tidak ada)'],
    sets,
  );
  assert.ok(isHeaderProblem(unknown) && unknown.code === 'import_unknown_columns');
});
