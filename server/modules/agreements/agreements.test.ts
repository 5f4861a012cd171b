/**
 * Agreements through the app: DP3A records an MoU between the region and a Pengadilan Agama
 * signed at an advocacy event, with an institution and an OPD as parties; bad input (end before
 * start, unknown or duplicate party, NUL, formula text, huge, wrong type) refused naming the
 * field with nothing stored; the status derived from the dates; locking; the signed document
 * (sniffed type) and activities with evidence; termination; who reads (pokja all, an
 * institution account only those it is party to); the expiring-this-year list; the 90/30-day
 * reminders to DP3A, never twice. PGlite, and PostgreSQL with TEST_DATABASE_URL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { addDays } from '../../../domain/follow-ups/dates.js';
import { pugPartners } from '../../db/schema-kelembagaan.js';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';
import { insertMeeting, opdIdOf } from '../follow-ups/test-helpers.js';
import { multipart } from '../imports/test-helpers.js';
import { client, insertInstitution, insertInstitutionAccount } from '../institution-services/test-helpers.js';
import { TINY_PNG } from '../letterhead/letterhead.test-data.js';
import { remindExpiringAgreements } from './reminders.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe('agreements', () => {
  let t: TestApp;
  let api: ReturnType<typeof client>;
  let admin: string;
  let pokja: string;
  let lembaga: string;
  let outsider: string;
  let institution: string;
  let dinsos: string;
  let partner: string;
  let meeting: string;
  const upload = (url: string, cookie: string, name: string, bytes: Buffer) => {
    const m = multipart(name, bytes);
    return t.app.inject({
      method: 'PUT',
      url,
      headers: { cookie, ...m.headers },
      payload: m.payload,
    });
  };
  const body = (over: Record<string, unknown> = {}) => ({
    kind: 'mou',
    title: 'Nota Kesepahaman Pendampingan Keluarga dan Perlindungan Perempuan',
    scope: 'Konseling pranikah, pendampingan perkara perceraian, data terpilah.',
    startsOn: '2025-01-15',
    endsOn: '2029-01-14',
    status: 'signed',
    meetingId: meeting,
    parties: [
      {
        kind: 'region',
        documentNumber: '100.3.7/01/HK',
        signedOn: '2025-01-15',
        obligations: 'Menyediakan Puspaga.',
      },
      {
        kind: 'other',
        name: 'Pengadilan Agama Palu',
        documentNumber: 'W21-A1/12/HK.05/I/2025',
        signedOn: '2025-01-15',
      },
      { kind: 'institution', refId: institution, documentNumber: '01/LPLPP/I/2025', signedOn: '2025-01-15' },
    ],
    ...over,
  });
  const agreements = () => countOf(t, sql`select count(*) from agreements`);

  before(async () => {
    t = await createTestApp();
    api = client(t);
    institution = await insertInstitution(t, 'Uji LPLPP Mitra');
    const stranger = await insertInstitution(t, 'Uji Lembaga Lain');
    await insertInstitutionAccount(t, 'uji.mitra', institution);
    await insertInstitutionAccount(t, 'uji.lain', stranger);
    dinsos = await opdIdOf(t, 'Dinsos');
    meeting = await insertMeeting(t, {
      title: 'Advokasi lembaga peningkatan kualitas keluarga',
      startsOn: '2025-01-15',
      kind: 'advokasi',
    });
    const [p] = await t.database.db
      .insert(pugPartners)
      .values({ regionCode: '72.71', kind: 'psw_psga', name: 'PSGA Universitas Tadulako (uji)' })
      .returning({ id: pugPartners.id });
    partner = p.id;
    [admin, pokja, lembaga, outsider] = await Promise.all(
      ['demo.admin', 'demo.pokja', 'uji.mitra', 'uji.lain'].map((u) => t.login(u)),
    );
  });
  after(async () => t?.close());

  let id = '';
  let version = 0;

  test('DP3A records a signed MoU; the names come from the registries and the status from the dates', async () => {
    const res = await api.post('/api/regions/72.71/agreements', admin, body());
    assert.equal(res.statusCode, 201, res.body);
    const a = res.json();
    id = a.id;
    version = a.version;
    assert.deepEqual(a.partyNames, ['Pemerintah Kota Palu', 'Pengadilan Agama Palu', 'Uji LPLPP Mitra']);
    assert.equal(a.status, 'active');
    assert.equal(a.meeting.id, meeting);
    assert.deepEqual(a.reminders, [
      { days: 90, on: '2028-10-16' },
      { days: 30, on: '2028-12-15' },
    ]);
    const audit = await countOf(
      t,
      sql`select count(*) from audit_log where entity = 'agreement' and entity_id = ${id}`,
    );
    assert.equal(audit, 1);
  });

  test('bad input names the field and stores nothing', async () => {
    const before = await agreements();
    const parties = body().parties;
    const cases: [Record<string, unknown>, number, string][] = [
      [{ endsOn: '2024-12-31' }, 422, 'endsOn'],
      [{ parties: [parties[0]] }, 422, 'parties'],
      [{ parties: [...parties, { ...parties[1], name: 'pengadilan agama  palu' }] }, 422, 'parties.3'],
      [
        {
          parties: [
            ...parties,
            {
              kind: 'opd',
              refId: '00000000-0000-4000-8000-000000000000',
              documentNumber: '1',
              signedOn: '2025-01-15',
            },
          ],
        },
        422,
        'parties.3.refId',
      ],
      [
        { parties: [...parties, { kind: 'partner', documentNumber: '1', signedOn: '2025-01-15' }] },
        422,
        'parties.3.refId',
      ],
      [{ parties: [parties[0], { ...parties[1], documentNumber: '' }] }, 422, 'parties.1.documentNumber'],
      [{ meetingId: '00000000-0000-4000-8000-000000000000' }, 422, 'meetingId'],
      [{ title: 'a\u0000b' }, 400, 'title'],
      [{ title: 'x'.repeat(600) }, 400, 'title'],
      [{ title: '' }, 400, 'title'],
      [{ startsOn: '2025-02-30' }, 400, 'startsOn'],
      [{ status: 'active' }, 400, 'status'],
      [{ kind: '=cmd|"/c calc"!A1' }, 400, 'kind'],
      [{ parties: 'semua' }, 400, 'parties'],
      [{ parties: [{ kind: 'other', name: 'A\nB' }, parties[0]] }, 400, 'parties.0.name'],
    ];
    for (const [over, status, field] of cases) {
      const res = await api.post('/api/regions/72.71/agreements', admin, body(over));
      assert.equal(res.statusCode, status, `${JSON.stringify(over).slice(0, 80)}: ${res.body}`);
      assert.ok(res.json().error.fields?.[field], `${field}: ${res.body}`);
    }
    assert.equal(await agreements(), before);
  });

  test('an update with partners and OPDs as parties; a stale version is 409', async () => {
    const parties = [
      ...body().parties,
      { kind: 'opd', refId: dinsos, documentNumber: '2/DINSOS', signedOn: '2025-01-16' },
      { kind: 'partner', refId: partner, documentNumber: '3/PSGA', signedOn: '2025-01-16' },
    ];
    const res = await api.put(`/api/agreements/${id}`, admin, { ...body({ parties }), version });
    assert.equal(res.statusCode, 200, res.body);
    version = res.json().version;
    assert.equal(res.json().parties.length, 5);
    assert.equal(res.json().parties[4].name, 'PSGA Universitas Tadulako (uji)');
    const stale = await api.put(`/api/agreements/${id}`, admin, { ...body(), version: 1 });
    assert.equal(stale.statusCode, 409);
    assert.equal((await api.put(`/api/agreements/${id}`, pokja, { ...body(), version })).statusCode, 403);
  });

  test('who reads: pokja all, an institution account only what it is party to', async () => {
    assert.equal((await api.get(`/api/agreements/${id}`, pokja)).statusCode, 200);
    assert.equal((await api.get(`/api/agreements/${id}`, lembaga)).statusCode, 200);
    assert.equal((await api.get(`/api/agreements/${id}`, outsider)).statusCode, 404);
    const theirs = (await api.get('/api/regions/72.71/agreements', outsider)).json();
    assert.equal(theirs.items.length, 0);
    const mine = (await api.get('/api/regions/72.71/agreements', lembaga)).json();
    assert.deepEqual(
      mine.items.map((a: { id: string }) => a.id),
      [id],
    );
    assert.equal(mine.canManage, false);
    assert.equal((await api.get('/api/regions/72.71/agreement-choices', lembaga)).statusCode, 403);
    const choices = (await api.get('/api/regions/72.71/agreement-choices', admin)).json();
    assert.ok(choices.meetings.some((m: { id: string }) => m.id === meeting));
  });

  test('the signed document: a PDF by its bytes, a renamed picture kept as PNG, a disguised file refused', async () => {
    const bad = await upload(`/api/agreements/${id}/document`, admin, 'mou.pdf', Buffer.from('MZ not a pdf'));
    assert.equal(bad.statusCode, 422, bad.body);
    assert.ok(bad.json().error.fields.file);
    const empty = await upload(`/api/agreements/${id}/document`, admin, 'mou.pdf', Buffer.alloc(0));
    assert.equal(empty.statusCode, 422);
    assert.equal((await upload(`/api/agreements/${id}/document`, pokja, 'mou.pdf', PDF)).statusCode, 403);
    const ok = await upload(`/api/agreements/${id}/document`, admin, 'MoU PA Palu.pdf', PDF);
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().document.contentType, 'application/pdf');
    const dl = await api.get(`/api/agreements/${id}/document`, lembaga);
    assert.equal(dl.statusCode, 200);
    assert.equal(dl.rawPayload.subarray(0, 5).toString(), '%PDF-');
    assert.equal((await api.get(`/api/agreements/${id}/document`, outsider)).statusCode, 404);
  });

  test('activities with evidence; removing one removes its evidence', async () => {
    const bad = await api.post(`/api/agreements/${id}/activities`, admin, {
      doneOn: '2025-03-01',
      description: '',
    });
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.json().error.fields.description);
    const res = await api.post(`/api/agreements/${id}/activities`, admin, {
      doneOn: '2025-03-01',
      description: 'Sosialisasi bersama pencegahan perkawinan anak',
    });
    assert.equal(res.statusCode, 200, res.body);
    const activity = res.json().activities[0].id;
    const ev = await upload(
      `/api/agreements/${id}/activities/${activity}/evidence`,
      admin,
      'foto.png',
      TINY_PNG,
    );
    assert.equal(ev.statusCode, 200, ev.body);
    assert.equal(ev.json().activities[0].evidence.contentType, 'image/png');
    assert.equal(
      (await api.get(`/api/agreements/${id}/activities/${activity}/evidence`, pokja)).statusCode,
      200,
    );
    const del = await api.delete(`/api/agreements/${id}/activities/${activity}`, admin);
    assert.equal(del.statusCode, 200);
    assert.equal(del.json().activities.length, 0);
  });

  test('expiring this year lists signed agreements ending in the year; reminders at 90 and 30 days, never twice', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Makassar' }).format(new Date());
    const year = Number(today.slice(0, 4));
    const soon = await api.post(
      '/api/regions/72.71/agreements',
      admin,
      body({
        title: 'PKS uji berakhir segera',
        kind: 'pks',
        startsOn: '2024-01-01',
        endsOn: addDays(today, 60),
        meetingId: null,
      }),
    );
    assert.equal(soon.statusCode, 201, soon.body);
    const draft = await api.post(
      '/api/regions/72.71/agreements',
      admin,
      body({
        title: 'Draf uji',
        status: 'draft',
        startsOn: '2024-01-01',
        endsOn: addDays(today, 20),
        meetingId: null,
      }),
    );
    assert.equal(draft.statusCode, 201, draft.body);
    const endYear = Number(addDays(today, 60).slice(0, 4));
    const list = (await api.get(`/api/regions/72.71/agreements?expiringIn=${endYear}`, pokja)).json();
    assert.deepEqual(
      list.items.filter((a: { isDemo: boolean }) => !a.isDemo).map((a: { title: string }) => a.title),
      ['PKS uji berakhir segera'],
    );
    assert.ok(year > 2000);

    const link = `/lembaga-layanan/kerja-sama/${soon.json().id}`;
    const reminders = () =>
      countOf(
        t,
        sql`select count(*) from notifications where kind = 'agreement_expiring' and link = ${link}`,
      );
    assert.ok((await remindExpiringAgreements(t.database.db)) >= 1);
    const first = await reminders();
    assert.ok(first >= 1, 'DP3A told');
    await remindExpiringAgreements(t.database.db);
    assert.equal(await reminders(), first, 'not twice');
    // 40 days later the 30-day reminder is due: told once more.
    const later = new Date(Date.now() + 40 * 86_400_000);
    await remindExpiringAgreements(t.database.db, later);
    assert.equal(await reminders(), first * 2);
    const texts = await t.database.db.execute(
      sql`select params->>'days' as days from notifications where kind = 'agreement_expiring' and link = ${link} order by created_at`,
    );
    assert.deepEqual(
      (texts as unknown as { rows: { days: string }[] }).rows.map((r) => r.days),
      [...Array(first).fill('90'), ...Array(first).fill('30')],
    );
    // The draft ending in 20 days is nobody's reminder.
    const draftLink = `/lembaga-layanan/kerja-sama/${draft.json().id}`;
    assert.equal(await countOf(t, sql`select count(*) from notifications where link = ${draftLink}`), 0);
  });

  test('termination: only a signed agreement, not before its start; a terminated one is frozen', async () => {
    version = (await api.get(`/api/agreements/${id}`, admin)).json().version;
    const early = await api.post(`/api/agreements/${id}/terminate`, admin, {
      version,
      terminatedOn: '2024-12-31',
      reason: 'Uji',
    });
    assert.equal(early.statusCode, 422);
    assert.ok(early.json().error.fields.terminatedOn);
    const res = await api.post(`/api/agreements/${id}/terminate`, admin, {
      version,
      terminatedOn: '2025-06-30',
      reason: 'Kesepakatan para pihak',
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().status, 'terminated');
    const frozen = await api.put(`/api/agreements/${id}`, admin, { ...body(), version: res.json().version });
    assert.equal(frozen.statusCode, 422);
  });
});
