/**
 * The organiser's side: the list with personal data only for organisers, invitees ticked and
 * merged with their sign-in, paper rows, erasure on request with the counts kept, scans, and
 * the daftar hadir exports (formula text neutralised, no contact in the copy to publish).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import pdf from 'pdf-parse/lib/pdf-parse.js';
import { auditLog } from '../../db/schema.js';
import { meetingSignatures } from '../../db/schema-meetings.js';
import { multipart } from '../imports/test-helpers.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { attendanceCounts } from './counts.js';
import { createEvent, invite, ORIGIN, person, TINY_PNG, type TestEvent } from './test-helpers.js';

describe('attendance, organiser side', () => {
  let t: TestApp;
  let event: TestEvent;
  let admin: string;
  let reviewer: string;
  let invitee: string;
  const day = '2024-12-04';
  const call = (method: 'GET' | 'POST' | 'DELETE', url: string, cookie: string, payload?: object) =>
    t.app.inject({ method, url, payload, headers: { cookie, origin: ORIGIN } });

  before(async () => {
    t = await createTestApp();
    admin = await t.login('demo.admin');
    reviewer = await t.login('demo.reviewer');
    event = await createEvent(t.database.db, { windows: ['open', 'open'] });
    invitee = await invite(t.database.db, event, {
      fullName: 'Dr. Rahmawati, M.Kes',
      sex: 'P',
      institution: 'Dinas Kesehatan',
      phone: '081377778888',
    });
    let n = 0;
    for (const p of [
      person(),
      person({ fullName: 'Andi Wijaya', sex: 'L', phone: '081300000001', institution: 'Bappeda' }),
      person({
        fullName: 'Rahmawati',
        phone: '+62 813-7777-8888',
        institution: 'DINAS KESEHATAN KOTA PALU.',
      }),
    ])
      await t.app.inject({
        method: 'POST',
        url: `/api/public/sign-in/${event.days[0]!.token}`,
        payload: p,
        remoteAddress: `10.2.0.${++n}`,
      });
  });
  after(() => t.close());

  test('the list: counts by sex and institution; phone and signature only for organisers', async () => {
    const res = await call('GET', `/api/meetings/${event.id}/attendance`, admin);
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.items.length, 3);
    assert.deepEqual(body.counts.total, { P: 2, L: 1, total: 3 });
    assert.equal(
      body.counts.byInstitution.find((i: { institution: string }) => /kesehatan/i.test(i.institution)).total,
      2,
    );
    assert.ok(body.items.every((i: { phone: string | null }) => i.phone));
    assert.equal(body.days.length, 2);
    assert.match(body.days[0].link, new RegExp(`/hadir/${event.days[0]!.token}$`));
    assert.equal(body.days[0].state, 'open');
    const rahma = body.items.find((i: { fullName: string }) => i.fullName === 'Rahmawati');
    assert.equal(rahma.personId, invitee, 'linked to the invitee');

    const asReviewer = (await call('GET', `/api/meetings/${event.id}/attendance`, reviewer)).json();
    assert.equal(asReviewer.canSeePersonalData, false);
    assert.ok(
      asReviewer.items.every(
        (i: { phone: null; email: null; hasSignature: boolean }) => !i.phone && !i.email && !i.hasSignature,
      ),
    );
    assert.equal(asReviewer.days[0].link, null);
    const counts = await call('GET', `/api/meetings/${event.id}/attendance/counts?day=${day}`, reviewer);
    assert.deepEqual(counts.json().total, { P: 2, L: 1, total: 3 });
    const sig = await call('GET', `/api/attendance/${rahma.id}/signature`, reviewer);
    assert.equal(sig.statusCode, 403);
    const own = await call('GET', `/api/attendance/${rahma.id}/signature`, admin);
    assert.equal(own.statusCode, 200);
    assert.deepEqual(own.rawPayload, TINY_PNG);
  });

  test('ticking an invitee already signed in merges; an unknown person or day is refused by field', async () => {
    const tick = await call('POST', `/api/meetings/${event.id}/attendance/invitees`, admin, {
      day,
      personIds: [invitee],
    });
    assert.deepEqual(tick.json(), { added: 0, merged: 1 });
    const second = await call('POST', `/api/meetings/${event.id}/attendance/invitees`, admin, {
      day: '2024-12-05',
      personIds: [invitee],
    });
    assert.deepEqual(second.json(), { added: 1, merged: 0 });
    const stranger = await call('POST', `/api/meetings/${event.id}/attendance/invitees`, admin, {
      day,
      personIds: ['00000000-0000-4000-8000-000000000000'],
    });
    assert.equal(stranger.statusCode, 422);
    assert.ok(stranger.json().error.fields['personIds.0']);
    const badDay = await call('POST', `/api/meetings/${event.id}/attendance/invitees`, admin, {
      day: '2030-01-01',
      personIds: [invitee],
    });
    assert.equal(badDay.statusCode, 422);
    assert.ok(badDay.json().error.fields.day);
    const refused = await call('POST', `/api/meetings/${event.id}/attendance/invitees`, reviewer, {
      day,
      personIds: [invitee],
    });
    assert.equal(refused.statusCode, 403);
    // Across the two days Rahmawati counts once.
    const all = await attendanceCounts(t.database.db, event.regionCode, event.id);
    assert.deepEqual(all.total, { P: 2, L: 1, total: 3 });
    assert.equal(all.byDay.length, 2);
  });

  test('paper rows: duplicates merged, formula text kept as text, bad rows named', async () => {
    const res = await call('POST', `/api/meetings/${event.id}/attendance/paper`, admin, {
      day,
      rows: [
        { fullName: 'Yusuf Lamato', sex: 'L', institution: 'LSM Sikola Mombine' },
        { fullName: 'YUSUF  LAMATO', sex: 'L', institution: 'lsm sikola mombine' },
        { fullName: '=HYPERLINK("http://x.example","klik")', sex: 'P', institution: '@SUM(A1)' },
      ],
    });
    assert.deepEqual(res.json(), { added: 2, merged: 1 });
    const bad = await call('POST', `/api/meetings/${event.id}/attendance/paper`, admin, {
      day,
      rows: [
        { fullName: 'Ok', sex: 'L' },
        { fullName: 'Bad\u0000', sex: 'Q' },
      ],
    });
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.json().error.fields['rows.1.fullName'] || bad.json().error.fields['rows.1.sex'], bad.body);
    const empty = await call('POST', `/api/meetings/${event.id}/attendance/paper`, admin, { day, rows: [] });
    assert.equal(empty.statusCode, 400);
    assert.ok(empty.json().error.fields.rows);
  });

  test('XLSX: formula-like text neutralised; the copy to publish has no contact column', async () => {
    const res = await call('GET', `/api/meetings/${event.id}/attendance.xlsx?day=${day}`, admin);
    assert.equal(res.statusCode, 200, res.body);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const values = book.worksheets[0]!.getSheetValues().flat().map(String);
    assert.ok(values.includes(`'=HYPERLINK("http://x.example","klik")`));
    assert.ok(values.includes(`'@SUM(A1)`));
    assert.ok(values.some((v) => v.includes('081234567890')));
    assert.ok(values.includes('No. HP / E-mail'));
    assert.ok(book.worksheets[0]!.getImages().length >= 1, 'signature pictures');

    for (const [cookie, url] of [
      [reviewer, `/api/meetings/${event.id}/attendance.xlsx`],
      [admin, `/api/meetings/${event.id}/attendance.xlsx?personal=0`],
    ] as const) {
      const pub = await call('GET', url, cookie);
      assert.equal(pub.statusCode, 200);
      const b = new ExcelJS.Workbook();
      await b.xlsx.load(pub.rawPayload as unknown as ExcelJS.Buffer);
      assert.equal(b.worksheets.length, 2, 'one sheet per day');
      const text = b.worksheets.flatMap((s) => s.getSheetValues().flat().map(String)).join('|');
      assert.doesNotMatch(text, /0812|0813|@example|No\. HP/);
      assert.equal(b.worksheets[0]!.getImages().length, 0);
    }
  });

  test('PDF: the daftar hadir renders with signatures, one day or all', async () => {
    for (const q of [`?day=${day}&paper=f4`, '']) {
      const res = await call('GET', `/api/meetings/${event.id}/attendance.pdf${q}`, admin);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.headers['content-type'], 'application/pdf');
      assert.equal(res.rawPayload.subarray(0, 5).toString(), '%PDF-');
    }
    const bad = await call('GET', `/api/meetings/${event.id}/attendance.pdf?day=2024-13-40`, admin);
    assert.equal(bad.statusCode, 400);

    // What the pages hold: the official table with contacts and the drawn signatures for the
    // organiser; the copy to publish (asked for, or all a reader gets) without either.
    const read = async (url: string, cookie: string) => {
      const res = await call('GET', url, cookie);
      assert.equal(res.statusCode, 200, res.body);
      return {
        text: (await pdf(res.rawPayload)).text.replace(/\s+/g, ' '),
        images: (res.rawPayload.toString('latin1').match(/\/Subtype\s*\/Image\b/g) ?? []).length,
      };
    };
    const url = `/api/meetings/${event.id}/attendance.pdf?day=${day}`;
    const full = await read(url, admin);
    for (const expected of ['DAFTAR HADIR', 'Siti Aminah', 'Andi Wijaya', 'No. HP / E-mail', '081300000001'])
      assert.ok(full.text.includes(expected), `${expected} in ${full.text.slice(0, 300)}`);
    assert.match(full.text, /Jumlah hadir: \d+ orang \(perempuan \d+, laki-laki \d+\)/);
    for (const [cookie, q] of [
      [admin, '&personal=0'],
      [reviewer, ''],
    ] as const) {
      const pub = await read(`${url}${q}`, cookie);
      assert.ok(pub.text.includes('Andi Wijaya'));
      assert.ok(pub.text.includes('Salinan untuk diumumkan'), 'marked as the copy to publish');
      assert.doesNotMatch(pub.text, /0812|0813|No\. HP/);
      assert.ok(
        full.images >= pub.images + 2,
        `signatures drawn (${full.images} images, ${pub.images} public)`,
      );
    }
  });

  test('erasure on request: personal data emptied, counts by sex unchanged, audited without values', async () => {
    const before = await attendanceCounts(t.database.db, event.regionCode, event.id, day);
    const list = (await call('GET', `/api/meetings/${event.id}/attendance?day=${day}`, admin)).json();
    const siti = list.items.find((i: { fullName: string }) => i.fullName === 'Siti Aminah');
    const refused = await call('POST', `/api/attendance/${siti.id}/erase`, reviewer);
    assert.equal(refused.statusCode, 403);
    const res = await call('POST', `/api/attendance/${siti.id}/erase`, admin);
    assert.equal(res.statusCode, 200, res.body);
    const erased = res.json();
    assert.equal(erased.phone, null);
    assert.equal(erased.email, null);
    assert.equal(erased.hasSignature, false);
    assert.ok(erased.erasedAt);
    assert.equal(erased.fullName, 'Siti Aminah');
    const sigs = await t.database.db
      .select()
      .from(meetingSignatures)
      .where(eq(meetingSignatures.attendanceId, siti.id));
    assert.equal(sigs.length, 0);
    assert.deepEqual(await attendanceCounts(t.database.db, event.regionCode, event.id, day), before);
    const again = await call('POST', `/api/attendance/${siti.id}/erase`, admin);
    assert.equal(again.statusCode, 422);
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'erase_personal_data'));
    assert.deepEqual((entry.after as { erased: string[] }).erased, ['phone', 'signature']);
    assert.doesNotMatch(JSON.stringify(entry.after), /0812/);
    // Signing in again after erasure records a new presence rather than reviving the erased data.
    const back = await t.app.inject({
      method: 'POST',
      url: `/api/public/sign-in/${event.days[0]!.token}`,
      payload: person(),
      remoteAddress: '10.2.1.1',
    });
    assert.equal(back.statusCode, 201);
  });

  test('removing a presence: organisers only', async () => {
    const list = (await call('GET', `/api/meetings/${event.id}/attendance?day=${day}`, admin)).json();
    const yusuf = list.items.find((i: { fullName: string }) => /yusuf\s+lamato/i.test(i.fullName));
    assert.equal((await call('DELETE', `/api/attendance/${yusuf.id}`, reviewer)).statusCode, 403);
    assert.equal((await call('DELETE', `/api/attendance/${yusuf.id}`, admin)).statusCode, 200);
    assert.equal((await call('DELETE', `/api/attendance/${yusuf.id}`, admin)).statusCode, 404);
  });

  test('scans: an image or PDF of a day; a renamed text file is refused; only organisers read them', async () => {
    const up = async (
      cookie: string,
      name: string,
      content: Buffer | string,
      fields: Record<string, string>,
    ) => {
      const file = multipart(name, content, fields);
      return t.app.inject({
        method: 'POST',
        url: `/api/meetings/${event.id}/attendance/scans`,
        headers: { ...file.headers, cookie },
        payload: file.payload,
      });
    };
    const ok = await up(admin, 'daftar hadir.png', TINY_PNG, { day });
    assert.equal(ok.statusCode, 201, ok.body);
    assert.equal((await up(admin, 'x.pdf', 'not a pdf', { day })).statusCode, 422);
    const noDay = await up(admin, 'a.png', TINY_PNG, {});
    assert.equal(noDay.statusCode, 422);
    assert.ok(noDay.json().error.fields.day);
    assert.equal((await up(reviewer, 'a.png', TINY_PNG, { day })).statusCode, 403);
    const id = ok.json().id;
    assert.equal((await call('GET', `/api/attendance-scans/${id}`, reviewer)).statusCode, 403);
    const got = await call('GET', `/api/attendance-scans/${id}`, admin);
    assert.deepEqual(got.rawPayload, TINY_PNG);
    assert.equal((await call('GET', `/api/meetings/${event.id}/attendance`, admin)).json().scans.length, 1);
    assert.equal((await call('DELETE', `/api/attendance-scans/${id}`, admin)).statusCode, 200);
  });

  test('another region’s admin sees nothing of the event', async () => {
    const sa = await t.login('demo.superadmin');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: sa, origin: ORIGIN },
      payload: {
        username: 'admin.sigi',
        fullName: 'Admin Sigi',
        role: 'admin_daerah',
        regionCode: '72.10',
        password: 'Sandi-kabupaten-72',
      },
    });
    assert.equal(created.statusCode, 201, created.body);
    const other = await t.login('admin.sigi', 'Sandi-kabupaten-72');
    assert.equal((await call('GET', `/api/meetings/${event.id}/attendance`, other)).statusCode, 404);
    assert.equal((await call('GET', `/api/meetings/${event.id}/attendance.pdf`, other)).statusCode, 404);
  });
});
