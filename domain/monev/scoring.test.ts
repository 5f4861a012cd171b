import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  EXAMPLE_SCORING_CONFIG,
  SCORING_CRITERIA,
  criterionValues,
  gradeOf,
  rankScores,
  scoreOpd,
  scoreOpds,
  validateScoringConfig,
  type OpdYearFacts,
  type ScoringConfig,
} from './scoring.js';

const config = (change: (c: ScoringConfig) => void = () => {}): ScoringConfig => {
  const c = structuredClone(EXAMPLE_SCORING_CONFIG) as ScoringConfig;
  change(c);
  return c;
};

test('the example configuration is valid, complete, frozen and says it is an example', () => {
  assert.deepEqual(validateScoringConfig(EXAMPLE_SCORING_CONFIG), []);
  assert.deepEqual(
    EXAMPLE_SCORING_CONFIG.criteria.map((c) => c.key),
    [...SCORING_CRITERIA],
  );
  assert.equal(EXAMPLE_SCORING_CONFIG.label, 'CONTOH — bukan ketentuan resmi');
  assert.match(EXAMPLE_SCORING_CONFIG.sourceNote, /^CONTOH — bukan ketentuan resmi\./);
  assert.ok(
    Object.isFrozen(EXAMPLE_SCORING_CONFIG.criteria[0]) && Object.isFrozen(EXAMPLE_SCORING_CONFIG.grades),
  );
});

test('a worked score: renormalised without training data, contributions adding up to the score', () => {
  const result = scoreOpd(
    'opd-1',
    {
      reporting_completeness: 100,
      timeliness: 75,
      budget_realisation: 80,
      physical_realisation: 90,
      gender_indicator_achievement: 60,
      gap_gbs_status: 50,
      pprg_training_share: null,
    },
    EXAMPLE_SCORING_CONFIG,
  );
  // 7050 / 90 = 78.333…
  assert.equal(result.score, 78.33);
  assert.equal(result.grade, 'Baik');
  assert.equal(result.configVersion, 1);
  assert.equal(result.renormalised, true);
  assert.deepEqual(result.excluded, ['pprg_training_share']);
  assert.deepEqual(
    result.criteria.map((c) => [
      c.key,
      c.weight,
      c.effectiveWeight,
      c.value,
      c.contribution,
      c.lost,
      c.excluded,
    ]),
    [
      ['reporting_completeness', 15, 16.67, 100, 16.67, 0, false],
      ['timeliness', 10, 11.11, 75, 8.33, 2.78, false],
      ['budget_realisation', 20, 22.22, 80, 17.78, 4.44, false],
      ['physical_realisation', 20, 22.22, 90, 20, 2.22, false],
      ['gender_indicator_achievement', 15, 16.67, 60, 10, 6.67, false],
      ['gap_gbs_status', 10, 11.11, 50, 5.55, 5.56, false],
      ['pprg_training_share', 10, null, null, null, null, true],
    ],
  );
  const hundredths = (xs: (number | null)[]) =>
    xs.reduce<number>((a, x) => a + Math.round((x ?? 0) * 100), 0);
  assert.equal(hundredths(result.criteria.map((c) => c.contribution)), 7833);
  assert.equal(hundredths(result.criteria.map((c) => c.effectiveWeight)), 10000);
  assert.deepEqual(
    result.lowered.map((l) => [l.key, l.lost]),
    [
      ['gender_indicator_achievement', 6.67],
      ['gap_gbs_status', 5.56],
      ['budget_realisation', 4.44],
      ['timeliness', 2.78],
      ['physical_realisation', 2.22],
    ],
  );
});

test('full marks, nothing, values above 100, rounding half up', () => {
  const all = (v: number) => Object.fromEntries(SCORING_CRITERIA.map((k) => [k, v]));
  const top = scoreOpd('a', all(100), EXAMPLE_SCORING_CONFIG);
  assert.equal(top.score, 100);
  assert.equal(top.grade, 'Sangat baik');
  assert.equal(top.renormalised, false);
  assert.deepEqual(top.lowered, []);
  const zero = scoreOpd('b', all(0), EXAMPLE_SCORING_CONFIG);
  assert.equal(zero.score, 0);
  assert.equal(zero.grade, 'Kurang');
  const capped = scoreOpd('c', { ...all(100), budget_realisation: 130 }, EXAMPLE_SCORING_CONFIG);
  assert.equal(capped.score, 100);
  assert.deepEqual(
    capped.criteria.filter((c) => c.capped).map((c) => [c.key, c.value]),
    [['budget_realisation', 100]],
  );
  assert.equal(scoreOpd('d', { ...all(50), timeliness: -20 }, EXAMPLE_SCORING_CONFIG).criteria[1].value, 0);
  // (10.01 + 10.00) / 2 = 10.005 -> 10.01; a float mean would give 10.004999…
  const halves = config((c) => {
    c.criteria = [
      { key: 'timeliness', label: 'A', weight: 50 },
      { key: 'budget_realisation', label: 'B', weight: 50 },
    ];
  });
  const half = scoreOpd('e', { timeliness: 10.01, budget_realisation: 10 }, halves);
  assert.equal(half.score, 10.01);
  assert.equal(
    Math.round(((half.criteria[0].contribution ?? 0) + (half.criteria[1].contribution ?? 0)) * 100),
    1001,
  );
});

