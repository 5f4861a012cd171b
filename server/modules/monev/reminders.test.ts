/**
 * Monev notifications: a submitted report tells the region's reviewers; the daily reminder
 * tells the operators of OPDs that have not submitted a quarter's reports a week and a day
 * before the region's deadline and once after it, DP3A gets one digest of the OPDs missing,
 * nobody is told twice, and an OPD whose reports are all submitted is not told. In-app and by
 * e-mail. Runs on PGlite, and on PostgreSQL when TEST_DATABASE_URL is set.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq, like } from 'drizzle-orm';
import type { NotificationKind } from '../../../domain/notifications.js';
import { users } from '../../db/schema.js';
import { jobs, notifications } from '../../db/schema-notifications.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { startTestSmtp, type TestSmtp } from '../notifications/test-smtp.js';
import { todayInIndonesia } from '../deadlines/reminders.js';
import { MONEV_REMIND_JOB, remindMonev } from './reminders.js';
import { addResponsiveLine, client, emptyQuarter, opdIdOf, YEAR } from './test-helpers.js';

describe('monev notifications and reminders', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let api: ReturnType<typeof client>;
  let operator: string;
  let admin: string;
  const ids: Record<string, string> = {};
  const deadline = `${YEAR}-04-15`;
  const url = (line: string) => `/api/sub-activities/${line}/monev/${YEAR}-Q1`;

  type Params = Record<string, string | number | null>;
  const notesOf = async (userId: string, kind: NotificationKind) =>
    (
      await t.database.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)))
    ).map((n) => ({ ...n, params: n.params as Params }));

  async function submit(line: string, cookie: string) {
    const saved = await api.put(url(line), cookie, emptyQuarter());
    assert.equal(saved.statusCode, 200, saved.body);
    const res = await api.post(`/api/monev/${saved.json().id}/submit`, cookie, {
      version: saved.json().version,
    });
    assert.equal(res.statusCode, 200, res.body);
  }

  before(async () => {
    smtp = await startTestSmtp();
    t = await createTestApp({ env: { ...smtp.env, JOBS_POLL_MS: '3600000' } });
    api = client(t);
    operator = await t.login('demo.operator');
    admin = await t.login('demo.admin');
    for (const name of ['demo.operator', 'demo.admin', 'demo.reviewer', 'demo.pokja']) {
      const [u] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.username, name));
      ids[name] = u.id;
    }
    // A Dinsos operator, so a second OPD has someone to remind.
    const [dinsos] = await t.database.db
      .insert(users)
      .values({
        username: 'test.dinsos',
        fullName: 'Operator Dinsos',
        email: 'dinsos@test.setara.invalid',
        passwordHash: 'unused',
        role: 'operator_opd',
        regionCode: '72.71',
        opdId: await opdIdOf(t, 'Dinsos'),
      })
      .returning({ id: users.id });
    ids.dinsos = dinsos.id;
    const settings = await api.put('/api/regions/72.71/monev/settings', admin, {
      year: YEAR,
      expectedShare: {},
      deadlines: { 1: deadline },
      sourceNote: 'Uji pengingat',
    });
    assert.equal(settings.statusCode, 200, settings.body);
  });
  after(async () => {
    await t.close();
    await smtp.close();
  });

  test('a submitted report tells the region’s reviewers (not the operator who submitted it)', async () => {
    ids.lineA = await addResponsiveLine(t, 'Dinkes', { code: '1.02.02.2.02.0091' });
    ids.lineB = await addResponsiveLine(t, 'Dinkes', { code: '1.02.02.2.02.0092' });
    ids.lineC = await addResponsiveLine(t, 'Dinsos', { code: '1.06.04.2.02.0091' });
    await submit(ids.lineA, operator);
    const reviewerNotes = await notesOf(ids['demo.reviewer'], 'monev_submitted');
    assert.equal(reviewerNotes.length, 1);
    assert.equal(reviewerNotes[0].link, `/monev/${ids.lineA}/${YEAR}-Q1`);
    assert.equal(reviewerNotes[0].emailStatus, 'pending');
    // DP3A verifies too; a reader (Pokja) and the submitter are not told.
    assert.equal((await notesOf(ids['demo.admin'], 'monev_submitted')).length, 1);
    assert.equal((await notesOf(ids['demo.pokja'], 'monev_submitted')).length, 0);
    assert.equal((await notesOf(ids['demo.operator'], 'monev_submitted')).length, 0);
    const inbox = (await api.get('/api/notifications', await t.login('demo.reviewer'))).json().items;
    const note = inbox.find((n: { kind: string }) => n.kind === 'monev_submitted');
    assert.match(note.title, /menunggu verifikasi/);
    assert.match(note.title, /triwulan 1/);
  });

  test('a week and a day before the deadline: the operators with unsubmitted reports, once each', async () => {
    const week = `${YEAR}-04-08`;
    assert.ok((await remindMonev(t.database.db, week)) >= 2);
    const [dinkes] = await notesOf(ids['demo.operator'], 'monev_due');
    assert.equal(dinkes.dedupeKey, `monev_due:72.71:${YEAR}-Q1:7`);
    // Line A is submitted: Dinkes owes one report of the quarter.
    assert.equal(dinkes.params.count, 1);
    assert.equal(dinkes.link, `/monev?year=${YEAR}&opd=${await opdIdOf(t, 'Dinkes')}`);
    assert.equal((await notesOf(ids.dinsos, 'monev_due')).length, 1);
    // Reviewers and DP3A have no report of their own to submit.
    assert.equal((await notesOf(ids['demo.reviewer'], 'monev_due')).length, 0);
    assert.equal((await notesOf(ids['demo.admin'], 'monev_due')).length, 0);

    // The same day again, or within the same threshold: nobody is told twice.
    assert.equal(await remindMonev(t.database.db, week), 0);
    assert.equal(await remindMonev(t.database.db, `${YEAR}-04-12`), 0);
    // The day before, the 1-day threshold tells them once more.
    assert.ok((await remindMonev(t.database.db, `${YEAR}-04-14`)) >= 2);
    assert.equal((await notesOf(ids['demo.operator'], 'monev_due')).length, 2);

    await t.app.jobs.runDue();
    const mail = await smtp.waitForMail(
      (m) => m.to.includes('operator@demo.setara.invalid') && /Tenggat laporan monev/.test(m.subject),
    );
    assert.match(mail.text, /belum mengajukan 1 laporan/);
  });

  test('after the deadline: the OPDs still missing are told once, DP3A gets one digest', async () => {
    // Dinkes submits its second report late; Dinsos never does.
    await submit(ids.lineB, operator);
    const dayAfter = `${YEAR}-04-16`;
    assert.ok((await remindMonev(t.database.db, dayAfter)) >= 2);
    assert.equal((await notesOf(ids['demo.operator'], 'monev_overdue')).length, 0, 'Dinkes submitted all');
    const [overdue] = await notesOf(ids.dinsos, 'monev_overdue');
    assert.equal(overdue.dedupeKey, `monev_overdue:72.71:${YEAR}-Q1`);
    const digests = await notesOf(ids['demo.admin'], 'monev_unreported');
    assert.equal(digests.length, 1);
    assert.equal(digests[0].params.opdCount, 1);
    assert.match(String(digests[0].params.opds), /\(1\)$/);
    assert.equal(digests[0].link, `/monev/dasbor?year=${YEAR}`);
    assert.equal((await notesOf(ids['demo.reviewer'], 'monev_unreported')).length, 0);

    // Later runs within the window tell nobody again; after it, nothing is sent.
    assert.equal(await remindMonev(t.database.db, `${YEAR}-04-20`), 0);
    assert.equal(await remindMonev(t.database.db, `${YEAR}-05-30`), 0);
    const all = await t.database.db
      .select()
      .from(notifications)
      .where(like(notifications.dedupeKey, `monev_%:72.71:${YEAR}-Q1%`));
    assert.equal(new Set(all.map((n) => `${n.userId}|${n.dedupeKey}`)).size, all.length);
  });

  test('the reminder runs as a daily job that queues the next day’s run', async () => {
    const scheduled = await t.database.db.select().from(jobs).where(eq(jobs.kind, MONEV_REMIND_JOB));
    assert.ok(scheduled.some((j) => j.dedupeKey === `${MONEV_REMIND_JOB}:${todayInIndonesia()}`));
    await t.app.jobs.runDue();
    const later = await t.database.db.select().from(jobs).where(eq(jobs.kind, MONEV_REMIND_JOB));
    assert.ok(later.some((j) => j.status === 'queued' && j.runAt.getTime() > Date.now()));
  });
});
