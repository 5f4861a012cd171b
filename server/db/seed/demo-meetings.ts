/**
 * Demo events of Kota Palu (72.71), marked is_demo:
 * - the Bimtek of 4 Dec 2024 on integrating gender in the RPJMD 2025–2029, held by DP3A at the
 *   Ballroom Hotel Best Western Coco Palu (seed 000: its venue, date, organiser and the four
 *   programme themes — reproductive health, gender-based violence, disaster preparedness,
 *   women's leadership — are the seed's; the times and agenda are the demo's);
 * - a Rakor Pokja PUG in December 2024 made from the built-in template (the six intended
 *   outcomes of seed 002), with demo minutes.
 * Invitees are the demo people of the kelembagaan seed (demo-kelembagaan.ts runs before), up
 * to 12. Found again by title, so seeding twice adds nothing.
 */
import { randomBytes } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { daysOf, signInWindow } from '../../../domain/meetings/days.js';
import { RAKOR_POKJA_TEMPLATE } from '../../../domain/meetings/templates.js';
import type { MinutesContent } from '../../../domain/meetings/minutes.js';
import type { Db } from '../connection.js';
import { opd } from '../schema.js';
import { pugPeople } from '../schema-kelembagaan.js';
import {
  meetingDays,
  meetingInvitees,
  meetingMaterials,
  meetingMinutes,
  meetings,
} from '../schema-meetings.js';
import { DEMO_REGION } from './demo-data.js';

export const DEMO_BIMTEK_TITLE = 'Bimtek Integrasi Gender dalam RPJMD 2025–2029';
export const DEMO_RAKOR_TITLE = 'Rapat Koordinasi Pokja PUG Kota Palu Desember 2024';

const RAKOR_MINUTES: MinutesContent = {
  agendaNotes: [
    {
      agendaItemId: 'a1',
      summary:
        'Ketua Pokja PUG membuka rapat dan meminta **setiap OPD** menyiapkan Renja 2025 yang responsif gender. (Data demo)',
    },
    {
      agendaItemId: 'a2',
      summary:
        '- Hasil Bimtek RPJMD 4 Desember 2024 dipaparkan\n- Data terpilah OPD belum lengkap. (Data demo)',
    },
    { agendaItemId: 'a4', summary: 'Diskusi kebutuhan data terpilah untuk Renja SKPD. (Data demo)' },
  ],
  decisions: [
    'Setiap OPD menyerahkan GAP/GBS untuk Renja 2025 kepada Sekretariat Pokja PUG. (Data demo)',
    'Dinas Kesehatan melengkapi data terpilah layanan kesehatan ibu dan anak. (Data demo)',
  ],
  outcomes: [
    { outcomeId: 'o1', result: 'achieved', note: '' },
    {
      outcomeId: 'o2',
      result: 'partly',
      note: 'Langkah untuk Renja disepakati; RPJMD menunggu rancangan akhir. (Data demo)',
    },
    { outcomeId: 'o4', result: 'achieved', note: '' },
    { outcomeId: 'o5', result: 'not', note: 'Mitra di luar pemerintah belum hadir. (Data demo)' },
  ],
};

async function insertEvent(
  db: Db,
  values: Omit<typeof meetings.$inferInsert, 'regionCode' | 'isDemo'>,
  invitees: string[],
): Promise<string> {
  const [existing] = await db
    .select({ id: meetings.id })
    .from(meetings)
    .where(
      and(eq(meetings.regionCode, DEMO_REGION), eq(meetings.title, values.title), eq(meetings.isDemo, true)),
    );
  if (existing) return existing.id;
  const [row] = await db
    .insert(meetings)
    .values({ ...values, regionCode: DEMO_REGION, isDemo: true })
    .returning({ id: meetings.id });
  await db.insert(meetingDays).values(
    daysOf(values.startsOn, values.endsOn).map((day) => {
      const w = signInWindow(DEMO_REGION, day);
      return {
        regionCode: DEMO_REGION,
        meetingId: row.id,
        day,
        signInToken: randomBytes(24).toString('base64url'),
        signInOpensAt: w.opensAt,
        signInClosesAt: w.closesAt,
      };
    }),
  );
  if (invitees.length) {
    await db
      .insert(meetingInvitees)
      .values(
        invitees.map((personId) => ({ regionCode: DEMO_REGION, meetingId: row.id, personId, isDemo: true })),
      )
      .onConflictDoNothing();
  }
  return row.id;
}

