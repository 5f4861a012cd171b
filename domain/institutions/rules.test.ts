import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addressKeyOf, duplicatesWithin, nameKeyOf } from './duplicates.js';
import { legalEntityProblems } from './legal-entity.js';
import { profileGaps } from './profile.js';
import { standingFilterParts, standingOf, STANDINGS } from './standing.js';

test('standingOf: terstandar until and including its last valid day, kedaluwarsa the day after', () => {
  const s = { status: 'terstandar' as const, validUntil: '2026-12-31' };
  assert.equal(standingOf(s, '2026-12-30'), 'terstandar');
  assert.equal(standingOf(s, '2026-12-31'), 'terstandar');
  assert.equal(standingOf(s, '2027-01-01'), 'kedaluwarsa');
  assert.equal(standingOf({ status: 'terstandar', validUntil: null }, '2099-01-01'), 'terstandar');
  // Only a standardisation expires; a refusal or a dossier in progress is what it is.
  for (const status of ['belum', 'proses', 'perlu_perbaikan', 'ditolak'] as const) {
    assert.equal(standingOf({ status, validUntil: '2020-01-01' }, '2026-01-01'), status);
  }
});

test('standingFilterParts agrees with standingOf for every standing', () => {
  for (const standing of STANDINGS) {
    const parts = standingFilterParts(standing);
    const validUntil = parts.expired === true ? '2020-01-01' : parts.expired === false ? '2030-01-01' : null;
    assert.equal(standingOf({ status: parts.status, validUntil }, '2026-06-01'), standing);
  }
});

test('duplicates: one name at one address, case, punctuation and abbreviations aside', () => {
  assert.equal(nameKeyOf('  Yayasan  Sikola Mombine '), nameKeyOf('YAYASAN SIKOLA-MOMBINE'));
  assert.equal(addressKeyOf('Jl. Basuki Rahmat No. 12'), addressKeyOf('jalan basuki rahmat nomor 12'));
  assert.notEqual(addressKeyOf('Jl. Basuki Rahmat No. 12'), addressKeyOf('Jl. Basuki Rahmat No. 21'));
  const rows = [
    { name: 'KPKPST', address: 'Jl. Kimaja 5' },
    { name: 'LBH APIK Sulteng', address: 'Jl. Tanjung Manimbaya 3' },
    { name: 'kpkpst', address: 'Jalan Kimaja 5' },
    { name: 'KPKPST', address: 'Jl. Kimaja 7' },
    { name: 'K.P.K.P.S.T', address: 'jl kimaja no 5' },
  ];
  assert.deepEqual([...duplicatesWithin(rows)], [[2, 0]]);
  // Letters run together differ from letters with dots between: "kpkpst" vs "k p k p s t".
  assert.notEqual(nameKeyOf('K.P.K.P.S.T'), nameKeyOf('KPKPST'));
});

test('legal entity: a community organisation needs a well-formed AHU number of the decree’s year', () => {
  const today = '2026-12-04';
  const m = (legalEntityNumber: string | null, legalEntityDate: string | null = null) =>
    legalEntityProblems({ ownerKind: 'masyarakat', legalEntityNumber, legalEntityDate }, today);
  assert.deepEqual(m('AHU-0012345.AH.01.07.TAHUN 2019', '2019-03-02'), {});
  assert.deepEqual(m('ahu-12345.AH.01.04.Tahun 2018'), {});
  assert.deepEqual(m('AHU-0001234.AH.01.07.TH 2021'), {});
  assert.deepEqual(m('AHU-0001234.AH.01.07.2021'), {});
  assert.deepEqual(m(null), { legalEntityNumber: 'legal_number_required' });
  assert.deepEqual(m('  '), { legalEntityNumber: 'legal_number_required' });
  assert.deepEqual(m('12345/2019'), { legalEntityNumber: 'legal_number_malformed' });
  assert.deepEqual(m('AHU-0012345.AH.01.07.TAHUN 2019', '2020-01-01'), {
    legalEntityDate: 'legal_year_mismatch',
  });
  assert.deepEqual(m('AHU-0012345.AH.01.07.TAHUN 2027', '2027-01-01'), {
    legalEntityDate: 'legal_date_future',
  });
  // A government unit's founding regulation is free text.
  assert.deepEqual(
    legalEntityProblems(
      { ownerKind: 'pemerintah', legalEntityNumber: 'Perwali 12/2019', legalEntityDate: null },
      today,
    ),
    {},
  );
  assert.deepEqual(
    legalEntityProblems(
      { ownerKind: 'pemerintah', legalEntityNumber: null, legalEntityDate: '2030-01-01' },
      today,
    ),
    { legalEntityDate: 'legal_date_future' },
  );
});

test('profileGaps names what the directory and the standardisation still need', () => {
  const full = {
    phone: '0451 421234',
    email: null,
    kecamatanCode: '72.71.01',
    ownerKind: 'masyarakat' as const,
    legalEntityNumber: 'AHU-0012345.AH.01.07.TAHUN 2019',
    legalEntityDate: '2019-03-02',
    description: 'Pendampingan hukum bagi perempuan.',
    hasLogo: true,
    leaders: 1,
  };
  assert.deepEqual(profileGaps(full), []);
  assert.deepEqual(
    profileGaps({
      ...full,
      phone: null,
      kecamatanCode: null,
      leaders: 0,
      legalEntityDate: null,
      description: ' ',
      hasLogo: false,
    }),
    ['contact', 'kecamatan', 'leader', 'legal_entity', 'description', 'logo'],
  );
  // A government unit has no legal-entity decree to give.
  assert.deepEqual(
    profileGaps({ ...full, ownerKind: 'pemerintah', legalEntityNumber: null, legalEntityDate: null }),
    [],
  );
});
