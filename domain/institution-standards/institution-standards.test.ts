import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  canActAtStage,
  canFillDossier,
  canManageStandards,
  canReadDossier,
  canReadRegionDossiers,
  canRevokeStandardisation,
  type StandardsActor,
} from './access.js';
import { checkDefinition, type ElementInput } from './definition.js';
import {
  checkAnswerValue,
  criterionFraction,
  dossierGaps,
  isReadyToSubmit,
  scoreDossier,
  type AnswerFacts,
  type CriterionDef,
  type ElementDef,
} from './scoring.js';
import { certificateState, daysBetween, defaultValidUntil, reminderDue } from './validity.js';
import {
  canEditCriterion,
  canReopen,
  checkDecide,
  checkForward,
  checkReturnForFix,
  nextReviewStage,
  registryStatusOf,
  submitTarget,
} from './workflow.js';

const yes: CriterionDef = { code: 'A', kind: 'yes_no', weight: 1 };
const scale: CriterionDef = { code: 'B', kind: 'scale', weight: 2, scaleMax: 4 };
const num: CriterionDef = {
  code: 'C',
  kind: 'number',
  weight: 1,
  thresholds: [
    { min: 1, score: 50 },
    { min: 3, score: 100 },
  ],
  evidenceExpected: 'Daftar staf',
};

describe('criterion scores', () => {
  test('yes/no', () => {
    assert.equal(criterionFraction(yes, true), 1);
    assert.equal(criterionFraction(yes, false), 0);
    assert.equal(criterionFraction(yes, null), 0);
    assert.equal(criterionFraction(yes, 1), 0, 'a number is not a yes');
  });
  test('scale 1..n is value / n; off the scale scores nothing', () => {
    assert.equal(criterionFraction(scale, 1), 0.25);
    assert.equal(criterionFraction(scale, 4), 1);
    assert.equal(criterionFraction(scale, 5), 0);
    assert.equal(criterionFraction(scale, 0), 0);
    assert.equal(criterionFraction(scale, 2.5), 0);
    assert.equal(criterionFraction(scale, true), 0);
  });
  test('number: the highest threshold reached', () => {
    assert.equal(criterionFraction(num, 0), 0);
    assert.equal(criterionFraction(num, 1), 0.5);
    assert.equal(criterionFraction(num, 2.9), 0.5);
    assert.equal(criterionFraction(num, 3), 1);
    assert.equal(criterionFraction(num, 1000), 1);
    assert.equal(criterionFraction(num, -1), 0);
    assert.equal(criterionFraction({ ...num, thresholds: [{ min: 0, score: 150 }] }, 1), 1, 'capped');
  });
  test('answer values are checked against the kind', () => {
    assert.equal(checkAnswerValue(yes, true), null);
    assert.equal(checkAnswerValue(yes, 3), 'answer_not_yes_no');
    assert.equal(checkAnswerValue(scale, 3), null);
    assert.equal(checkAnswerValue(scale, 9), 'answer_not_on_scale');
    assert.equal(checkAnswerValue(scale, false), 'answer_not_on_scale');
    assert.equal(checkAnswerValue(num, 0), null);
    assert.equal(checkAnswerValue(num, -2), 'answer_not_number');
    assert.equal(checkAnswerValue(num, Number.POSITIVE_INFINITY), 'answer_not_number');
    assert.equal(checkAnswerValue(num, true), 'answer_not_number');
    assert.equal(checkAnswerValue(num, null), null, 'unanswered is allowed while filling');
  });
});

const elements: ElementDef[] = [
  { code: 'E1', weight: 1, criteria: [yes, scale] },
  { code: 'E2', weight: 3, criteria: [num] },
];

