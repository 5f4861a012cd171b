import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateRangeId, longDateId } from './dates.js';

test('certificate dates in Indonesian', () => {
  assert.equal(longDateId('2024-12-04'), '4 Desember 2024');
  assert.equal(dateRangeId('2024-12-04', '2024-12-04'), '4 Desember 2024');
  assert.equal(dateRangeId('2024-12-03', '2024-12-04'), '3–4 Desember 2024');
  assert.equal(dateRangeId('2024-11-30', '2024-12-02'), '30 November – 2 Desember 2024');
  assert.equal(dateRangeId('2024-12-31', '2025-01-01'), '31 Desember 2024 – 1 Januari 2025');
});
