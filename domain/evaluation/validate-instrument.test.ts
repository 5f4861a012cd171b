import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { InstrumentContent, InstrumentQuestion } from './instrument.js';
import { FIVE_TIERS, q, smallInstrument } from './test-fixtures.js';
import {
  MAX_QUESTIONS,
  validateBands,
  validateInstrument,
  validateInstrumentWithBands,
} from './validate-instrument.js';

const one = (...questions: InstrumentQuestion[]): InstrumentContent => ({
  areas: [{ code: 'X', name: 'X', questions }],
});
const reasons = (c: InstrumentContent) =>
  validateInstrument(c).map((p) => `${p.sheet}:${p.key}:${p.field}:${p.reason}`);

describe('validateInstrument', () => {
  test('the shared fixture is valid', () => {
    assert.deepEqual(validateInstrument(smallInstrument()), []);
  });
  test('no areas; an area without questions', () => {
    assert.deepEqual(reasons({ areas: [] }), ['areas::code:instrument_no_areas']);
    assert.deepEqual(reasons({ areas: [{ code: 'X', name: 'X', questions: [] }] }), [
      'areas:X:code:area_no_questions',
    ]);
  });
  test('duplicate codes, ignoring case and spaces', () => {
    const c: InstrumentContent = {
      areas: [
        { code: 'X', name: 'X', questions: [q('A1'), q(' a1 ')] },
        { code: 'x', name: 'X2', questions: [q('A2')] },
      ],
    };
    assert.deepEqual(reasons(c), [
      'areas:x:code:area_code_duplicate',
      'questions: a1 :code:question_code_duplicate',
    ]);
  });
  test('weight ≤ 0 and a negative or infinite max', () => {
    assert.deepEqual(
      reasons(
        one(
          q('A', { weight: 0 }),
          q('B', { weight: -1 }),
          q('C', { maxScore: -1 }),
          q('D', { maxScore: Infinity }),
        ),
      ),
      [
        'questions:A:weight:question_weight_not_positive',
        'questions:B:weight:question_weight_not_positive',
        'questions:C:maxScore:question_max_score_invalid',
        'questions:D:maxScore:question_max_score_invalid',
      ],
    );
  });
  test('options: required for choice (two at least), refused elsewhere, codes unique, scores 0..max', () => {
    const opts = [
      { code: 'A', label: 'a', score: 11 },
      { code: 'a', label: 'b', score: -1 },
      { code: 'C', label: 'c', score: 10 },
    ];
    assert.deepEqual(reasons(one(q('Q', { answerType: 'choice', options: opts }))), [
      'options:Q/A:score:option_score_above_max',
      'options:Q/a:code:option_code_duplicate',
      'options:Q/a:score:option_score_negative',
    ]);
    assert.deepEqual(reasons(one(q('Q', { answerType: 'choice', options: [opts[2]] }))), [
      'questions:Q:options:question_options_missing',
    ]);
    assert.deepEqual(reasons(one(q('Q', { options: [opts[2]] }))), [
      'questions:Q:options:question_options_not_allowed',
    ]);
    const many = Array.from({ length: 21 }, (_, i) => ({ code: `O${i}`, label: 'o', score: 1 }));
    assert.deepEqual(reasons(one(q('Q', { answerType: 'choice', options: many }))), [
      'questions:Q:options:question_too_many_options',
    ]);
  });
  test('thresholds: only on numbers, ascending, scores within max; a number needs thresholds or a target', () => {
    assert.deepEqual(reasons(one(q('Q', { thresholds: [{ min: 1, score: 1 }], target: 3 }))), [
      'questions:Q:thresholds:question_thresholds_not_allowed',
      'questions:Q:target:question_target_not_allowed',
    ]);
    assert.deepEqual(
      reasons(
        one(
          q('Q', {
            answerType: 'number',
            thresholds: [
              { min: 5, score: 1 },
              { min: 5, score: 11 },
            ],
          }),
        ),
      ),
      [
        'questions:Q:thresholds:question_thresholds_not_ascending',
        'questions:Q:thresholds:threshold_score_above_max',
      ],
    );
    assert.deepEqual(reasons(one(q('Q', { answerType: 'number' }))), [
      'questions:Q:target:question_target_missing',
    ]);
    assert.deepEqual(reasons(one(q('Q', { answerType: 'percentage' }))), [], 'a percentage scales to 100');
    const steps = Array.from({ length: 21 }, (_, i) => ({ min: i, score: 0 }));
    assert.deepEqual(reasons(one(q('Q', { answerType: 'number', thresholds: steps }))), [
      'questions:Q:thresholds:question_too_many_thresholds',
    ]);
  });
  test('conditions: on a missing question, on a later one or itself, with a value the question cannot have', () => {
    assert.deepEqual(reasons(one(q('A', { condition: { questionCode: 'ZZ', equals: true } }))), [
      'questions:A:condition.questionCode:condition_question_missing',
    ]);
    assert.deepEqual(reasons(one(q('A', { condition: { questionCode: 'B', equals: true } }), q('B'))), [
      'questions:A:condition.questionCode:condition_question_not_earlier',
    ]);
    assert.deepEqual(reasons(one(q('A', { condition: { questionCode: 'A', equals: true } }))), [
      'questions:A:condition.questionCode:condition_question_not_earlier',
    ]);
    const choice = q('P', {
      answerType: 'choice',
      options: [
        { code: 'A', label: 'a', score: 1 },
        { code: 'B', label: 'b', score: 0 },
      ],
    });
    assert.deepEqual(reasons(one(choice, q('C', { condition: { questionCode: 'P', equals: 'Z' } }))), [
      'questions:C:condition.equals:condition_value_invalid',
    ]);
    assert.deepEqual(
      reasons(one(choice, q('C', { condition: { questionCode: 'p', equals: 'B' } }))),
      [],
      'code case ignored',
    );
    assert.deepEqual(reasons(one(q('P'), q('C', { condition: { questionCode: 'P', equals: 'ya' } }))), [
      'questions:C:condition.equals:condition_value_invalid',
    ]);
    const pct = q('P', { answerType: 'percentage' });
    assert.deepEqual(reasons(one(pct, q('C', { condition: { questionCode: 'P', equals: 101 } }))), [
      'questions:C:condition.equals:condition_value_invalid',
    ]);
    const txt = q('P', { answerType: 'text' });
    assert.deepEqual(reasons(one(txt, q('C', { condition: { questionCode: 'P', equals: 'ada' } }))), []);
    const num = q('P', { answerType: 'number', target: 5 });
    assert.deepEqual(reasons(one(num, q('C', { condition: { questionCode: 'P', equals: -2 } }))), [
      'questions:C:condition.equals:condition_value_invalid',
    ]);
  });
  test('evidence kinds must be known and listed once', () => {
    assert.deepEqual(
      reasons(one(q('A', { evidenceKinds: ['sk_pokja_pug', 'sk_pokja_pug', 'surat_sakti'] }))),
      [
        'questions:A:evidenceKinds:evidence_kind_duplicate',
        'questions:A:evidenceKinds:evidence_kind_unknown',
      ],
    );
  });
  test('too many questions', () => {
    const many = Array.from({ length: MAX_QUESTIONS + 1 }, (_, i) => q(`Q${i}`));
    assert.deepEqual(reasons(one(...many)), ['questions::code:instrument_too_many_questions']);
  });
});

