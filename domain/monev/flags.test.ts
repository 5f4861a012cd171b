import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ZERO_CUMULATIVE, type CumulativeFigures } from './cumulative.js';
import {
  EXAMPLE_EXPECTED_SHARE,
  dayIn,
  flagsOf,
  indicatorAchievement,
  overOf,
  validateReport,
  validateSchedule,
  type MonevFlagConfig,
  type MonevFlagInput,
  type MonevReportInput,
} from './flags.js';

/** A complete Q1 report of an ARG khusus activity for women: every rule passes. */
function report(change: (r: MonevReportInput) => void = () => {}): MonevReportInput {
  const r: MonevReportInput = {
    plan: {
      argCategory: 'khusus',
      plannedFor: 'P',
      pagu: '100000000.00',
      physicalTarget: '4.00',
      indicators: [
        { id: 'i1', target: '80' },
        { id: 'i2', target: 'Meningkat' },
      ],
    },
    previous: null,
    mode: 'increment',
    typed: {
      budgetRealised: '25.000.000',
      physicalRealised: '1',
      beneficiaries: {
        P: 40,
        L: 2,
        groups: { ibu_hamil: { P: 15, L: 0 }, lansia: { P: 5, L: 2 } },
        ages: { dewasa: { P: 35, L: 2 }, lansia: { P: 5, L: 0 } },
      },
    },
    genderIndicators: [
      { id: 'i1', achieved: '20' },
      { id: 'i2', achieved: 'Kelas ibu hamil dihadiri 6 suami' },
    ],
    kendala: 'Hujan lebat menunda dua kelas.',
    tindakLanjut: 'Kelas susulan pada April.',
    evidenceCount: 2,
    overConfirmed: false,
    overReason: null,
  };
  change(r);
  return r;
}

test('a complete report has no issue, as a draft or to submit', () => {
  assert.deepEqual(validateReport(report()), []);
  assert.deepEqual(validateReport(report(), 'draft'), []);
});

test('a draft may leave boxes empty; submitting names every one', () => {
  const empty = report((r) => {
    r.typed = { budgetRealised: null, physicalRealised: '', beneficiaries: { P: null, L: undefined } };
    r.genderIndicators = [{ id: 'i1', achieved: null }];
    r.kendala = '  ';
    r.tindakLanjut = null;
    r.evidenceCount = 0;
  });
  assert.deepEqual(validateReport(empty, 'draft'), []);
  assert.deepEqual(
    validateReport(empty, 'submit').map((i) => `${i.field} ${i.code}`),
    [
      'budgetRealised monev_required',
      'physicalRealised monev_required',
      'beneficiaries.P monev_required',
      'beneficiaries.L monev_required',
      'genderIndicators.i1 monev_required',
      'genderIndicators.i2 monev_required',
      'kendala monev_required',
      'tindakLanjut monev_required',
    ],
  );
  // Without a physical target, physical output is not asked for; zero is an answer.
  const noTarget = report((r) => {
    r.plan.physicalTarget = null;
    r.typed.physicalRealised = null;
    r.typed.beneficiaries = { P: 0, L: 0 };
  });
  assert.deepEqual(validateReport(noTarget), []);
});

test('errors from the arithmetic come through with their boxes', () => {
  const issues = validateReport(
    report((r) => {
      r.previous = { ...ZERO_CUMULATIVE, budgetRealised: '30000000.00' };
      r.mode = 'cumulative';
      r.typed.budgetRealised = '25000000';
      r.typed.beneficiaries.P = '-4';
    }),
    'draft',
  );
  assert.deepEqual(issues, [
    { field: 'budgetRealised', code: 'monev_below_previous_cumulative', params: { previous: '30000000.00' } },
    { field: 'beneficiaries.P', code: 'monev_negative' },
  ]);
});

test('a target group above the beneficiaries of its sex, men in a women-only group, ages above the total', () => {
  const issues = validateReport(
    report((r) => {
      r.typed.beneficiaries = {
        P: 40,
        L: 2,
        groups: {
          ibu_hamil: { P: 15, L: 1 },
          perempuan: { P: 41, L: 0 },
          lansia: { P: 5, L: 3 },
          anak: { P: 40, L: 2 },
          penyandang_disabilitas: { P: 0, L: 0 },
        },
        ages: { anak: { P: 20, L: 1 }, dewasa: { P: 21, L: 1 } },
      };
    }),
    'draft',
  );
  assert.deepEqual(issues, [
    {
      field: 'beneficiaries.group.perempuan.P',
      code: 'monev_group_exceeds_total',
      params: { value: 41, limit: 40, scope: 'quarter' },
    },
    {
      field: 'beneficiaries.group.lansia.L',
      code: 'monev_group_exceeds_total',
      params: { value: 3, limit: 2, scope: 'quarter' },
    },
    {
      field: 'beneficiaries.group.ibu_hamil.L',
      code: 'monev_group_women_only',
      params: { value: 1, scope: 'quarter' },
    },
    {
      field: 'beneficiaries.age.anak.P',
      code: 'monev_ages_exceed_total',
      params: { value: 41, limit: 40, scope: 'quarter' },
    },
  ]);
});

