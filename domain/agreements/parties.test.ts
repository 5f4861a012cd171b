import assert from 'node:assert/strict';
import { test } from 'node:test';
import { agreementProblems, type PartyInput } from './parties.js';

const region: PartyInput = { kind: 'region', documentNumber: '100.3/1/HK', signedOn: '2025-01-15' };
const court: PartyInput = {
  kind: 'other',
  name: 'Pengadilan Agama Palu',
  documentNumber: 'W21-A1/1',
  signedOn: '2025-01-15',
};
const base = { status: 'signed' as const, startsOn: '2025-01-15', endsOn: '2027-01-14' };

test('two signed parties with numbers and dates are fine', () => {
  assert.deepEqual(agreementProblems({ ...base, parties: [region, court] }), {});
});

test('end before start names endsOn; one party names parties', () => {
  assert.deepEqual(agreementProblems({ ...base, endsOn: '2025-01-14', parties: [region] }), {
    endsOn: 'agreement_ends_before_start',
    parties: 'agreement_parties_too_few',
  });
});

test('the same party twice names the later one; "other" compares names without case and spacing', () => {
  assert.deepEqual(
    agreementProblems({ ...base, parties: [region, court, { ...court, name: ' pengadilan  agama PALU ' }] }),
    { 'parties.2': 'agreement_party_duplicate' },
  );
  assert.deepEqual(agreementProblems({ ...base, parties: [region, court, region] }), {
    'parties.2': 'agreement_party_duplicate',
  });
  const opd = { kind: 'opd' as const, refId: 'x', documentNumber: '1', signedOn: '2025-01-15' };
  assert.deepEqual(agreementProblems({ ...base, parties: [opd, court, opd] }), {
    'parties.2': 'agreement_party_duplicate',
  });
});

test('a reference for registry parties, a name for others', () => {
  assert.deepEqual(
    agreementProblems({
      ...base,
      status: 'draft',
      parties: [{ kind: 'institution' }, { kind: 'other', name: ' ' }],
    }),
    { 'parties.0.refId': 'agreement_party_ref_required', 'parties.1.name': 'agreement_party_name_required' },
  );
});

test('a draft may leave numbers and dates out; a signed agreement may not', () => {
  const bare = [{ kind: 'region' as const }, { kind: 'other' as const, name: 'Pengadilan Agama Palu' }];
  assert.deepEqual(agreementProblems({ ...base, status: 'draft', parties: bare }), {});
  assert.deepEqual(agreementProblems({ ...base, parties: bare }), {
    'parties.0.documentNumber': 'agreement_party_number_required',
    'parties.0.signedOn': 'agreement_party_date_required',
    'parties.1.documentNumber': 'agreement_party_number_required',
    'parties.1.signedOn': 'agreement_party_date_required',
  });
});
