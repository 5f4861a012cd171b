import assert from 'node:assert/strict';
import { test } from 'node:test';
import { totalsProblems, type ServiceFigures } from './totals.js';

const ok: ServiceFigures = {
  kind: 'pelatihan_keterampilan',
  servicesCount: 4,
  female: 30,
  male: 5,
  ageGroups: { '0_17': 2, '18_24': 8, '25_44': 15, '45_59': 7, '60_plus': 3 },
  targetGroups: { perempuan: 30, lansia: 3, anak: 2, disabilitas: 1, ibu_hamil: null },
  familyDimensions: [],
};

test('a record whose age groups add up to its sexes has no problem', () => {
  assert.deepEqual(totalsProblems(ok), {});
});

test('age groups that do not add up to women + men name ageGroups', () => {
  assert.deepEqual(totalsProblems({ ...ok, male: 6 }), { ageGroups: 'services_age_total_mismatch' });
});

test('beneficiaries without a service name servicesCount; none at all is a valid empty quarter', () => {
  assert.deepEqual(totalsProblems({ ...ok, servicesCount: 0 }), { servicesCount: 'services_count_missing' });
  const zero = { '0_17': 0, '18_24': 0, '25_44': 0, '45_59': 0, '60_plus': 0 };
  assert.deepEqual(
    totalsProblems({ ...ok, servicesCount: 0, female: 0, male: 0, ageGroups: zero, targetGroups: {} }),
    {},
  );
});

test('each target group is bounded by the beneficiaries it belongs to', () => {
  assert.deepEqual(totalsProblems({ ...ok, targetGroups: { perempuan: 31 } }), {
    'targetGroups.perempuan': 'services_target_exceeds',
  });
  assert.deepEqual(totalsProblems({ ...ok, targetGroups: { ibu_hamil: 31 } }), {
    'targetGroups.ibu_hamil': 'services_target_exceeds',
  });
  assert.deepEqual(totalsProblems({ ...ok, targetGroups: { lansia: 4, anak: 3, disabilitas: 36 } }), {
    'targetGroups.lansia': 'services_target_exceeds',
    'targetGroups.anak': 'services_target_exceeds',
    'targetGroups.disabilitas': 'services_target_exceeds',
  });
  assert.deepEqual(totalsProblems({ ...ok, targetGroups: { lansia: 3, anak: 2, disabilitas: 35 } }), {});
});

test('family kinds need the Permen PPPA 6/2013 dimensions, other kinds may not name them', () => {
  assert.deepEqual(totalsProblems({ ...ok, kind: 'konseling_keluarga' }), {
    familyDimensions: 'services_dimensions_required',
  });
  assert.deepEqual(
    totalsProblems({ ...ok, kind: 'konseling_keluarga', familyDimensions: ['sosial_psikologi'] }),
    {},
  );
  assert.deepEqual(totalsProblems({ ...ok, familyDimensions: ['ketahanan_ekonomi'] }), {
    familyDimensions: 'services_dimensions_not_family',
  });
  assert.deepEqual(
    totalsProblems({
      ...ok,
      kind: 'kelas_pengasuhan',
      familyDimensions: ['ketahanan_fisik', 'ketahanan_fisik'],
    }),
    { 'familyDimensions.1': 'services_dimension_duplicate' },
  );
});
