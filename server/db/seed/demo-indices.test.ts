/** The demo IPG: computed from the demo's verified data terpilah, no published value, removed with the demo. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { indexValues } from '../schema-indices.js';
import { dataValues } from '../schema-data.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { removeDemo, seedDemo } from './demo.js';
import { DEMO_REGION } from './demo-data.js';
import { DEMO_YEARS } from './demo-values-seed.js';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

const demoRows = () =>
  t.database.db.select().from(indexValues).where(eq(indexValues.regionCode, DEMO_REGION));

test('Kota Palu has the IPG of its verified demo years, every component from data terpilah', async () => {
  const admin = await t.login('demo.admin');
  const res = await t.app.inject({
    url: `/api/regions/${DEMO_REGION}/indices/ipg`,
    headers: { cookie: admin },
  });
  assert.equal(res.statusCode, 200, res.body);
  const rows: {
    year: number;
    components: Record<string, { value: number; origin: string; source: string }>;
    missing: string[];
    computed: number | null;
    published: number | null;
    isDemo: boolean;
  }[] = res.json().rows;
  // The last demo year is still in draft, so it has no IPG; the verified ones all do.
  const verifiedYears = DEMO_YEARS.slice(0, -1);
  assert.deepEqual(
    rows.map((r) => r.year),
    verifiedYears,
  );
  for (const row of rows) {
    assert.deepEqual(row.missing, []);
    assert.equal(Object.keys(row.components).length, 8);
    for (const c of Object.values(row.components)) {
      assert.equal(c.origin, 'data');
      assert.match(c.source, /^Data terpilah (KES_UHH|PDD_HLS|PDD_RLS|EKO_PENGELUARAN_PERKAPITA) /);
    }
    assert.ok(row.computed !== null && row.computed >= 80 && row.computed <= 105, `IPG ${row.computed}`);
    assert.equal(row.published, null);
    assert.equal(row.isDemo, true);
  }
  // The component is the verified figure itself, not a copy typed in.
  const [uhh] = await t.database.db
    .select({ value: dataValues.value })
    .from(dataValues)
    .where(
      and(
        eq(dataValues.regionCode, DEMO_REGION),
        eq(dataValues.indicatorCode, 'KES_UHH'),
        eq(dataValues.period, String(verifiedYears[0])),
        eq(dataValues.sex, 'P'),
        eq(dataValues.status, 'verified'),
      ),
    );
  assert.equal(rows[0]!.components.lifeExpectancyF!.value, Number(uhh!.value));
  // The IKG lacks MTF, MHPK20 and upper-secondary attainment in data terpilah: none is stored.
  assert.ok((await demoRows()).every((r) => r.indexCode === 'ipg'));
});

test('seeding again adds nothing; removing the demo removes the demo index values only', async () => {
  const db = t.database.db;
  const before = await demoRows();
  await seedDemo(db);
  const again = await demoRows();
  assert.equal(again.length, before.length);
  assert.deepEqual(
    again.map((r) => r.version),
    before.map((r) => r.version),
  );
  // A region-year a user stored is real data: it stays when the demo goes.
  await db
    .insert(indexValues)
    .values({ regionCode: DEMO_REGION, indexCode: 'idg', year: 2020, published: 70.1 });
  await removeDemo(db);
  const left = await demoRows();
  assert.deepEqual(
    left.map((r) => [r.indexCode, r.year, r.isDemo]),
    [['idg', 2020, false]],
  );
});
