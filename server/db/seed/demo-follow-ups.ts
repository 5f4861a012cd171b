/**
 * Demo follow-ups (tindak lanjut) of Kota Palu's demo Rakor Pokja PUG (demo-meetings.ts runs
 * before and creates it; found here as the region's demo Rakor whose title names the Pokja
 * PUG), marked is_demo and labelled "(Data demo)": one owned by Dinas Kesehatan, in progress
 * and past its due date (the board flags it overdue), one done with a completion note
 * (Bapperida), and one still open for DP3A. Their decisions follow the Rakor's demo minutes.
 * Seeding twice adds nothing; removing the demo removes them before the meetings.
 */
import { and, desc, eq, ilike } from 'drizzle-orm';
import type { FollowUpStatus } from '../../../domain/follow-ups/constants.js';
import type { Db } from '../connection.js';
import { opd, users } from '../schema.js';
import { followUpStatusHistory, followUps } from '../schema-follow-ups.js';
import { meetings } from '../schema-meetings.js';
import { DEMO_REGION } from './demo-data.js';

interface DemoFollowUp {
  opd: string;
  text: string;
  dueDate: string;
  agendaItemId: string | null;
  /** The statuses it went through after `open`, each with its day and note. */
  steps: { to: FollowUpStatus; at: string; note?: string }[];
}

const DEMO_FOLLOW_UPS: DemoFollowUp[] = [
  {
    opd: 'Dinkes',
    text: 'Melengkapi data terpilah layanan kesehatan ibu dan anak (menurut jenis kelamin dan kelompok umur) untuk Renja 2025. (Data demo)',
    dueDate: '2025-03-31',
    agendaItemId: 'a2',
    steps: [{ to: 'in_progress', at: '2025-01-15T02:00:00Z' }],
  },
  {
    opd: 'Bapperida',
    text: 'Menghimpun GAP/GBS setiap OPD untuk Renja 2025 dan menyampaikannya kepada Sekretariat Pokja PUG. (Data demo)',
    dueDate: '2025-01-31',
    agendaItemId: null,
    steps: [
      { to: 'in_progress', at: '2025-01-06T01:30:00Z' },
      {
        to: 'done',
        at: '2025-01-29T07:00:00Z',
        note: 'GAP/GBS dari 12 OPD diterima dan diteruskan ke Sekretariat Pokja PUG pada 29 Januari 2025. (Data demo)',
      },
    ],
  },
  {
    opd: 'DP3A',
    text: 'Mengundang mitra non-pemerintah (PSW/PSGA, Forum PUSPA) ke Rakor Pokja PUG berikutnya. (Data demo)',
    dueDate: '2025-06-30',
    agendaItemId: null,
    steps: [],
  },
];

export async function seedDemoFollowUps(db: Db): Promise<void> {
  const [rakor] = await db
    .select({ id: meetings.id })
    .from(meetings)
    .where(
      and(
        eq(meetings.regionCode, DEMO_REGION),
        eq(meetings.kind, 'rakor'),
        eq(meetings.isDemo, true),
        ilike(meetings.title, '%Pokja PUG%'),
      ),
    )
    .orderBy(desc(meetings.startsOn))
    .limit(1);
  if (!rakor) return;
  const [existing] = await db
    .select({ id: followUps.id })
    .from(followUps)
    .where(and(eq(followUps.meetingId, rakor.id), eq(followUps.isDemo, true)))
    .limit(1);
  if (existing) return;
  const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'demo.admin'));
  const [operator] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'demo.operator'));
  const opds = await db
    .select({ id: opd.id, shortName: opd.shortName })
    .from(opd)
    .where(eq(opd.regionCode, DEMO_REGION));
  const opdId = new Map(opds.map((o) => [o.shortName, o.id]));
  for (const f of DEMO_FOLLOW_UPS) {
    const owner = opdId.get(f.opd);
    if (!owner) continue;
    const last = f.steps.at(-1);
    const [row] = await db
      .insert(followUps)
      .values({
        regionCode: DEMO_REGION,
        meetingId: rakor.id,
        agendaItemId: f.agendaItemId,
        text: f.text,
        ownerOpdId: owner,
        dueDate: f.dueDate,
        status: last?.to ?? 'open',
        completionNote: last?.note ?? null,
        version: 1 + f.steps.length,
        isDemo: true,
        createdBy: admin?.id ?? null,
        updatedBy: admin?.id ?? null,
        createdAt: new Date('2024-12-18T08:00:00Z'),
        updatedAt: new Date(last?.at ?? '2024-12-18T08:00:00Z'),
      })
      .returning({ id: followUps.id });
    const by = f.opd === 'Dinkes' ? (operator?.id ?? null) : (admin?.id ?? null);
    await db.insert(followUpStatusHistory).values([
      {
        regionCode: DEMO_REGION,
        followUpId: row.id,
        fromStatus: null,
        toStatus: 'open' as const,
        changedBy: admin?.id ?? null,
        changedAt: new Date('2024-12-18T08:00:00Z'),
      },
      ...f.steps.map((s, i) => ({
        regionCode: DEMO_REGION,
        followUpId: row.id,
        fromStatus: i === 0 ? ('open' as const) : f.steps[i - 1].to,
        toStatus: s.to,
        note: s.note ?? null,
        changedBy: by,
        changedAt: new Date(s.at),
      })),
    ]);
  }
}

/** Before the meetings (whose removal would cascade to them anyway) and before the demo OPDs. */
export async function removeDemoFollowUps(db: Db): Promise<void> {
  await db.delete(followUps).where(eq(followUps.isDemo, true));
}
