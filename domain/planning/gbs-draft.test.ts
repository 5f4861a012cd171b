import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkCompleteness } from './gap-rules.js';
import { completeGap } from './gap-test-fixture.js';
import {
  composeSituationAnalysis,
  describeFigure,
  draftGbs,
  gbsTotal,
  prefillStep1,
  type GapDataFigure,
  type NomenclaturePath,
  type SubActivityFacts,
} from './gbs-draft.js';

const path: NomenclaturePath = {
  urusan: { code: '1', name: 'Urusan Pemerintahan Wajib yang Berkaitan dengan Pelayanan Dasar' },
  bidang: { code: '1.02', name: 'Urusan Pemerintahan Bidang Kesehatan' },
  program: {
    code: '1.02.02',
    name: 'Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat',
  },
  kegiatan: {
    code: '1.02.02.2.02',
    name: 'Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota',
  },
  subKegiatan: null,
};

const sub: SubActivityFacts = {
  code: '1.02.02.2.02.0001',
  name: 'Pengelolaan Pelayanan Kesehatan Ibu Hamil',
  outputIndicator: 'Jumlah ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar',
  target: '3.200 orang',
  budget: '486750000.00',
};

const figure: GapDataFigure = {
  refId: 'd1',
  indicatorCode: 'KES_PERSALINAN_NAKES_PERSEN',
  indicatorName: 'Persentase persalinan ditolong tenaga kesehatan',
  unit: 'persen',
  year: 2023,
  female: 93.456,
  male: null,
  total: null,
  source: 'Dinas Kesehatan',
  missing: false,
};

describe('draftGbs', () => {
  test('one component per action; budgets add up to the sub-kegiatan budget to the sen', () => {
    const gbs = draftGbs(completeGap(), { ...sub, budget: '100000.01' }, path);
    assert.deepEqual(
      gbs.components.map((c) => [c.actionId, c.budget]),
      [
        ['a1', '50000.00'],
        ['a2', '50000.01'],
      ],
    );
    assert.equal(gbsTotal(gbs), '100000.01');
    const three = completeGap();
    three.step7.actions.push({ id: 'a3', text: 'Pencatatan terpilah', output: '', addresses: ['c1'] });
    const split = draftGbs(three, sub, path);
    assert.deepEqual(
      split.components.map((c) => c.budget),
      ['162250000.00', '162250000.00', '162250000.00'],
    );
    const odd = draftGbs(three, { ...sub, budget: '1.00' }, path);
    assert.deepEqual(
      odd.components.map((c) => c.budget),
      ['0.33', '0.33', '0.34'],
    );
    assert.equal(checkCompleteness(completeGap(), gbs, null).ready, true);
  });

  test('output from the sub-kegiatan, outcome from step 9, analysis from steps 2–5 with live figures', () => {
    const gbs = draftGbs(completeGap(), sub, path, { figures: [figure] });
    assert.equal(gbs.outputIndicator, sub.outputIndicator);
    assert.equal(gbs.outputTarget, '3.200 orang');
    assert.equal(gbs.outcome, 'Cakupan K6: 90 %');
    const a = gbs.situationAnalysis;
    assert.match(
      a,
      /Persentase persalinan ditolong tenaga kesehatan \(2023\): perempuan 93,46%\. Cakupan belum merata/,
    );
    assert.match(a, /Kelas ibu hamil jarang dihadiri suami\./);
    assert.match(
      a,
      /Faktor kesenjangan gender:\n- Akses: Ibu hamil di kelurahan lereng bukit[^\n]*\n- Partisipasi: Suami/,
    );
    assert.match(a, /Sebab kesenjangan internal:\n- Kelas dijadwalkan pada jam kerja\./);
    assert.match(a, /Sebab kesenjangan eksternal:\n- Kehamilan dianggap urusan perempuan saja\./);
  });

  test('without resolved figures the analysis names the indicator code; missing values say so', () => {
    assert.match(composeSituationAnalysis(completeGap()), /KES_PERSALINAN_NAKES_PERSEN \(2023\)/);
    assert.equal(
      describeFigure({ ...figure, missing: true, female: null }),
      'Persentase persalinan ditolong tenaga kesehatan (2023): data belum tersedia',
    );
    assert.equal(
      describeFigure({ ...figure, unit: 'orang', female: 1200, male: 1100, total: 2300 }),
      'Persentase persalinan ditolong tenaga kesehatan (2023): perempuan 1.200 orang, laki-laki 1.100 orang, total 2.300 orang',
    );
  });

  test('redrafting keeps edited budgets of existing actions and manual components; new actions share the rest', () => {
    const first = draftGbs(completeGap(), sub, path);
    first.components[0].budget = '400000000.00';
    first.components.push({ id: 'm1', actionId: null, name: 'Honor narasumber', budget: '6750000.00' });
    const gap = completeGap();
    gap.step7.actions = [
      gap.step7.actions[0],
      { id: 'a9', text: 'Kunjungan rumah oleh kader', output: '', addresses: ['f2', 'c1', 'c2'] },
    ];
    const again = draftGbs(gap, sub, path, { previous: first });
    assert.deepEqual(
      again.components.map((c) => [c.id, c.actionId, c.budget]),
      [
        [first.components[0].id, 'a1', '400000000.00'],
        ['k-a9', 'a9', '80000000.00'],
        ['m1', null, '6750000.00'],
      ],
    );
    assert.equal(gbsTotal(again), sub.budget);
    // Kept budgets above the line leave nothing for new actions, never a negative amount.
    first.components[0].budget = '500000000.00';
    const over = draftGbs(gap, sub, path, { previous: first });
    assert.equal(over.components[1].budget, '0.00');
  });
});

describe('prefillStep1', () => {
  test('names program, kegiatan and sub-kegiatan, and the output as objective', () => {
    const s1 = prefillStep1(path, sub);
    assert.equal(
      s1.policy,
      [
        'Program: Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat (1.02.02)',
        'Kegiatan: Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota (1.02.02.2.02)',
        'Sub Kegiatan: Pengelolaan Pelayanan Kesehatan Ibu Hamil (1.02.02.2.02.0001)',
      ].join('\n'),
    );
    assert.equal(s1.objective, `${sub.outputIndicator} (target: 3.200 orang)`);
    const unknown = prefillStep1({ ...path, program: null, kegiatan: null }, { ...sub, outputIndicator: '' });
    assert.equal(
      unknown.policy,
      'Sub Kegiatan: Pengelolaan Pelayanan Kesehatan Ibu Hamil (1.02.02.2.02.0001)',
    );
    assert.equal(unknown.objective, '');
  });
});