describe('dossier score and gaps', () => {
  test('weighted by criterion within an element and by element in the total', () => {
    const answers = new Map([
      ['A', { value: true }],
      ['B', { value: 2 }],
      ['C', { value: 3 }],
    ]);
    const s = scoreDossier(elements, answers);
    // E1: (1×100 + 2×50) / 3 = 66.67; E2: 100; total (66.67 + 3×100) / 4 = 91.67
    assert.ok(Math.abs(s.elements[0].score - 200 / 3) < 1e-9);
    assert.equal(s.elements[1].score, 100);
    assert.ok(Math.abs(s.total - (200 / 3 + 300) / 4) < 1e-9);
    assert.deepEqual(
      s.elements.map((e) => [e.code, e.criteria, e.answered]),
      [
        ['E1', 2, 2],
        ['E2', 1, 1],
      ],
    );
  });
  test('nothing answered scores 0; unknown codes are ignored', () => {
    const s = scoreDossier(elements, new Map([['ZZ', { value: true }]]));
    assert.equal(s.total, 0);
    assert.equal(s.elements[0].answered, 0);
  });
  test('gaps: unanswered, missing evidence, needs fix, unreviewed', () => {
    const answers = new Map<string, AnswerFacts>([
      ['A', { value: true, evidenceCount: 0, review: 'accepted' }],
      ['B', { value: null, evidenceCount: 0, review: 'needs_fix' }],
      ['C', { value: 2, evidenceCount: 0, review: null }],
    ]);
    const g = dossierGaps(elements, answers);
    assert.deepEqual(g, { unanswered: ['B'], missingEvidence: ['C'], needsFix: ['B'], unreviewed: ['C'] });
    assert.equal(isReadyToSubmit(g), false);
    const full = new Map<string, AnswerFacts>([
      ['A', { value: false, evidenceCount: 0 }],
      ['B', { value: 1, evidenceCount: 0 }],
      ['C', { value: 0, evidenceCount: 1 }],
    ]);
    assert.equal(isReadyToSubmit(dossierGaps(elements, full)), true, 'a no and a 0 are answers');
  });
});

describe('standard definitions', () => {
  const ok: ElementInput[] = [
    {
      code: 'E1',
      name: 'Kelembagaan',
      weight: 1,
      criteria: [
        { code: 'E1.1', text: 'Ada SK', kind: 'yes_no', weight: 1 },
        { code: 'E1.2', text: 'Kelengkapan', kind: 'scale', weight: 1, scaleMax: 4 },
        {
          code: 'E1.3',
          text: 'Jumlah konselor',
          kind: 'number',
          weight: 1,
          thresholds: [
            { min: 1, score: 50 },
            { min: 2, score: 100 },
          ],
        },
      ],
    },
  ];
  test('a good one passes', () => assert.deepEqual(checkDefinition(ok), []));
  test('no elements', () =>
    assert.deepEqual(checkDefinition([]), [{ path: 'elements', reason: 'standard_no_elements' }]));
  test('problems name the codes', () => {
    const bad: ElementInput[] = [
      { ...ok[0], weight: 0 },
      {
        code: 'e1',
        name: 'Lagi',
        weight: 1,
        criteria: [
          { code: 'e1.1', text: 'x', kind: 'yes_no', weight: -1, scaleMax: 3 },
          { code: 'X', text: 'x', kind: 'scale', weight: 1, scaleMax: 11 },
          { code: 'Y', text: 'x', kind: 'scale', weight: 1 },
          { code: 'Z', text: 'x', kind: 'number', weight: 1, thresholds: [] },
          {
            code: 'W',
            text: 'x',
            kind: 'number',
            weight: 1,
            thresholds: [
              { min: 2, score: 50 },
              { min: 2, score: 100 },
            ],
          },
          { code: 'V', text: 'x', kind: 'number', weight: 1, thresholds: [{ min: 1, score: 101 }] },
          { code: 'U', text: 'x', kind: 'scale', weight: 1, scaleMax: 3, thresholds: [{ min: 1, score: 1 }] },
        ],
      },
      { code: 'E3', name: 'Kosong', weight: 1, criteria: [] },
    ];
    assert.deepEqual(checkDefinition(bad), [
      { path: 'elements.E1.weight', reason: 'standard_weight_not_positive' },
      { path: 'elements.e1.code', reason: 'standard_element_code_duplicate' },
      { path: 'elements.e1.criteria.e1.1.code', reason: 'standard_criterion_code_duplicate' },
      { path: 'elements.e1.criteria.e1.1.weight', reason: 'standard_weight_not_positive' },
      { path: 'elements.e1.criteria.e1.1.scaleMax', reason: 'standard_kind_extra_field' },
      { path: 'elements.e1.criteria.X.scaleMax', reason: 'standard_scale_max_invalid' },
      { path: 'elements.e1.criteria.Y.scaleMax', reason: 'standard_scale_max_invalid' },
      { path: 'elements.e1.criteria.Z.thresholds', reason: 'standard_thresholds_missing' },
      { path: 'elements.e1.criteria.W.thresholds.1.min', reason: 'standard_thresholds_not_ascending' },
      { path: 'elements.e1.criteria.V.thresholds.0.score', reason: 'standard_threshold_score_invalid' },
      { path: 'elements.e1.criteria.U.thresholds', reason: 'standard_kind_extra_field' },
      { path: 'elements.E3', reason: 'standard_element_no_criteria' },
    ]);
  });
  test('too many criteria', () => {
    const many = Array.from({ length: 301 }, (_, i) => ({
      code: `C${i}`,
      text: 'x',
      kind: 'yes_no' as const,
      weight: 1,
    }));
    assert.deepEqual(checkDefinition([{ code: 'E', name: 'E', weight: 1, criteria: many }]), [
      { path: 'elements', reason: 'standard_too_many_criteria' },
    ]);
  });
});

