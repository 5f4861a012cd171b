import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  canAnswerQuestion,
  canExportWorksheet,
  canManageWorksheet,
  canReadNationalRecap,
  canReadProvinceRecap,
  canReadVerificationQueue,
  canReadWorksheet,
  canReplyToComment,
  canVerifyStage,
  mayAnswerSomething,
  type EvaluationActor,
} from './access.js';
import {
  checkDecision,
  latestScores,
  scoreAfterDecision,
  scoreTrail,
  stageTally,
  undecidedAtClose,
  type StageDecision,
} from './verification.js';
import type { StageWindows } from './cycle-stages.js';
import {
  checkAnswerWritable,
  closedStagesOf,
  currentStageOf,
  isFrozen,
  statusAfterClose,
  statusWhileVerifying,
  verifierLevelOf,
  WORKSHEET_STATUSES,
} from './worksheet.js';

const windows: StageWindows = {
  self_assessment: { start: '2026-08-01', end: '2026-09-15' },
  administrative_verification: { start: '2026-09-20', end: '2026-10-15' },
  field_verification: { start: '2026-11-01', end: '2026-11-20' },
  final: { start: '2026-12-10', end: '2026-12-31' },
};

describe('worksheet: answers', () => {
  test('refused on a frozen or submitted worksheet, and outside the self-assessment window', () => {
    const draft = { status: 'draft' as const, frozen: false };
    assert.equal(checkAnswerWritable(draft, windows, '2026-08-01'), null);
    assert.equal(checkAnswerWritable(draft, windows, '2026-09-15'), null);
    assert.equal(checkAnswerWritable(draft, windows, '2026-09-16'), 'answer_window_closed');
    assert.equal(checkAnswerWritable(draft, windows, '2026-07-31'), 'answer_window_closed');
    assert.equal(checkAnswerWritable(draft, windows, '2026-10-01'), 'answer_window_closed');
    assert.equal(
      checkAnswerWritable({ status: 'draft', frozen: true }, windows, '2026-08-10'),
      'worksheet_frozen',
    );
    for (const s of WORKSHEET_STATUSES.filter((x) => x !== 'draft')) {
      assert.equal(isFrozen(s, false), true, s);
      assert.equal(
        checkAnswerWritable({ status: s, frozen: false }, windows, '2026-08-10'),
        'worksheet_frozen',
      );
    }
    assert.equal(isFrozen('draft', false), false);
  });
});

describe('worksheet: stages', () => {
  test('the stage being worked on, and where closing leads', () => {
    assert.equal(currentStageOf('draft'), null);
    assert.equal(currentStageOf('submitted'), 'administrative');
    assert.equal(currentStageOf('verification_administrative'), 'administrative');
    assert.equal(currentStageOf('verification_field'), 'field');
    assert.equal(currentStageOf('final'), null);
    assert.equal(statusWhileVerifying('administrative'), 'verification_administrative');
    assert.equal(statusWhileVerifying('field'), 'verification_field');
    assert.equal(statusAfterClose('administrative'), 'verification_field');
    assert.equal(statusAfterClose('field'), 'final');
    assert.deepEqual(closedStagesOf('submitted'), []);
    assert.deepEqual(closedStagesOf('verification_field'), ['administrative']);
    assert.deepEqual(closedStagesOf('final'), ['administrative', 'field']);
  });
  test('verifier level: province nationally; kab/kota by province, field nationally if the cycle says so', () => {
    assert.equal(verifierLevelOf('72', 'administrative', false), 'nasional');
    assert.equal(verifierLevelOf('72', 'field', false), 'nasional');
    assert.equal(verifierLevelOf('72.71', 'administrative', true), 'provinsi');
    assert.equal(verifierLevelOf('72.71', 'field', false), 'provinsi');
    assert.equal(verifierLevelOf('72.71', 'field', true), 'nasional');
    assert.equal(verifierLevelOf('ID', 'field', true), null);
    assert.equal(verifierLevelOf('bogus', 'field', true), null);
  });
});

const actor = (
  role: EvaluationActor['role'],
  regionCode: string,
  extra: Partial<EvaluationActor> = {},
): EvaluationActor => ({
  role,
  regionCode,
  opdId: null,
  ...extra,
});
const admPalu = actor('admin_daerah', '72.71');
const admDonggala = actor('admin_daerah', '72.03');
const admSulteng = actor('admin_daerah', '72');
const prov = actor('provinsi', '72');
const otherProv = actor('provinsi', '73');
const sa = actor('superadmin', 'ID');
const opA = actor('operator_opd', '72.71', { opdId: 'opd-a' });
const opNoOpd = actor('operator_opd', '72.71');
const pokja = actor('pokja', '72.71', { userId: 'u-pokja' });
const lembaga = actor('lembaga_layanan', '72.71', { institutionId: 'i1', userId: 'u-l' });

