/**
 * The PUG institutions end to end on a real app (PGlite, or PostgreSQL with TEST_DATABASE_URL):
 * Pokja SKs with history, one person per region, focal points, teams, partners, officials by
 * echelon (form and import), the figures, the people registry with merge, and bad input.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { meetingAttendance, meetingDays, meetingInvitees, meetings } from '../../db/schema-meetings.js';
import { demoOpdIdsByShortName } from '../../test-support/demo-opd.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

const BASE = '/api/regions/72.71/kelembagaan';
const ORIGIN = 'http://localhost:80';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

function multipart(fileName: string, body: Buffer | string, contentType = 'application/octet-stream') {
  const boundary = '----setara-kelembagaan';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    Buffer.isBuffer(body) ? body : Buffer.from(body),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('kelembagaan', () => {
  let t: TestApp;
  let admin: string;
  let operator: string;
  let provinsi: string;
  let opds: Map<string, string>;
  const call = (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    cookie: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) =>
    t.app.inject({
      method,
      url,
      headers: { cookie, origin: ORIGIN, ...headers },
      payload: payload as never,
    });

  before(async () => {
    t = await createTestApp({ demo: true });
    admin = await t.login('demo.admin');
    operator = await t.login('demo.operator');
    provinsi = await t.login('demo.provinsi');
    opds = await demoOpdIdsByShortName(t, admin);
  });
  after(() => t.close());

  const sk = (n: string, members: unknown[], extra: Record<string, unknown> = {}) => ({
    skNumber: n,
    skDate: '2025-03-10',
    signatory: 'Wali Kota Palu',
    validFrom: '2025-03-10',
    validTo: '2029-12-31',
    members,
    ...extra,
  });
  const newPerson = (fullName: string, sex: 'P' | 'L', extra: Record<string, unknown> = {}) => ({
    fullName,
    sex,
    ...extra,
  });

  test('a new SK replaces the current one; the old one keeps its members; a person is one row', async () => {
    const first = await call(
      'POST',
      `${BASE}/pokja/decrees`,
      admin,
      sk('100.3.3.2/01/BAPPEDA/2025', [
        {
          person: newPerson('Ir. Andi Test Ketua, M.Si', 'L', { opdId: opds.get('Bapperida') }),
          role: 'ketua',
          opdId: opds.get('Bapperida'),
          position: 'Kepala Bappeda',
        },
        {
          person: newPerson('Test Sekretaris, S.Sos', 'P', { phone: '0812 1111 2222' }),
          role: 'sekretaris',
          opdId: opds.get('DP3A'),
          position: 'Kepala DP3A',
        },
      ]),
    );
    assert.equal(first.statusCode, 201, first.body);
    const firstDto = first.json();
    assert.equal(firstDto.current, true);
    assert.deepEqual(firstDto.counts, { women: 1, men: 1 });

    // The same people typed again in the next SK are the same registry rows.
    const second = await call(
      'POST',
      `${BASE}/pokja/decrees`,
      admin,
      sk(
        '100.3.3.2/02/BAPPEDA/2026',
        [
          {
            person: newPerson('andi test ketua', 'L', { opdId: opds.get('Bapperida') }),
            role: 'ketua',
            opdId: opds.get('Bapperida'),
          },
          {
            person: newPerson('Dra. Test Sekretaris', 'P', { phone: '+62 812-1111-2222' }),
            role: 'sekretaris',
          },
          {
            person: newPerson('Test Anggota Dinkes', 'P', { opdId: opds.get('Dinkes') }),
            role: 'anggota',
            opdId: opds.get('Dinkes'),
          },
        ],
        { validFrom: '2026-01-02', skDate: '2026-01-02' },
      ),
    );
    assert.equal(second.statusCode, 201, second.body);
    const secondDto = second.json();
    const idsOf = (d: { members: { person: { id: string } }[] }) => d.members.map((m) => m.person.id);
    assert.deepEqual(idsOf(secondDto).slice(0, 2), idsOf(firstDto));

    const pokja = (await call('GET', `${BASE}/pokja`, operator)).json();
    assert.equal(pokja.current.id, secondDto.id);
    assert.equal(pokja.canManage, false);
    // A past SK comes with its counts only; its members are read when it is opened.
    const past = pokja.history.find((h: { id: string }) => h.id === firstDto.id);
    assert.ok(past);
    assert.equal(past.members, undefined);
    assert.deepEqual(past.counts, firstDto.counts);
    assert.ok(
      pokja.current.members.every((m: { person: { phone: string | null } }) => m.person.phone === null),
    );
    const old = (await call('GET', `${BASE}/pokja/decrees/${firstDto.id}`, provinsi)).json();
    assert.equal(old.current, false);
    assert.equal(old.members.length, 2);
    const asAdmin = (await call('GET', `${BASE}/pokja`, admin)).json();
    assert.ok(
      asAdmin.current.members.some(
        (m: { person: { phone: string | null } }) => m.person.phone === '0812 1111 2222',
      ),
    );
  });

  test('bad SK input is refused naming the field, and nothing is stored', async () => {
    const before = (await call('GET', `${BASE}/pokja`, admin)).json();
    const cases: [Record<string, unknown>, string, number][] = [
      [sk('X', [], { validTo: '2020-01-01' }), 'validTo', 422],
      [sk('X', [], { skDate: '2025-02-30' }), 'skDate', 400],
      [sk('X\u0000', []), 'skNumber', 400],
      [sk('x'.repeat(5000), []), 'skNumber', 400],
      [sk('', []), 'skNumber', 400],
      [{ ...sk('X', []), validFrom: 20250101 }, 'validFrom', 400],
      [
        sk('X', [
          { person: newPerson('Dup Person', 'P', { phone: '0811 0000 0001' }), role: 'anggota' },
          { person: newPerson('DUP  person', 'P', { phone: '0811-0000-0001' }), role: 'anggota' },
        ]),
        'members.1',
        422,
      ],
      [
        sk('X', [
          { person: newPerson('K1', 'L'), role: 'ketua' },
          { person: newPerson('K2', 'L', { institution: 'x' }), role: 'ketua' },
        ]),
        'members.1.role',
        422,
      ],
      [sk('X', [{ role: 'anggota' }]), 'members.0.personId', 422],
      [
        sk('X', [{ personId: '00000000-0000-4000-8000-000000000000', role: 'anggota' }]),
        'members.0.personId',
        422,
      ],
      [sk('X', [{ person: newPerson('A', 'X' as 'P'), role: 'anggota' }]), 'members.0.person.sex', 400],
      [sk('X', [{ person: newPerson('A', 'P'), role: 'boss' }]), 'members.0.role', 400],
      [
        sk('X', [
          { person: newPerson('A', 'P'), role: 'anggota', opdId: '00000000-0000-4000-8000-000000000000' },
        ]),
        'members.0.opdId',
        422,
      ],
    ];
    for (const [body, field, status] of cases) {
      const res = await call('POST', `${BASE}/pokja/decrees`, admin, body);
      assert.equal(res.statusCode, status, `${field}: ${res.body}`);
      assert.ok(res.json().error.fields?.[field], `${field}: ${res.body}`);
    }
    const after = (await call('GET', `${BASE}/pokja`, admin)).json();
    assert.equal(after.current.id, before.current.id);
    const dup = (await call('GET', `/api/regions/72.71/people?q=dup person`, admin)).json();
    assert.equal(dup.items.length, 0);
  });

  test('the SK PDF is stored when its bytes are a PDF, and read by readers', async () => {
    const { current } = (await call('GET', `${BASE}/pokja`, admin)).json();
    const url = `${BASE}/pokja/decrees/${current.id}/file`;
    const fake = multipart('sk.pdf', 'MZ not a pdf');
    const refused = await t.app.inject({
      method: 'POST',
      url,
      headers: { cookie: admin, origin: ORIGIN, ...fake.headers },
      payload: fake.payload,
    });
    assert.equal(refused.statusCode, 422);
    assert.ok(refused.json().error.fields.file);
    const good = multipart('SK Pokja.pdf', PDF, 'application/pdf');
    const byOperator = await t.app.inject({
      method: 'POST',
      url,
      headers: { cookie: operator, origin: ORIGIN, ...good.headers },
      payload: good.payload,
    });
    assert.equal(byOperator.statusCode, 403);
    const ok = await t.app.inject({
      method: 'POST',
      url,
      headers: { cookie: admin, origin: ORIGIN, ...good.headers },
      payload: good.payload,
    });
    assert.equal(ok.statusCode, 201, ok.body);
    const down = await call('GET', url, operator);
    assert.equal(down.statusCode, 200);
    assert.equal(down.headers['content-type'], 'application/pdf');
    assert.ok(down.rawPayload.equals(PDF));
    assert.equal((await call('GET', `${BASE}/pokja`, admin)).json().current.file.fileName, 'SK Pokja.pdf');
  });

  test('focal points: one open per OPD and person, training rules, contacts for managers', async () => {
    const dinsos = opds.get('Dinsos')!;
    const body = {
      opdId: dinsos,
      person: newPerson('Test Focal Dinsos', 'P', { email: 'fp.dinsos@example.id' }),
      position: 'Kasubbag Program',
      skNumber: '800/12/DINSOS/2025',
      skDate: '2025-02-01',
      trainingStatus: 'pprg',
      trainingYear: 2024,
    };
    const created = await call('POST', `${BASE}/focal-points`, admin, body);
    assert.equal(created.statusCode, 201, created.body);
    const again = await call('POST', `${BASE}/focal-points`, admin, {
      ...body,
      person: { ...body.person, fullName: 'test focal dinsos' },
    });
    assert.equal(again.statusCode, 409, again.body);
    const noYear = await call('POST', `${BASE}/focal-points`, admin, {
      ...body,
      person: newPerson('Other', 'L'),
      trainingYear: null,
    });
    assert.equal(noYear.statusCode, 422);
    assert.ok(noYear.json().error.fields.trainingYear);
    const badOpd = await call('POST', `${BASE}/focal-points`, admin, {
      ...body,
      opdId: '00000000-0000-4000-8000-000000000000',
    });
    assert.equal(badOpd.statusCode, 422);
    assert.ok(badOpd.json().error.fields.opdId);
    const mineOnly = (body: { items: { person: { fullName: string } }[] }) =>
      body.items.filter((f) => f.person.fullName === 'Test Focal Dinsos');
    const list = mineOnly((await call('GET', `${BASE}/focal-points?opdId=${dinsos}`, operator)).json());
    assert.equal(list.length, 1);
    assert.equal((list[0] as unknown as { person: { email: string | null } }).person.email, null);
    const id = created.json().id;
    const ended = await call('PATCH', `${BASE}/focal-points/${id}`, admin, { endedOn: '2026-06-30' });
    assert.equal(ended.statusCode, 200, ended.body);
    assert.equal(
      mineOnly((await call('GET', `${BASE}/focal-points?opdId=${dinsos}`, admin)).json()).length,
      0,
    );
    const all = await call('GET', `${BASE}/focal-points?opdId=${dinsos}&includeEnded=true`, admin);
    assert.equal(mineOnly(all.json()).length, 1);
    const reopened = await call('PATCH', `${BASE}/focal-points/${id}`, admin, { endedOn: null });
    assert.equal(reopened.statusCode, 200);
    const badDate = await call('PATCH', `${BASE}/focal-points/${id}`, admin, { skDate: '2025-13-01' });
    assert.equal(badDate.statusCode, 400);
    assert.ok(badDate.json().error.fields.skDate);
  });

  test('teams and partners hold people once each', async () => {
    const team = await call('POST', `${BASE}/teams`, admin, {
      kind: 'tim_driver',
      name: 'Tim Driver PPRG Uji',
      skNumber: '050/01/2025',
      members: [
        { person: newPerson('Test Driver Satu', 'L', { opdId: opds.get('Bapperida') }), role: 'ketua' },
        {
          person: newPerson('Test Driver Dua', 'P', { opdId: opds.get('BPKAD') }),
          role: 'anggota',
        },
      ],
    });
    assert.equal(team.statusCode, 201, team.body);
    const dupName = await call('POST', `${BASE}/teams`, admin, {
      kind: 'lainnya',
      name: 'Tim Driver PPRG Uji',
      members: [],
    });
    assert.equal(dupName.statusCode, 409);
    assert.ok(dupName.json().error.fields.name);
    const twice = await call('PUT', `${BASE}/teams/${team.json().id}`, admin, {
      kind: 'tim_driver',
      name: 'Tim Driver PPRG Uji',
      members: [
        { personId: team.json().members[0].person.id },
        { person: newPerson('test driver satu', 'L', { opdId: opds.get('Bapperida') }) },
      ],
    });
    assert.equal(twice.statusCode, 422, twice.body);
    assert.ok(twice.json().error.fields['members.1']);

    const partner = await call('POST', `${BASE}/partners`, admin, {
      kind: 'psw_psga',
      name: 'PSGA Universitas Uji',
      contacts: [
        { person: newPerson('Dr. Test Peneliti', 'P', { phone: '0813 0000 1111' }), position: 'Ketua PSGA' },
      ],
    });
    assert.equal(partner.statusCode, 201, partner.body);
    const asReader = (await call('GET', `${BASE}/partners`, operator)).json();
    const mine = asReader.items.find((p: { name: string }) => p.name === 'PSGA Universitas Uji');
    assert.equal(mine.contacts[0].person.phone, null);
    assert.equal(mine.contacts[0].person.fullName, 'Dr. Test Peneliti');
    const badKind = await call('POST', `${BASE}/partners`, admin, { kind: 'x', name: 'Y', contacts: [] });
    assert.equal(badKind.statusCode, 400);
    assert.ok(badKind.json().error.fields.kind);
    assert.equal((await call('DELETE', `${BASE}/partners/${partner.json().id}`, operator)).statusCode, 403);
    assert.equal((await call('DELETE', `${BASE}/partners/${partner.json().id}`, admin)).statusCode, 200);
  });

  test('officials by echelon: the form, the import (row and column named), the figures', async () => {
    const put = await call('PUT', `${BASE}/officials`, admin, {
      year: 2031,
      opdId: null,
      rows: [
        { echelon: 'jpt_pratama', women: 7, men: 21 },
        { echelon: 'administrator', women: 60, men: 90 },
      ],
    });
    assert.equal(put.statusCode, 200, put.body);
    const dup = await call('PUT', `${BASE}/officials`, admin, {
      year: 2031,
      opdId: null,
      rows: [
        { echelon: 'pengawas', women: 1, men: 1 },
        { echelon: 'pengawas', women: 1, men: 1 },
      ],
    });
    assert.equal(dup.statusCode, 422);
    assert.ok(dup.json().error.fields['rows.1.echelon']);
    const negative = await call('PUT', `${BASE}/officials`, admin, {
      year: 2031,
      opdId: null,
      rows: [{ echelon: 'pengawas', women: -1, men: 1 }],
    });
    assert.equal(negative.statusCode, 400);
    assert.ok(negative.json().error.fields['rows.0.women']);
    const figures = (await call('GET', `${BASE}/figures?year=2031`, operator)).json();
    assert.deepEqual(
      figures.officials.map((o: { echelon: string; womenShare: number }) => [o.echelon, o.womenShare]),
      [
        ['jpt_pratama', 25],
        ['administrator', 40],
        ['total', 37.6],
      ],
    );

    const importUrl = `${BASE}/officials/import`;
    const badCsv = multipart(
      'pejabat.csv',
      'tahun;opd;eselon;perempuan;laki_laki\n2032;;II;3;9\n2032;Dinas Entah;III;x;4\n2032;;V;1;1\n',
    );
    const bad = await t.app.inject({
      method: 'POST',
      url: importUrl,
      headers: { cookie: admin, origin: ORIGIN, ...badCsv.headers },
      payload: badCsv.payload,
    });
    assert.equal(bad.statusCode, 422, bad.body);
    const fields = bad.json().error.fields;
    assert.ok(fields['rows.3.opd']);
    assert.ok(fields['rows.3.perempuan']);
    assert.ok(fields['rows.4.eselon']);
    assert.equal((await call('GET', `${BASE}/officials?year=2032`, admin)).json().rows.length, 0);
    const goodCsv = multipart(
      'pejabat.csv',
      'tahun;opd;eselon;perempuan;laki_laki\n2032;Dinkes;II;1;0\n2032;Dinkes;IV;4;4\n2032;Bapperida;Eselon II;0;1\n',
    );
    const good = await t.app.inject({
      method: 'POST',
      url: importUrl,
      headers: { cookie: admin, origin: ORIGIN, ...goodCsv.headers },
      payload: goodCsv.payload,
    });
    assert.equal(good.statusCode, 200, good.body);
    assert.deepEqual(good.json(), { year: 2032, rows: 3 });
    const f2032 = (await call('GET', `${BASE}/figures?year=2032`, admin)).json();
    // No region-wide rows for 2032: the region's figure is the sum of its OPDs'.
    assert.deepEqual(
      f2032.officials.find((o: { echelon: string }) => o.echelon === 'jpt_pratama'),
      {
        echelon: 'jpt_pratama',
        women: 1,
        men: 1,
        total: 2,
        womenShare: 50,
      },
    );
    const dinkes = f2032.perOpd.find((o: { opdId: string }) => o.opdId === opds.get('Dinkes'));
    assert.equal(dinkes.officials.find((o: { echelon: string }) => o.echelon === 'total').womenShare, 55.6);
    assert.ok(f2032.focalPoints.activeOpds > 0);
    const byOperator = await t.app.inject({
      method: 'POST',
      url: importUrl,
      headers: { cookie: operator, origin: ORIGIN, ...goodCsv.headers },
      payload: goodCsv.payload,
    });
    assert.equal(byOperator.statusCode, 403);
  });

  test('merging two rows of one person moves every reference, including meetings', async () => {
    const db = t.database.db;
    const a = await call('POST', `${BASE}/focal-points`, admin, {
      opdId: opds.get('Dinkes'),
      person: newPerson('Siti Merge Satu', 'P', { phone: '0819 1000 2000' }),
      trainingStatus: 'belum',
    });
    assert.equal(a.statusCode, 201, a.body);
    const b = await call('POST', `${BASE}/focal-points`, admin, {
      opdId: opds.get('Dinkes'),
      person: newPerson('Sitti Merge Satu', 'P', {
        email: 'siti.merge@example.id',
        nip: '198001012005012001',
      }),
      trainingStatus: 'pug',
      trainingYear: 2023,
    });
    assert.equal(b.statusCode, 201, b.body);
    const keepId = a.json().person.id;
    const dropId = b.json().person.id;
    const [meeting] = await db
      .insert(meetings)
      .values({
        regionCode: '72.71',
        kind: 'rakor',
        title: 'Rakor uji merge',
        startsOn: '2031-05-01',
        endsOn: '2031-05-01',
      })
      .returning();
    await db.insert(meetingDays).values({
      regionCode: '72.71',
      meetingId: meeting!.id,
      day: '2031-05-01',
      signInToken: `merge-${Date.now()}`,
      signInOpensAt: new Date('2031-05-01T00:00:00Z'),
      signInClosesAt: new Date('2031-05-01T10:00:00Z'),
    });
    await db.insert(meetingInvitees).values([
      { regionCode: '72.71', meetingId: meeting!.id, personId: keepId },
      { regionCode: '72.71', meetingId: meeting!.id, personId: dropId },
    ]);
    await db.insert(meetingAttendance).values({
      regionCode: '72.71',
      meetingId: meeting!.id,
      day: '2031-05-01',
      personId: dropId,
      fullName: 'Sitti Merge Satu',
      dedupKey: 'sitti merge satu|x',
      sex: 'P',
      source: 'organiser',
    });

    assert.equal(
      (await call('POST', `${BASE}/people/${dropId}/merge`, operator, { keepId })).statusCode,
      403,
    );
    assert.equal(
      (await call('POST', `${BASE}/people/${dropId}/merge`, admin, { keepId: dropId })).statusCode,
      422,
    );
    const merged = await call('POST', `${BASE}/people/${dropId}/merge`, admin, { keepId });
    assert.equal(merged.statusCode, 200, merged.body);
    assert.equal(merged.json().nip, '198001012005012001');
    assert.equal(merged.json().email, 'siti.merge@example.id');

    const fps = (
      await call('GET', `${BASE}/focal-points?opdId=${opds.get('Dinkes')}&includeEnded=true`, admin)
    ).json();
    const mine = fps.items.filter((f: { person: { id: string } }) => f.person.id === keepId);
    assert.equal(mine.length, 2);
    assert.equal(mine.filter((f: { endedOn: string | null }) => f.endedOn === null).length, 1);
    const invitees = await db.select().from(meetingInvitees);
    assert.deepEqual(
      invitees.filter((i) => i.meetingId === meeting!.id).map((i) => i.personId),
      [keepId],
    );
    const attendance = await db.select().from(meetingAttendance);
    assert.equal(attendance.find((r) => r.meetingId === meeting!.id)!.personId, keepId);
    assert.equal((await call('GET', `${BASE}/people/${dropId}`, admin)).statusCode, 404);
    const detail = (await call('GET', `${BASE}/people/${keepId}`, admin)).json();
    assert.equal(detail.mergedCount, 1);
    assert.equal(detail.roles.filter((r: { kind: string }) => r.kind === 'focal_point').length, 2);
    const listed = (await call('GET', `${BASE}/people?q=merge satu`, admin)).json();
    assert.equal(listed.total, 1);
    const audit = await call('GET', '/api/audit?entity=pug_person&pageSize=50', admin);
    assert.equal(audit.statusCode, 200, audit.body);
    assert.ok(
      audit
        .json()
        .items.some(
          (e: { entityId: string; action: string }) => e.entityId === dropId && e.action === 'update',
        ),
    );
  });

  test('editing a person: managers only, NIP unique, bad input named', async () => {
    const people = (await call('GET', `${BASE}/people?q=test driver`, admin)).json();
    const [one, two] = people.items;
    assert.equal(
      (await call('PATCH', `${BASE}/people/${one.id}`, operator, { position: 'x' })).statusCode,
      403,
    );
    const ok = await call('PATCH', `${BASE}/people/${one.id}`, admin, {
      nip: '1975 0101 2000 0310 01',
      phone: '0812 3333 4444',
    });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().nip, '197501012000031001');
    const taken = await call('PATCH', `${BASE}/people/${two.id}`, admin, { nip: '197501012000031001' });
    assert.equal(taken.statusCode, 409);
    assert.ok(taken.json().error.fields.nip);
    for (const [body, field] of [
      [{ nip: '123' }, 'nip'],
      [{ email: 'not-an-email' }, 'email'],
      [{ fullName: 'a\u0000b' }, 'fullName'],
      [{ fullName: 'x'.repeat(300) }, 'fullName'],
      [{ sex: 1 }, 'sex'],
      [{ phone: 'call me' }, 'phone'],
    ] as const) {
      const res = await call('PATCH', `${BASE}/people/${two.id}`, admin, body);
      assert.equal(res.statusCode, 400, `${field}: ${res.body}`);
      assert.ok(res.json().error.fields?.[field], `${field}: ${res.body}`);
    }
  });
});
