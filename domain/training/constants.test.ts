import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasTrainingRecords } from './constants.js';

test('a Bimtek, or any event with lesson hours, keeps training records', () => {
  assert.ok(hasTrainingRecords({ kind: 'bimtek', trainingHours: null }));
  assert.ok(hasTrainingRecords({ kind: 'sosialisasi', trainingHours: 4 }));
  assert.ok(!hasTrainingRecords({ kind: 'rakor', trainingHours: null }));
  assert.ok(!hasTrainingRecords({ kind: 'advokasi', trainingHours: 0 }));
});
