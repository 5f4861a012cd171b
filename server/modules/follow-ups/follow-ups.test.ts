/**
 * Follow-ups of meetings through the app: creating (organisers only; no owner, a bad date, NUL,
 * huge or wrong-typed input refused naming the field), the owner (the Dinkes operator, or the
 * user whose e-mail is the owner person's) moving the status and attaching evidence, the rules
 * (done needs proof, dropping is the organisers'), optimistic locking, the board and its
 * filters, the previous Rakor's open follow-ups, and the notifications — assigned at once, due
 * and overdue by the daily job, each once — in-app and by e-mail. Runs on PGlite, and on
 * PostgreSQL when TEST_DATABASE_URL is set.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { addDays, todayInRegion } from '../../../domain/follow-ups/dates.js';
import type { NotificationKind } from '../../../domain/notifications.js';
import { users } from '../../db/schema.js';
import { followUpStatusHistory, followUps } from '../../db/schema-follow-ups.js';
import { jobs, notifications } from '../../db/schema-notifications.js';
import { TINY_PNG } from '../letterhead/letterhead.test-data.js';
import { multipart } from '../imports/test-helpers.js';
import { startTestSmtp, type TestSmtp } from '../notifications/test-smtp.js';
import { createTestApp, countOf, type TestApp } from '../../test-support/test-app.js';
import { sql } from 'drizzle-orm';
import { removeDemoFollowUps } from '../../db/seed/demo-follow-ups.js';
import { FOLLOW_UP_REMIND_JOB, remindFollowUps } from './reminders.js';
import { client, insertMeeting, insertPerson, opdIdOf } from './test-helpers.js';

describe('follow-ups', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let api: ReturnType<typeof client>;
  let admin: string;
  let operator: string;
  let reviewer: string;
  let pokja: string;
  const ids: Record<string, string> = {};
  const today = todayInRegion('72.71');

  const notesOf = async (userId: string, kind: NotificationKind) =>
    t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)));

  before(async () => {
    smtp = await startTestSmtp();
    t = await createTestApp({ env: { ...smtp.env, JOBS_POLL_MS: '3600000' } });
    api = client(t);
    [admin, operator, reviewer, pokja] = await Promise.all(
      ['demo.admin', 'demo.operator', 'demo.reviewer', 'demo.pokja'].map((u) => t.login(u)),
    );
    for (const name of ['demo.operator', 'demo.admin', 'demo.reviewer', 'demo.pokja']) {
      const [u] = await t.database.db
        .select({ id: users.id, email: users.email })
        .from(users)
        .where(eq(users.username, name));
      ids[name] = u.id;
      ids[`${name}.email`] = u.email!;
    }
    // The demo's follow-ups would count on the board; its Rakor (December 2024) stays.
    await removeDemoFollowUps(t.database.db);
    ids.dinkes = await opdIdOf(t, 'Dinkes');
    ids.dinsos = await opdIdOf(t, 'Dinsos');
    ids.rakor1 = await insertMeeting(t, {
      title: 'Rakor Pokja PUG Triwulan I',
      startsOn: '2026-02-10',
      agenda: ['Evaluasi PPRG', 'Data terpilah'],
    });
    ids.rakor2 = await insertMeeting(t, { title: 'Rakor Pokja PUG Triwulan II', startsOn: '2026-05-12' });
    ids.bimtek = await insertMeeting(t, { title: 'Bimtek PPRG', startsOn: '2026-03-01', kind: 'bimtek' });
    // The reviewer is also in the PUG registry (same e-mail, other case): a person owner.
    ids.person = await insertPerson(t, {
      fullName: 'Ani Reviewer',
      email: ids['demo.reviewer.email'].toUpperCase(),
    });
    ids.noMail = await insertPerson(t, { fullName: 'Budi Tanpa Surel' });
    ids.donggalaPerson = await insertPerson(t, { fullName: 'Orang Donggala', regionCode: '72.03' });
  });
  after(async () => {
    await t.close();
    await smtp.close();
  });

  const create = (payload: object, cookie = admin, meeting = ids.rakor1) =>
    api.post(`/api/meetings/${meeting}/follow-ups`, cookie, payload);

  test('organisers add a follow-up for Dinkes; its operators are told at once', async () => {
    const res = await create({
      text: 'Dinkes menyusun data terpilah layanan ibu hamil',
      owner: { opdId: ids.dinkes },
      dueDate: addDays(today, 1),
      agendaItemId: 'a2',
    });
    assert.equal(res.statusCode, 201, res.body);
    const body = res.json();
    ids.dinkesFu = body.id;
    assert.equal(body.status, 'open');
    assert.equal(body.owner.kind, 'opd');
    assert.match(body.owner.name, /Kesehatan/);
    assert.equal(body.meeting.title, 'Rakor Pokja PUG Triwulan I');
    assert.equal(body.urgency, 'due_soon');
    assert.equal(body.history.length, 1);
    const [note] = await notesOf(ids['demo.operator'], 'follow_up_assigned');
    assert.ok(note, 'the Dinkes operator is told');
    assert.equal(note.link, `/kelembagaan/tindak-lanjut?id=${ids.dinkesFu}`);
    assert.equal((await notesOf(ids['demo.reviewer'], 'follow_up_assigned')).length, 0);
    await t.app.jobs.runDue();
    const mail = await smtp.waitForMail(
      (m) => m.to.includes(ids['demo.operator.email']) && /Tindak lanjut untuk/.test(m.subject),
    );
    assert.match(mail.text, /Rakor Pokja PUG Triwulan I/);
  });

  test('a person owner: the user with that e-mail is told and may update it', async () => {
    const res = await create({
      text: 'Reviu GAP Dinsos',
      owner: { personId: ids.person },
      dueDate: addDays(today, -3),
    });
    assert.equal(res.statusCode, 201, res.body);
    ids.personFu = res.json().id;
    assert.equal(res.json().urgency, 'overdue');
    assert.equal((await notesOf(ids['demo.reviewer'], 'follow_up_assigned')).length, 1);
    const seen = (await api.get(`/api/follow-ups/${ids.personFu}`, reviewer)).json();
    assert.equal(seen.can.update, true);
    assert.equal(seen.can.edit, false);
    assert.deepEqual(seen.can.nextStatuses, ['in_progress', 'done']);
    const moved = await api.patch(`/api/follow-ups/${ids.personFu}`, reviewer, {
      version: seen.version,
      status: 'in_progress',
    });
    assert.equal(moved.statusCode, 200, moved.body);
    // The Dinkes operator does not own it.
    const refused = await api.patch(`/api/follow-ups/${ids.personFu}`, operator, {
      version: moved.json().version,
      status: 'done',
      completionNote: 'x',
    });
    assert.equal(refused.statusCode, 403);
  });

  test('bad input is refused naming the field, and nothing is stored', async () => {
    const before = await countOf(t, sql`select count(*) from follow_ups`);
    const cases: [object, string, number][] = [
      [{ text: 'Tanpa penanggung jawab', dueDate: '2026-06-01' }, 'owner', 400],
      [
        {
          text: 'Dua penanggung jawab',
          owner: { opdId: ids.dinkes, personId: ids.person },
          dueDate: '2026-06-01',
        },
        'owner',
        400,
      ],
      [{ text: 'Tanggal salah', owner: { opdId: ids.dinkes }, dueDate: '2026-02-30' }, 'dueDate', 400],
      [{ text: 'Tanggal salah', owner: { opdId: ids.dinkes }, dueDate: '31/12/2026' }, 'dueDate', 400],
      [{ text: 'Tanggal angka', owner: { opdId: ids.dinkes }, dueDate: 20260601 }, 'dueDate', 400],
      [{ text: 'a'.repeat(2001), owner: { opdId: ids.dinkes }, dueDate: '2026-06-01' }, 'text', 400],
      [{ text: '', owner: { opdId: ids.dinkes }, dueDate: '2026-06-01' }, 'text', 400],
      [{ text: 'NUL\u0000', owner: { opdId: ids.dinkes }, dueDate: '2026-06-01' }, 'text', 400],
      [{ text: 42, owner: { opdId: ids.dinkes }, dueDate: '2026-06-01' }, 'text', 400],
      [{ text: 'OPD asing', owner: { opdId: 'nope' }, dueDate: '2026-06-01' }, 'owner', 400],
      [
        { text: 'Orang daerah lain', owner: { personId: ids.donggalaPerson }, dueDate: '2026-06-01' },
        'owner',
        422,
      ],
      [
        { text: 'Agenda asing', owner: { opdId: ids.dinkes }, dueDate: '2026-06-01', agendaItemId: 'zz' },
        'agendaItemId',
        422,
      ],
      [{ text: 'Kolom asing', owner: { opdId: ids.dinkes }, dueDate: '2026-06-01', extra: 1 }, '', 400],
    ];
    for (const [payload, field, status] of cases) {
      const res = await create(payload);
      assert.equal(res.statusCode, status, `${JSON.stringify(payload).slice(0, 80)}: ${res.body}`);
      const fields = res.json().error.fields ?? {};
      if (field)
        assert.ok(
          Object.keys(fields).some((k) => k === field || k.startsWith(`${field}.`)),
          `${field}: ${res.body}`,
        );
    }
    // The same follow-up typed twice (other case and spaces): 409 at `text`.
    const twice = await create({
      text: '  dinkes menyusun DATA terpilah   layanan ibu hamil ',
      owner: { opdId: ids.dinkes },
      dueDate: '2026-06-01',
    });
    assert.equal(twice.statusCode, 409, twice.body);
    assert.ok(twice.json().error.fields.text);
    // A PATCH: NUL, a huge note, a wrong type, an unknown status.
    const fu = (await api.get(`/api/follow-ups/${ids.dinkesFu}`, admin)).json();
    for (const [payload, field] of [
      [{ version: fu.version, completionNote: 'a\u0000b' }, 'completionNote'],
      [{ version: fu.version, completionNote: 'x'.repeat(4001) }, 'completionNote'],
      [{ version: 'satu', status: 'open' }, 'version'],
      [{ version: fu.version, status: 'selesai' }, 'status'],
      [{ version: fu.version, owner: {} }, 'owner'],
    ] as [object, string][]) {
      const res = await api.patch(`/api/follow-ups/${ids.dinkesFu}`, admin, payload);
      assert.equal(res.statusCode, 400, res.body);
      assert.ok(
        Object.keys(res.json().error.fields ?? {}).some((k) => k.startsWith(field)),
        res.body,
      );
    }
    assert.equal(await countOf(t, sql`select count(*) from follow_ups`), before);
  });

  test('only organisers create; readers list', async () => {
    const payload = { text: 'x', owner: { opdId: ids.dinkes }, dueDate: '2026-06-01' };
    for (const cookie of [operator, reviewer, pokja])
      assert.equal((await create(payload, cookie)).statusCode, 403);
    const list = await api.get(`/api/meetings/${ids.rakor1}/follow-ups`, pokja);
    assert.equal(list.statusCode, 200);
    assert.equal(list.json().items.length, 2);
    assert.equal(list.json().canCreate, false);
    assert.equal((await api.get(`/api/meetings/${ids.rakor1}/follow-ups`, admin)).json().canCreate, true);
    assert.equal(
      (await api.get('/api/meetings/00000000-0000-4000-8000-000000000000/follow-ups', admin)).statusCode,
      404,
    );
  });

  test('the owner moves the status; done needs evidence or a note; dropping is the organisers’', async () => {
    const url = `/api/follow-ups/${ids.dinkesFu}`;
    let fu = (await api.get(url, operator)).json();
    const started = await api.patch(url, operator, { version: fu.version, status: 'in_progress' });
    assert.equal(started.statusCode, 200, started.body);
    fu = started.json();
    // A stale version: 409.
    const stale = await api.patch(url, operator, { version: fu.version - 1, status: 'open' });
    assert.equal(stale.statusCode, 409);
    assert.ok(stale.json().error.fields.version);
    // The owner may not change the text, due date or owner.
    const edit = await api.patch(url, operator, { version: fu.version, dueDate: '2027-01-01' });
    assert.equal(edit.statusCode, 403);
    assert.ok(edit.json().error.fields.dueDate);
    const drop = await api.patch(url, operator, {
      version: fu.version,
      status: 'dropped',
      completionNote: 'batal',
    });
    assert.equal(drop.statusCode, 422);
    assert.ok(drop.json().error.fields.status);
    const noProof = await api.patch(url, operator, { version: fu.version, status: 'done' });
    assert.equal(noProof.statusCode, 422);
    assert.ok(noProof.json().error.fields.completionNote);
    // Evidence: a renamed executable is refused, a real picture is kept.
    const disguised = await api.upload(
      `${url}/evidence`,
      operator,
      multipart('foto.png', Buffer.from('MZ\x90\x00\x03 not a picture')),
    );
    assert.equal(disguised.statusCode, 422);
    assert.ok(disguised.json().error.fields.file);
    const empty = await api.upload(`${url}/evidence`, operator, multipart('kosong.png', Buffer.alloc(0)));
    assert.equal(empty.statusCode, 422);
    const other = await t.login('demo.pokja');
    assert.equal(
      (await api.upload(`${url}/evidence`, other, multipart('foto.png', TINY_PNG))).statusCode,
      403,
    );
    const up = await api.upload(`${url}/evidence`, operator, multipart('foto-sosialisasi.png', TINY_PNG));
    assert.equal(up.statusCode, 201, up.body);
    ids.evidence = up.json().id;
    assert.equal(up.json().contentType, 'image/png');
    const done = await api.patch(url, operator, { version: fu.version, status: 'done' });
    assert.equal(done.statusCode, 200, done.body);
    assert.equal(done.json().urgency, 'closed');
    assert.deepEqual(
      done.json().history.map((h: { toStatus: string }) => h.toStatus),
      ['open', 'in_progress', 'done'],
    );
    // The only proof of a done follow-up stays.
    const rmLast = await api.delete(`${url}/evidence/${ids.evidence}`, operator);
    assert.equal(rmLast.statusCode, 422);
    const dl = await api.get(`${url}/evidence/${ids.evidence}`, pokja);
    assert.equal(dl.statusCode, 200);
    assert.equal(dl.headers['content-type'], 'image/png');
    assert.deepEqual(dl.rawPayload, TINY_PNG);
    // The owner cannot reopen; the organiser can.
    const reopenOwner = await api.patch(url, operator, {
      version: done.json().version,
      status: 'in_progress',
    });
    assert.equal(reopenOwner.statusCode, 422);
    const reopen = await api.patch(url, admin, { version: done.json().version, status: 'in_progress' });
    assert.equal(reopen.statusCode, 200, reopen.body);
    const removed = await api.delete(`${url}/evidence/${ids.evidence}`, operator);
    assert.equal(removed.statusCode, 200, removed.body);
    assert.equal((await api.get(`${url}/evidence/${ids.evidence}`, admin)).statusCode, 404);
    // Done with a note instead of a file.
    const noted = await api.patch(url, operator, {
      version: reopen.json().version,
      status: 'done',
      completionNote: 'Data terpilah diunggah ke Setara.',
    });
    assert.equal(noted.statusCode, 200, noted.body);
    ids.dinkesVersion = String(noted.json().version);
    const rows = await t.database.db
      .select()
      .from(followUpStatusHistory)
      .where(eq(followUpStatusHistory.followUpId, ids.dinkesFu));
    assert.equal(rows.length, 5);
  });

  test('the organiser changes the owner: the new owner is told; a bad PATCH names the field', async () => {
    const fu = (await api.get(`/api/follow-ups/${ids.personFu}`, admin)).json();
    const bad = await api.patch(`/api/follow-ups/${ids.personFu}`, admin, {
      version: fu.version,
      dueDate: 'besok',
    });
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.json().error.fields.dueDate);
    const noVersion = await api.patch(`/api/follow-ups/${ids.personFu}`, admin, { status: 'open' });
    assert.equal(noVersion.statusCode, 400);
    assert.ok(noVersion.json().error.fields.version);
    const moved = await api.patch(`/api/follow-ups/${ids.personFu}`, admin, {
      version: fu.version,
      owner: { opdId: ids.dinsos },
    });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal(moved.json().owner.kind, 'opd');
    const [row] = await t.database.db.select().from(followUps).where(eq(followUps.id, ids.personFu));
    assert.equal(row.ownerPersonId, null);
    assert.equal(row.ownerOpdId, ids.dinsos);
  });

  test('the board: by due date, filters, counts; an operator reads it, another region does not', async () => {
    await create(
      { text: 'Bappeda memasukkan PUG ke RKPD', owner: { opdId: ids.dinsos }, dueDate: addDays(today, 30) },
      admin,
      ids.rakor2,
    );
    await create(
      { text: 'Tanpa e-mail', owner: { personId: ids.noMail }, dueDate: addDays(today, 3) },
      admin,
      ids.rakor2,
    );
    const board = await api.get('/api/regions/72.71/follow-ups', operator);
    assert.equal(board.statusCode, 200, board.body);
    const b = board.json();
    assert.equal(b.total, 4);
    const dates = b.items.map((i: { dueDate: string }) => i.dueDate);
    assert.deepEqual(dates, [...dates].sort());
    assert.deepEqual(b.counts, { open: 3, overdue: 1, dueSoon: 1 });
    const overdue = (await api.get('/api/regions/72.71/follow-ups?overdue=true', admin)).json();
    assert.deepEqual(
      overdue.items.map((i: { id: string }) => i.id),
      [ids.personFu],
    );
    const done = (await api.get('/api/regions/72.71/follow-ups?status=done', admin)).json();
    assert.deepEqual(
      done.items.map((i: { id: string }) => i.id),
      [ids.dinkesFu],
    );
    const dinsos = (
      await api.get(`/api/regions/72.71/follow-ups?ownerOpdId=${ids.dinsos}&status=open_all`, admin)
    ).json();
    assert.equal(dinsos.total, 2);
    const meeting = (await api.get(`/api/regions/72.71/follow-ups?meetingId=${ids.rakor2}`, admin)).json();
    assert.equal(meeting.total, 2);
    const mine = (await api.get('/api/regions/72.71/follow-ups?mine=true', operator)).json();
    assert.deepEqual(
      mine.items.map((i: { id: string }) => i.id),
      [ids.dinkesFu],
    );
    const paged = (await api.get('/api/regions/72.71/follow-ups?pageSize=1&page=2', admin)).json();
    assert.equal(paged.items.length, 1);
    assert.equal(paged.total, 4);
    assert.equal((await api.get('/api/regions/72.71/follow-ups?status=nope', admin)).statusCode, 400);
    assert.equal((await api.get('/api/regions/72.71/follow-ups?pageSize=100000', admin)).statusCode, 400);
    const donggala = await t.login('demo.provinsi');
    assert.equal((await api.get('/api/regions/72.71/follow-ups', donggala)).statusCode, 200);
    assert.equal((await api.get('/api/regions/72.03/follow-ups', admin)).statusCode, 403);
  });

  test('the next Rakor pulls the open follow-ups of the previous one (same kind)', async () => {
    const res = await api.get(`/api/meetings/${ids.rakor2}/previous-open-follow-ups`, admin);
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.previous.id, ids.rakor1);
    // The Dinkes one is done; the reassigned one is still open.
    assert.deepEqual(
      body.items.map((i: { id: string }) => i.id),
      [ids.personFu],
    );
    // Before Rakor I only the demo's Rakor of December 2024, whose follow-ups were removed.
    const first = (await api.get(`/api/meetings/${ids.rakor1}/previous-open-follow-ups`, admin)).json();
    assert.notEqual(first.previous?.id, ids.rakor2);
    assert.deepEqual(first.items, []);
    const bimtek = (await api.get(`/api/meetings/${ids.bimtek}/previous-open-follow-ups`, admin)).json();
    // Another kind: the demo's Bimtek, never a Rakor.
    assert.notEqual(bimtek.previous?.id, ids.rakor1);
    assert.deepEqual(bimtek.items, []);
    // A Rakor not saved yet: the latest Rakor on or before its date.
    const fresh = await api.get(
      '/api/regions/72.71/follow-ups/previous-open?kind=rakor&before=2026-04-01',
      pokja,
    );
    assert.equal(fresh.statusCode, 200, fresh.body);
    assert.equal(fresh.json().previous.id, ids.rakor1);
    const bad = await api.get(
      '/api/regions/72.71/follow-ups/previous-open?kind=rapat&before=2026-13-01',
      pokja,
    );
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.json().error.fields.kind && bad.json().error.fields.before);
  });

  test('the daily job: due tomorrow and overdue, each told once per follow-up', async () => {
    const due = await create(
      { text: 'Jatuh tempo besok', owner: { opdId: ids.dinkes }, dueDate: addDays(today, 1) },
      admin,
      ids.rakor2,
    );
    assert.equal(due.statusCode, 201);
    const late = await create(
      { text: 'Sudah lewat', owner: { opdId: ids.dinkes }, dueDate: addDays(today, -2) },
      admin,
      ids.rakor2,
    );
    assert.equal(late.statusCode, 201);
    const told = await remindFollowUps(t.database.db);
    assert.ok(told >= 2, `told ${told}`);
    const dueNotes = await notesOf(ids['demo.operator'], 'follow_up_due');
    assert.deepEqual(
      dueNotes.map((n) => n.dedupeKey),
      [`follow_up_due:${due.json().id}`],
    );
    const overdueNotes = await notesOf(ids['demo.operator'], 'follow_up_overdue');
    assert.deepEqual(
      overdueNotes.map((n) => n.dedupeKey),
      [`follow_up_overdue:${late.json().id}`],
    );
    // The Dinsos follow-up overdue has no Dinsos operator: nobody to tell, nothing breaks.
    assert.equal(await remindFollowUps(t.database.db), 0, 'a second run tells nobody');
    await t.app.jobs.runDue();
    assert.ok(
      smtp.delivered.some((m) => m.to.includes(ids['demo.operator.email']) && /besok/.test(m.subject)),
    );
    assert.ok(
      smtp.delivered.some(
        (m) => m.to.includes(ids['demo.operator.email']) && /melewati batas/.test(m.subject),
      ),
    );
    const scheduled = await t.database.db.select().from(jobs).where(eq(jobs.kind, FOLLOW_UP_REMIND_JOB));
    assert.ok(scheduled.some((j) => j.status === 'queued' && j.runAt.getTime() > Date.now()));
  });
});
