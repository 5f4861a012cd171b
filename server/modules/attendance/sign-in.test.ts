/**
 * The public sign-in (no account): the page, the token's window, duplicates merged, bad input
 * named by field, nothing told about other attendees, limits per address and per event day.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { pugPeople } from '../../db/schema-kelembagaan.js';
import { meetingAttendance, meetingDays, meetings, meetingSignatures } from '../../db/schema-meetings.js';
import { auditLog } from '../../db/schema.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { createEvent, invite, ORIGIN, person, SIGNATURE, TINY_PNG, type TestEvent } from './test-helpers.js';
import { forgetMeetingTokens } from './token-cache.js';

async function rowsOf(t: TestApp, event: TestEvent) {
  return t.database.db
    .select()
    .from(meetingAttendance)
    .where(
      and(eq(meetingAttendance.regionCode, event.regionCode), eq(meetingAttendance.meetingId, event.id)),
    );
}

describe('public sign-in', () => {
  let t: TestApp;
  let event: TestEvent;
  let token: string;
  let n = 0;
  // Each request from its own address, so the per-address limit stays out of the way.
  const post = (tok: string, payload: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: `/api/public/sign-in/${tok}`,
      payload: payload as object,
      remoteAddress: `10.1.${Math.floor(++n / 250)}.${n % 250}`,
      headers: { origin: ORIGIN, ...headers },
    });

  before(async () => {
    t = await createTestApp();
    event = await createEvent(t.database.db, { title: 'Bimtek <Integrasi> "gender" & RPJMD' });
    token = event.days[0]!.token;
  });
  after(() => t.close());

  test('the page of an open day: the form, the event escaped, Indonesian first, English on request', async () => {
    const res = await t.app.inject({ url: `/hadir/${token}` });
    assert.equal(res.statusCode, 200);
    assert.match(res.headers['content-type'] as string, /text\/html/);
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.match(res.body, /<html lang="id">/);
    assert.match(res.body, /Daftar Hadir/);
    assert.match(res.body, /Bimtek &lt;Integrasi&gt; &quot;gender&quot; &amp; RPJMD/);
    assert.doesNotMatch(res.body, /<Integrasi>/);
    for (const id of ['fullName', 'institution', 'position', 'phone', 'email', 'disability', 'signature-pad'])
      assert.match(res.body, new RegExp(`<label for="${id}"`), id);
    assert.match(res.body, /<script src="\/hadir\/sign-in.js" defer><\/script>/);
    const en = await t.app.inject({ url: `/hadir/${token}?lang=en` });
    assert.match(en.body, /<html lang="en">/);
    assert.match(en.body, /Attendance list/);
    const script = await t.app.inject({ url: '/hadir/sign-in.js' });
    assert.equal(script.statusCode, 200);
    assert.match(script.headers['content-type'] as string, /javascript/);
    assert.ok(script.body.length < 12_000, `script is ${script.body.length} bytes`);
  });

  test('unknown, closed, not yet open and cancelled: a plain message and no detail of the event', async () => {
    const closed = await createEvent(t.database.db, { title: 'Rakor rahasia', windows: ['closed'] });
    const later = await createEvent(t.database.db, { title: 'Rakor nanti', windows: ['not_open'] });
    const cancelled = await createEvent(t.database.db, { title: 'Rakor batal', status: 'cancelled' });
    const cases: [string, number, RegExp][] = [
      ['unknownunknownunknown', 404, /tidak dikenal/],
      ['../../etc', 404, /tidak dikenal/],
      [closed.days[0]!.token, 410, /sudah ditutup/],
      [later.days[0]!.token, 409, /belum dibuka/],
      [cancelled.days[0]!.token, 410, /dibatalkan/],
    ];
    for (const [tok, status, message] of cases) {
      const page = await t.app.inject({ url: `/hadir/${encodeURIComponent(tok)}` });
      assert.equal(page.statusCode, status, tok);
      assert.match(page.body, message);
      assert.doesNotMatch(page.body, /Rakor|<form/);
      const api = await post(tok, person());
      assert.equal(api.statusCode, status, `${tok}: ${api.body}`);
      assert.match(api.json().error.message, message);
      assert.doesNotMatch(api.body, /Rakor/);
    }
    assert.equal((await rowsOf(t, closed)).length, 0);
  });

  test('a sign-in is recorded; the same person typed again is merged and told so', async () => {
    const first = await post(token, person());
    assert.equal(first.statusCode, 201, first.body);
    assert.equal(first.json().status, 'recorded');
    assert.match(first.json().message, /tercatat/);
    const again = await post(
      token,
      person({
        fullName: 'Dr. Hj. SITI  aminah, M.Si',
        phone: '+62 812-3456-7890',
        email: 'siti@example.go.id',
        position: '',
        signature: undefined,
        disability: 'daksa',
      }),
      { 'accept-language': 'en' },
    );
    assert.equal(again.statusCode, 200, again.body);
    assert.equal(again.json().status, 'already_recorded');
    assert.match(again.json().message, /already recorded/);
    const rows = await rowsOf(t, event);
    assert.equal(rows.length, 1);
    const [row] = rows;
    assert.equal(row.fullName, 'Dr. Hj. SITI  aminah, M.Si');
    assert.equal(row.phone, '081234567890');
    assert.equal(row.email, 'siti@example.go.id');
    assert.equal(row.position, 'Kepala Seksi', 'a blank field keeps what was given first');
    assert.equal(row.disability, 'daksa');
    assert.equal(row.hasSignature, true);
    assert.equal(row.source, 'sign_in');
    // The answer says nothing about anyone else.
    assert.deepEqual(Object.keys(again.json()).sort(), ['day', 'meetingTitle', 'message', 'status']);
  });

  test('a second contact the second time still finds the person; another phone is another person', async () => {
    await post(token, person({ fullName: 'Budi Santoso', sex: 'L', phone: '', email: 'budi@example.org' }));
    const both = await post(
      token,
      person({ fullName: 'budi santoso', sex: 'L', phone: '0813 1111 2222', email: 'BUDI@example.org' }),
    );
    assert.equal(both.json().status, 'already_recorded');
    const namesake = await post(
      token,
      person({ fullName: 'Budi Santoso', sex: 'L', phone: '0813 9999 0000' }),
    );
    assert.equal(namesake.json().status, 'recorded');
    const budis = (await rowsOf(t, event)).filter((r) => r.fullName.toLowerCase() === 'budi santoso');
    assert.equal(budis.length, 2);
  });

  test('a sign-in that matches an invitee is linked to the registry person', async () => {
    const personId = await invite(t.database.db, event, {
      fullName: 'Nur Hasanah',
      sex: 'P',
      institution: 'Bappeda',
      phone: '+6281200001111',
    });
    const res = await post(token, person({ fullName: 'Ibu Nur Hasanah, S.E.', phone: '081200001111' }));
    assert.equal(res.statusCode, 201);
    const row = (await rowsOf(t, event)).find((r) => r.fullName.includes('Nur Hasanah'))!;
    assert.equal(row.personId, personId);
  });

  test('the audit trail records the sign-in without personal data', async () => {
    const entries = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entity, 'meeting_attendance'));
    assert.ok(entries.length > 0);
    for (const e of entries) {
      const text = JSON.stringify([e.before, e.after, e.actorUsername]);
      assert.doesNotMatch(text, /0812|@example|Siti|Budi/i);
    }
  });

  test('bad input is refused naming the field', async () => {
    const cases: [Record<string, unknown>, number, string, RegExp?][] = [
      [person({ fullName: 'Siti\u0000Aminah' }), 400, 'fullName'],
      [person({ fullName: '<script>alert(1)</script>' }), 400, 'fullName', /</],
      [person({ institution: '<img src=x onerror=alert(1)>' }), 400, 'institution'],
      [person({ position: 'javascript:alert(1)' }), 400, 'position'],
      [person({ fullName: 'Siti\u0007' }), 400, 'fullName'],
      [person({ fullName: 'Siti\nAminah' }), 400, 'fullName'],
      [person({ fullName: 'x'.repeat(151) }), 400, 'fullName'],
      [person({ fullName: '' }), 400, 'fullName'],
      [person({ fullName: 42 }), 400, 'fullName'],
      [person({ sex: 'X' }), 400, 'sex'],
      [person({ institution: undefined }), 400, 'institution'],
      [person({ phone: '', email: '' }), 400, 'phone', /HP atau alamat e-mail/],
      [person({ phone: 'call me' }), 400, 'phone'],
      [person({ phone: '=1+1' }), 400, 'phone'],
      [person({ phone: '', email: 'not-an-address' }), 400, 'email'],
      [person({ extra: 'x' }), 400, 'extra'],
      [person({ signature: undefined }), 422, 'signature', /tanda tangan/],
      [person({ signature: 'data:image/png;base64,SGVsbG8gd29ybGQ=' }), 422, 'signature'],
      [person({ signature: 'not base64 !!' }), 422, 'signature'],
      [person({ signature: TINY_PNG.subarray(0, 40).toString('base64') }), 422, 'signature'],
      [
        person({ signature: Buffer.concat([TINY_PNG, Buffer.from('<script>')]).toString('base64') }),
        422,
        'signature',
      ],
      [person({ signature: 123 }), 400, 'signature'],
    ];
    const before = (await rowsOf(t, event)).length;
    for (const [payload, status, field, message] of cases) {
      const res = await post(token, payload);
      assert.equal(res.statusCode, status, `${JSON.stringify(payload).slice(0, 80)}: ${res.body}`);
      const fields = res.json().error.fields ?? {};
      assert.ok(fields[field], `${field} named in ${res.body}`);
      if (message) assert.match(fields[field], message);
    }
    // A PNG made to look right but with a broken chunk checksum.
    const broken = Buffer.from(TINY_PNG);
    broken[broken.length - 20] ^= 0xff;
    const res = await post(token, person({ signature: broken.toString('base64') }));
    assert.equal(res.statusCode, 422);
    assert.equal((await rowsOf(t, event)).length, before, 'nothing stored');
  });

  test('a signature over the size limit is refused (413, naming it); the body limit stops huge posts', async () => {
    const big = Buffer.concat([TINY_PNG.subarray(0, 33), Buffer.alloc(120 * 1024), TINY_PNG.subarray(33)]);
    const res = await post(token, person({ signature: big.toString('base64') }));
    assert.equal(res.statusCode, 413, res.body);
    assert.ok(res.json().error.fields.signature);
    const huge = await post(token, person({ signature: 'A'.repeat(900_000) }));
    assert.ok([400, 413].includes(huge.statusCode), huge.body);
    const malformed = await t.app.inject({
      method: 'POST',
      url: `/api/public/sign-in/${token}`,
      payload: '{"fullName": ',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
    });
    assert.equal(malformed.statusCode, 400);
  });

  test('someone declaring a disability may sign in without a signature', async () => {
    const res = await post(
      token,
      person({ fullName: 'Ahmad Fauzi', sex: 'L', signature: undefined, disability: 'netra' }),
    );
    assert.equal(res.statusCode, 201, res.body);
    const row = (await rowsOf(t, event)).find((r) => r.fullName === 'Ahmad Fauzi')!;
    assert.equal(row.hasSignature, false);
    const sigs = await t.database.db
      .select()
      .from(meetingSignatures)
      .where(eq(meetingSignatures.attendanceId, row.id));
    assert.equal(sigs.length, 0);
  });

  test('a signature is stored as sent and only its PNG', async () => {
    const res = await post(token, person({ fullName: 'Maria Ulfa', signature: SIGNATURE }));
    assert.equal(res.statusCode, 201);
    const row = (await rowsOf(t, event)).find((r) => r.fullName === 'Maria Ulfa')!;
    const [sig] = await t.database.db
      .select()
      .from(meetingSignatures)
      .where(eq(meetingSignatures.attendanceId, row.id));
    assert.deepEqual(Buffer.from(sig.png), TINY_PNG);
  });

  test('the registry keeps its spelling of an invitee who signs in twice with another', async () => {
    const personId = await invite(t.database.db, event, {
      fullName: 'Rahmawati Said',
      sex: 'P',
      institution: 'DP3A Kota Palu',
      phone: '081355550000',
    });
    for (const fullName of ['RAHMAWATI SAID', 'rahmawati  said, S.Sos']) {
      const res = await post(token, person({ fullName, phone: '0813 5555 0000' }));
      assert.ok([200, 201].includes(res.statusCode), res.body);
    }
    const [registry] = await t.database.db.select().from(pugPeople).where(eq(pugPeople.id, personId));
    assert.equal(registry.fullName, 'Rahmawati Said');
    const rows = (await rowsOf(t, event)).filter((r) => r.personId === personId);
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.fullName, 'rahmawati  said, S.Sos', 'the attendance row keeps what was typed');
  });

  test('a remembered token never lets a sign-in through that the database refuses', async () => {
    const other = await createEvent(t.database.db, { title: 'Rakor diingat' });
    const tok = other.days[0]!.token;
    assert.equal((await post(tok, person({ fullName: 'Yuni Lestari' }))).statusCode, 201);
    // Another app server cancels the event: this one still remembers the token as open.
    await t.database.db.update(meetings).set({ status: 'cancelled' }).where(eq(meetings.id, other.id));
    const late = await post(tok, person({ fullName: 'Wahyu Pratama', sex: 'L', phone: '0813 7777 0001' }));
    assert.equal(late.statusCode, 410, late.body);
    assert.match(late.json().error.message, /dibatalkan/);
    assert.equal((await rowsOf(t, other)).length, 1, 'nothing written after the cancellation');
    // Another server moves the event: the day and its token are gone.
    const moved = await createEvent(t.database.db, { title: 'Rakor dipindah' });
    const movedToken = moved.days[0]!.token;
    assert.equal((await post(movedToken, person({ fullName: 'Yuni Lestari' }))).statusCode, 201);
    await t.database.db.delete(meetingDays).where(eq(meetingDays.meetingId, moved.id));
    const gone = await post(
      movedToken,
      person({ fullName: 'Wahyu Pratama', sex: 'L', phone: '0813 7777 0001' }),
    );
    assert.equal(gone.statusCode, 404, gone.body);
    // Here, an edit through the meetings service forgets the event's tokens at once.
    const page = await t.app.inject({ url: `/hadir/${token}` });
    assert.equal(page.statusCode, 200);
    await t.database.db.update(meetings).set({ status: 'cancelled' }).where(eq(meetings.id, event.id));
    forgetMeetingTokens(event.id);
    assert.equal((await t.app.inject({ url: `/hadir/${token}` })).statusCode, 410);
    await t.database.db.update(meetings).set({ status: 'planned' }).where(eq(meetings.id, event.id));
    forgetMeetingTokens(event.id);
  });
});

describe('public sign-in limits', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({
      demo: false,
      env: {
        ATTENDANCE_SIGN_IN_PER_MINUTE_PER_ADDRESS: '3',
        ATTENDANCE_SIGN_IN_PER_MINUTE_PER_EVENT: '5',
        RATE_LIMIT_SYNC_MS: '0',
      },
    });
  });
  after(() => t.close());

  test('per address: the fourth sign-in within a minute is 429 with Retry-After', async () => {
    const { days } = await createEvent(t.database.db);
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 4; i++) {
      last = await t.app.inject({
        method: 'POST',
        url: `/api/public/sign-in/${days[0]!.token}`,
        payload: person({ fullName: `Peserta ${i}`, phone: `0812000000${i}0` }),
        remoteAddress: '10.9.9.9',
        headers: { origin: ORIGIN },
      });
      statuses.push(last.statusCode);
    }
    assert.deepEqual(statuses, [201, 201, 201, 429]);
    assert.ok(Number(last!.headers['retry-after']) > 0);
    assert.equal(last!.json().error.code, 'rate_limited');
  });

  test('per event day: over the limit from many addresses is 429; another event is not affected', async () => {
    const a = await createEvent(t.database.db);
    const b = await createEvent(t.database.db);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/public/sign-in/${a.days[0]!.token}`,
        payload: person({ fullName: `Peserta ${i}`, phone: `0812000000${i}1` }),
        remoteAddress: `10.8.0.${i + 1}`,
        headers: { origin: ORIGIN },
      });
      statuses.push(res.statusCode);
      if (res.statusCode === 429) assert.ok(Number(res.headers['retry-after']) > 0);
    }
    assert.deepEqual(statuses, [201, 201, 201, 201, 201, 429, 429]);
    const other = await t.app.inject({
      method: 'POST',
      url: `/api/public/sign-in/${b.days[0]!.token}`,
      payload: person(),
      remoteAddress: '10.8.1.1',
      headers: { origin: ORIGIN },
    });
    assert.equal(other.statusCode, 201);
  });
});
