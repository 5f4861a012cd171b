import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeText, foldLine, writeIcs } from './ics.js';

test('text escapes backslash, semicolon, comma and line breaks', () => {
  assert.equal(escapeText('a\\b;c,d\ne\r\nf'), 'a\\\\b\\;c\\,d\\ne\\nf');
});

test('lines fold at 75 octets without splitting a UTF-8 character', () => {
  const folded = foldLine(`SUMMARY:${'é'.repeat(80)}`);
  const parts = folded.split('\r\n');
  assert.ok(parts.length > 1);
  for (const [i, part] of parts.entries()) {
    assert.ok(Buffer.byteLength(part, 'utf8') <= 75, `part ${i} too long`);
    if (i > 0) assert.equal(part[0], ' ');
  }
  assert.equal(parts.map((p, i) => (i ? p.slice(1) : p)).join(''), `SUMMARY:${'é'.repeat(80)}`);
});

test('a calendar with a whole-day and a timed event, CRLF throughout', () => {
  const ics = writeIcs({
    name: 'Kegiatan PUG Kota Palu',
    timeZone: 'Asia/Makassar',
    utcOffsetHours: 8,
    events: [
      {
        uid: 'a@setara',
        summary: 'Bimtek, RPJMD; 2025',
        startsOn: '2024-12-04',
        endsOn: '2024-12-04',
        updatedAt: new Date('2024-11-20T01:02:03Z'),
      },
      {
        uid: 'b@setara',
        summary: 'Rakor',
        startsOn: '2024-12-18',
        endsOn: '2024-12-18',
        startTime: '08:30',
        endTime: '12:00',
        cancelled: true,
        updatedAt: new Date('2024-11-20T01:02:03Z'),
      },
    ],
  });
  assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
  assert.ok(!/[^\r]\n/.test(ics), 'every line ends with CRLF');
  assert.match(ics, /\r\nDTSTART;VALUE=DATE:20241204\r\nDTEND;VALUE=DATE:20241205\r\n/);
  assert.match(ics, /\r\nSUMMARY:Bimtek\\, RPJMD\\; 2025\r\n/);
  assert.match(
    ics,
    /\r\nDTSTART;TZID=Asia\/Makassar:20241218T083000\r\nDTEND;TZID=Asia\/Makassar:20241218T120000\r\n/,
  );
  assert.match(ics, /TZOFFSETTO:\+0800/);
  assert.match(ics, /STATUS:CANCELLED/);
  assert.match(ics, /DTSTAMP:20241120T010203Z/);
});
