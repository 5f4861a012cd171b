import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dueReminder, effectiveStatus, endsInYear, reminderDates } from './status.js';

const signed = { status: 'signed' as const, startsOn: '2025-01-15', endsOn: '2027-01-14' };

test('a signed agreement is signed before its start, active through its end day, expired after', () => {
  assert.equal(effectiveStatus(signed, '2025-01-14'), 'signed');
  assert.equal(effectiveStatus(signed, '2025-01-15'), 'active');
  assert.equal(effectiveStatus(signed, '2027-01-14'), 'active');
  assert.equal(effectiveStatus(signed, '2027-01-15'), 'expired');
});

test('draft and terminated stay as stored whatever the dates', () => {
  assert.equal(effectiveStatus({ ...signed, status: 'draft' }, '2030-01-01'), 'draft');
  assert.equal(effectiveStatus({ ...signed, status: 'terminated' }, '2025-06-01'), 'terminated');
});

test('reminders fall 90 and 30 days before the end', () => {
  assert.deepEqual(reminderDates('2027-01-14'), [
    { days: 90, on: '2026-10-16' },
    { days: 30, on: '2026-12-15' },
  ]);
});

test('the due reminder is the nearest threshold reached, none before 90 days or after the end', () => {
  assert.equal(dueReminder(signed, '2026-10-15'), null, '91 days left');
  assert.equal(dueReminder(signed, '2026-10-16'), 90);
  assert.equal(dueReminder(signed, '2026-12-14'), 90, '31 days left');
  assert.equal(dueReminder(signed, '2026-12-15'), 30);
  assert.equal(dueReminder(signed, '2027-01-14'), 30, 'the last day');
  assert.equal(dueReminder(signed, '2027-01-15'), null, 'expired');
  assert.equal(dueReminder({ ...signed, status: 'terminated' }, '2026-12-20'), null);
  assert.equal(dueReminder({ ...signed, status: 'draft' }, '2026-12-20'), null);
  // Signed late, 20 days before its end, before its start: the 30-day one only.
  assert.equal(
    dueReminder({ status: 'signed', startsOn: '2026-12-30', endsOn: '2027-01-14' }, '2026-12-25'),
    30,
  );
});

test('expiring this year: signed agreements ending in the year, not drafts or terminated ones', () => {
  assert.equal(endsInYear(signed, 2027), true);
  assert.equal(endsInYear(signed, 2026), false);
  assert.equal(endsInYear({ ...signed, status: 'terminated' }, 2027), false);
  assert.equal(endsInYear({ ...signed, status: 'draft' }, 2027), false);
});
