/**
 * Notifications end to end on the real app with a real SMTP server in process: who is told
 * of each review step of values and GAP documents, what arrives by e-mail (in the
 * recipient's language), opt-outs, a refused send retried by the job queue, and the inbox.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { completeGap } from '../../../domain/planning/gap-test-fixture.js';
import { jobs, notifications } from '../../db/schema-notifications.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { addLine, client } from '../gap/test-helpers.js';
import { startTestSmtp, type TestSmtp } from './test-smtp.js';

const PERCENT = 'KES_PERSALINAN_NAKES_PERSEN';

describe('notifications', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let api: ReturnType<typeof client>;
  let operator: string;
  let admin: string;
  let reviewer: string;
  let dinkes: string;
  before(async () => {
    smtp = await startTestSmtp();
    // The queue is run by the test (runDue), not by its timer, so each step is deterministic.
    t = await createTestApp({
      env: { ...smtp.env, JOBS_POLL_MS: '3600000', PUBLIC_URL: 'https://setara.test' },
    });
    api = client(t);
    operator = await t.login('demo.operator');
    admin = await t.login('demo.admin');
    reviewer = await t.login('demo.reviewer');
    dinkes = (await api.get('/api/auth/me', operator)).json().user.opdId;
    // The demo's own reminders (e.g. its MoU nearing its end) are not this test's subject:
    // let the daily jobs run once, then start from an empty inbox and mail queue.
    await t.app.jobs.runDue();
    await t.database.db.delete(jobs).where(eq(jobs.kind, 'notifications.email'));
    await t.database.db.delete(notifications);
    smtp.delivered.splice(0);
  });
  after(async () => {
    await t.close();
    await smtp.close();
  });

  const inbox = (cookie: string, query = '') => api.get(`/api/notifications${query}`, cookie);
  const bell = async (cookie: string) =>
    (await api.get('/api/notifications/unread-count', cookie)).json().unread;
  const step = (cookie: string, name: string, payload: object) =>
    api.post(`/api/regions/72.71/entry/${name}`, cookie, payload);
  const drain = () => t.app.jobs.runDue();
  const mailsTo = (address: string) => smtp.delivered.filter((m) => m.to.includes(address));

  test('submitted values tell the DP3A verifiers; a return with a comment reaches the operator in-app and by e-mail', async () => {
    const saved = await api.put('/api/regions/72.71/entry', operator, {
      period: '2025',
      values: [{ indicatorCode: PERCENT, sex: 'P', value: '97,25' }],
    });
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal((await step(operator, 'submit', { period: '2025', opdId: dinkes })).statusCode, 200);

    const adminInbox = (await inbox(admin)).json();
    assert.equal(adminInbox.unread, 1);
    assert.equal(adminInbox.items[0].kind, 'values_submitted');
    assert.match(adminInbox.items[0].title, /Dinas Kesehatan.*2025.*menunggu verifikasi/);
    assert.equal(adminInbox.items[0].link, `/data/verifikasi?period=2025&opd=${dinkes}`);
    // Reviewers review GAPs, not values; the submitter is not told of their own step.
    assert.equal(await bell(reviewer), 0);
    assert.equal(await bell(operator), 0);

    const returned = await step(admin, 'return', {
      period: '2025',
      opdId: dinkes,
      comment: 'Sumber data belum dicantumkan.',
    });
    assert.equal(returned.statusCode, 200);
    assert.equal(await bell(operator), 1);
    const item = (await inbox(operator)).json().items[0];
    assert.equal(item.kind, 'values_returned');
    assert.match(item.body, /Sumber data belum dicantumkan\./);
    assert.equal(item.link, `/data/isian?period=2025&opd=${dinkes}`);
    assert.equal(item.emailStatus, 'pending');

    // Nothing is mailed inside the request: the job queue sends it.
    assert.equal(mailsTo('operator@demo.setara.invalid').length, 0);
    await drain();
    const [mail] = mailsTo('operator@demo.setara.invalid');
    assert.ok(mail, 'the operator got an e-mail');
    assert.match(mail.subject, /^\[Setara\] Data terpilah Dinas Kesehatan periode 2025 dikembalikan$/);
    assert.match(mail.text, /dengan catatan: "Sumber data belum dicantumkan\."/);
    assert.match(mail.text, new RegExp(`https://setara\\.test/data/isian\\?period=2025&opd=${dinkes}`));
    assert.equal(mail.from, 'setara@test.invalid');
    assert.equal((await inbox(operator)).json().items[0].emailStatus, 'sent');
  });

  test('mail is written in the recipient’s language; an opted-out kind stays in-app only', async () => {
    const prefs = await api.put('/api/notifications/preferences', operator, {
      language: 'en',
      kinds: [{ kind: 'values_verified', email: false }],
    });
    assert.equal(prefs.statusCode, 200, prefs.body);
    assert.equal(prefs.json().language, 'en');
    assert.equal(prefs.json().mailEnabled, true);
    assert.deepEqual(
      prefs.json().kinds.filter((k: { email: boolean }) => !k.email),
      [{ kind: 'values_verified', email: false }],
    );

    assert.equal((await step(operator, 'submit', { period: '2025', opdId: dinkes })).statusCode, 200);
    assert.equal(
      (await step(admin, 'return', { period: '2025', opdId: dinkes, comment: 'Cek lagi.' })).statusCode,
      200,
    );
    await drain();
    const english = mailsTo('operator@demo.setara.invalid').at(-1)!;
    assert.equal(english.subject, '[Setara] Sex-disaggregated data of Dinas Kesehatan for 2025 returned');
    assert.match(english.text, /with a comment: "Cek lagi\."/);

    assert.equal((await step(operator, 'submit', { period: '2025', opdId: dinkes })).statusCode, 200);
    assert.equal((await step(admin, 'verify', { period: '2025', opdId: dinkes })).statusCode, 200);
    await drain();
    const verified = (await inbox(operator)).json().items[0];
    assert.equal(verified.kind, 'values_verified');
    assert.equal(verified.emailStatus, null);
    // Returned (Indonesian), returned (English); the verification was not mailed.
    assert.equal(mailsTo('operator@demo.setara.invalid').length, 2);
    // The admin's two "submitted" mails went out meanwhile, in Indonesian.
    // (The demo's MoU reminder to DP3A may go out in one of these runs; it is not a values mail.)
    const adminMails = mailsTo('admin@demo.setara.invalid')
      .map((m) => m.subject)
      .filter((subject) => !subject.includes('Kerja sama'));
    assert.ok(adminMails.length >= 2, adminMails.join(' / '));
    assert.ok(
      adminMails.every((s) => /menunggu verifikasi/.test(s)),
      adminMails.join(' / '),
    );
  });

  test('a refused send is retried by the queue with backoff and delivered', async () => {
    await api.put('/api/notifications/preferences', operator, { language: 'id' });
    const saved = await api.put('/api/regions/72.71/entry', admin, {
      period: '2024',
      values: [{ indicatorCode: PERCENT, sex: 'P', value: '95' }],
    });
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal((await step(admin, 'submit', { period: '2024', opdId: dinkes })).statusCode, 200);
    smtp.failNext(1);
    const count = smtp.delivered.length;
    assert.equal(
      (await step(admin, 'return', { period: '2024', opdId: dinkes, comment: 'Periksa angka 2024.' }))
        .statusCode,
      200,
    );
    await drain();
    assert.equal(smtp.delivered.length, count, 'the first attempt was refused');
    const [job] = await t.database.db
      .select()
      .from(jobs)
      .where(sql`${jobs.kind} = 'notifications.email' and ${jobs.status} = 'queued'`);
    assert.equal(job.attempts, 1);
    assert.match(job.lastError ?? '', /try again later/);
    assert.ok(job.runAt.getTime() > Date.now() + 20_000, 'waits its backoff');
    await t.database.db
      .update(jobs)
      .set({ runAt: sql`now()` })
      .where(eq(jobs.id, job.id));
    await drain();
    const mail = mailsTo('operator@demo.setara.invalid').at(-1)!;
    assert.match(mail.text, /Periksa angka 2024\./);
    assert.match(mail.subject, /dikembalikan/);
  });

  test('a GAP submitted tells the reviewers; returned and approved tell the operator', async () => {
    const lineId = await addLine(t, 'Dinkes', {
      code: '1.02.02.2.02.0001',
      name: 'Pengelolaan Pelayanan Kesehatan Ibu Hamil',
      budget: '486750000.00',
    });
    const id = (await api.post(`/api/sub-activities/${lineId}/gap`, operator)).json().id;
    const gap = completeGap(PERCENT, 2023);
    assert.equal((await api.put(`/api/gap/${id}`, operator, { version: 1, gap })).statusCode, 200);
    await api.post(`/api/gap/${id}/gbs`, operator, { version: 2 });
    await api.post(`/api/gap/${id}/tor`, operator, { version: 3 });
    const reviewerBefore = await bell(reviewer);
    assert.equal((await api.post(`/api/gap/${id}/submit`, operator, { version: 4 })).statusCode, 200);
    assert.equal(await bell(reviewer), reviewerBefore + 1);
    const queued = (await inbox(reviewer)).json().items[0];
    assert.equal(queued.kind, 'gap_submitted');
    assert.equal(queued.link, `/perencanaan/gap/${id}`);
    assert.match(queued.title, /Pengelolaan Pelayanan Kesehatan Ibu Hamil/);

    const revision = await api.post(`/api/gap/${id}/decision`, reviewer, {
      decision: 'revision',
      target: '7',
      body: 'Langkah 7 belum menjawab faktor kesenjangan.',
    });
    assert.equal(revision.statusCode, 200, revision.body);
    const returned = (await inbox(operator)).json().items[0];
    assert.equal(returned.kind, 'gap_returned');
    assert.match(returned.body, /Langkah 7 belum menjawab/);

    const doc = (await api.get(`/api/gap/${id}`, operator)).json();
    assert.equal(
      (await api.post(`/api/gap/${id}/submit`, operator, { version: doc.version })).statusCode,
      200,
    );
    assert.equal(
      (await api.post(`/api/gap/${id}/decision`, reviewer, { decision: 'approve' })).statusCode,
      200,
    );
    assert.equal((await inbox(operator)).json().items[0].kind, 'gap_approved');
    const reopened = await api.post(`/api/gap/${id}/decision`, admin, {
      decision: 'revision',
      body: 'Pagu berubah setelah APBD-P.',
    });
    assert.equal(reopened.statusCode, 200, reopened.body);
    assert.equal((await inbox(operator)).json().items[0].kind, 'gap_revision_requested');
    await drain();
    assert.ok(mailsTo('reviewer@demo.setara.invalid').some((m) => /menunggu reviu/.test(m.subject)));
  });

  test('the inbox: unread filter, mark one read, mark all read; only one’s own', async () => {
    const all = (await inbox(operator)).json();
    assert.ok(all.unread >= 3);
    const first = all.items[0];
    const foreign = await api.post(
      `/api/notifications/${(await inbox(admin)).json().items[0].id}/read`,
      operator,
    );
    assert.equal(foreign.statusCode, 404);
    assert.equal((await api.post(`/api/notifications/${first.id}/read`, operator)).statusCode, 200);
    const unreadOnly = (await inbox(operator, '?unread=1')).json();
    assert.equal(unreadOnly.unread, all.unread - 1);
    assert.ok(unreadOnly.items.every((n: { readAt: string | null }) => n.readAt === null));
    const marked = await api.post('/api/notifications/read-all', operator);
    assert.equal(marked.json().marked, all.unread - 1);
    assert.equal(await bell(operator), 0);
    assert.equal((await bell(admin)) > 0, true, 'another user’s inbox is untouched');
  });

  test('bad input names its field', async () => {
    const cases: [string, 'GET' | 'POST' | 'PUT', object | undefined, string][] = [
      ['/api/notifications/preferences', 'PUT', { kinds: [{ kind: 'spam', email: false }] }, 'kinds.0.kind'],
      ['/api/notifications/preferences', 'PUT', { language: 'fr' }, 'language'],
      [
        '/api/notifications/preferences',
        'PUT',
        {
          kinds: [
            { kind: 'gap_approved', email: true },
            { kind: 'gap_approved', email: false },
          ],
        },
        'kinds',
      ],
      [
        '/api/notifications/preferences',
        'PUT',
        { kinds: [{ kind: 'gap_approved', email: 'no' }] },
        'kinds.0.email',
      ],
      ['/api/notifications/preferences', 'PUT', { language: 'id', extra: 1 }, ''],
      ['/api/notifications/not-a-uuid/read', 'POST', {}, 'id'],
      ['/api/notifications?pageSize=1000', 'GET', undefined, 'pageSize'],
    ];
    for (const [url, method, payload, field] of cases) {
      const res = await t.app.inject({
        method,
        url,
        headers: { cookie: operator },
        ...(payload ? { payload } : {}),
      });
      assert.equal(res.statusCode, 400, `${method} ${url} ${JSON.stringify(payload)}: ${res.body}`);
      if (field) assert.ok(field in (res.json().error.fields ?? {}), `${field} in ${res.body}`);
    }
    const empty = await api.put('/api/notifications/preferences', operator, {});
    assert.equal(empty.statusCode, 400);
  });

  test('a notification and its mail job are written with the event or not at all', async () => {
    const before = (await t.database.db.select({ id: notifications.id }).from(notifications)).length;
    // Nothing submitted for 2023: the step fails, and nobody is told.
    const refused = await step(operator, 'submit', { period: '2023', opdId: dinkes });
    assert.equal(refused.statusCode, 422);
    assert.equal((await t.database.db.select({ id: notifications.id }).from(notifications)).length, before);
  });
});
