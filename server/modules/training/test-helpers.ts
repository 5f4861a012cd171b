/**
 * Test fixtures of training records: a Bimtek of Kota Palu with its days and attendance,
 * written straight into the tables (meetings and attendance have their own modules and
 * routes; these tests are about what hangs off them).
 */
import { randomBytes } from 'node:crypto';
import { attendanceDedupKey } from '../../../domain/meetings/attendance-dedup.js';
import type { Sex } from '../../../domain/indicators.js';
import type { MeetingKind } from '../../../domain/meetings/constants.js';
import type { Db } from '../../db/connection.js';
import { meetingAttendance, meetingDays, meetings } from '../../db/schema-meetings.js';
import { participantKeyOf } from './participants.js';

export const REGION = '72.71';

export interface Attendee {
  fullName: string;
  sex: Sex;
  phone?: string;
  institution?: string;
  /** Days attended, as indexes into the meeting's days (default: every day). */
  days?: number[];
}

export const ATTENDEES: Attendee[] = [
  { fullName: 'Siti Aminah, S.Pd', sex: 'P', phone: '081234560001', institution: 'Dinkes' },
  { fullName: 'Nur Hayati', sex: 'P', phone: '081234560002', institution: 'Bappeda', days: [0] },
  { fullName: 'Andi Pratama', sex: 'L', phone: '081234560003', institution: 'Dinsos' },
];

export async function createMeeting(
  db: Db,
  options: {
    kind?: MeetingKind;
    title?: string;
    days?: string[];
    trainingHours?: number | null;
    attendees?: Attendee[];
    regionCode?: string;
  } = {},
) {
  const days = options.days ?? ['2025-03-10', '2025-03-11'];
  const regionCode = options.regionCode ?? REGION;
  const [meeting] = await db
    .insert(meetings)
    .values({
      regionCode,
      kind: options.kind ?? 'bimtek',
      title: options.title ?? 'Bimtek PPRG bagi perencana OPD',
      startsOn: days[0],
      endsOn: days[days.length - 1],
      status: 'held',
      trainingHours: options.trainingHours === undefined ? 16 : options.trainingHours,
    })
    .returning();
  await db.insert(meetingDays).values(
    days.map((day) => ({
      regionCode,
      meetingId: meeting.id,
      day,
      signInToken: randomBytes(16).toString('hex'),
      signInOpensAt: new Date(`${day}T07:00:00+08:00`),
      signInClosesAt: new Date(`${day}T17:00:00+08:00`),
    })),
  );
  const attendees = options.attendees ?? ATTENDEES;
  const rows = attendees.flatMap((a) =>
    (a.days ?? days.map((_, i) => i)).map((i) => ({
      regionCode,
      meetingId: meeting.id,
      day: days[i],
      fullName: a.fullName,
      dedupKey: attendanceDedupKey(a),
      sex: a.sex,
      institution: a.institution ?? '',
      phone: a.phone ?? null,
      source: 'sign_in' as const,
    })),
  );
  if (rows.length) await db.insert(meetingAttendance).values(rows);
  const ids = attendees.map((a) => participantKeyOf(meeting.id, attendanceDedupKey(a)));
  return { meeting, participantIds: ids };
}

export const SETTINGS = {
  signatoryName: 'Dra. Hj. Rahmawati, M.Si',
  signatoryPosition: 'Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak',
  signatoryNip: '197001011995032001',
  numberPattern: '{seq:3}/SERT-BIMTEK/{org}/{year}',
  orgCode: 'DP3A',
  issuePlace: 'Palu',
  issueDate: '2025-03-11',
};
