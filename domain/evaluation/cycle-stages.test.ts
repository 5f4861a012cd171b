import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { selfAssessmentOpen, stageOn, validateStageWindows, type StageWindows } from './cycle-stages.js';

const full: StageWindows = {
  self_assessment: { start: '2026-08-01', end: '2026-09-30' },
  administrative_verification: { start: '2026-10-01', end: '2026-10-31' },
  field_verification: { start: '2026-11-01', end: '2026-11-30' },
  final: { start: '2026-12-01', end: '2026-12-15' },
};
const empty: StageWindows = {
  self_assessment: { start: null, end: null },
  administrative_verification: { start: null, end: null },
  field_verification: { start: null, end: null },
  final: { start: null, end: null },
};

describe('validateStageWindows', () => {
  test('ordered windows pass; a draft may leave dates empty; opening needs them all', () => {
    assert.deepEqual(validateStageWindows(full, true), []);
    assert.deepEqual(validateStageWindows(empty, false), []);
    assert.equal(validateStageWindows(empty, true).length, 8);
    assert.deepEqual(validateStageWindows({ ...full, final: { start: '2026-12-01', end: null } }, true), [
      { stage: 'final', field: 'end', reason: 'stage_dates_missing' },
    ]);
  });
  test('an end before its start; a stage starting before the previous one ends (even if dates are skipped)', () => {
    assert.deepEqual(
      validateStageWindows({ ...full, self_assessment: { start: '2026-08-01', end: '2026-07-01' } }, false),
      [{ stage: 'self_assessment', field: 'end', reason: 'stage_end_before_start' }],
    );
    assert.deepEqual(
      validateStageWindows(
        { ...full, administrative_verification: { start: '2026-09-30', end: '2026-10-31' } },
        false,
      ),
      [{ stage: 'administrative_verification', field: 'start', reason: 'stage_starts_before_previous_ends' }],
    );
    assert.deepEqual(
      validateStageWindows(
        {
          ...full,
          administrative_verification: { start: null, end: null },
          field_verification: { start: '2026-09-01', end: '2026-11-30' },
        },
        false,
      ),
      [{ stage: 'field_verification', field: 'start', reason: 'stage_starts_before_previous_ends' }],
    );
  });
});

describe('stageOn', () => {
  test('the stage holding the date, ends inclusive; none outside', () => {
    assert.equal(stageOn(full, '2026-08-01'), 'self_assessment');
    assert.equal(stageOn(full, '2026-09-30'), 'self_assessment');
    assert.equal(stageOn(full, '2026-10-01'), 'administrative_verification');
    assert.equal(stageOn(full, '2026-12-15'), 'final');
    assert.equal(stageOn(full, '2026-07-31'), null);
    assert.equal(stageOn(full, '2027-01-01'), null);
    assert.equal(stageOn(empty, '2026-08-01'), null);
    assert.equal(selfAssessmentOpen(full, '2026-09-01'), true);
    assert.equal(selfAssessmentOpen(full, '2026-10-01'), false);
  });
});
