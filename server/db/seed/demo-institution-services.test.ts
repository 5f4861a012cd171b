/**
 * The demo services and MoU: seeded for every demo institution with totals that add up, the
 * MoU with the Pengadilan Agama at the demo advocacy event, visible through the API, and gone
 * with the demo.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { totalsProblems } from '../../../domain/institution-services/totals.js';
import { serviceRecords } from '../schema-institution-services.js';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';
import { ageGroupsOf } from '../../modules/institution-services/records.js';
import { removeDemo } from './demo.js';

describe('demo institution services and agreements', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(async () => t?.close());

  test('every demo record adds up and says it is demo', async () => {
    const rows = await t.database.db.select().from(serviceRecords);
    assert.ok(rows.length >= 13 * 7, `${rows.length} records`);
    for (const r of rows) {
      assert.equal(r.isDemo, true);
      assert.match(r.note, /CONTOH/);
      const problems = totalsProblems({
        kind: r.kind,
        servicesCount: r.servicesCount,
        female: r.female,
        male: r.male,
        ageGroups: ageGroupsOf(r),
        targetGroups: {
          perempuan: r.tgPerempuan,
          disabilitas: r.tgDisabilitas,
          lansia: r.tgLansia,
          ibu_hamil: r.tgIbuHamil,
          anak: r.tgAnak,
        },
        familyDimensions: r.familyDimensions as never,
      });
      assert.deepEqual(problems, {}, `${r.kind} ${r.period}`);
    }
  });

  test('the MoU between Kota Palu and the Pengadilan Agama, signed at the advocacy event', async () => {
    const admin = await t.login('demo.admin');
    const list = await t.app.inject({ url: '/api/regions/72.71/agreements', headers: { cookie: admin } });
    const [mou] = list.json().items;
    assert.match(mou.title, /CONTOH/);
    assert.equal(mou.isDemo, true);
    assert.deepEqual(mou.partyNames.slice(0, 2), ['Pemerintah Kota Palu', 'Pengadilan Agama Palu (contoh)']);
    const detail = (
      await t.app.inject({ url: `/api/agreements/${mou.id}`, headers: { cookie: admin } })
    ).json();
    assert.equal(detail.meeting.kind, 'advokasi');
    assert.equal(detail.activities.length, 2);
    const lembaga = await t.login('demo.lembaga');
    const theirs = await t.app.inject({
      url: '/api/regions/72.71/service-summary?year=2025',
      headers: { cookie: lembaga },
    });
    assert.equal(theirs.statusCode, 200, theirs.body);
    assert.ok(theirs.json().total.records > 0);
  });

  test('removing the demo removes them', async () => {
    await removeDemo(t.database.db);
    assert.equal(await countOf(t, sql`select count(*) from service_records`), 0);
    assert.equal(await countOf(t, sql`select count(*) from agreements`), 0);
  });
});
