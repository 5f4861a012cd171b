/** The demo Bimtek's scores and certificates: seeded from its attendance, marked demo, verifiable, removed with the demo. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { attendanceDedupKey } from '../../../domain/meetings/attendance-dedup.js';
import { meetingAttendance, meetingDays, meetings } from '../schema-meetings.js';
import { trainingCertificateCounters, trainingCertificates, trainingScores } from '../schema-training.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { removeDemo, seedDemo } from './demo.js';
import { DEMO_BIMTEK_TITLE } from './demo-meetings.js';
import { seedDemoTraining } from './demo-training.js';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

const demoBimtek = async () =>
  (
    await t.database.db
      .select()
      .from(meetings)
      .where(and(eq(meetings.title, DEMO_BIMTEK_TITLE), eq(meetings.isDemo, true)))
  )[0];

test('the demo Bimtek has scores and a certificate per participant, marked demo', async () => {
  const db = t.database.db;
  const bimtek = await demoBimtek();
  assert.ok(bimtek, 'demo-meetings.ts creates the Bimtek');
  // Before the attendance demo exists, three attendees are written here for the seed to find.
  const present = await db.select().from(meetingAttendance).where(eq(meetingAttendance.meetingId, bimtek.id));
  if (!present.length) {
    const [day] = await db.select().from(meetingDays).where(eq(meetingDays.meetingId, bimtek.id));
    await db.insert(meetingAttendance).values(
      [
        { fullName: 'Sri Wahyuni (data demo)', sex: 'P' as const, phone: '081300000001' },
        { fullName: 'Rahmat Hidayat (data demo)', sex: 'L' as const, phone: '081300000002' },
        { fullName: 'Fitriani (data demo)', sex: 'P' as const, phone: '081300000003' },
      ].map((a) => ({
        regionCode: '72.71',
        meetingId: bimtek.id,
        day: day.day,
        fullName: a.fullName,
        sex: a.sex,
        phone: a.phone,
        dedupKey: attendanceDedupKey(a),
        source: 'paper' as const,
        isDemo: true,
      })),
    );
    await seedDemoTraining(db);
  }
  const admin = await t.login('demo.admin');
  const res = await t.app.inject({ url: `/api/meetings/${bimtek.id}/training`, headers: { cookie: admin } });
  assert.equal(res.statusCode, 200, res.body);
  const body = res.json();
  assert.ok(body.participants.length >= 3);
  assert.ok(
    body.participants.every(
      (p: { pre: number | null; certificate: unknown }) => p.pre !== null && p.certificate,
    ),
  );
  assert.ok(body.summary.total.meanImprovement > 0);
  assert.equal(body.settings.numberPattern, '{seq:3}/SERT-BIMTEK/{org}/{year}');
  const numbers = body.participants
    .map((p: { certificate: { number: string } }) => p.certificate.number)
    .sort();
  assert.equal(numbers[0], '001/SERT-BIMTEK/DP3A/2024');
  const code = body.participants[0].certificate.verificationCode;
  const page = await t.app.inject({ url: `/sertifikat/${code}` });
  assert.ok(page.body.includes('Sertifikat sah'));
  assert.ok((await db.select().from(trainingCertificates)).every((c) => c.isDemo));
});

test('seeding again adds nothing; removing the demo removes the records and resets the numbers', async () => {
  const db = t.database.db;
  const before = (await db.select().from(trainingCertificates)).length;
  await seedDemo(db);
  assert.equal((await db.select().from(trainingCertificates)).length, before);
  await removeDemo(db);
  assert.equal((await db.select().from(trainingCertificates)).length, 0);
  assert.equal((await db.select().from(trainingScores)).length, 0);
  assert.equal((await db.select().from(trainingCertificateCounters)).length, 0);
});
