import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recapOf, responsiveSen, type RecapLine } from './arg-recap.js';

const line = (over: Partial<RecapLine>): RecapLine => ({
  opdId: 'a',
  code: '2.08.02.2.01.0001',
  budget: '100.00',
  argCategory: null,
  argAmount: null,
  gapStatus: null,
  ...over,
});

test('an empty year is all zeros, with every category listed', () => {
  const r = recapOf([]);
  assert.equal(r.totalBudget, '0.00');
  assert.equal(r.responsiveAmount, '0.00');
  assert.equal(r.responsiveShare, '0.00');
  assert.deepEqual(
    r.byCategory.map((c) => c.category),
    ['khusus', 'kesetaraan', 'kelembagaan', 'netral', 'untagged'],
  );
  assert.deepEqual(r.byOpd, []);
  assert.deepEqual(r.byProgram, []);
});

test('only responsive categories count; netral and untagged add budget, not ARG', () => {
  const lines = [
    line({ budget: '486750000.00', argCategory: 'khusus', argAmount: '486750000.00', gapStatus: 'approved' }),
    line({
      opdId: 'b',
      code: '2.08.02.2.02.0001',
      budget: '215400000.00',
      argCategory: 'kesetaraan',
      argAmount: '100000000.50',
      gapStatus: 'submitted',
    }),
    line({
      opdId: 'b',
      code: '2.08.01.2.01.0001',
      budget: '50000000.00',
      argCategory: 'kelembagaan',
      argAmount: '0.01',
    }),
    line({
      opdId: 'b',
      code: '2.08.01.2.02.0001',
      budget: '1000000000.00',
      argCategory: 'netral',
      argAmount: '0.00',
      gapStatus: 'draft',
    }),
    line({ opdId: 'c', code: '1.02.02.2.02.0001', budget: '333.33' }),
    // A stray amount on a netral line never counts.
    line({
      opdId: 'c',
      code: '1.02.02.2.02.0002',
      budget: '10.00',
      argCategory: 'netral',
      argAmount: '10.00',
    }),
  ];
  const r = recapOf(lines);
  assert.equal(r.totalBudget, '1752150343.33');
  assert.equal(r.responsiveAmount, '586750000.51');
  assert.equal(r.approvedAmount, '486750000.00');
  assert.equal(r.responsiveShare, '33.49'); // 586750000.51 / 1752150343.33 = 33.4874…%
  const cat = Object.fromEntries(r.byCategory.map((c) => [c.category, c]));
  assert.deepEqual(cat.khusus, {
    category: 'khusus',
    amount: '486750000.00',
    budget: '486750000.00',
    count: 1,
  });
  assert.equal(cat.kesetaraan.amount, '100000000.50');
  assert.equal(cat.kelembagaan.amount, '0.01');
  assert.deepEqual(cat.netral, { category: 'netral', amount: '0.00', budget: '1000000010.00', count: 2 });
  assert.deepEqual(cat.untagged, { category: 'untagged', amount: '0.00', budget: '333.33', count: 1 });

  const b = r.byOpd.find((o) => o.opdId === 'b')!;
  assert.equal(b.budget, '1265400000.00');
  assert.equal(b.responsive, '100000000.51');
  assert.equal(b.share, '7.90');
  assert.equal(b.subActivities, 3);
  assert.equal(b.tagged, 3);
  assert.deepEqual(b.gaps, { draft: 1, submitted: 1, revision: 0, approved: 0 });
  const c = r.byOpd.find((o) => o.opdId === 'c')!;
  assert.equal(c.tagged, 1);
  assert.equal(c.share, '0.00');

  assert.deepEqual(r.byProgram, [
    { code: '1.02.02', budget: '343.33', responsive: '0.00' },
    { code: '2.08.01', budget: '1050000000.00', responsive: '0.01' },
    { code: '2.08.02', budget: '702150000.00', responsive: '586750000.50' },
  ]);
});

test('the responsive part of one line', () => {
  assert.equal(responsiveSen({ argCategory: 'khusus', argAmount: '1.50' }), 150n);
  assert.equal(responsiveSen({ argCategory: 'netral', argAmount: '1.50' }), 0n);
  assert.equal(responsiveSen({ argCategory: null, argAmount: '1.50' }), 0n);
  assert.equal(responsiveSen({ argCategory: 'kesetaraan', argAmount: null }), 0n);
});