describe('access: answering', () => {
  test('DP3A of the region answers every question, never another region', () => {
    assert.equal(canAnswerQuestion(admPalu, '72.71', null), true);
    assert.equal(canAnswerQuestion(admPalu, '72.71', { opdId: 'opd-a', userId: null }), true);
    assert.equal(canAnswerQuestion(admDonggala, '72.71', null), false);
    assert.equal(canAnswerQuestion(admSulteng, '72.71', null), false);
    assert.equal(canAnswerQuestion(admSulteng, '72', null), true);
    assert.equal(canManageWorksheet(admPalu, '72.71'), true);
    assert.equal(canManageWorksheet(admSulteng, '72.71'), false);
    assert.equal(canManageWorksheet(sa, '72.71'), false);
  });
  test('an OPD operator answers only the questions assigned to its OPD', () => {
    assert.equal(canAnswerQuestion(opA, '72.71', { opdId: 'opd-a', userId: null }), true);
    assert.equal(canAnswerQuestion(opA, '72.71', { opdId: 'opd-b', userId: null }), false);
    assert.equal(canAnswerQuestion(opA, '72.71', null), false);
    assert.equal(canAnswerQuestion(opA, '72.71', { opdId: null, userId: null }), false);
    assert.equal(canAnswerQuestion(opNoOpd, '72.71', { opdId: null, userId: null }), false);
    assert.equal(canAnswerQuestion(opA, '72.03', { opdId: 'opd-a', userId: null }), false);
  });
  test('a colleague assigned by name answers that question only', () => {
    assert.equal(canAnswerQuestion(pokja, '72.71', { opdId: null, userId: 'u-pokja' }), true);
    assert.equal(canAnswerQuestion(pokja, '72.71', { opdId: null, userId: 'u-other' }), false);
    assert.equal(canAnswerQuestion(lembaga, '72.71', { opdId: null, userId: 'u-l' }), false);
    assert.equal(canReplyToComment(pokja, '72.71', { opdId: null, userId: 'u-pokja' }), true);
    assert.equal(canReplyToComment(prov, '72.71', null), false);
  });
  test('a verifier never answers, even where it verifies', () => {
    assert.equal(canAnswerQuestion(prov, '72.71', null), false);
    assert.equal(canAnswerQuestion(prov, '72.71', { opdId: null, userId: null }), false);
    assert.equal(canAnswerQuestion(sa, '72.71', null), false);
    assert.equal(
      canAnswerQuestion({ ...sa, regionCode: '72.71', userId: 'x' }, '72.71', { opdId: null, userId: 'x' }),
      false,
    );
    assert.equal(mayAnswerSomething(prov, '72.71'), false);
    assert.equal(mayAnswerSomething(opA, '72.71'), true);
    assert.equal(mayAnswerSomething(opA, '72.03'), false);
  });
});

describe('access: verifying and reading', () => {
  test('a province verifies its own kab/kota only, never itself or another province', () => {
    assert.equal(canVerifyStage(prov, '72.71', 'administrative', false), true);
    assert.equal(canVerifyStage(prov, '72.71', 'field', false), true);
    assert.equal(canVerifyStage(prov, '72.71', 'field', true), false);
    assert.equal(canVerifyStage(otherProv, '72.71', 'administrative', false), false);
    assert.equal(canVerifyStage(prov, '72', 'administrative', false), false);
    assert.equal(canVerifyStage(admPalu, '72.71', 'administrative', false), false);
    assert.equal(canVerifyStage(admSulteng, '72.71', 'administrative', false), false);
  });
  test('the superadmin verifies provinces, and kab/kota at the field stage when the cycle says so', () => {
    assert.equal(canVerifyStage(sa, '72', 'administrative', false), true);
    assert.equal(canVerifyStage(sa, '72', 'field', false), true);
    assert.equal(canVerifyStage(sa, '72.71', 'administrative', true), false);
    assert.equal(canVerifyStage(sa, '72.71', 'field', false), false);
    assert.equal(canVerifyStage(sa, '72.71', 'field', true), true);
    assert.equal(canVerifyStage(prov, '72', 'field', true), false);
  });
  test('reading: the region, its province and the nation; a kab/kota never another', () => {
    assert.equal(canReadWorksheet(admPalu, '72.71'), true);
    assert.equal(canReadWorksheet(admDonggala, '72.71'), false);
    assert.equal(canReadWorksheet(prov, '72.71'), true);
    assert.equal(canReadWorksheet(otherProv, '72.71'), false);
    assert.equal(canReadWorksheet(sa, '72.71'), true);
    assert.equal(canReadWorksheet(lembaga, '72.71'), false);
    assert.equal(canExportWorksheet(opA, '72.71'), false);
    assert.equal(canExportWorksheet(admPalu, '72.71'), true);
    assert.equal(canExportWorksheet(prov, '72.71'), true);
  });
  test('queue and recaps', () => {
    assert.equal(canReadVerificationQueue(prov), true);
    assert.equal(canReadVerificationQueue(sa), true);
    assert.equal(canReadVerificationQueue(admPalu), false);
    assert.equal(canReadProvinceRecap(prov, '72'), true);
    assert.equal(canReadProvinceRecap(otherProv, '72'), false);
    assert.equal(canReadProvinceRecap(sa, '72'), true);
    assert.equal(canReadProvinceRecap(sa, '72.71'), false);
    assert.equal(canReadProvinceRecap(admSulteng, '72'), false);
    assert.equal(canReadNationalRecap(sa), true);
    assert.equal(canReadNationalRecap(prov), false);
  });
});

