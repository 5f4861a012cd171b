import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveArgTag, retagForBudget } from './arg-tag.js';

test('tag rules: untagged, netral, responsive with and without an amount', () => {
  assert.deepEqual(resolveArgTag('100.00', null, null), { ok: true, argCategory: null, argAmount: null });
  assert.deepEqual(resolveArgTag('100.00', null, '0.00'), { ok: true, argCategory: null, argAmount: null });
  assert.deepEqual(resolveArgTag('100.00', null, '5.00'), {
    ok: false,
    field: 'argAmount',
    error: 'arg_amount_without_category',
  });
  assert.deepEqual(resolveArgTag('100.00', 'netral', null), {
    ok: true,
    argCategory: 'netral',
    argAmount: '0.00',
  });
  assert.deepEqual(resolveArgTag('100.00', 'netral', '1.00'), {
    ok: false,
    field: 'argAmount',
    error: 'arg_amount_netral',
  });
  assert.deepEqual(resolveArgTag('486750000.00', 'khusus', null), {
    ok: true,
    argCategory: 'khusus',
    argAmount: '486750000.00',
  });
  assert.deepEqual(resolveArgTag('100.00', 'kesetaraan', '100.00'), {
    ok: true,
    argCategory: 'kesetaraan',
    argAmount: '100.00',
  });
  assert.deepEqual(resolveArgTag('100.00', 'kelembagaan', '0.00'), {
    ok: true,
    argCategory: 'kelembagaan',
    argAmount: '0.00',
  });
  assert.deepEqual(resolveArgTag('100.00', 'khusus', '100.01'), {
    ok: false,
    field: 'argAmount',
    error: 'arg_amount_exceeds_budget',
  });
  assert.deepEqual(resolveArgTag('100.00', 'khusus', '-0.01'), {
    ok: false,
    field: 'argAmount',
    error: 'money_negative',
  });
});

test('a whole-budget tag follows a new budget; a partial one must still fit', () => {
  assert.deepEqual(retagForBudget('100.00', '150.00', 'khusus', '100.00'), { ok: true, argAmount: '150.00' });
  assert.deepEqual(retagForBudget('100.00', '80.00', 'khusus', '100.00'), { ok: true, argAmount: '80.00' });
  assert.deepEqual(retagForBudget('100.00', '80.00', 'khusus', '50.00'), { ok: true, argAmount: '50.00' });
  assert.deepEqual(retagForBudget('100.00', '40.00', 'kesetaraan', '50.00'), { ok: false });
  assert.deepEqual(retagForBudget('100.00', '40.00', 'netral', '0.00'), { ok: true, argAmount: '0.00' });
  assert.deepEqual(retagForBudget('100.00', '40.00', null, null), { ok: true, argAmount: null });
});