test('group totals are checked on the quarter and on the year, once per box', () => {
  // Totals agree (lansia P 12 of 50) but this quarter adds 7 older women while P grows by 2.
  const previous: CumulativeFigures = {
    ...ZERO_CUMULATIVE,
    beneficiaries: { P: 48, L: 0, groups: { lansia: { P: 5, L: 0 } }, ages: {} },
  };
  const quarterOnly = report((r) => {
    r.previous = previous;
    r.mode = 'cumulative';
    r.typed.budgetRealised = null;
    r.typed.beneficiaries = { P: 50, L: 0, groups: { lansia: { P: 12, L: 0 } } };
  });
  assert.deepEqual(validateReport(quarterOnly, 'draft'), [
    {
      field: 'beneficiaries.group.lansia.P',
      code: 'monev_group_exceeds_total',
      params: { value: 7, limit: 2, scope: 'quarter' },
    },
  ]);
  // Each quarter fine alone, the year's total not: a previous report was wrong.
  const yearOnly = report((r) => {
    r.previous = {
      ...ZERO_CUMULATIVE,
      beneficiaries: { P: 5, L: 0, groups: { lansia: { P: 9, L: 0 } }, ages: {} },
    };
    r.typed.budgetRealised = null;
    r.typed.beneficiaries = { P: 3, L: 0, groups: { lansia: { P: 1, L: 0 } } };
  });
  assert.deepEqual(validateReport(yearOnly, 'draft'), [
    {
      field: 'beneficiaries.group.lansia.P',
      code: 'monev_group_exceeds_total',
      params: { value: 10, limit: 8, scope: 'cumulative' },
    },
  ]);
});

test('realisation above the target or the pagu needs a confirmation and a reason', () => {
  const over = (budget: string, physical: string, confirmed: boolean, reason: string | null) =>
    validateReport(
      report((r) => {
        r.typed.budgetRealised = budget;
        r.typed.physicalRealised = physical;
        r.overConfirmed = confirmed;
        r.overReason = reason;
      }),
      'draft',
    ).map((i) => `${i.field} ${i.code}`);
  // Exactly 100 % is not above.
  assert.deepEqual(over('100000000', '4', false, null), []);
  assert.deepEqual(over('100000000', '4.01', false, null), [
    'physicalRealised monev_over_target_unconfirmed',
  ]);
  assert.deepEqual(over('100000000.01', '4', false, null), ['budgetRealised monev_over_pagu_unconfirmed']);
  assert.deepEqual(over('100000000.01', '5', true, ' '), ['overReason monev_over_reason_missing']);
  assert.deepEqual(over('100000000.01', '5', true, 'Tambahan peserta dari kelurahan tetangga.'), []);
  // A confirmation without anything above: nothing to explain.
  assert.deepEqual(over('1', '1', true, null), []);
  assert.deepEqual(overOf({ pagu: '0.00', physicalTarget: null }, '0.01', '99.00'), {
    physical: false,
    pagu: true,
  });
});

test('evidence is required on submission when the quarter adds realisation', () => {
  const none = (change: (r: MonevReportInput) => void) =>
    report((r) => {
      r.evidenceCount = 0;
      change(r);
    });
  assert.deepEqual(validateReport(none(() => {})), [{ field: 'evidence', code: 'monev_evidence_missing' }]);
  assert.deepEqual(
    validateReport(
      none(() => {}),
      'draft',
    ),
    [],
  );
  const nothingAdded = none((r) => {
    r.typed.budgetRealised = 0;
    r.typed.physicalRealised = '0';
  });
  assert.deepEqual(validateReport(nothingAdded), []);
});

test('gender indicators: only the plan’s, and a number where the target is one', () => {
  const issues = validateReport(
    report((r) => {
      r.genderIndicators = [
        { id: 'i1', achieved: 'sebagian' },
        { id: 'i2', achieved: 'Sudah ada' },
        { id: 'zz', achieved: '1' },
        { id: 'zz', achieved: '2' },
      ];
    }),
  );
  assert.deepEqual(issues, [
    { field: 'genderIndicators.i1', code: 'monev_not_a_number' },
    { field: 'genderIndicators', code: 'monev_indicator_unknown', params: { id: 'zz' } },
  ]);
});

