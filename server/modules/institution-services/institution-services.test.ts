/**
 * Institution services through the app: DP3A and an institution account enter records (the
 * account for its own institution only), totals and bad input refused naming the field with
 * nothing stored, one record per institution × period × kind (409), a month and its quarter
 * never both, optimistic locking, the summary by kind, field and region, and "tarik dari
 * layanan": preview, apply as drafts with the source note, a verified value left untouched, a
 * stale preview refused. PGlite, and PostgreSQL with TEST_DATABASE_URL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { dataValues, indicators } from '../../db/schema-data.js';
import { serviceRecords } from '../../db/schema-institution-services.js';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';
import { client, insertInstitution, insertInstitutionAccount } from './test-helpers.js';

const AGES = { '0_17': 0, '18_24': 4, '25_44': 10, '45_59': 4, '60_plus': 2 };

describe('institution services', () => {
  let t: TestApp;
  let api: ReturnType<typeof client>;
  let admin: string;
  let pokja: string;
  let lembaga: string;
  let own: string;
  let other: string;
  const body = (over: Record<string, unknown> = {}) => ({
    institutionId: own,
    period: '2024-Q1',
    kind: 'pelatihan_keterampilan',
    servicesCount: 3,
    female: 18,
    male: 2,
    ageGroups: AGES,
    targetGroups: { perempuan: 18, lansia: 2 },
    ...over,
  });
  const records = () => countOf(t, sql`select count(*) from service_records`);

  before(async () => {
    t = await createTestApp();
    api = client(t);
    own = await insertInstitution(t, 'Uji LPLPP Sejahtera');
    other = await insertInstitution(t, 'Uji Puspaga Palu', { fields: ['konseling'] });
    await insertInstitutionAccount(t, 'uji.lembaga', own);
    [admin, pokja, lembaga] = await Promise.all(
      ['demo.admin', 'demo.pokja', 'uji.lembaga'].map((u) => t.login(u)),
    );
  });
  after(async () => t?.close());

  let id = '';

  test('the institution account records its own services; the list shows them to DP3A and pokja', async () => {
    const res = await api.post('/api/regions/72.71/service-records', lembaga, body());
    assert.equal(res.statusCode, 201, res.body);
    id = res.json().id;
    assert.equal(res.json().institutionName, 'Uji LPLPP Sejahtera');
    const list = (await api.get('/api/regions/72.71/service-records?year=2024', pokja)).json();
    assert.ok(list.items.some((r: { id: string }) => r.id === id));
    assert.equal(list.items.find((r: { id: string }) => r.id === id).canEdit, false);
    assert.deepEqual(list.institutions, [], 'pokja enters nothing');
    const mine = (await api.get('/api/regions/72.71/service-records?year=2024', lembaga)).json();
    assert.deepEqual(
      mine.institutions.map((i: { id: string }) => i.id),
      [own],
    );
  });

  test("the institution account may not record another institution's services, nor read them", async () => {
    const res = await api.post('/api/regions/72.71/service-records', lembaga, body({ institutionId: other }));
    assert.equal(res.statusCode, 403, res.body);
    const dp3a = await api.post(
      '/api/regions/72.71/service-records',
      admin,
      body({ institutionId: other, kind: 'konseling_keluarga', familyDimensions: ['sosial_psikologi'] }),
    );
    assert.equal(dp3a.statusCode, 201, dp3a.body);
    const mine = (
      await api.get(`/api/regions/72.71/service-records?year=2024&institutionId=${other}`, lembaga)
    ).json();
    assert.ok(mine.items.every((r: { institutionId: string }) => r.institutionId === own));
    const put = await api.put(`/api/service-records/${dp3a.json().id}`, lembaga, { ...body(), version: 1 });
    assert.equal(put.statusCode, 404);
    assert.equal((await api.post('/api/regions/72.71/service-records', pokja, body())).statusCode, 403);
  });

  test('totals that do not add up, and bad input, are refused naming the field; nothing stored', async () => {
    const before = await records();
    const cases: [Record<string, unknown>, number, string][] = [
      [{ male: 3 }, 422, 'ageGroups'],
      [{ servicesCount: 0 }, 422, 'servicesCount'],
      [{ targetGroups: { perempuan: 19 } }, 422, 'targetGroups.perempuan'],
      [{ familyDimensions: ['ketahanan_fisik'] }, 422, 'familyDimensions'],
      [{ kind: 'kelas_pengasuhan', period: '2024-Q2' }, 422, 'familyDimensions'],
      [{ period: '2024' }, 400, 'period'],
      [{ period: '2024-13' }, 400, 'period'],
      [{ female: '18' }, 400, 'female'],
      [{ female: -1 }, 400, 'female'],
      [{ female: 1e9 }, 400, 'female'],
      [{ kind: '=HYPERLINK("x")' }, 400, 'kind'],
      [{ note: 'a\u0000b' }, 400, 'note'],
      [{ note: 'x'.repeat(5000) }, 400, 'note'],
      [{ institutionId: '00000000-0000-4000-8000-000000000000' }, 422, 'institutionId'],
      [{ ageGroups: { ...AGES, '60_plus': undefined } }, 400, 'ageGroups.60_plus'],
      [{ extra: 1 }, 400, ''],
    ];
    for (const [over, status, field] of cases) {
      const res = await api.post(
        '/api/regions/72.71/service-records',
        admin,
        body({ period: '2024-Q3', ...over }),
      );
      assert.equal(res.statusCode, status, `${JSON.stringify(over).slice(0, 60)}: ${res.body}`);
      if (field) assert.ok(res.json().error.fields?.[field], `${field}: ${res.body}`);
    }
    assert.equal(await records(), before);
  });

  test('a second record of the kind and period is 409 naming kind; a month inside a recorded quarter names period', async () => {
    const dup = await api.post('/api/regions/72.71/service-records', admin, body());
    assert.equal(dup.statusCode, 409, dup.body);
    assert.equal(dup.json().error.fields.kind !== undefined, true);
    const month = await api.post('/api/regions/72.71/service-records', admin, body({ period: '2024-02' }));
    assert.equal(month.statusCode, 409, month.body);
    assert.ok(month.json().error.fields.period);
    const otherKind = await api.post(
      '/api/regions/72.71/service-records',
      admin,
      body({ period: '2024-02', kind: 'pendampingan_usaha' }),
    );
    assert.equal(otherKind.statusCode, 201, otherKind.body);
  });

  test('update names its version: a stale one is 409; delete removes the row', async () => {
    const ok = await api.put(`/api/service-records/${id}`, lembaga, {
      ...body({ servicesCount: 5 }),
      version: 1,
    });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().version, 2);
    const stale = await api.put(`/api/service-records/${id}`, admin, { ...body(), version: 1 });
    assert.equal(stale.statusCode, 409);
    const [row] = await t.database.db.select().from(serviceRecords).where(eq(serviceRecords.id, id));
    assert.equal(row.servicesCount, 5);
    const audit = await countOf(
      t,
      sql`select count(*) from audit_log where entity = 'service_record' and entity_id = ${id}`,
    );
    assert.equal(audit, 2);
  });

  test('the summary adds up by kind, field and region; an institution account sees its own only', async () => {
    const s = (await api.get('/api/regions/72.71/service-summary?year=2024', pokja)).json();
    assert.equal(s.total.records, 3);
    assert.equal(s.total.female, 54);
    assert.equal(s.total.institutions, 2);
    const ekonomi = s.byField.find((f: { field: string }) => f.field === 'ekonomi');
    assert.equal(ekonomi.records, 2);
    assert.equal(ekonomi.institutions, 1);
    assert.equal(ekonomi.servicesCount, 8);
    assert.equal(s.byRegion.length, 1);
    assert.equal(s.byRegion[0].regionCode, '72.71');
    assert.equal(s.familyDimensions.sosial_psikologi, 1);
    assert.equal(s.total.targetGroups.lansia, 6);
    const province = (await api.get('/api/regions/72/service-summary?year=2024', admin)).statusCode;
    assert.equal(province, 403, 'DP3A of a kab/kota does not read the province');
    const provinsi = await t.login('demo.provinsi');
    const p = (await api.get('/api/regions/72/service-summary?year=2024', provinsi)).json();
    assert.equal(p.total.records, 3);
    assert.equal(p.byRegion[0].regionName.length > 0, true);
    const mine = (await api.get('/api/regions/72.71/service-summary?year=2024', lembaga)).json();
    assert.equal(mine.total.records, 2);
    assert.equal(mine.total.institutions, 1);
  });

  test('tarik dari layanan: preview, drafts written with the source note, a verified value never overwritten', async () => {
    await t.database.db.insert(indicators).values({
      code: 'UJI_PENERIMA_LAYANAN',
      nameId: 'Jumlah penerima layanan lembaga (uji)',
      nameEn: 'Institution service beneficiaries (test)',
      unit: 'orang',
      domainGroup: 'hukum_sosial_budaya',
      source: 'Uji',
      aggregation: 'sum',
    });
    const bad = await api.post('/api/regions/72.71/service-mappings', admin, { indicatorCode: 'TIDAK_ADA' });
    assert.equal(bad.statusCode, 422);
    assert.ok(bad.json().error.fields.indicatorCode);
    const mapped = await api.post('/api/regions/72.71/service-mappings', admin, {
      indicatorCode: 'UJI_PENERIMA_LAYANAN',
      kinds: ['pelatihan_keterampilan', 'konseling_keluarga'],
    });
    assert.equal(mapped.statusCode, 201, mapped.body);
    const again = await api.post('/api/regions/72.71/service-mappings', admin, {
      indicatorCode: 'UJI_PENERIMA_LAYANAN',
    });
    assert.equal(again.statusCode, 409);
    assert.equal(
      (await api.post('/api/regions/72.71/service-mappings', pokja, { indicatorCode: 'X' })).statusCode,
      403,
    );
    const mid = mapped.json().id;

    assert.equal((await api.get(`/api/service-mappings/${mid}/pull?period=2024-Q1`, admin)).statusCode, 422);
    const preview = (await api.get(`/api/service-mappings/${mid}/pull?period=2024`, admin)).json();
    assert.equal(preview.records, 2);
    assert.deepEqual(
      preview.cells.map((c: { sex: string; pulled: number; action: string }) => [c.sex, c.pulled, c.action]),
      [
        ['P', 36, 'write'],
        ['L', 4, 'write'],
      ],
    );
    const applied = await api.post(`/api/service-mappings/${mid}/pull`, admin, {
      period: '2024',
      token: preview.token,
    });
    assert.equal(applied.statusCode, 200, applied.body);
    assert.deepEqual(applied.json(), { written: 2, locked: 0 });
    const stored = await t.database.db
      .select()
      .from(dataValues)
      .where(and(eq(dataValues.regionCode, '72.71'), eq(dataValues.indicatorCode, 'UJI_PENERIMA_LAYANAN')));
    assert.equal(stored.length, 2);
    assert.ok(stored.every((v) => v.status === 'draft' && /layanan lembaga/.test(v.note ?? '')));

    // DP3A verifies the women's value; a new record changes both aggregates.
    await t.database.db
      .update(dataValues)
      .set({ status: 'verified' })
      .where(and(eq(dataValues.indicatorCode, 'UJI_PENERIMA_LAYANAN'), eq(dataValues.sex, 'P')));
    const stalePreview = preview.token;
    const q4 = await api.post(
      '/api/regions/72.71/service-records',
      admin,
      body({
        period: '2024-Q4',
        female: 10,
        male: 10,
        ageGroups: { ...AGES, '25_44': 14, '45_59': 0 },
        targetGroups: {},
      }),
    );
    assert.equal(q4.statusCode, 201, q4.body);
    const second = (await api.get(`/api/service-mappings/${mid}/pull?period=2024`, admin)).json();
    assert.deepEqual(
      second.cells.map((c: { sex: string; pulled: number; action: string; current: string }) => [
        c.sex,
        c.pulled,
        c.action,
      ]),
      [
        ['P', 46, 'locked'],
        ['L', 14, 'write'],
      ],
    );
    const refused = await api.post(`/api/service-mappings/${mid}/pull`, admin, {
      period: '2024',
      token: stalePreview,
    });
    assert.equal(refused.statusCode, 409);
    const ok = await api.post(`/api/service-mappings/${mid}/pull`, admin, {
      period: '2024',
      token: second.token,
    });
    assert.deepEqual(ok.json(), { written: 1, locked: 1 });
    const [women] = await t.database.db
      .select()
      .from(dataValues)
      .where(and(eq(dataValues.indicatorCode, 'UJI_PENERIMA_LAYANAN'), eq(dataValues.sex, 'P')));
    assert.equal(Number(women.value), 36, 'the verified value stays');
    assert.equal(women.status, 'verified');
  });
});
