import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { completeGap } from './gap-test-fixture.js';
import { draftGbs, type NomenclaturePath } from './gbs-draft.js';
import { DEFAULT_LEGAL_BASIS, draftTor, sexOfIndicator, spreadMonths } from './tor-draft.js';
import { checkCompleteness } from './gap-rules.js';

const path: NomenclaturePath = {
  urusan: null,
  bidang: null,
  program: { code: '1.02.02', name: 'Pemenuhan Upaya Kesehatan' },
  kegiatan: null,
  subKegiatan: null,
};
const sub = {
  code: '1.02.02.2.02.0001',
  name: 'Pengelolaan Pelayanan Kesehatan Ibu Hamil',
  outputIndicator: 'Jumlah ibu hamil yang mendapatkan pelayanan',
  target: '3.200 orang',
  budget: '486750000.00',
};

describe('draftTor', () => {
  test('spreads actions over the year in order, each at least one month', () => {
    assert.deepEqual(spreadMonths(2), [
      [1, 2, 3, 4, 5, 6],
      [7, 8, 9, 10, 11, 12],
    ]);
    assert.deepEqual(spreadMonths(1), [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]]);
    const many = spreadMonths(15);
    assert.equal(many.length, 15);
    assert.ok(many.every((m) => m.length >= 1 && m.every((x) => x >= 1 && x <= 12)));
    assert.deepEqual(spreadMonths(0), []);
  });

  test('an indicator counts the sex it names first', () => {
    assert.equal(sexOfIndicator('Suami yang mengikuti kelas ibu hamil'), 'L');
    assert.equal(sexOfIndicator('Ibu hamil yang mendapat pelayanan K6'), 'P');
    assert.equal(sexOfIndicator('Perempuan peserta pelatihan kepemimpinan'), 'P');
    assert.equal(sexOfIndicator('Cakupan K6'), null);
  });

  test('background, objective, beneficiaries by sex, method, schedule and cost from the GAP and GBS', () => {
    const gap = completeGap();
    const gbs = draftGbs(gap, sub, path);
    const tor = draftTor(gap, sub, path, gbs, { implementer: 'Dinas Kesehatan Kota Palu' });
    assert.match(
      tor.background,
      /Sub kegiatan Pengelolaan Pelayanan Kesehatan Ibu Hamil \(1\.02\.02\.2\.02\.0001\) merupakan bagian dari Program Pemenuhan Upaya Kesehatan/,
    );
    assert.match(tor.background, /Faktor kesenjangan gender/);
    assert.equal(tor.objective, gap.step6.objective);
    assert.equal(tor.beneficiaries.women, '3200 orang');
    assert.equal(tor.beneficiaries.men, '400 orang');
    assert.match(tor.beneficiaries.description, /Sasaran sub kegiatan: 3\.200 orang\./);
    assert.match(tor.method, /akses dan partisipasi yang setara bagi perempuan dan laki-laki/);
    assert.match(tor.method, /1\. Pelayanan antenatal keliling[^\n]*\(keluaran: 24 kunjungan\)/);
    assert.match(tor.method, /Biaya kegiatan sebesar Rp 486\.750\.000 sesuai Lembar GBS\./);
    assert.deepEqual(
      tor.schedule.map((s) => [s.activity, s.months[0], s.months.at(-1)]),
      [
        ['Pelayanan antenatal keliling ke kelurahan lereng bukit', 1, 6],
        ['Kelas ibu hamil Sabtu pagi bersama pasangan', 7, 12],
      ],
    );
    assert.equal(tor.legalBasis, DEFAULT_LEGAL_BASIS);
    assert.equal(tor.implementer, 'Dinas Kesehatan Kota Palu');
    assert.equal(checkCompleteness(gap, gbs, tor).ready, true);
  });

  test('a program name that already says "Program" is not doubled', () => {
    const caps = {
      ...path,
      program: { code: '2.08.02', name: 'PROGRAM PENGARUSUTAMAAN GENDER DAN PEMBERDAYAAN PEREMPUAN' },
    };
    const tor = draftTor(completeGap(), sub, caps, null);
    assert.match(
      tor.background,
      /merupakan bagian dari PROGRAM PENGARUSUTAMAAN GENDER DAN PEMBERDAYAAN PEREMPUAN, dengan/,
    );
  });

  test('redrafting keeps legal basis, location and implementer the operator wrote', () => {
    const gap = completeGap();
    const first = draftTor(gap, sub, path, null);
    const edited = {
      ...first,
      legalBasis: 'Perwali Palu',
      location: 'Puskesmas Talise',
      implementer: 'Bidang Kesmas',
    };
    const again = draftTor(gap, sub, path, null, { previous: edited, implementer: 'Dinkes' });
    assert.equal(again.legalBasis, 'Perwali Palu');
    assert.equal(again.location, 'Puskesmas Talise');
    assert.equal(again.implementer, 'Bidang Kesmas');
    assert.doesNotMatch(again.method, /Biaya kegiatan/);
  });
});