test('contributions always add up to the score and weights to 100', () => {
  let seed = 7;
  const random = () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  for (let i = 0; i < 500; i++) {
    const values = Object.fromEntries(
      SCORING_CRITERIA.map((k) => [k, random() < 0.2 ? null : Math.round(random() * 10000) / 100]),
    );
    const s = scoreOpd('x', values, EXAMPLE_SCORING_CONFIG);
    if (s.score === null) continue;
    const sum = (f: (c: (typeof s.criteria)[number]) => number | null) =>
      s.criteria.reduce((a, c) => a + Math.round((f(c) ?? 0) * 100), 0);
    assert.equal(
      sum((c) => c.contribution),
      Math.round(s.score * 100),
      JSON.stringify(values),
    );
    assert.equal(
      sum((c) => c.effectiveWeight),
      10000,
    );
    for (const c of s.criteria)
      if (!c.excluded) assert.ok(c.lost! >= 0 && c.contribution! <= c.effectiveWeight!);
  }
});

test('no data at all: no score, no grade, no rank', () => {
  const none = scoreOpd('z', {}, EXAMPLE_SCORING_CONFIG);
  assert.equal(none.score, null);
  assert.equal(none.grade, null);
  assert.equal(none.excluded.length, SCORING_CRITERIA.length);
  assert.ok(none.criteria.every((c) => c.excluded && c.contribution === null));
});

test('grades: the highest band reached, boundaries inclusive', () => {
  const grades = EXAMPLE_SCORING_CONFIG.grades;
  assert.equal(gradeOf(70, grades), 'Baik');
  assert.equal(gradeOf(69.99, grades), 'Cukup');
  assert.equal(gradeOf(0, grades), 'Kurang');
  assert.equal(gradeOf(85, grades), 'Sangat baik');
  assert.equal(gradeOf(100, grades), 'Sangat baik');
});

test('ranks: ties share a rank, the next skips, unscored last', () => {
  const at = (opdId: string, v: number | null) => scoreOpd(opdId, { timeliness: v }, EXAMPLE_SCORING_CONFIG);
  const ranked = rankScores([
    at('c', 80),
    at('none', null),
    at('a', 90),
    at('b', 80),
    at('d', 70),
    at('e', 90),
  ]);
  assert.deepEqual(
    ranked.map((r) => [r.opdId, r.rank]),
    [
      ['a', 1],
      ['e', 1],
      ['c', 3],
      ['b', 3],
      ['d', 5],
      ['none', null],
    ],
  );
  assert.deepEqual(rankScores([]), []);
  const scored = scoreOpds(
    [
      { opdId: 'dinkes', values: { timeliness: 50 } },
      { opdId: 'dp3a', values: { timeliness: 75 } },
    ],
    EXAMPLE_SCORING_CONFIG,
  );
  assert.deepEqual(
    scored.map((s) => [s.opdId, s.rank, s.score]),
    [
      ['dp3a', 1, 75],
      ['dinkes', 2, 50],
    ],
  );
  assert.throws(
    () =>
      scoreOpds(
        [],
        config((c) => (c.criteria[0].weight = 5)),
      ),
    /criteria monev_scoring_weights_sum/,
  );
});

const facts: OpdYearFacts = {
  reportsDue: 8,
  reportsSubmitted: 7,
  reportsOnTime: 5,
  pagu: '300000000.00',
  budgetRealised: '200000000.00',
  physical: [
    { target: '10.00', realised: '5.00' },
    { target: '4.00', realised: '6.00' },
    { target: null, realised: '3.00' },
    { target: '0.00', realised: '1.00' },
  ],
  indicators: [
    { target: '80', achieved: '60' },
    { target: '3', achieved: '1' },
    { target: 'Meningkat', achieved: 'Sudah' },
    { target: '50', achieved: null },
    { target: '10', achieved: '25' },
  ],
  responsiveSubActivities: 4,
  approvedGaps: 3,
  staff: null,
};