describe('workflow', () => {
  test('editing: anything in draft, only the asked-for criteria while fixing, nothing after submit', () => {
    assert.equal(canEditCriterion('draft', null), true);
    assert.equal(canEditCriterion('fixing', 'needs_fix'), true);
    assert.equal(canEditCriterion('fixing', 'accepted'), false);
    assert.equal(canEditCriterion('fixing', null), false);
    for (const s of ['dp3a_review', 'province_review', 'national_review', 'decided'] as const)
      assert.equal(canEditCriterion(s, 'needs_fix'), false, s);
  });
  test('submit from draft and fixing only', () => {
    assert.equal(submitTarget('draft'), 'dp3a_review');
    assert.equal(submitTarget('fixing'), 'dp3a_review');
    assert.equal(submitTarget('dp3a_review'), null);
    assert.equal(submitTarget('decided'), null);
  });
  test('return for fix needs every criterion reviewed and one to fix', () => {
    assert.equal(checkReturnForFix('draft', { total: 2, accepted: 1, needsFix: 1 }), 'dossier_wrong_stage');
    assert.equal(
      checkReturnForFix('dp3a_review', { total: 3, accepted: 1, needsFix: 1 }),
      'dossier_not_all_reviewed',
    );
    assert.equal(
      checkReturnForFix('dp3a_review', { total: 2, accepted: 2, needsFix: 0 }),
      'dossier_nothing_to_fix',
    );
    assert.equal(checkReturnForFix('dp3a_review', { total: 2, accepted: 1, needsFix: 1 }), null);
  });
  test('forward: DP3A once all accepted; the province only when the national level follows', () => {
    const d = { stage: 'dp3a_review' as const, outcome: null, nationalReview: false };
    assert.equal(checkForward(d, { total: 2, accepted: 1, needsFix: 1 }), 'dossier_has_fixes');
    assert.equal(checkForward(d, { total: 2, accepted: 1, needsFix: 0 }), 'dossier_not_all_reviewed');
    assert.equal(checkForward(d, { total: 2, accepted: 2, needsFix: 0 }), null);
    assert.equal(nextReviewStage(d), 'province_review');
    const p = { ...d, stage: 'province_review' as const };
    assert.equal(checkForward(p, { total: 2, accepted: 2, needsFix: 0 }), 'dossier_wrong_stage');
    assert.equal(nextReviewStage({ ...p, nationalReview: true }), 'national_review');
    assert.equal(checkForward({ ...p, nationalReview: true }, { total: 0, accepted: 0, needsFix: 0 }), null);
    assert.equal(nextReviewStage({ ...d, stage: 'national_review', nationalReview: true }), null);
  });
  test('the last stage decides', () => {
    const base = { outcome: null, nationalReview: false };
    assert.equal(checkDecide({ ...base, stage: 'province_review' }), null);
    assert.equal(checkDecide({ ...base, stage: 'dp3a_review' }), 'dossier_wrong_stage');
    assert.equal(
      checkDecide({ ...base, stage: 'province_review', nationalReview: true }),
      'dossier_wrong_stage',
    );
    assert.equal(checkDecide({ ...base, stage: 'national_review', nationalReview: true }), null);
  });
  test('reopen after perlu perbaikan or a lapsed standardisation, never after ditolak', () => {
    const d = (outcome: 'terstandar' | 'perlu_perbaikan' | 'ditolak') => ({
      stage: 'decided' as const,
      outcome,
      nationalReview: false,
    });
    assert.equal(canReopen(d('perlu_perbaikan'), false), true);
    assert.equal(canReopen(d('terstandar'), false), false);
    assert.equal(canReopen(d('terstandar'), true), true);
    assert.equal(canReopen(d('ditolak'), true), false);
    assert.equal(canReopen({ ...d('perlu_perbaikan'), stage: 'dp3a_review' }, true), false);
  });
  test('registry status', () => {
    assert.equal(registryStatusOf('draft', null), 'proses');
    assert.equal(registryStatusOf('national_review', null), 'proses');
    assert.equal(registryStatusOf('decided', 'terstandar'), 'terstandar');
    assert.equal(registryStatusOf('decided', 'ditolak'), 'ditolak');
  });
});

