import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  monthsOfQuarter,
  overlappingPeriods,
  parseServicePeriod,
  quarterOf,
  servicePeriodsWithin,
  servicePeriodWithin,
} from './period.js';

test('quarters in the product code and months YYYY-MM parse; anything else does not', () => {
  assert.deepEqual(parseServicePeriod('2025-Q2'), { year: 2025, kind: 'quarter', part: 2 });
  assert.deepEqual(parseServicePeriod('2025-04'), { year: 2025, kind: 'month', part: 4 });
  for (const bad of ['2025', '2025-S1', '2025-13', '2025-00', '2025-Q5', ' 2025-Q1', '1989-01', '2025-4'])
    assert.equal(parseServicePeriod(bad), null, bad);
});

test('a month lies in one quarter; a quarter holds three months', () => {
  assert.equal(quarterOf(parseServicePeriod('2025-06')!), '2025-Q2');
  assert.equal(quarterOf(parseServicePeriod('2025-07')!), '2025-Q3');
  assert.deepEqual(monthsOfQuarter('2025-Q4'), ['2025-10', '2025-11', '2025-12']);
  assert.deepEqual(overlappingPeriods('2025-02'), ['2025-Q1']);
  assert.deepEqual(overlappingPeriods('2025-Q1'), ['2025-01', '2025-02', '2025-03']);
});

test('a data period of a year, semester or quarter takes the service periods inside it', () => {
  assert.equal(servicePeriodWithin('2025-12', '2025'), true);
  assert.equal(servicePeriodWithin('2025-Q3', '2025-S2'), true);
  assert.equal(servicePeriodWithin('2025-06', '2025-S2'), false);
  assert.equal(servicePeriodWithin('2025-05', '2025-Q2'), true);
  assert.equal(servicePeriodWithin('2024-Q4', '2025'), false);
  assert.equal(servicePeriodsWithin('2025').length, 16);
  assert.deepEqual(servicePeriodsWithin('2025-Q1'), ['2025-Q1', '2025-01', '2025-02', '2025-03']);
});