describe('verification: decisions', () => {
  test('accepted needs nothing; adjusted a score in range and a comment; rejected a comment', () => {
    assert.equal(checkDecision({ decision: 'accepted' }, 10), null);
    assert.equal(checkDecision({ decision: 'accepted', adjustedScore: 3 }, 10), 'decision_score_not_allowed');
    assert.equal(checkDecision({ decision: 'adjusted', comment: 'x' }, 10), 'decision_score_required');
    assert.equal(
      checkDecision({ decision: 'adjusted', adjustedScore: 11, comment: 'x' }, 10),
      'decision_score_out_of_range',
    );
    assert.equal(
      checkDecision({ decision: 'adjusted', adjustedScore: -1, comment: 'x' }, 10),
      'decision_score_out_of_range',
    );
    assert.equal(
      checkDecision({ decision: 'adjusted', adjustedScore: NaN, comment: 'x' }, 10),
      'decision_score_out_of_range',
    );
    assert.equal(
      checkDecision({ decision: 'adjusted', adjustedScore: 4, comment: '  ' }, 10),
      'decision_comment_required',
    );
    assert.equal(
      checkDecision({ decision: 'adjusted', adjustedScore: 0, comment: 'SK kedaluwarsa' }, 10),
      null,
    );
    assert.equal(checkDecision({ decision: 'adjusted', adjustedScore: 10, comment: 'ok' }, 10), null);
    assert.equal(checkDecision({ decision: 'rejected' }, 10), 'decision_comment_required');
    assert.equal(checkDecision({ decision: 'rejected', comment: 'bukti tidak sah' }, 10), null);
    assert.equal(
      checkDecision({ decision: 'rejected', adjustedScore: 0, comment: 'x' }, 10),
      'decision_score_not_allowed',
    );
  });
  test('the score after each kind of decision', () => {
    assert.equal(scoreAfterDecision(7, undefined), 7);
    assert.equal(scoreAfterDecision(7, { decision: 'accepted' }), 7);
    assert.equal(scoreAfterDecision(7, { decision: 'adjusted', adjustedScore: 4 }), 4);
    assert.equal(scoreAfterDecision(7, { decision: 'rejected', comment: 'x' }), 0);
  });
  test('each stage starts from the one before; only reached stages count', () => {
    const self = { A: 10, B: 5, C: 3 };
    const ds: StageDecision[] = [
      { stage: 'administrative', questionCode: 'A', decision: 'adjusted', adjustedScore: 8, comment: 'x' },
      { stage: 'administrative', questionCode: 'B', decision: 'rejected', comment: 'y' },
      { stage: 'field', questionCode: 'A', decision: 'adjusted', adjustedScore: 6, comment: 'z' },
      { stage: 'field', questionCode: 'C', decision: 'accepted' },
    ];
    const none = scoreTrail(self, ds, []);
    assert.deepEqual(none.stages, {});
    assert.deepEqual(latestScores(none), self);
    const admin = scoreTrail(self, ds, ['administrative']);
    assert.deepEqual(admin.stages.administrative, { A: 8, B: 0, C: 3 });
    assert.equal(admin.stages.field, undefined);
    const both = scoreTrail(self, ds, ['administrative', 'field']);
    assert.deepEqual(both.stages.field, { A: 6, B: 0, C: 3 });
    assert.deepEqual(latestScores(both), { A: 6, B: 0, C: 3 });
    assert.deepEqual(both.self, self);
    // field without administrative is not a reachable state: the trail stops at the gap.
    assert.deepEqual(scoreTrail(self, ds, ['field']).stages, {});
  });
  test('a stage tally, its awaited replies and the questions the close accepts', () => {
    const ds: StageDecision[] = [
      { stage: 'administrative', questionCode: 'A', decision: 'adjusted', adjustedScore: 8, comment: 'x' },
      { stage: 'administrative', questionCode: 'B', decision: 'rejected', comment: 'y' },
      { stage: 'administrative', questionCode: 'C', decision: 'accepted' },
      { stage: 'field', questionCode: 'D', decision: 'rejected', comment: 'z' },
    ];
    const codes = ['A', 'B', 'C', 'D'];
    assert.deepEqual(stageTally(codes, ds, 'administrative', new Set(['A'])), {
      total: 4,
      accepted: 1,
      adjusted: 1,
      rejected: 1,
      undecided: 1,
      awaitingReply: 1,
    });
    assert.deepEqual(stageTally(codes, ds, 'field').rejected, 1);
    assert.deepEqual(undecidedAtClose(codes, ds, 'administrative'), ['D']);
    assert.deepEqual(undecidedAtClose(codes, ds, 'field'), ['A', 'B', 'C']);
  });
});
