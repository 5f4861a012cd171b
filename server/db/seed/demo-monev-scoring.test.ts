/**
 * The demo's scoring configuration: Kota Palu's demo years show results out of the box, under
 * the example labelled CONTOH; removing the demo takes it, unless an admin saved their own.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import type { MonevResultsDto } from '../../../api/monev-results.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { client } from '../../modules/monev/test-helpers.js';
import { monevScoringConfigs } from '../schema-monev.js';
import { DEMO_MONEV_YEARS } from './demo-monev-data.js';
import { removeDemoMonevScoring, seedDemoMonevScoring } from './demo-monev-scoring.js';

describe('demo monev scoring', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  test('each demo year scores Palu’s OPDs under the example, labelled CONTOH', async () => {
    const admin = await t.login('demo.admin');
    for (const { year } of DEMO_MONEV_YEARS) {
      const res = await client(t).get(`/api/regions/72.71/monev/results?year=${year}`, admin);
      const body = res.json<MonevResultsDto>();
      assert.equal(body.config?.isExample, true, `${year}`);
      assert.match(body.config!.sourceNote, /^CONTOH — bukan ketentuan resmi/);
      assert.ok(
        body.opds.length > 0 && body.opds.every((o) => o.score !== null && o.rank !== null),
        `${year}`,
      );
    }
  });

  test('removal takes the demo versions, but not a year an admin has saved since', async () => {
    const db = t.database.db;
    const [first, second] = DEMO_MONEV_YEARS.map((y) => y.year);
    const [v1] = await db
      .select()
      .from(monevScoringConfigs)
      .where(and(eq(monevScoringConfigs.regionCode, '72.71'), eq(monevScoringConfigs.year, second)));
    await db.insert(monevScoringConfigs).values({ ...v1, version: 2, isDemo: false, sourceNote: 'SK Pokja' });
    await removeDemoMonevScoring(db);
    const left = await db
      .select({ year: monevScoringConfigs.year, version: monevScoringConfigs.version })
      .from(monevScoringConfigs)
      .where(eq(monevScoringConfigs.regionCode, '72.71'));
    assert.deepEqual(
      left.sort((a, b) => a.version - b.version),
      [
        { year: second, version: 1 },
        { year: second, version: 2 },
      ],
    );
    await seedDemoMonevScoring(db);
    const again = await db
      .select({ year: monevScoringConfigs.year })
      .from(monevScoringConfigs)
      .where(and(eq(monevScoringConfigs.regionCode, '72.71'), eq(monevScoringConfigs.year, first)));
    assert.equal(again.length, 1, 'seeding again restores the removed year');
  });
});