describe('validateBands', () => {
  const r = (bands: { name: string; min: number; max: number }[], max = 64) =>
    validateBands(bands, max).map((p) => `${p.key}:${p.field}:${p.reason}`);
  test('contiguous bands within the maximum pass; the lowest may start above 0', () => {
    assert.deepEqual(r(FIVE_TIERS), []);
    assert.deepEqual(r([]), []);
  });
  test('overlap, gap, empty, negative, above the maximum, duplicate names, too many', () => {
    assert.deepEqual(
      r([
        { name: 'A', min: 0, max: 50 },
        { name: 'B', min: 40, max: 64 },
      ]),
      ['B:min:tier_bands_overlap'],
    );
    assert.deepEqual(
      r([
        { name: 'A', min: 0, max: 50 },
        { name: 'B', min: 51, max: 64 },
      ]),
      ['B:min:tier_bands_gap'],
    );
    assert.deepEqual(r([{ name: 'A', min: 10, max: 10 }]), ['A:max:tier_band_empty']);
    assert.deepEqual(r([{ name: 'A', min: -1, max: 10 }]), ['A:min:tier_band_negative']);
    assert.deepEqual(r([{ name: 'A', min: 0, max: 65 }]), ['A:max:tier_band_above_max_total']);
    assert.deepEqual(
      r([
        { name: 'A', min: 0, max: 10 },
        { name: 'a', min: 10, max: 20 },
      ]),
      ['a:name:tier_name_duplicate'],
    );
    const eleven = Array.from({ length: 11 }, (_, i) => ({ name: `T${i}`, min: i, max: i + 1 }));
    assert.deepEqual(r(eleven), [':name:tier_too_many']);
  });
  test('with the instrument: its maximum is the bound', () => {
    assert.deepEqual(validateInstrumentWithBands(smallInstrument(), FIVE_TIERS), []);
    const over = [...FIVE_TIERS.slice(0, 4), { name: 'Mentor', min: 50, max: 70 }];
    assert.equal(validateInstrumentWithBands(smallInstrument(), over)[0].reason, 'tier_band_above_max_total');
  });
});
