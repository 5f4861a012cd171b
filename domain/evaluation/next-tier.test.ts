import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { InstrumentContent, WorksheetAnswer } from './instrument.js';
import { planNextTier } from './next-tier.js';
import { scoreWorksheet } from './scoring.js';
import { FIVE_TIERS, q, smallInstrument } from './test-fixtures.js';

const answers = (o: Record<string, WorksheetAnswer['value']>) =>
  new Map<string, WorksheetAnswer>(Object.entries(o).map(([k, value]) => [k, { value }]));

function apply(
  content: InstrumentContent,
  base: Map<string, WorksheetAnswer>,
  plan: ReturnType<typeof planNextTier>,
) {
  const next = new Map(base);
  for (const c of plan.changes) next.set(c.code, { value: c.suggested ?? 'jawaban' });
  return scoreWorksheet(content, next).total;
}

describe('planNextTier', () => {
  const inst = smallInstrument();
  test('an empty worksheet: one change reaches Pratama (10), the least ambitious that suffices', () => {
    const plan = planNextTier(inst, new Map(), FIVE_TIERS);
    assert.equal(plan.target?.name, 'Pratama');
    assert.equal(plan.needed, 10);
    assert.equal(plan.changes.length, 1);
    assert.ok(plan.reachable);
    assert.ok(apply(inst, new Map(), plan) >= 10);
  });
  test('picks the largest gains first, so the fewest questions change', () => {
    // At 10 (Pratama, A1 yes): Madya needs 10 more; A2 "A" alone gives 20, so one change.
    const base = answers({ A1: true });
    const plan = planNextTier(inst, base, FIVE_TIERS);
    assert.equal(plan.target?.name, 'Madya');
    assert.equal(plan.changes.length, 1);
    // The smallest closing move: A2 "B" (10 after weight) rather than "A" (20).
    assert.deepEqual(
      plan.changes.map((c) => [c.code, c.suggested, c.gain]),
      [['A2', 'B', 10]],
    );
  });
  test('reaching a far tier takes several changes, each with its gain and evidence kinds', () => {
    const base = answers({ A1: false });
    const plan = planNextTier(inst, base, [{ name: 'Tinggi', min: 60, max: 64 }]);
    assert.ok(plan.reachable);
    assert.ok(apply(inst, base, plan) >= 60);
    const a1 = plan.changes.find((c) => c.code === 'A1');
    assert.deepEqual(a1?.evidenceKinds, ['sk_pokja_pug']);
    assert.equal(a1?.current, false);
    assert.equal(plan.changes.reduce((s, c) => s + c.gain, 0) >= 60, true);
    const text = plan.changes.find((c) => c.code === 'B3');
    assert.equal(text?.suggested, null, 'a text answer is "any answer"');
  });
  test('a parent that earns nothing but unlocks a child is suggested with it', () => {
    const gate: InstrumentContent = {
      areas: [
        {
          code: 'X',
          name: 'X',
          questions: [
            q('P', { maxScore: 0 }),
            q('C', { maxScore: 10, condition: { questionCode: 'P', equals: true } }),
          ],
        },
      ],
    };
    const plan = planNextTier(gate, answers({ P: false }), [{ name: 'T', min: 10, max: 10.5 }]);
    assert.deepEqual(
      plan.changes.map((c) => [c.code, c.suggested]),
      [
        ['P', true],
        ['C', true],
      ],
    );
    assert.ok(plan.reachable);
  });
  test('already at the top, or unreachable', () => {
    const full = answers({ A1: true, A2: 'A', A3: true, B1: 100, B2: 20, B3: 'x' });
    assert.equal(planNextTier(inst, full, FIVE_TIERS).target, null);
    const plan = planNextTier(inst, new Map(), [{ name: 'T', min: 64, max: 100 }]);
    assert.equal(plan.reachable, true);
    const locked = new Map<string, WorksheetAnswer>([['A1', { value: false, adjustedScore: 0 }]]);
    const miss = planNextTier(inst, locked, [{ name: 'T', min: 60, max: 64 }]);
    assert.equal(miss.reachable, false, 'a verifier-adjusted A1 cannot change, so A3 stays hidden');
    assert.ok(!miss.changes.some((c) => c.code === 'A1'));
  });
  test('number thresholds suggest the step’s minimum', () => {
    const plan = planNextTier(inst, answers({ A1: true, A2: 'A', A3: true, B2: 20, B3: 'x' }), FIVE_TIERS);
    // 10 + 20 + 10 + 10 + 10 = 60: already Mentor.
    assert.equal(plan.target, null);
    // At 50, one point short: B1 at 25% (1 point) is the least that closes it, not B2 (10).
    const p2 = planNextTier(inst, answers({ A1: true, A2: 'A', A3: true, B3: 'x' }), [
      { name: 'Low', min: 0, max: 51 },
      { name: 'High', min: 51, max: 64 },
    ]);
    assert.deepEqual(
      p2.changes.map((c) => [c.code, c.suggested]),
      [['B1', 25]],
    );
    // Two points short: B1 at 50%.
    const p3 = planNextTier(inst, answers({ A1: true, A2: 'A', A3: true, B3: 'x' }), [
      { name: 'Low', min: 0, max: 52 },
      { name: 'High', min: 52, max: 64 },
    ]);
    assert.deepEqual(
      p3.changes.map((c) => [c.code, c.suggested]),
      [['B1', 50]],
    );
  });
});