test('indicator achievement is exact, half away from zero, and null when not measurable', () => {
  assert.equal(indicatorAchievement('80', '20'), '25.00');
  assert.equal(indicatorAchievement('3', '1'), '33.33');
  assert.equal(indicatorAchievement('3', 2), '66.67');
  assert.equal(indicatorAchievement('12,5', '25'), '200.00');
  assert.equal(indicatorAchievement('0.3', '0.1'), '33.33');
  assert.equal(indicatorAchievement('75%', '75'), '100.00');
  assert.equal(indicatorAchievement('200', '0.001'), '0.00');
  assert.equal(indicatorAchievement('8', '-2'), '-25.00');
  assert.equal(indicatorAchievement('0', '5'), null);
  assert.equal(indicatorAchievement('-5', '5'), null);
  assert.equal(indicatorAchievement('Meningkat', '5'), null);
  assert.equal(indicatorAchievement('80', null), null);
  assert.equal(indicatorAchievement('80', 'belum'), null);
});

const config: MonevFlagConfig = {
  expectedShare: { 1: 20, 2: 45.5, 3: 70, 4: 95 },
  deadlines: { 1: '2026-04-15', 2: '2026-07-15' },
  now: '2026-04-10T03:00:00Z',
};

function flagInput(change: (f: MonevFlagInput) => void = () => {}): MonevFlagInput {
  const f: MonevFlagInput = {
    quarter: 1,
    plan: { argCategory: 'khusus', plannedFor: 'P', pagu: '1000000.00', physicalTarget: '10.00' },
    cumulative: {
      budgetRealised: '200000.00',
      physicalRealised: '2.00',
      beneficiaries: { P: 30, L: 10, groups: {}, ages: {} },
    },
    submittedAt: '2026-04-14T02:00:00Z',
  };
  change(f);
  return f;
}
const codes = (f: MonevFlagInput, c: MonevFlagConfig = config) =>
  flagsOf(f, c).map((x) => `${x.code} ${x.field ?? ''}`.trim());

test('behind schedule: below the expected share, exactly at it is on schedule', () => {
  assert.deepEqual(flagsOf(flagInput(), config), []);
  assert.deepEqual(
    flagsOf(
      flagInput((f) => {
        f.cumulative.budgetRealised = '199999.99';
        f.cumulative.physicalRealised = '1.99';
      }),
      config,
    ),
    [
      { code: 'behind_schedule', field: 'budgetRealised', params: { share: '20.00', expected: 20 } },
      { code: 'behind_schedule', field: 'physicalRealised', params: { share: '19.90', expected: 20 } },
    ],
  );
  // Q2 expects 45.5 %: 455 000 of 1 000 000 is on schedule, a sen less is not.
  const q2 = (budget: string) =>
    codes(
      flagInput((f) => {
        f.quarter = 2;
        f.cumulative.budgetRealised = budget;
        f.cumulative.physicalRealised = '5.00';
        f.submittedAt = '2026-07-01T00:00:00Z';
      }),
    );
  assert.deepEqual(q2('455000.00'), []);
  assert.deepEqual(q2('454999.99'), ['behind_schedule budgetRealised']);
  // No pagu, no target, no expected share for the quarter: nothing to measure against.
  assert.deepEqual(
    codes(
      flagInput((f) => {
        f.plan.pagu = '0.00';
        f.plan.physicalTarget = null;
        f.cumulative.budgetRealised = '0.00';
        f.cumulative.physicalRealised = '0.00';
      }),
    ),
    [],
  );
  assert.deepEqual(
    codes(
      flagInput((f) => (f.cumulative.budgetRealised = '0.00')),
      { ...config, expectedShare: { 2: 45 } },
    ),
    [],
  );
});

test('late: the deadline day counts in Indonesian time, and an unsubmitted report turns late after it', () => {
  // 23:59 WIB on the deadline day is on time; 00:00 WIB the next day is late.
  assert.deepEqual(codes(flagInput((f) => (f.submittedAt = '2026-04-15T16:59:59Z'))), []);
  assert.deepEqual(
    flagsOf(
      flagInput((f) => (f.submittedAt = '2026-04-15T17:00:00Z')),
      config,
    ),
    [
      {
        code: 'late',
        field: null,
        params: { deadline: '2026-04-15', submittedOn: '2026-04-16', daysLate: 1 },
      },
    ],
  );
  // In WITA (Palu) the same instant is already the 16th at 16:00 UTC.
  assert.deepEqual(
    codes(
      flagInput((f) => (f.submittedAt = '2026-04-15T16:30:00Z')),
      { ...config, timeZone: 'Asia/Makassar' },
    ),
    ['late'],
  );
  const unsubmitted = flagInput((f) => (f.submittedAt = null));
  assert.deepEqual(codes(unsubmitted), []);
  assert.deepEqual(flagsOf(unsubmitted, { ...config, now: '2026-04-20T05:00:00Z' }), [
    { code: 'late', field: null, params: { deadline: '2026-04-15', daysLate: 5 } },
  ]);
  // A submission before a late-set deadline is never late; no deadline, never late.
  assert.deepEqual(codes(unsubmitted, { ...config, deadlines: {}, now: '2027-01-01T00:00:00Z' }), []);
  assert.throws(() => dayIn('not a date'));
  assert.equal(dayIn('2026-12-31T17:00:00Z'), '2027-01-01');
});

