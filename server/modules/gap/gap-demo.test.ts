import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { removeDemoGaps, seedDemoGaps } from '../../db/seed/demo-gap.js';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';
import { addLine, client } from './test-helpers.js';

interface Item {
  id: string;
  status: string;
  opd: { shortName: string };
  subActivity: { name: string };
}

describe('demo GAP documents', () => {
  let t: TestApp;
  let reviewer: string;
  let api: ReturnType<typeof client>;
  before(async () => {
    t = await createTestApp();
    api = client(t);
    reviewer = await t.login('demo.reviewer');
  });
  after(() => t.close());

  test('skip gracefully while the demo budget lines do not exist', async () => {
    const lines = await countOf(t, sql`select count(*) from sub_activities where year = 2026 and is_demo`);
    if (lines === 0) assert.equal(await seedDemoGaps(t.database.db), 0);
  });

  test('two complete documents on the demo lines, idempotent, with their review trail', async () => {
    // The demo lines (the planning demo seeds them; inserted here if it has not yet).
    await addLine(t, 'Dinkes', {
      code: '1.02.02.2.02.0001',
      name: 'Pengelolaan Pelayanan Kesehatan Ibu Hamil',
      budget: '486750000.00',
      year: 2026,
    });
    await addLine(t, 'DP3A', {
      code: '2.08.02.2.02.0001',
      name: 'Sosialisasi Peningkatan Partisipasi Perempuan di Bidang Politik, Hukum, Sosial, dan Ekonomi',
      budget: '215400000.00',
      year: 2026,
    });
    await seedDemoGaps(t.database.db);
    assert.equal(await seedDemoGaps(t.database.db), 0);
    assert.equal(await countOf(t, sql`select count(*) from gap_documents where is_demo and year = 2026`), 2);

    const list = (await api.get('/api/regions/72.71/gap?year=2026', reviewer)).json();
    const byOpd = new Map<string, Item>(list.items.map((i: Item) => [i.opd.shortName, i]));
    const dinkes = (await api.get(`/api/gap/${byOpd.get('Dinkes')!.id}`, reviewer)).json();
    const dp3a = (await api.get(`/api/gap/${byOpd.get('DP3A')!.id}`, reviewer)).json();

    for (const doc of [dinkes, dp3a]) {
      assert.equal(doc.isDemo, true);
      assert.deepEqual(doc.completeness.issues, [], doc.subActivity.name);
      assert.equal(doc.gbsTotal, doc.subActivity.budget);
      // Every step 2 reference points at a catalog indicator with a demo value for Palu.
      for (const v of doc.dataValues) assert.equal(v.missing, false, v.indicatorCode);
      assert.match(doc.gap.step1.policy, /Sub Kegiatan: /);
      assert.match(doc.tor.method, /akses dan partisipasi yang setara/);
    }
    assert.equal(dinkes.gbsTotal, '486750000.00');
    assert.equal(dp3a.gbsTotal, '215400000.00');
    assert.deepEqual(
      dinkes.gbs.components.map((c: { budget: string }) => c.budget),
      ['198500000.00', '96750000.00', '62400000.00', '48600000.00', '55000000.00', '25500000.00'],
    );
    assert.equal(dinkes.status, 'approved');
    assert.equal(dinkes.submission, 2);
    assert.deepEqual(
      dinkes.events.map((e: { kind: string }) => e.kind),
      ['submit', 'comment', 'revision', 'submit', 'approve'],
    );
    const versions = (await api.get(`/api/gap/${dinkes.id}/versions`, reviewer)).json();
    assert.deepEqual(
      versions.map((v: { decision: string }) => v.decision),
      ['revision', 'approve'],
    );
    const diff = (await api.get(`/api/gap/${dinkes.id}/compare?from=1&to=2`, reviewer)).json();
    const step7 = diff.sections.find((s: { target: number }) => s.target === 7);
    assert.deepEqual(
      step7.changes.map((c: { kind: string; id: string }) => [c.kind, c.id]),
      [['added', 'a6']],
    );

    assert.equal(dp3a.status, 'submitted');
    // The demo's own schedule: six months of mentoring after the training.
    assert.deepEqual(
      dp3a.tor.schedule.find((s: { id: string }) => s.id === 'j-a2').months,
      [5, 6, 7, 8, 9, 10],
    );
    const queue = (await api.get('/api/regions/72.71/gap?status=submitted', reviewer)).json();
    assert.ok(queue.items.some((i: Item) => i.id === dp3a.id));

    assert.equal(await removeDemoGaps(t.database.db), 2);
    assert.equal(await countOf(t, sql`select count(*) from gap_review_events`), 0);
    assert.equal(await countOf(t, sql`select count(*) from gap_versions`), 0);
  });
});
