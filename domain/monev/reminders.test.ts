import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MONEV_OVERDUE_REMINDER_DAYS, monevReminderKey, monevReminderStep } from './reminders.js';

test('a week and a day before the deadline, then once in the fortnight after it', () => {
  const deadline = '2027-04-15';
  const at = (today: string) => monevReminderStep(today, deadline);
  assert.equal(at('2027-04-01'), null);
  assert.deepEqual(at('2027-04-08'), { kind: 'monev_due', days: 7, threshold: 7 });
  assert.deepEqual(at('2027-04-12'), { kind: 'monev_due', days: 3, threshold: 7 });
  assert.deepEqual(at('2027-04-14'), { kind: 'monev_due', days: 1, threshold: 1 });
  assert.deepEqual(at('2027-04-15'), { kind: 'monev_due', days: 0, threshold: 1 });
  assert.deepEqual(at('2027-04-16'), { kind: 'monev_overdue', days: -1 });
  assert.deepEqual(at('2027-04-29'), { kind: 'monev_overdue', days: -MONEV_OVERDUE_REMINDER_DAYS });
  assert.equal(at('2027-04-30'), null);
});

test('the key names the region, the quarter and the threshold (the overdue one has none)', () => {
  assert.equal(
    monevReminderKey('72.71', '2027-Q1', { kind: 'monev_due', days: 3, threshold: 7 }),
    'monev_due:72.71:2027-Q1:7',
  );
  assert.equal(
    monevReminderKey('72.71', '2027-Q1', { kind: 'monev_overdue', days: -2 }),
    'monev_overdue:72.71:2027-Q1',
  );
});