export async function seedDemoMeetings(db: Db): Promise<void> {
  const [dp3a] = await db
    .select({ id: opd.id })
    .from(opd)
    .where(and(eq(opd.regionCode, DEMO_REGION), eq(opd.shortName, 'DP3A')));
  const people = await db
    .select({ id: pugPeople.id })
    .from(pugPeople)
    .where(and(eq(pugPeople.regionCode, DEMO_REGION), eq(pugPeople.isDemo, true)))
    .limit(12);
  const invitees = people.map((p) => p.id);
  await insertEvent(
    db,
    {
      kind: 'bimtek',
      status: 'held',
      title: DEMO_BIMTEK_TITLE,
      theme:
        'Integrasi gender dalam RPJMD 2025–2029: kesehatan reproduksi, kekerasan berbasis gender, kesiapsiagaan bencana dan kepemimpinan perempuan',
      startsOn: '2024-12-04',
      endsOn: '2024-12-04',
      startTime: '08:00',
      endTime: '16:00',
      venue: 'Ballroom Hotel Best Western Coco Palu',
      organiserOpdId: dp3a?.id ?? null,
      agenda: [
        { id: 'a1', text: 'Pembukaan oleh Sekretaris Daerah Kota Palu' },
        { id: 'a2', text: 'Konsep PUG dan integrasi gender dalam RPJMD' },
        { id: 'a3', text: 'Praktik: isu gender per bidang pembangunan' },
        { id: 'a4', text: 'Rencana tindak lanjut' },
      ],
      intendedOutcomes: [
        { id: 'o1', text: 'Peserta memahami integrasi gender dalam penyusunan RPJMD 2025–2029.' },
        { id: 'o2', text: 'Tersusun langkah strategis dan sinergi pemerintah, masyarakat dan swasta.' },
      ],
      trainingHours: 8,
    },
    invitees,
  );
  const rakorId = await insertEvent(
    db,
    {
      kind: 'rakor',
      status: 'held',
      title: DEMO_RAKOR_TITLE,
      theme: RAKOR_POKJA_TEMPLATE.theme,
      startsOn: '2024-12-18',
      endsOn: '2024-12-18',
      startTime: '09:00',
      endTime: '12:00',
      venue: 'Ruang rapat Bapperida Kota Palu (data demo)',
      organiserOpdId: dp3a?.id ?? null,
      agenda: RAKOR_POKJA_TEMPLATE.agenda,
      intendedOutcomes: RAKOR_POKJA_TEMPLATE.intendedOutcomes,
    },
    invitees,
  );
  await db
    .insert(meetingMinutes)
    .values({ regionCode: DEMO_REGION, meetingId: rakorId, content: RAKOR_MINUTES, isDemo: true })
    .onConflictDoNothing();
}

/**
 * Removes the demo events (days, invitees, letters, minutes and attendance go with them by
 * cascade; materials uploaded to them are removed first — their files stay in the store).
 * Follow-ups of demo events must be removed before this runs.
 */
export async function removeDemoMeetings(db: Db): Promise<void> {
  const demo = db.select({ id: meetings.id }).from(meetings).where(eq(meetings.isDemo, true));
  await db.delete(meetingMaterials).where(inArray(meetingMaterials.meetingId, demo));
  await db.delete(meetings).where(eq(meetings.isDemo, true));
}