describe('validity', () => {
  test('the day before the same date months later', () => {
    assert.equal(defaultValidUntil('2026-03-15', 36), '2029-03-14');
    assert.equal(defaultValidUntil('2026-01-01', 12), '2026-12-31');
    assert.equal(defaultValidUntil('2026-01-31', 1), '2026-02-27');
    assert.equal(
      defaultValidUntil('2027-12-31', 2),
      '2028-02-28',
      'leap year: 29 Feb is the end day, minus one',
    );
    assert.equal(defaultValidUntil('2026-11-30', 3), '2027-02-27');
  });
  test('days between', () => {
    assert.equal(daysBetween('2026-12-01', '2026-12-31'), 30);
    assert.equal(daysBetween('2026-12-31', '2026-12-01'), -30);
  });
  test('certificate state', () => {
    assert.equal(certificateState({ validUntil: '2026-12-04', revokedAt: null }, '2026-12-04'), 'valid');
    assert.equal(certificateState({ validUntil: '2026-12-03', revokedAt: null }, '2026-12-04'), 'expired');
    assert.equal(certificateState({ validUntil: null, revokedAt: null }, '2099-01-01'), 'valid');
    assert.equal(
      certificateState({ validUntil: '2099-01-01', revokedAt: new Date() }, '2026-01-01'),
      'revoked',
    );
  });
  test('reminders at 90 and 30 days', () => {
    assert.equal(reminderDue('2027-03-04', '2026-12-04'), 90);
    assert.equal(reminderDue('2027-03-05', '2026-12-04'), null, '91 days');
    assert.equal(reminderDue('2027-01-03', '2026-12-04'), 30);
    assert.equal(reminderDue('2027-01-04', '2026-12-04'), 90, '31 days');
    assert.equal(reminderDue('2026-12-04', '2026-12-04'), 30, 'the last day');
    assert.equal(reminderDue('2026-12-03', '2026-12-04'), null, 'ended');
    assert.equal(reminderDue(null, '2026-12-04'), null);
  });
});

describe('access', () => {
  const palu = { regionCode: '72.71', institutionId: 'i1' };
  const a = (role: string, regionCode: string, institutionId: string | null = null): StandardsActor => ({
    role: role as StandardsActor['role'],
    regionCode,
    opdId: null,
    institutionId,
  });
  test('standards: superadmin manages', () => {
    assert.equal(canManageStandards(a('superadmin', '00')), true);
    assert.equal(canManageStandards(a('admin_daerah', '72.71')), false);
  });
  test('the institution account reads and fills only its own', () => {
    const own = a('lembaga_layanan', '72.71', 'i1');
    assert.equal(canReadDossier(own, palu), true);
    assert.equal(canFillDossier(own, palu), true);
    assert.equal(canReadDossier(own, { ...palu, institutionId: 'i2' }), false);
    assert.equal(canFillDossier(a('lembaga_layanan', '72.71', null), palu), false);
    assert.equal(canReadRegionDossiers(own, '72.71'), false);
    assert.equal(canActAtStage(own, 'dp3a_review', '72.71'), false);
  });
  test('DP3A fills and reviews its region; others read', () => {
    assert.equal(canFillDossier(a('admin_daerah', '72.71'), palu), true);
    assert.equal(canFillDossier(a('admin_daerah', '72.03'), palu), false);
    assert.equal(canFillDossier(a('reviewer', '72.71'), palu), false);
    assert.equal(canReadDossier(a('reviewer', '72.71'), palu), true);
    assert.equal(canReadDossier(a('operator_opd', '72.71'), palu), false);
    assert.equal(canReadDossier(a('provinsi', '72'), palu), true);
    assert.equal(canReadDossier(a('provinsi', '73'), palu), false);
  });
  test('stages: DP3A, the province above, the national level', () => {
    assert.equal(canActAtStage(a('admin_daerah', '72.71'), 'dp3a_review', '72.71'), true);
    assert.equal(canActAtStage(a('admin_daerah', '72.71'), 'province_review', '72.71'), false);
    assert.equal(canActAtStage(a('provinsi', '72'), 'province_review', '72.71'), true);
    assert.equal(canActAtStage(a('provinsi', '73'), 'province_review', '72.71'), false);
    assert.equal(canActAtStage(a('provinsi', '72'), 'national_review', '72.71'), false);
    assert.equal(canActAtStage(a('superadmin', '00'), 'national_review', '72.71'), true);
    assert.equal(canActAtStage(a('superadmin', '00'), 'draft', '72.71'), false);
    assert.equal(canActAtStage(a('reviewer', '72.71'), 'dp3a_review', '72.71'), false);
  });
  test('revoking', () => {
    assert.equal(canRevokeStandardisation(a('admin_daerah', '72.71'), '72.71'), true);
    assert.equal(canRevokeStandardisation(a('provinsi', '72'), '72.71'), true);
    assert.equal(canRevokeStandardisation(a('reviewer', '72.71'), '72.71'), false);
    assert.equal(canRevokeStandardisation(a('lembaga_layanan', '72.71', 'i1'), '72.71'), false);
  });
});
