import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkScore, improvement, parseScore, summaryBySex } from './scores.js';

test('parses scores as typed, refusing what is not a score 0–100', () => {
  assert.deepEqual(parseScore('85'), { ok: true, value: 85 });
  assert.deepEqual(parseScore(' 72,5 '), { ok: true, value: 72.5 });
  assert.deepEqual(parseScore('72.25'), { ok: true, value: 72.25 });
  assert.deepEqual(parseScore(''), { ok: true, value: null });
  assert.deepEqual(parseScore('101'), { ok: false, reason: 'training_score_out_of_range' });
  assert.deepEqual(parseScore('-1'), { ok: false, reason: 'training_score_not_a_number' });
  assert.deepEqual(parseScore('=A1+1'), { ok: false, reason: 'training_score_not_a_number' });
  assert.deepEqual(parseScore('1.000'), { ok: false, reason: 'training_score_decimals' });
  assert.deepEqual(parseScore('70.125'), { ok: false, reason: 'training_score_decimals' });
  assert.equal(checkScore(Number.NaN), 'training_score_not_a_number');
  assert.equal(checkScore(100), null);
  assert.equal(checkScore(0), null);
});

test('improvement is post − pre, and nothing when a score is missing', () => {
  assert.equal(improvement(60, 85), 25);
  assert.equal(improvement(70.1, 70.3), 0.2);
  assert.equal(improvement(90, 80), -10);
  assert.equal(improvement(null, 80), null);
  assert.equal(improvement(60, null), null);
});

test('means by sex count only who has the score; missing ones are counted, never zero', () => {
  const s = summaryBySex([
    { sex: 'P', pre: 60, post: 80 },
    { sex: 'P', pre: 70, post: 95 },
    { sex: 'P', pre: null, post: 90 },
    { sex: 'L', pre: 50, post: null },
    { sex: 'L', pre: 40, post: 60 },
  ]);
  assert.deepEqual(s.P, {
    participants: 3,
    complete: 2,
    missingPre: 1,
    missingPost: 0,
    meanPre: 65,
    meanPost: 88.33,
    meanImprovement: 22.5,
  });
  assert.equal(s.L.meanImprovement, 20);
  assert.equal(s.L.meanPre, 45);
  assert.equal(s.L.missingPost, 1);
  assert.equal(s.total.participants, 5);
  assert.equal(s.total.complete, 3);
  assert.equal(s.total.meanImprovement, 21.67);
  const empty = summaryBySex([]);
  assert.equal(empty.P.meanPre, null);
  assert.equal(empty.total.meanImprovement, null);
});
