import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchKabKotaShapes, normaliseRegionName, provinceCodeOf } from './region-names.js';

const provinces = [
  { code: '31', name: 'Daerah Khusus Ibukota Jakarta', parentCode: null },
  { code: '32', name: 'Jawa Barat', parentCode: null },
  { code: '17', name: 'Bengkulu', parentCode: null },
  { code: '12', name: 'Sumatera Utara', parentCode: null },
];
const kabKota = [
  { code: '32.01', name: 'Kabupaten Bogor', parentCode: '32' },
  { code: '32.71', name: 'Kota Bogor', parentCode: '32' },
  { code: '17.06', name: 'Kabupaten Mukomuko', parentCode: '17' },
  { code: '31.71', name: 'Kota Administrasi Jakarta Pusat', parentCode: '31' },
  { code: '31.01', name: 'Kabupaten Administrasi Kepulauan Seribu', parentCode: '31' },
  { code: '12.77', name: 'Kota Padangsidimpuan', parentCode: '12' },
];

test('names compare without Kabupaten/Administrasi, case, punctuation and spaces', () => {
  assert.equal(normaliseRegionName('Kabupaten Administrasi Kepulauan Seribu'), 'kepulauanseribu');
  assert.equal(normaliseRegionName('Muko Muko'), normaliseRegionName('Kabupaten Mukomuko'));
  assert.equal(normaliseRegionName('Kota Pare-Pare'), 'kotaparepare');
  assert.notEqual(normaliseRegionName('Kota Bogor'), normaliseRegionName('Kabupaten Bogor'));
});

test('provinces by name, DKI Jakarta through its alias, unknown as null', () => {
  assert.equal(provinceCodeOf('Jawa Barat', provinces), '32');
  assert.equal(provinceCodeOf('DKI Jakarta', provinces), '31');
  assert.equal(provinceCodeOf('Atlantis', provinces), null);
});

test('a kabupaten and the city of the same name stay apart; aliases; what is left is listed', () => {
  const shapes = [
    { province: 'Jawa Barat', name: 'Kota Bogor' },
    { province: 'Jawa Barat', name: 'Bogor' },
    { province: 'Bengkulu', name: 'Muko Muko' },
    { province: 'DKI Jakarta', name: 'Kota Administrasi Jakarta Pusat' },
    { province: 'Sumatera Utara', name: 'Kota Padang Sidempuan' },
    { province: 'Jawa Barat', name: 'Bogor' },
    { province: 'Bengkulu', name: 'Kota Bogor' },
    { province: 'Atlantis', name: 'Bogor' },
  ];
  const result = matchKabKotaShapes(shapes, provinces, kabKota);
  assert.deepEqual(
    result.matched.map((m) => m.code),
    ['32.71', '32.01', '17.06', '31.71', '12.77', null, null, null],
  );
  assert.deepEqual(
    result.withoutCode.map((s) => `${s.province}/${s.name}`),
    ['Jawa Barat/Bogor', 'Bengkulu/Kota Bogor', 'Atlantis/Bogor'],
    'a second shape for a taken code, a name in the wrong province, an unknown province',
  );
  assert.deepEqual(
    result.withoutShape.map((r) => r.code),
    ['31.01'],
  );
});
