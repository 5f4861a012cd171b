/** The words of each notification kind in both languages, with dates and periods in the reader's format. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NOTIFICATION_KINDS } from '../../../domain/notifications.js';
import { formatDate, formatPeriodWords, renderNotification } from './render.js';

const PARAMS = {
  opd: 'Dinas Kesehatan',
  period: '2025-S1',
  actor: 'Admin DP3A',
  comment: 'Cek sumber.',
  subActivity: 'Pelayanan Ibu Hamil',
  year: 2027,
  deadlineKind: 'data_values',
  dueDate: '2026-03-31',
  days: 7,
};

test('every kind has a title and a body in both languages, with nothing left unfilled', () => {
  for (const kind of NOTIFICATION_KINDS) {
    for (const lang of ['id', 'en'] as const) {
      const { title, body } = renderNotification(kind, PARAMS, lang);
      for (const text of [title, body]) {
        assert.ok(text && !text.startsWith('notify_'), `${kind} ${lang}: ${text}`);
        assert.doesNotMatch(text, /[{}]/, `${kind} ${lang}: ${text}`);
      }
    }
  }
});

test('dates and periods read the reader’s way', () => {
  assert.equal(formatDate('2026-03-31', 'id'), '31 Maret 2026');
  assert.equal(formatDate('2026-03-31', 'en'), '31 March 2026');
  assert.equal(formatPeriodWords('2025-S1', 'id'), 'semester 1 2025');
  assert.equal(formatPeriodWords('2025-Q3', 'en'), '2025 quarter 3');
  assert.equal(formatPeriodWords('2025', 'id'), '2025');
  const deadline = renderNotification('deadline_approaching', PARAMS, 'id');
  assert.equal(deadline.title, 'Tenggat data terpilah 2027: 31 Maret 2026');
  const english = renderNotification('deadline_approaching', PARAMS, 'en');
  assert.equal(english.title, 'Deadline for sex-disaggregated data 2027: 31 March 2026');
});

test('an event without a known actor names "someone", not a blank', () => {
  const { body } = renderNotification('values_verified', { ...PARAMS, actor: null }, 'id');
  assert.match(body, /^Seseorang memverifikasi/);
});
