import assert from 'node:assert/strict';
import { test } from 'node:test';
import { daysOf, meetingDatesProblems, signInWindow, timeZoneOfRegion, utcOffsetHours } from './days.js';

test('Kota Palu is on WITA, Jakarta WIB, Jayapura WIT', () => {
  assert.equal(timeZoneOfRegion('72.71'), 'Asia/Makassar');
  assert.equal(utcOffsetHours('72.71'), 8);
  assert.equal(utcOffsetHours('31.71'), 7);
  assert.equal(utcOffsetHours('91.71'), 9);
});

test('a day in Palu opens at 00:00 WITA (16:00 UTC the day before) for 24 hours', () => {
  const w = signInWindow('72.71', '2024-12-04');
  assert.equal(w.opensAt.toISOString(), '2024-12-03T16:00:00.000Z');
  assert.equal(w.closesAt.toISOString(), '2024-12-04T16:00:00.000Z');
});

test('days from start to end, across a month end', () => {
  assert.deepEqual(daysOf('2024-11-30', '2024-12-02'), ['2024-11-30', '2024-12-01', '2024-12-02']);
  assert.deepEqual(daysOf('2024-12-04', '2024-12-04'), ['2024-12-04']);
});

test('an end before the start names endsOn; too long; end time before start time', () => {
  assert.deepEqual(meetingDatesProblems({ startsOn: '2024-12-04', endsOn: '2024-12-03' }), {
    endsOn: 'meeting_ends_before_start',
  });
  assert.deepEqual(meetingDatesProblems({ startsOn: '2024-01-01', endsOn: '2024-12-31' }), {
    endsOn: 'meeting_too_long',
  });
  assert.deepEqual(
    meetingDatesProblems({
      startsOn: '2024-12-04',
      endsOn: '2024-12-04',
      startTime: '13:00',
      endTime: '08:00',
    }),
    { endTime: 'meeting_end_time_before_start' },
  );
  assert.deepEqual(meetingDatesProblems({ startsOn: '2024-12-04', endsOn: '2024-12-05' }), {});
});
