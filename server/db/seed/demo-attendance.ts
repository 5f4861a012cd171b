/**
 * Demo attendance (issue 11, "Demo"): who came to Kota Palu's Bimtek of 4 December 2024 on
 * gender in the RPJMD 2025–2029 (seed 000) and to the Rakor Pokja PUG of December 2024, both
 * created by demo-meetings.ts and found here by title. Invitees present are ticked (linked to
 * the PUG registry), the others signed in on the QR link or were typed from the paper list.
 * Names are invented, phone numbers are of the form 0800-0000-xxxx (no real subscriber), no
 * signatures; every row is marked is_demo. Recording goes through the module's merge, so
 * seeding twice adds nothing.
 */
import { and, eq } from 'drizzle-orm';
import type { Sex } from '../../../domain/indicators.js';
import type { AttendanceSource } from '../../../domain/meetings/constants.js';
import type { Db } from '../connection.js';
import { attendanceScans } from '../schema-attendance.js';
import { meetingAttendance, meetingDays, meetings } from '../schema-meetings.js';
import { invitedPeople, inviteePresence, recordPresence } from '../../modules/attendance/record.js';
import { DEMO_REGION } from './demo-data.js';
import { DEMO_BIMTEK_TITLE, DEMO_RAKOR_TITLE } from './demo-meetings.js';

type Guest = [fullName: string, sex: Sex, institution: string, position: string, source: AttendanceSource];

/** Participants of the Bimtek besides the invitees: OPD planners, a university, civil society. */
const BIMTEK_GUESTS: Guest[] = [
  ['Nurhayati Lamadjido', 'P', 'Bapperida Kota Palu', 'Perencana Ahli Muda', 'sign_in'],
  [
    'Moh. Rizal Lasahido',
    'L',
    'Bapperida Kota Palu',
    'Kepala Bidang Pemerintahan dan Pembangunan Manusia',
    'sign_in',
  ],
  ['Sitti Rahmah Pettalolo', 'P', 'Dinas Kesehatan Kota Palu', 'Kepala Seksi Kesehatan Keluarga', 'sign_in'],
  ['Andi Muh. Ikbal', 'L', 'Dinas Kesehatan Kota Palu', 'Perencana', 'sign_in'],
  [
    'Fatmawati Daeng Masiga',
    'P',
    'Dinas Pendidikan dan Kebudayaan Kota Palu',
    'Kepala Subbagian Perencanaan',
    'sign_in',
  ],
  ['Hendra Tandiabang', 'L', 'Dinas Sosial Kota Palu', 'Analis Kebijakan', 'sign_in'],
  ['Ni Made Sulastri', 'P', 'DP3A Kota Palu', 'Kepala Bidang PUG', 'sign_in'],
  ['Yulianti Badjeber', 'P', 'DP3A Kota Palu', 'Analis Data Terpilah', 'sign_in'],
  ['Arifin Lapasere', 'L', 'BPBD Kota Palu', 'Kepala Seksi Pencegahan', 'sign_in'],
  ['Dr. Rosmawati Lamasitudju, M.Si', 'P', 'PSGA Universitas Tadulako', 'Ketua', 'sign_in'],
  ['Marlina Tombolotutu', 'P', 'Forum PUSPA Sulawesi Tengah', 'Sekretaris', 'sign_in'],
  ['Abdul Kadir Ladjaru', 'L', 'Kecamatan Palu Barat', 'Sekretaris Camat', 'paper'],
  ['Wahyuni Rampalodji', 'P', 'Kecamatan Mantikulore', 'Kepala Seksi Pemberdayaan Masyarakat', 'paper'],
  ['Irwan Sigilipu', 'L', 'Dinas Pekerjaan Umum dan Penataan Ruang Kota Palu', 'Perencana', 'paper'],
  ['Hasnah Latjeke', 'P', 'Dinas Tenaga Kerja Kota Palu', 'Pengantar Kerja', 'paper'],
  ['Ridwan Mangge', 'L', 'Badan Keuangan dan Aset Daerah Kota Palu', 'Analis Anggaran', 'paper'],
];

/** Besides the Pokja members invited: the focal points who came for the follow-ups. */
const RAKOR_GUESTS: Guest[] = [
  ['Sitti Rahmah Pettalolo', 'P', 'Dinas Kesehatan Kota Palu', 'Focal Point PUG', 'sign_in'],
  ['Hendra Tandiabang', 'L', 'Dinas Sosial Kota Palu', 'Focal Point PUG', 'sign_in'],
  ['Yulianti Badjeber', 'P', 'DP3A Kota Palu', 'Notulis', 'sign_in'],
];

/** A phone number that is plainly not a subscriber's: 0800-0000-xxxx, one per guest name. */
function demoPhone(fullName: string, fallback: number): string {
  const i = BIMTEK_GUESTS.findIndex(([name]) => name === fullName);
  return `0800-0000-${String(1000 + (i >= 0 ? i + 1 : fallback)).slice(-4)}`;
}

async function seedEvent(db: Db, title: string, guests: Guest[], presentShare: number, phoneFrom: number) {
  const [m] = await db
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(eq(meetings.regionCode, DEMO_REGION), eq(meetings.title, title), eq(meetings.isDemo, true)));
  if (!m) return;
  const [day] = await db
    .select({ day: meetingDays.day })
    .from(meetingDays)
    .where(and(eq(meetingDays.regionCode, DEMO_REGION), eq(meetingDays.meetingId, m.id)))
    .orderBy(meetingDays.day)
    .limit(1);
  if (!day) return;
  const invitees = await invitedPeople(db, DEMO_REGION, m.id);
  const base = { regionCode: DEMO_REGION, meetingId: m.id, day: day.day, isDemo: true };
  // Most invitees came; the organiser ticked them present.
  const present = invitees.slice(0, Math.ceil(invitees.length * presentShare));
  for (const p of present) {
    await recordPresence(db, { ...base, ...inviteePresence(p) });
  }
  for (const [i, [fullName, sex, institution, position, source]] of guests.entries()) {
    await recordPresence(db, {
      ...base,
      fullName,
      sex,
      institution,
      position,
      phone: demoPhone(fullName, phoneFrom + i),
      disability: i === 4 && guests.length > 10 ? 'daksa' : null,
      source,
    });
  }
}

export async function seedDemoAttendance(db: Db): Promise<void> {
  await seedEvent(db, DEMO_BIMTEK_TITLE, BIMTEK_GUESTS, 0.75, 1);
  await seedEvent(db, DEMO_RAKOR_TITLE, RAKOR_GUESTS, 0.85, 101);
}

/** Removes demo presences and scans (the demo events' own go with them anyway). */
export async function removeDemoAttendance(db: Db): Promise<void> {
  await db.delete(attendanceScans).where(eq(attendanceScans.isDemo, true));
  await db.delete(meetingAttendance).where(eq(meetingAttendance.isDemo, true));
}
