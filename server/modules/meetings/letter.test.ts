/**
 * The invitation letter and the reminder through the app and a real in-process SMTP server:
 * the letter needs a number and invitees (422 naming the field), its PDF is a PDF for readers,
 * sending tells users in-app (`meeting_invitation`) and mails the PDF to others with an address,
 * the daily reminder one day before tells each invitee once (`meeting_reminder`).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import parsePdf from 'pdf-parse/lib/pdf-parse.js';
import { addDays, todayInRegion } from '../../../domain/follow-ups/dates.js';
import { users } from '../../db/schema.js';
import { meetingInvitees } from '../../db/schema-meetings.js';
import { notifications } from '../../db/schema-notifications.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { client, insertPerson } from '../follow-ups/test-helpers.js';
import { renderNotification } from '../notifications/render.js';
import { startTestSmtp, type TestSmtp } from '../notifications/test-smtp.js';
import { remindMeetings } from './reminders.js';

describe('meetings: invitation letter and reminder', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let api: ReturnType<typeof client>;
  let admin: string;
  let pokja: string;
  let operatorId = '';
  let id = '';
  let external = '';
  const put = (url: string, cookie: string, payload: unknown) =>
    t.app.inject({
      method: 'PUT',
      url,
      headers: { cookie, origin: 'http://localhost:80' },
      payload: payload as object,
    });

  before(async () => {
    smtp = await startTestSmtp();
    t = await createTestApp({ env: { ...smtp.env, JOBS_POLL_MS: '3600000' } });
    api = client(t);
    [admin, pokja] = await Promise.all(['demo.admin', 'demo.pokja'].map((u) => t.login(u)));
    const [op] = await t.database.db.select().from(users).where(eq(users.username, 'demo.operator'));
    operatorId = op.id;
    const tomorrow = addDays(todayInRegion('72.71'), 1);
    const m = await api.post('/api/regions/72.71/meetings', admin, {
      kind: 'rakor',
      title: 'Rakor Pokja PUG Uji Undangan',
      startsOn: tomorrow,
      endsOn: tomorrow,
      startTime: '09:00',
      venue: 'Aula Bapperida',
      agenda: [{ text: 'Pembukaan' }, { text: 'Evaluasi PUG' }],
    });
    assert.equal(m.statusCode, 200, m.body);
    id = m.json().id;
    const user = await insertPerson(t, { fullName: 'Operator Dinkes', email: op.email });
    external = await insertPerson(t, { fullName: 'Mitra PSGA', email: 'mitra@example.org' });
    const none = await insertPerson(t, { fullName: 'Tanpa Surel' });
    assert.equal(
      (await api.post(`/api/meetings/${id}/invitees`, admin, { personIds: [user, external, none] }))
        .statusCode,
      200,
    );
  });
  after(async () => {
    await t?.close();
    await smtp?.close();
  });

  test('a letter needs its number first; bad NIP and dates name the field', async () => {
    const early = await api.post(`/api/meetings/${id}/letter/send`, admin, {});
    assert.equal(early.statusCode, 422);
    assert.ok(early.json().error.fields.letter);
    const bad = await put(`/api/meetings/${id}/letter`, admin, {
      letterNumber: '005/1/DP3A',
      letterDate: '2024-13-01',
      signatoryName: 'Kepala DP3A',
      signatoryPosition: 'Kepala Dinas',
      signatoryNip: '123',
    });
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.json().error.fields.letterDate && bad.json().error.fields.signatoryNip);
    const ok = await put(`/api/meetings/${id}/letter`, admin, {
      letterNumber: '005/123/DP3A/XII/2024',
      letterDate: todayInRegion('72.71'),
      signatoryName: 'Dra. Kepala DP3A',
      signatoryPosition: 'Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak',
      signatoryNip: '197001011990032001',
    });
    assert.equal(ok.statusCode, 200, ok.body);
    const { sentAt: _sentAt, ...letter } = ok.json().letter;
    assert.equal((await put(`/api/meetings/${id}/letter`, pokja, letter)).statusCode, 403);
  });

  test('the PDF is a PDF, for readers of the region', async () => {
    const pdf = await api.get(`/api/meetings/${id}/letter.pdf`, pokja);
    assert.equal(pdf.statusCode, 200, pdf.body.slice(0, 200));
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
    // The letter itself: letterhead, number, subject, addressees, the event, the signature block.
    const text = (await parsePdf(pdf.rawPayload)).text.replace(/\s+/g, ' ');
    for (const expected of [
      'PEMERINTAH KOTA PALU',
      ': 005/123/DP3A/XII/2024',
      ': Undangan',
      'Yth.',
      'Operator Dinkes',
      'Mitra PSGA',
      'Rakor Pokja PUG Uji Undangan',
      '09.00 WITA',
      'Aula Bapperida',
      'Evaluasi PUG',
      'Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak',
      'Dra. Kepala DP3A',
      'NIP. 197001011990032001',
    ])
      assert.ok(text.includes(expected), `${expected} in ${text}`);
  });

  test('sending: users in-app, others by e-mail with the PDF, once', async () => {
    assert.equal((await api.post(`/api/meetings/${id}/letter/send`, pokja, {})).statusCode, 403);
    const res = await api.post(`/api/meetings/${id}/letter/send`, admin, {});
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json(), { emailed: 1, notified: 1, withoutEmail: 1 });
    const notes = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, operatorId), eq(notifications.kind, 'meeting_invitation')));
    assert.equal(notes.length, 1);
    assert.equal(notes[0].link, `/kelembagaan/kegiatan/${id}`);
    await t.app.jobs.runDue();
    const mail = await smtp.waitForMail((m) => m.to.includes('mitra@example.org'));
    assert.match(mail.subject, /Undangan: Rakor Pokja PUG Uji Undangan/);
    assert.match(mail.text, /005\/123\/DP3A\/XII\/2024/);
    assert.deepEqual(
      mail.attachments.map((f) => [f.filename, f.contentType]),
      [['Undangan-Rakor-Pokja-PUG-Uji-Undangan.pdf', 'application/pdf']],
    );
    assert.equal(mail.attachments[0]!.content.subarray(0, 5).toString('latin1'), '%PDF-');
    const [row] = await t.database.db
      .select()
      .from(meetingInvitees)
      .where(and(eq(meetingInvitees.meetingId, id), eq(meetingInvitees.personId, external)));
    assert.ok(row.emailedAt, 'emailed_at is set');
  });

  test('the reminder one day before tells each invitee once', async () => {
    assert.equal(await remindMeetings(t.database.db), 3);
    assert.equal(await remindMeetings(t.database.db), 0, 'a rerun tells nobody');
    const notes = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, operatorId), eq(notifications.kind, 'meeting_reminder')));
    assert.equal(notes.length, 1);
    // The days are written in the reader's language: an English reader gets English months.
    const tomorrow = new Date(`${addDays(todayInRegion('72.71'), 1)}T00:00:00Z`);
    const long = (locale: string) =>
      new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(tomorrow);
    const params = notes[0].params as Record<string, string>;
    const en = renderNotification('meeting_reminder', params, 'en');
    assert.ok(en.body.includes(long('en-GB')), en.body);
    const inIndonesian = renderNotification('meeting_reminder', params, 'id');
    assert.ok(inIndonesian.body.includes(long('id-ID')), inIndonesian.body);
    const before = smtp.delivered.length;
    await t.app.jobs.runDue();
    assert.ok(
      smtp.delivered.slice(before).some((m) => m.to.includes('mitra@example.org') && /Besok/.test(m.subject)),
      'the partner is reminded by e-mail',
    );
  });
});
