/**
 * Meetings through the app: create (days and sign-in windows in WITA, random tokens), bad input
 * naming the field with nothing stored, update with optimistic locking (409), cancel, the list
 * filters and the ICS export, invitees (registry people and anyone, personal data for the
 * organisers only), minutes (rules, locking, held), templates (built-in Rakor, save, name
 * taken), and permissions of reader and non-reader. PGlite, and PostgreSQL with TEST_DATABASE_URL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { meetingDays, meetingInvitees, meetings } from '../../db/schema-meetings.js';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';
import { client, insertPerson, opdIdOf } from '../follow-ups/test-helpers.js';
import { multipart } from '../imports/test-helpers.js';
import { TINY_PNG } from '../letterhead/letterhead.test-data.js';
import { meetingMaterials } from '../../db/schema-meetings.js';

describe('meetings', () => {
  let t: TestApp;
  let api: ReturnType<typeof client>;
  let admin: string;
  let pokja: string;
  let operator: string;
  let dinkes: string;
  const put = (url: string, cookie: string, payload: unknown) =>
    t.app.inject({
      method: 'PUT',
      url,
      headers: { cookie, origin: 'http://localhost:80', 'accept-language': 'id' },
      payload: payload as object,
    });
  const base = {
    kind: 'bimtek',
    title: 'Bimtek Integrasi Gender dalam RPJMD 2025–2029',
    theme: 'Integrasi gender',
    startsOn: '2024-12-04',
    endsOn: '2024-12-05',
    startTime: '08:00',
    endTime: '16:00',
    venue: 'Ballroom Hotel Best Western Coco Palu',
    agenda: [{ text: 'Pembukaan' }, { text: 'Materi' }],
    intendedOutcomes: [{ text: 'Peserta memahami PUG' }, { text: 'RPJMD responsif gender' }],
    trainingHours: 16,
  };

  before(async () => {
    t = await createTestApp();
    api = client(t);
    [admin, pokja, operator] = await Promise.all(
      ['demo.admin', 'demo.pokja', 'demo.operator'].map((u) => t.login(u)),
    );
    dinkes = await opdIdOf(t, 'Dinkes');
  });
  after(async () => t?.close());

  let id = '';
  let version = 0;

  test('create: days with unguessable tokens and a window of the local (WITA) day', async () => {
    const res = await api.post('/api/regions/72.71/meetings', admin, { ...base, organiserOpdId: dinkes });
    assert.equal(res.statusCode, 200, res.body);
    const m = res.json();
    id = m.id;
    version = m.version;
    assert.equal(m.timeZone, 'Asia/Makassar');
    assert.deepEqual(
      m.agenda.map((a: { id: string }) => a.id),
      ['a1', 'a2'],
    );
    assert.equal(m.days.length, 2);
    assert.equal(m.days[0].signInOpensAt, '2024-12-03T16:00:00.000Z');
    assert.equal(m.days[0].signInClosesAt, '2024-12-04T16:00:00.000Z');
    assert.match(m.days[0].signInToken, /^[A-Za-z0-9_-]{32}$/);
    assert.notEqual(m.days[0].signInToken, m.days[1].signInToken);
    assert.equal(m.organiserOpd.id, dinkes);
    const asPokja = (await api.get(`/api/meetings/${id}`, pokja)).json();
    assert.equal(asPokja.days[0].signInToken, null, 'a reader never sees the tokens');
    assert.equal(asPokja.canManage, false);
  });

  test('bad input names the field and stores nothing', async () => {
    const before = await countOf(t, sql`select count(*)::int as n from meetings`);
    const cases: [unknown, string, number][] = [
      [{ ...base, endsOn: '2024-12-03' }, 'endsOn', 400],
      [{ ...base, startsOn: '2024-02-30' }, 'startsOn', 400],
      [{ ...base, title: 'a\u0000b' }, 'title', 400],
      [{ ...base, title: 'x'.repeat(100_000) }, 'title', 400],
      [{ ...base, trainingHours: 'ten' }, 'trainingHours', 400],
      [{ ...base, startTime: '25:00' }, 'startTime', 400],
      [{ ...base, onlineUrl: 'javascript:alert(1)' }, 'onlineUrl', 400],
      [{ ...base, organiserOpdId: '00000000-0000-4000-8000-000000000000' }, 'organiserOpdId', 422],
      [{ ...base, kind: 'rakor' }, 'trainingHours', 422],
    ];
    for (const [body, field, status] of cases) {
      const res = await api.post('/api/regions/72.71/meetings', admin, body);
      assert.equal(res.statusCode, status, `${field}: ${res.body}`);
      assert.ok(res.json().error.fields?.[field], `${field} named: ${res.body}`);
    }
    assert.equal(await countOf(t, sql`select count(*)::int as n from meetings`), before);
  });

  test('update keeps the tokens of days that stay; a stale version is 409', async () => {
    const before = (await api.get(`/api/meetings/${id}`, admin)).json();
    const res = await put(`/api/meetings/${id}`, admin, { ...base, endsOn: '2024-12-04', version });
    assert.equal(res.statusCode, 200, res.body);
    const m = res.json();
    assert.equal(m.days.length, 1);
    assert.equal(m.days[0].signInToken, before.days[0].signInToken);
    version = m.version;
    const stale = await put(`/api/meetings/${id}`, admin, { ...base, version: version - 1 });
    assert.equal(stale.statusCode, 409);
    assert.ok(stale.json().error.fields.version);
    const byPokja = await put(`/api/meetings/${id}`, pokja, { ...base, version });
    assert.equal(byPokja.statusCode, 403);
  });

  test('invitees: registry people and anyone; personal data for organisers only', async () => {
    const p = await insertPerson(t, { fullName: 'Siti Aminah', email: 'siti@example.org' });
    const res = await api.post(`/api/meetings/${id}/invitees`, admin, {
      personIds: [p],
      people: [
        {
          fullName: 'Budi Santoso',
          sex: 'L',
          institution: 'Universitas Tadulako',
          email: 'budi@example.org',
        },
      ],
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().items.length, 2);
    const again = await api.post(`/api/meetings/${id}/invitees`, admin, { personIds: [p] });
    assert.equal(again.json().items.length, 2, 'inviting twice keeps one');
    const asPokja = (await api.get(`/api/meetings/${id}/invitees`, pokja)).json();
    assert.ok(asPokja.items.every((i: { email: string | null }) => i.email === null));
    const unknown = await api.post(`/api/meetings/${id}/invitees`, admin, {
      personIds: ['00000000-0000-4000-8000-000000000000'],
    });
    assert.equal(unknown.statusCode, 422);
    assert.ok(unknown.json().error.fields['personIds.0']);
    assert.equal(
      (await api.post(`/api/meetings/${id}/invitees`, operator, { personIds: [p] })).statusCode,
      403,
    );
    const removed = await api.delete(`/api/meetings/${id}/invitees/${p}`, admin);
    assert.equal(removed.json().items.length, 1);
    const n = await t.database.db.select().from(meetingInvitees).where(eq(meetingInvitees.meetingId, id));
    assert.equal(n.length, 1);
  });

  test('invitees: the whole Pokja PUG in force in one step, once each; an unknown group is refused', async () => {
    const before = (await api.get(`/api/meetings/${id}/invitees`, admin)).json().items.length;
    const current = (await t.database.db.execute(sql`select count(distinct m.person_id)::int as n
      from pokja_members m join pokja_decrees d on d.region_code = m.region_code and d.id = m.decree_id
      where m.region_code = '72.71' and d.replaced_by is null`)) as unknown as { rows: { n: number }[] };
    const members = current.rows[0].n;
    assert.ok(members > 2, 'the demo Pokja has members');
    const res = await api.post(`/api/meetings/${id}/invitees`, admin, { groups: ['pokja'] });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().items.length, before + members);
    const again = await api.post(`/api/meetings/${id}/invitees`, admin, { groups: ['pokja'] });
    assert.equal(again.json().items.length, before + members, 'inviting the Pokja twice adds nobody');
    const bad = await api.post(`/api/meetings/${id}/invitees`, admin, { groups: ['semua'] });
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.json().error.fields['groups.0']);
  });

  test('minutes: rules name the field, first save is version 0, the event becomes held', async () => {
    const empty = (await api.get(`/api/meetings/${id}/minutes`, pokja)).json();
    assert.equal(empty.version, 0);
    assert.equal(empty.canWrite, false);
    const bad = await put(`/api/meetings/${id}/minutes`, admin, {
      version: 0,
      agendaNotes: [{ agendaItemId: 'zz', summary: 'x' }],
      decisions: [],
      outcomes: [{ outcomeId: 'o1', result: 'partly', note: '' }],
    });
    assert.equal(bad.statusCode, 422, bad.body);
    assert.ok(bad.json().error.fields['agendaNotes.0.agendaItemId']);
    assert.ok(bad.json().error.fields['outcomes.0.note']);
    const nul = await put(`/api/meetings/${id}/minutes`, admin, {
      version: 0,
      agendaNotes: [],
      decisions: ['a\u0000'],
      outcomes: [],
    });
    assert.equal(nul.statusCode, 400);
    const body = {
      version: 0,
      agendaNotes: [{ agendaItemId: 'a1', summary: '**Pembukaan** oleh Sekkot\n- satu' }],
      decisions: ['RPJMD memuat indikator gender'],
      outcomes: [
        { outcomeId: 'o1', result: 'achieved', note: '' },
        { outcomeId: 'o2', result: 'partly', note: 'Menunggu Bappeda' },
      ],
    };
    const ok = await put(`/api/meetings/${id}/minutes`, admin, body);
    assert.equal(ok.statusCode, 200, ok.body);
    assert.deepEqual(ok.json().tally, { achieved: 1, partly: 1, not: 0, unmarked: 0 });
    assert.equal(ok.json().version, 1);
    assert.equal((await put(`/api/meetings/${id}/minutes`, admin, body)).statusCode, 409);
    assert.equal((await put(`/api/meetings/${id}/minutes`, pokja, { ...body, version: 1 })).statusCode, 403);
    const [row] = await t.database.db.select().from(meetings).where(eq(meetings.id, id));
    assert.equal(row.status, 'held');
    version = row.version;
  });

  test('list filters by year, kind, status; ICS is RFC 5545', async () => {
    const list = (await api.get('/api/regions/72.71/meetings?year=2024&kind=bimtek', pokja)).json();
    assert.ok(list.items.some((m: { id: string }) => m.id === id));
    const none = (await api.get('/api/regions/72.71/meetings?year=2023', pokja)).json();
    assert.ok(!none.items.some((m: { id: string }) => m.id === id));
    assert.ok(none.years.includes(2024), 'an empty year still names the years that have events');
    assert.ok(!none.years.includes(2023));
    const held = (await api.get('/api/regions/72.71/meetings?status=cancelled', pokja)).json();
    assert.ok(!held.items.some((m: { id: string }) => m.id === id));
    assert.equal((await api.get('/api/regions/72.71/meetings?year=abc', pokja)).statusCode, 400);
    const ics = await api.get('/api/regions/72.71/meetings.ics?year=2024', pokja);
    assert.equal(ics.statusCode, 200);
    assert.match(ics.headers['content-type'] as string, /^text\/calendar/);
    assert.match(ics.body, new RegExp(`UID:${id}@setara\r\n`));
    assert.match(ics.body, /DTSTART;TZID=Asia\/Makassar:20241204T080000\r\n/);
    assert.equal((await api.get('/api/regions/72.03/meetings', pokja)).statusCode, 403);
    assert.equal(
      (await api.get(`/api/meetings/${id}`, await t.login('demo.provinsi').catch(() => pokja))).statusCode,
      200,
    );
  });

  test('templates: the built-in Rakor with six outcomes, a region template from an event', async () => {
    const list = (await api.get('/api/regions/72.71/meeting-templates', pokja)).json();
    assert.equal(list.items[0].builtIn, true);
    assert.equal(list.items[0].intendedOutcomes.length, 6);
    const saved = await api.post('/api/regions/72.71/meeting-templates', admin, {
      meetingId: id,
      name: 'Bimtek RPJMD',
    });
    assert.equal(saved.statusCode, 200, saved.body);
    const dup = await api.post('/api/regions/72.71/meeting-templates', admin, {
      meetingId: id,
      name: 'Bimtek RPJMD',
    });
    assert.equal(dup.statusCode, 409);
    assert.ok(dup.json().error.fields.name);
    assert.equal(
      (await api.post('/api/regions/72.71/meeting-templates', pokja, { meetingId: id, name: 'X' }))
        .statusCode,
      403,
    );
    const del = await api.delete(`/api/regions/72.71/meeting-templates/${saved.json().id}`, admin);
    assert.equal(del.statusCode, 200);
  });

  test('materials: sniffed type, disguised or empty files refused naming file, readers download', async () => {
    const up = (name: string, bytes: Buffer, cookie = admin) =>
      api.upload(`/api/meetings/${id}/materials`, cookie, multipart(name, bytes));
    const ok = await up('paparan.png', TINY_PNG);
    assert.equal(ok.statusCode, 201, ok.body);
    assert.equal(ok.json().contentType, 'image/png');
    const disguised = await up('materi.pdf', Buffer.from('MZ\x90\x00 not a pdf at all'));
    assert.equal(disguised.statusCode, 422);
    assert.ok(disguised.json().error.fields.file);
    const huge = Buffer.concat([TINY_PNG, Buffer.alloc(11 * 1024 * 1024)]);
    const tooLarge = await up('besar.png', huge);
    assert.equal(tooLarge.statusCode, 413);
    assert.ok(tooLarge.json().error.fields.file);
    const empty = await up('kosong.pdf', Buffer.alloc(0));
    assert.equal(empty.statusCode, 422);
    assert.equal((await up('x.png', TINY_PNG, pokja)).statusCode, 403);
    const rows = await t.database.db
      .select()
      .from(meetingMaterials)
      .where(eq(meetingMaterials.meetingId, id));
    assert.equal(rows.length, 1, 'refused uploads store nothing');
    const dl = await api.get(`/api/meetings/${id}/materials/${ok.json().id}`, pokja);
    assert.equal(dl.statusCode, 200);
    assert.equal(dl.headers['content-type'], 'image/png');
    assert.equal((await api.get(`/api/meetings/${id}`, pokja)).json().materials.length, 1);
    assert.equal((await api.delete(`/api/meetings/${id}/materials/${ok.json().id}`, pokja)).statusCode, 403);
    assert.equal((await api.delete(`/api/meetings/${id}/materials/${ok.json().id}`, admin)).statusCode, 200);
  });

  test('cancel closes sign-in and keeps the event; a stale cancel is 409', async () => {
    assert.equal(
      (await api.post(`/api/meetings/${id}/cancel`, admin, { version: version - 1 })).statusCode,
      409,
    );
    const res = await api.post(`/api/meetings/${id}/cancel`, admin, { version });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().status, 'cancelled');
    const days = await t.database.db.select().from(meetingDays).where(eq(meetingDays.meetingId, id));
    assert.ok(days.every((d) => d.signInClosesAt.getTime() <= Date.now()));
    assert.equal(
      (await put(`/api/meetings/${id}`, admin, { ...base, version: res.json().version })).statusCode,
      422,
    );
    assert.equal(
      (await api.get('/api/meetings/00000000-0000-4000-8000-000000000000', admin)).statusCode,
      404,
    );
    assert.equal((await api.get('/api/meetings/not-a-uuid', admin)).statusCode, 400);
  });
});
