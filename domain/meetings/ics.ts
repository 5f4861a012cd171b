/**
 * A tiny iCalendar (RFC 5545) writer for the calendar of a region's PUG events: text escaped
 * (§3.3.11: backslash, semicolon, comma, line breaks), content lines folded at 75 octets
 * (§3.1, never inside a UTF-8 character), CRLF line ends, one stable UID per event (its id), a
 * whole-day event as DTSTART;VALUE=DATE with an exclusive DTEND, a timed one with TZID and a
 * VTIMEZONE of the region's fixed offset (Indonesia keeps no daylight saving).
 */

export interface IcsEvent {
  uid: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string | null;
  startsOn: string;
  endsOn: string;
  startTime?: string | null;
  endTime?: string | null;
  cancelled?: boolean;
  /** Last change, for DTSTAMP / LAST-MODIFIED. */
  updatedAt: Date;
}

export interface IcsCalendar {
  name: string;
  timeZone: string;
  utcOffsetHours: number;
  events: IcsEvent[];
}

export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds one content line into chunks of at most 75 octets, continuation lines starting with a space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = out.length === 0 ? 75 : 74; // a continuation's leading space counts
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const compactDate = (day: string) => day.replace(/-/g, '');
const compactTime = (time: string) => `${time.replace(':', '')}00`;

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function offsetText(hours: number): string {
  const sign = hours < 0 ? '-' : '+';
  return `${sign}${String(Math.abs(hours)).padStart(2, '0')}00`;
}

export function writeIcs(calendar: IcsCalendar): string {
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Setara//Kegiatan PUG//ID',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `X-WR-TIMEZONE:${calendar.timeZone}`,
    'BEGIN:VTIMEZONE',
    `TZID:${calendar.timeZone}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${offsetText(calendar.utcOffsetHours)}`,
    `TZOFFSETTO:${offsetText(calendar.utcOffsetHours)}`,
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
  for (const e of calendar.events) {
    lines.push('BEGIN:VEVENT', `UID:${e.uid}`, `DTSTAMP:${utcStamp(e.updatedAt)}`);
    if (e.startTime) {
      const tz = `;TZID=${calendar.timeZone}`;
      lines.push(`DTSTART${tz}:${compactDate(e.startsOn)}T${compactTime(e.startTime)}`);
      const endTime = e.endTime ?? e.startTime;
      lines.push(`DTEND${tz}:${compactDate(e.endsOn)}T${compactTime(endTime)}`);
    } else {
      lines.push(
        `DTSTART;VALUE=DATE:${compactDate(e.startsOn)}`,
        `DTEND;VALUE=DATE:${compactDate(nextDay(e.endsOn))}`,
      );
    }
    lines.push(`SUMMARY:${escapeText(e.summary)}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    if (e.url) lines.push(`URL:${e.url}`);
    lines.push(
      `STATUS:${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
      `LAST-MODIFIED:${utcStamp(e.updatedAt)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
