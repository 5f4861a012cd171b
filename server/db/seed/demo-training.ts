/**
 * Demo training records of Kota Palu's Bimtek of 4 Dec 2024 (demo-meetings.ts creates it,
 * demo-attendance.ts fills its attendance; both run before): pre-test and post-test scores of
 * its participants, the certificate settings (the fictitious DP3A signatory of the demo
 * letterhead) and a certificate for each participant, all marked is_demo and printed with
 * "DATA DEMO". The scores are made up (deterministic from each participant's id), two
 * participants without a post-test show how missing scores are counted. Without attendance
 * there is nothing to seed; seeding twice adds nothing.
 */
import { createHash } from 'node:crypto';
import { and, eq, max, sql } from 'drizzle-orm';
import { formatCertificateNumber, numberingYear } from '../../../domain/training/numbering.js';
import type { Db } from '../connection.js';
import { meetings } from '../schema-meetings.js';
import {
  trainingCertificateCounters,
  trainingCertificateSettings,
  trainingCertificates,
  trainingScores,
} from '../schema-training.js';
import { newVerificationCode, takeNumbers } from '../../modules/training/certificates.js';
import { loadParticipants } from '../../modules/training/participants.js';
import { DEMO_REGION } from './demo-data.js';
import { DEMO_SIGNATORIES } from './demo-letterhead.js';
import { DEMO_BIMTEK_TITLE } from './demo-meetings.js';

const ISSUE_DATE = '2024-12-04';
const PATTERN = '{seq:3}/SERT-BIMTEK/{org}/{year}';

/** A made-up score from the participant's id: 40–70 before, 15–30 points more after. */
function demoScores(id: string, index: number): { pre: string; post: string | null } {
  const h = createHash('sha256').update(`demo-training:${id}`).digest();
  const pre = 40 + (h[0] % 31);
  const post = Math.min(100, pre + 15 + (h[1] % 16));
  return { pre: pre.toFixed(2), post: index % 9 === 4 ? null : post.toFixed(2) };
}

export async function seedDemoTraining(db: Db): Promise<void> {
  const [meeting] = await db
    .select()
    .from(meetings)
    .where(
      and(
        eq(meetings.regionCode, DEMO_REGION),
        eq(meetings.title, DEMO_BIMTEK_TITLE),
        eq(meetings.isDemo, true),
      ),
    );
  if (!meeting) return;
  const [seeded] = await db
    .select({ id: trainingCertificateSettings.meetingId })
    .from(trainingCertificateSettings)
    .where(
      and(
        eq(trainingCertificateSettings.regionCode, DEMO_REGION),
        eq(trainingCertificateSettings.meetingId, meeting.id),
      ),
    );
  if (seeded) return;
  const participants = await loadParticipants(db, DEMO_REGION, meeting.id);
  if (!participants.length) return;
  await db.insert(trainingScores).values(
    participants.map((p, i) => {
      const s = demoScores(p.id, i);
      return {
        regionCode: DEMO_REGION,
        meetingId: meeting.id,
        participantKey: p.id,
        preScore: s.pre,
        postScore: s.post,
        isDemo: true,
      };
    }),
  );
  const signatory = DEMO_SIGNATORIES.find((s) => s.opdShortName === 'DP3A')!;
  await db.insert(trainingCertificateSettings).values({
    regionCode: DEMO_REGION,
    meetingId: meeting.id,
    signatoryName: signatory.name,
    signatoryPosition: signatory.position,
    signatoryNip: signatory.nip,
    numberPattern: PATTERN,
    orgCode: 'DP3A',
    issuePlace: 'Palu',
    issueDate: ISSUE_DATE,
    isDemo: true,
  });
  const year = numberingYear(ISSUE_DATE);
  const first = await takeNumbers(db, DEMO_REGION, year, participants.length);
  await db.insert(trainingCertificates).values(
    participants.map((p, i) => ({
      regionCode: DEMO_REGION,
      meetingId: meeting.id,
      participantKey: p.id,
      fullName: p.fullName,
      sex: p.sex,
      institution: p.institution,
      year,
      seq: first + i,
      number: formatCertificateNumber(PATTERN, {
        seq: first + i,
        issueDate: ISSUE_DATE,
        org: 'DP3A',
        region: DEMO_REGION,
      }),
      verificationCode: newVerificationCode(),
      issuedAt: new Date(`${ISSUE_DATE}T00:00:00+07:00`),
      isDemo: true,
    })),
  );
}

/**
 * Removes the demo records (before the meetings, which would cascade them anyway) and sets the
 * region's number counters back to the highest number still held, so a new demo numbers from 1.
 */
export async function removeDemoTraining(db: Db): Promise<void> {
  await db.delete(trainingCertificates).where(eq(trainingCertificates.isDemo, true));
  await db.delete(trainingScores).where(eq(trainingScores.isDemo, true));
  await db.delete(trainingCertificateSettings).where(eq(trainingCertificateSettings.isDemo, true));
  const held = await db
    .select({ year: trainingCertificates.year, last: max(trainingCertificates.seq) })
    .from(trainingCertificates)
    .where(eq(trainingCertificates.regionCode, DEMO_REGION))
    .groupBy(trainingCertificates.year);
  await db.delete(trainingCertificateCounters).where(eq(trainingCertificateCounters.regionCode, DEMO_REGION));
  if (held.length) {
    await db
      .insert(trainingCertificateCounters)
      .values(held.map((h) => ({ regionCode: DEMO_REGION, year: h.year, lastSeq: h.last ?? 0 })))
      .onConflictDoUpdate({
        target: [trainingCertificateCounters.regionCode, trainingCertificateCounters.year],
        set: { lastSeq: sql`excluded.last_seq` },
      });
  }
}
