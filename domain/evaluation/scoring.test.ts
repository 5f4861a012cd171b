import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { WorksheetAnswer } from './instrument.js';
import { checkAnswerValue, maxTotalOf, pointsOf, scoreWorksheet, visibleQuestions } from './scoring.js';
import { q, smallInstrument } from './test-fixtures.js';

const answers = (o: Record<string, WorksheetAnswer['value']>) =>
  new Map(Object.entries(o).map(([k, value]) => [k, { value }]));

describe('pointsOf', () => {
  test('yes/no earns the max or nothing', () => {
    assert.equal(pointsOf(q('X'), true), 10);
    assert.equal(pointsOf(q('X'), false), 0);
    assert.equal(pointsOf(q('X'), null), 0);
  });
  test('choice earns the option score, capped at max; an unknown option earns 0', () => {
    const c = q('X', {
      answerType: 'choice',
      maxScore: 5,
      options: [
        { code: 'A', label: 'a', score: 9 },
        { code: 'B', label: 'b', score: 3 },
      ],
    });
    assert.equal(pointsOf(c, 'B'), 3);
    assert.equal(pointsOf(c, 'A'), 5);
    assert.equal(pointsOf(c, 'Z'), 0);
    assert.equal(pointsOf(c, true), 0);
  });
  test('number with thresholds: the highest step reached', () => {
    const n = q('X', {
      answerType: 'number',
      thresholds: [
        { min: 1, score: 2 },
        { min: 5, score: 6 },
        { min: 10, score: 10 },
      ],
    });
    assert.equal(pointsOf(n, 0), 0);
    assert.equal(pointsOf(n, 1), 2);
    assert.equal(pointsOf(n, 9.99), 6);
    assert.equal(pointsOf(n, 1000), 10);
  });
  test('number and percentage without thresholds scale to the target, capped', () => {
    assert.equal(pointsOf(q('X', { answerType: 'number', target: 20 }), 5), 2.5);
    assert.equal(pointsOf(q('X', { answerType: 'number', target: 20 }), 40), 10);
    assert.equal(pointsOf(q('X', { answerType: 'percentage' }), 40), 4);
    assert.equal(pointsOf(q('X', { answerType: 'number' }), 40), 0, 'no target: nothing to scale to');
  });
  test('text: non-empty earns the max', () => {
    assert.equal(pointsOf(q('X', { answerType: 'text' }), 'ada'), 10);
    assert.equal(pointsOf(q('X', { answerType: 'text' }), '   '), 0);
  });
  test('values of the wrong type are refused and earn nothing', () => {
    assert.equal(checkAnswerValue(q('X'), 'ya'), 'answer_not_yes_no');
    assert.equal(checkAnswerValue(q('X', { answerType: 'percentage' }), 101), 'answer_not_percentage');
    assert.equal(checkAnswerValue(q('X', { answerType: 'number' }), -1), 'answer_not_number');
    assert.equal(checkAnswerValue(q('X', { answerType: 'number' }), Number.NaN), 'answer_not_number');
    assert.equal(checkAnswerValue(q('X', { answerType: 'text' }), 3), 'answer_not_text');
    assert.equal(checkAnswerValue(q('X', { answerType: 'choice', options: [] }), 'A'), 'answer_not_option');
    assert.equal(checkAnswerValue(q('X'), null), null);
    assert.equal(pointsOf(q('X', { answerType: 'percentage' }), 150), 0);
  });
});

describe('scoreWorksheet', () => {
  const inst = smallInstrument();
  test('maximum is every question at max × weight', () => {
    assert.equal(maxTotalOf(inst), 64);
  });
  test('weights multiply, areas sum, total sums', () => {
    const s = scoreWorksheet(inst, answers({ A1: true, A2: 'B', A3: true, B1: 50, B2: 10, B3: 'inovasi' }));
    // A1 10 + A2 5×2 + A3 10 = 30; B1 2 + B2 5 + B3 10 = 17.
    assert.deepEqual(s.byArea, [
      { code: 'PELEMBAGAAN', score: 30, max: 40 },
      { code: 'PERENCANAAN', score: 17, max: 24 },
    ]);
    assert.equal(s.total, 47);
    assert.equal(s.maxTotal, 64);
    assert.deepEqual(
      s.perQuestion.find((p) => p.code === 'A2'),
      {
        code: 'A2',
        areaCode: 'PELEMBAGAAN',
        visible: true,
        answered: true,
        points: 5,
        score: 10,
        max: 20,
      },
    );
  });
  test('a question hidden by its condition earns nothing even if answered', () => {
    const s = scoreWorksheet(inst, answers({ A1: false, A3: true }));
    const a3 = s.perQuestion.find((p) => p.code === 'A3')!;
    assert.equal(a3.visible, false);
    assert.equal(a3.score, 0);
    assert.equal(s.total, 0);
    assert.equal(s.maxTotal, 64, 'the maximum stays the instrument’s');
  });
  test('unanswered questions earn 0; a plain object works as the lookup', () => {
    const s = scoreWorksheet(inst, { A1: { value: true } });
    assert.equal(s.total, 10);
    assert.equal(s.perQuestion.filter((p) => p.answered).length, 1);
  });
  test('a verifier adjustment replaces the computed points, capped, but not on a hidden question', () => {
    const s = scoreWorksheet(
      inst,
      new Map<string, WorksheetAnswer>([
        ['A1', { value: true, adjustedScore: 4 }],
        ['A2', { value: 'C', adjustedScore: 99 }],
      ]),
    );
    assert.equal(s.total, 4 + 20);
    const hidden = scoreWorksheet(
      inst,
      new Map<string, WorksheetAnswer>([['A3', { value: null, adjustedScore: 5 }]]),
    );
    assert.equal(hidden.total, 0);
  });
  test('a chain of conditions: a child of a hidden parent is hidden', () => {
    const chain = {
      areas: [
        {
          code: 'X',
          name: 'X',
          questions: [
            q('P'),
            q('C1', { condition: { questionCode: 'P', equals: true } }),
            q('C2', { condition: { questionCode: 'C1', equals: true } }),
          ],
        },
      ],
    };
    assert.deepEqual([...visibleQuestions(chain, answers({ P: false, C1: true }))], ['P']);
    assert.deepEqual([...visibleQuestions(chain, answers({ P: true, C1: true }))], ['P', 'C1', 'C2']);
  });
  test('fractional weights do not leave float dust', () => {
    const w = {
      areas: [{ code: 'X', name: 'X', questions: [q('A', { weight: 0.1 }), q('B', { weight: 0.2 })] }],
    };
    assert.equal(scoreWorksheet(w, answers({ A: true, B: true })).total, 3);
  });
});
