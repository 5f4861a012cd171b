/**
 * Deadlines: set, listed, changed and removed by the region's admin (audited), one per kind
 * and year, bad input named; and the daily reminder, which tells the operators who still have
 * work once per threshold, by e-mail too.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { daysUntil, reminderThreshold } from '../../../domain/deadlines.js';
import { auditLog } from '../../db/schema.js';
import { jobs, notifications } from '../../db/schema-notifications.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { subActivities } from '../../db/schema-planning.js';
import { addLine, client } from '../gap/test-helpers.js';
import { startTestSmtp, type TestSmtp } from '../notifications/test-smtp.js';
import { REMIND_JOB, remindDeadlines, todayInIndonesia } from './reminders.js';
import { listDeadlines } from './service.js';

const plusDays = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

test('reminder thresholds: the smallest one not passed yet', () => {
  assert.deepEqual(
    [10, 8, 7, 5, 2, 1, 0, -1].map((d) => reminderThreshold(d)),
    [null, null, 7, 7, 7, 1, 1, null],
  );
  assert.equal(daysUntil('2026-12-03', '2026-12-10'), 7);
  assert.equal(daysUntil('2026-12-31', '2027-01-01'), 1);
  assert.equal(todayInIndonesia(new Date('2026-12-03T18:30:00Z')), '2026-12-04');
});

describe('deadlines', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let api: ReturnType<typeof client>;
  let admin: string;
  let operator: string;
  const url = '/api/regions/72.71/deadlines';
  before(async () => {
    smtp = await startTestSmtp();
    t = await createTestApp({ env: { ...smtp.env, JOBS_POLL_MS: '3600000' } });
    api = client(t);
    admin = await t.login('demo.admin');
    operator = await t.login('demo.operator');
  });
  after(async () => {
    await t.close();
    await smtp.close();
  });

  test('the admin sets, changes and removes a deadline; readers list them; each change audited', async () => {
    const created = await api.post(url, admin, {
      kind: 'data_values',
      year: 2025,
      dueDate: '2026-03-31',
      note: 'Rapat',
    });
    assert.equal(created.statusCode, 201, created.body);
    const id = created.json().id;
    const twice = await api.post(url, admin, { kind: 'data_values', year: 2025, dueDate: '2026-04-30' });
    assert.equal(twice.statusCode, 409);
    assert.ok(twice.json().error.fields.year);
    const gap = await api.post(url, admin, { kind: 'gap_submission', year: 2026, dueDate: '2025-11-15' });
    assert.equal(gap.statusCode, 201);

    const listed = (await api.get(url, operator)).json().items;
    assert.deepEqual(
      listed.map((d: { kind: string; dueDate: string }) => [d.kind, d.dueDate]),
      [
        ['gap_submission', '2025-11-15'],
        ['data_values', '2026-03-31'],
      ],
    );
    assert.equal((await api.get(`${url}?from=2026-01-01`, operator)).json().items.length, 1);
    assert.equal((await listDeadlines(t.database.db, '72.71', { kind: 'gap_submission' })).length, 1);

    const moved = await api.put(`${url}/${id}`, admin, {
      kind: 'data_values',
      year: 2025,
      dueDate: '2026-04-15',
    });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal(moved.json().dueDate, '2026-04-15');
    assert.equal(moved.json().note, null);
    const clash = await api.put(`${url}/${id}`, admin, {
      kind: 'gap_submission',
      year: 2026,
      dueDate: '2026-04-15',
    });
    assert.equal(clash.statusCode, 409);
    assert.equal(
      (await t.app.inject({ method: 'DELETE', url: `${url}/${id}`, headers: { cookie: admin } })).statusCode,
      200,
    );
    assert.equal(
      (await t.app.inject({ method: 'DELETE', url: `${url}/${id}`, headers: { cookie: admin } })).statusCode,
      404,
    );

    const audited = await t.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'deadline'), eq(auditLog.entityId, id)));
    assert.deepEqual(audited.map((a) => a.action).sort(), ['create', 'delete', 'update']);
  });

  test('bad input names its field', async () => {
    const cases: [object, string][] = [
      [{ kind: 'monev', year: 2025, dueDate: '2026-01-01' }, 'kind'],
      [{ kind: 'data_values', year: 1800, dueDate: '2026-01-01' }, 'year'],
      [{ kind: 'data_values', year: 2025, dueDate: '31/03/2026' }, 'dueDate'],
      [{ kind: 'data_values', year: 2025, dueDate: '2026-02-30' }, 'dueDate'],
      [{ kind: 'data_values', year: 2025, dueDate: '2026-01-01', note: 'a\nb' }, 'note'],
      [{ kind: 'data_values', year: 2025, dueDate: '2026-01-01', note: 'x'.repeat(301) }, 'note'],
      [{ kind: 'data_values', year: 2025 }, 'dueDate'],
    ];
    for (const [payload, field] of cases) {
      const res = await api.post(url, admin, payload);
      assert.equal(res.statusCode, 400, `${JSON.stringify(payload)}: ${res.body}`);
      assert.ok(field in res.json().error.fields, `${field} in ${res.body}`);
    }
    assert.equal((await api.get(`${url}?year=abc`, admin)).statusCode, 400);
    assert.equal(
      (await api.put(`${url}/not-a-uuid`, admin, { kind: 'data_values', year: 2025, dueDate: '2026-01-01' }))
        .statusCode,
      400,
    );
  });

  test('the daily reminder tells the operators with work once per threshold, in-app and by e-mail', async () => {
    const today = todayInIndonesia();
    // Nobody has entered values for 2031: every OPD with indicators still has work.
    const created = await api.post(url, admin, {
      kind: 'data_values',
      year: 2031,
      dueDate: plusDays(today, 5),
    });
    assert.equal(created.statusCode, 201, created.body);
    const deadlineId = created.json().id;
    const mine = () =>
      t.database.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.kind, 'deadline_approaching')));

    const told = await remindDeadlines(t.database.db, today);
    assert.ok(told >= 1);
    const first = await mine();
    const operatorNote = (await api.get('/api/notifications', operator)).json().items[0];
    assert.equal(operatorNote.kind, 'deadline_approaching');
    assert.match(operatorNote.title, /Tenggat data terpilah 2031/);
    assert.match(operatorNote.body, /5 hari lagi/);
    assert.equal(operatorNote.link, '/data/isian?period=2031');
    // The admin has no OPD of their own: the reminder is for whoever enters the values.
    assert.equal(
      (await api.get('/api/notifications', admin))
        .json()
        .items.some((n: { kind: string }) => n.kind === 'deadline_approaching'),
      false,
    );

    // The same day again, or another server: nobody is told twice.
    assert.equal(await remindDeadlines(t.database.db, today), 0);
    // Four days later the 1-day threshold tells them once more.
    assert.equal(await remindDeadlines(t.database.db, plusDays(today, 4)), told);
    assert.equal((await mine()).length, first.length * 2);
    assert.ok((await mine()).every((n) => n.dedupeKey?.startsWith(`deadline:${deadlineId}:`)));

    await t.app.jobs.runDue();
    const mail = await smtp.waitForMail((m) => m.to.includes('operator@demo.setara.invalid'));
    assert.match(mail.subject, /Tenggat data terpilah 2031/);
  });

  test('the GAP reminder also tells an OPD whose gender-responsive sub-kegiatan has no GAP at all', async () => {
    const today = todayInIndonesia();
    const year = 2033;
    // Dinkes (demo.operator's OPD): tagged "khusus", no GAP started. DP3A: only a "netral" line.
    const responsive = await addLine(t, 'Dinkes', {
      code: '1.02.02.2.02.0099',
      name: 'Pelayanan Ibu Hamil',
      budget: '1000000.00',
      year,
    });
    const neutral = await addLine(t, 'DP3A', {
      code: '2.08.02.2.01.0099',
      name: 'Rapat Koordinasi',
      budget: '500000.00',
      year,
    });
    await t.database.db
      .update(subActivities)
      .set({ argCategory: 'khusus', argAmount: '1000000.00' })
      .where(eq(subActivities.id, responsive));
    await t.database.db
      .update(subActivities)
      .set({ argCategory: 'netral', argAmount: '0.00' })
      .where(eq(subActivities.id, neutral));
    const created = await api.post(url, admin, { kind: 'gap_submission', year, dueDate: plusDays(today, 3) });
    assert.equal(created.statusCode, 201, created.body);
    const deadlineId = created.json().id;

    assert.ok((await remindDeadlines(t.database.db, today)) >= 1);
    const told = await t.database.db
      .select({ userId: notifications.userId })
      .from(notifications)
      .where(eq(notifications.dedupeKey, `deadline:${deadlineId}:7`));
    const me = (await api.get('/api/auth/me', operator)).json().user;
    assert.ok(
      told.some((n) => n.userId === me.id),
      'the Dinkes operator still has a GAP to write',
    );
    const note = (await api.get('/api/notifications', operator)).json().items[0];
    assert.match(note.title, /GAP/);
    assert.equal(note.link, `/perencanaan/sub-kegiatan?year=${year}`);
  });

  test('the reminder runs as a daily job that queues the next day’s run', async () => {
    const scheduled = await t.database.db.select().from(jobs).where(eq(jobs.kind, REMIND_JOB));
    assert.ok(scheduled.some((j) => j.dedupeKey === `${REMIND_JOB}:${todayInIndonesia()}`));
    await t.app.jobs.runDue();
    const after = await t.database.db.select().from(jobs).where(eq(jobs.kind, REMIND_JOB));
    const next = after.find((j) => j.status === 'queued');
    assert.ok(next, 'tomorrow is queued');
    assert.ok(next.runAt.getTime() > Date.now());
    assert.ok(after.some((j) => j.status === 'done'));
  });
});