test('criterion values from a year of reports', () => {
  assert.deepEqual(criterionValues(facts), {
    reporting_completeness: 87.5,
    timeliness: 62.5,
    budget_realisation: 66.67,
    // (50 + 100 capped) / 2
    physical_realisation: 75,
    // (75 + 33.33 + 100 capped) / 3 = 69.443… -> 69.44
    gender_indicator_achievement: 69.44,
    gap_gbs_status: 75,
    pprg_training_share: null,
  });
  const empty = criterionValues({
    ...facts,
    reportsDue: 0,
    pagu: '0.00',
    physical: [],
    indicators: [],
    responsiveSubActivities: 0,
    staff: { total: 0, trained: 0 },
  });
  assert.ok(Object.values(empty).every((v) => v === null));
  const overspent = criterionValues({
    ...facts,
    budgetRealised: '400000000.00',
    staff: { total: 40, trained: 13 },
  });
  assert.equal(overspent.budget_realisation, 100);
  assert.equal(overspent.pprg_training_share, 32.5);
});

test('a configuration that cannot be right names each field', () => {
  const issues = (change: (c: ScoringConfig) => void) =>
    validateScoringConfig(config(change)).map(
      (i) => `${i.field} ${i.code}${i.params ? ` ${JSON.stringify(i.params)}` : ''}`,
    );
  assert.deepEqual(
    issues((c) => {
      c.version = 0;
      c.sourceNote = ' ';
    }),
    ['version monev_scoring_version_invalid', 'sourceNote monev_scoring_source_missing'],
  );
  assert.deepEqual(
    issues((c) => (c.version = 1.5)),
    ['version monev_scoring_version_invalid'],
  );
  assert.deepEqual(
    issues((c) => {
      c.criteria[1] = { key: 'reporting_completeness', label: 'Lagi', weight: 10 };
      c.criteria[2] = { key: 'popularity' as 'timeliness', label: '', weight: 20 };
    }),
    [
      'criteria.1.key monev_scoring_criterion_duplicate',
      'criteria.2.key monev_scoring_criterion_unknown',
      'criteria.2.label monev_scoring_label_missing',
    ],
  );
  assert.deepEqual(
    issues((c) => {
      c.criteria[0].weight = 0;
      c.criteria[1].weight = 10.005;
    }),
    ['criteria.0.weight monev_scoring_weight_invalid', 'criteria.1.weight monev_scoring_weight_invalid'],
  );
  assert.deepEqual(
    issues((c) => (c.criteria[0].weight = -15)),
    ['criteria.0.weight monev_scoring_weight_invalid'],
  );
  assert.deepEqual(
    issues((c) => (c.criteria[0].weight = 15.5)),
    ['criteria monev_scoring_weights_sum {"sum":100.5}'],
  );
  // Weights with decimals that do sum to 100 exactly (no float drift).
  assert.deepEqual(
    issues((c) => {
      c.criteria[0].weight = 14.9;
      c.criteria[1].weight = 10.1;
    }),
    [],
  );
  assert.deepEqual(
    issues((c) => (c.criteria = [])),
    ['criteria monev_scoring_criteria_empty'],
  );
  assert.deepEqual(
    issues((c) => (c.grades = [])),
    ['grades monev_scoring_grades_empty'],
  );
  assert.deepEqual(
    issues((c) => {
      c.grades = [
        { name: 'Cukup', min: 10 },
        { name: 'Baik', min: 70 },
        { name: ' baik ', min: 70 },
        { name: '', min: 101 },
      ];
    }),
    [
      'grades.0.min monev_scoring_grade_lowest_not_zero',
      'grades.2.name monev_scoring_grade_name_duplicate',
      'grades.2.min monev_scoring_grades_order {"previous":70}',
      'grades.3.name monev_scoring_grade_name_missing',
      'grades.3.min monev_scoring_grade_min_invalid',
    ],
  );
  assert.deepEqual(
    issues((c) => (c.grades = [...c.grades].reverse())),
    [
      'grades.0.min monev_scoring_grade_lowest_not_zero',
      'grades.1.min monev_scoring_grades_order {"previous":85}',
      'grades.2.min monev_scoring_grades_order {"previous":70}',
      'grades.3.min monev_scoring_grades_order {"previous":55}',
    ],
  );
});