test('a khusus activity for one sex reporting mostly the other contradicts its plan', () => {
  const contradict = (
    plannedFor: 'P' | 'L' | null,
    P: number,
    L: number,
    category = 'khusus' as const,
    share?: number,
  ) =>
    codes(
      flagInput((f) => {
        f.plan.argCategory = category;
        f.plan.plannedFor = plannedFor;
        f.cumulative.beneficiaries = { P, L, groups: {}, ages: {} };
      }),
      share === undefined ? config : { ...config, contradictionShare: share },
    );
  assert.deepEqual(contradict('P', 40, 60), ['beneficiaries_contradict_plan beneficiaries.L']);
  assert.deepEqual(
    flagsOf(
      flagInput((f) => (f.cumulative.beneficiaries = { P: 1, L: 2, groups: {}, ages: {} })),
      config,
    ),
    [
      {
        code: 'beneficiaries_contradict_plan',
        field: 'beneficiaries.L',
        params: { plannedFor: 'P', otherShare: '66.67' },
      },
    ],
  );
  assert.deepEqual(contradict('P', 50, 50), []);
  assert.deepEqual(contradict('P', 0, 0), []);
  assert.deepEqual(contradict('L', 51, 49), ['beneficiaries_contradict_plan beneficiaries.P']);
  assert.deepEqual(contradict(null, 0, 100), []);
  assert.deepEqual(contradict('P', 0, 100, 'kesetaraan' as 'khusus'), []);
  assert.deepEqual(contradict('P', 35, 65, 'khusus', 70), []);
  assert.deepEqual(contradict('P', 29, 71, 'khusus', 70), ['beneficiaries_contradict_plan beneficiaries.L']);
});

test('over 100 % of the target and over the pagu are flagged (once confirmed, they are allowed)', () => {
  assert.deepEqual(
    flagsOf(
      flagInput((f) => {
        f.cumulative.budgetRealised = '1000000.01';
        f.cumulative.physicalRealised = '12.5';
      }),
      config,
    ),
    [
      { code: 'over_100', field: 'physicalRealised', params: { share: '125.00' } },
      { code: 'over_pagu', field: 'budgetRealised', params: { share: '100.00' } },
    ],
  );
  assert.deepEqual(
    codes(
      flagInput((f) => {
        f.cumulative.budgetRealised = '1000000.00';
        f.cumulative.physicalRealised = '10';
      }),
    ),
    [],
  );
});

test('an admin schedule: shares 0–100 never falling, real dates; the example is labelled CONTOH', () => {
  assert.deepEqual(
    validateSchedule({ expectedShare: EXAMPLE_EXPECTED_SHARE.expectedShare, deadlines: {} }),
    [],
  );
  assert.match(EXAMPLE_EXPECTED_SHARE.sourceNote, /^CONTOH — bukan ketentuan resmi/);
  assert.equal(EXAMPLE_EXPECTED_SHARE.label, 'CONTOH — bukan ketentuan resmi');
  assert.ok(Object.isFrozen(EXAMPLE_EXPECTED_SHARE.expectedShare));
  assert.deepEqual(
    validateSchedule({
      expectedShare: { 1: 30, 2: 25, 3: 100.5, 4: 99.999 },
      deadlines: { 1: '2026-04-15', 2: '2026-02-30', 3: '15/10/2026', 4: '2026-12-20' },
    }),
    [
      { field: 'expectedShare.2', code: 'monev_share_decreasing', params: { previous: 30 } },
      { field: 'deadlines.2', code: 'monev_deadline_invalid' },
      { field: 'expectedShare.3', code: 'monev_share_out_of_range' },
      { field: 'deadlines.3', code: 'monev_deadline_invalid' },
      { field: 'expectedShare.4', code: 'monev_share_out_of_range' },
    ],
  );
  assert.deepEqual(validateSchedule({ expectedShare: { 1: -1, 2: Number.NaN }, deadlines: {} }).length, 2);
  // Equal shares in two quarters are allowed (nothing planned in between).
  assert.deepEqual(validateSchedule({ expectedShare: { 1: 0, 2: 0, 4: 100 }, deadlines: {} }), []);
});
