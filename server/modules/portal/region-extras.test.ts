/**
 * The region page's budget, evaluation and Profil Gender sections follow domain/portal.ts: the
 * ARG share counts only lines whose GAP is approved; an evaluation result shows once the
 * worksheet is final and the cycle closed; a Profil Gender edition once the DP3A published it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { isPublicEvaluationResult } from '../../../domain/portal.js';
import { evaluationWorksheets } from '../../db/schema-evaluation.js';
import { evaluationCycles } from '../../db/schema-evaluation-instruments.js';
import { gapDocuments, subActivities } from '../../db/schema-planning.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { regionPage } from './page.js';
import { regionSummary } from './service.js';

const PALU = '72.71';

describe('portal: ARG share, PUG evaluation and Profil Gender on the region page', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  test('the ARG share counts the responsive amount of approved GAPs only, over the whole budget', async () => {
    const summary = await regionSummary(t.database.db, PALU, 'id');
    assert.ok(summary.arg.length > 0, 'the demo has budget lines');
    const latest = summary.arg[summary.arg.length - 1];
    // An approved, responsive line of that year: taking its approval away lowers the public amount by its ARG.
    const [line] = await t.database.db
      .select({ gapId: gapDocuments.id, amount: subActivities.argAmount })
      .from(subActivities)
      .innerJoin(gapDocuments, eq(gapDocuments.subActivityId, subActivities.id))
      .where(
        and(
          eq(subActivities.regionCode, PALU),
          eq(subActivities.year, latest.year),
          eq(gapDocuments.status, 'approved'),
          sql`${subActivities.argCategory} in ('khusus', 'kesetaraan', 'kelembagaan')`,
          sql`${subActivities.argAmount} > 0`,
        ),
      )
      .limit(1);
    assert.ok(line, 'the demo has an approved GAP on a responsive line');
    await t.database.db
      .update(gapDocuments)
      .set({ status: 'submitted' })
      .where(eq(gapDocuments.id, line.gapId));
    try {
      const after = (await regionSummary(t.database.db, PALU, 'id')).arg.find((a) => a.year === latest.year)!;
      assert.equal(after.budget, latest.budget, 'the budget is the whole pagu either way');
      assert.equal(
        Math.round((Number(latest.approved) - Number(after.approved)) * 100),
        Math.round(Number(line.amount) * 100),
      );
      assert.ok(Number(after.share) < Number(latest.share));
    } finally {
      await t.database.db
        .update(gapDocuments)
        .set({ status: 'approved' })
        .where(eq(gapDocuments.id, line.gapId));
    }
    const html = regionPage(summary, 'id');
    assert.match(html, /id="arg"/);
    assert.ok(html.includes(`${latest.share.replace('.', ',')} %`), 'the share in Indonesian format');
  });

  test('an evaluation result shows once the worksheet is final and its cycle closed', async () => {
    const [sheet] = await t.database.db
      .select({
        id: evaluationWorksheets.id,
        status: evaluationWorksheets.status,
        cycleId: evaluationWorksheets.cycleId,
      })
      .from(evaluationWorksheets)
      .where(eq(evaluationWorksheets.regionCode, PALU))
      .limit(1);
    assert.ok(sheet, 'the demo has a worksheet');
    const [cycle] = await t.database.db
      .select({ status: evaluationCycles.status, name: evaluationCycles.name })
      .from(evaluationCycles)
      .where(eq(evaluationCycles.id, sheet.cycleId));
    // Other cycles of the demo may be announced already: only this cycle's row is counted.
    const shown = async () =>
      (await regionSummary(t.database.db, PALU, 'en')).evaluation.filter((e) => e.cycleName === cycle.name)
        .length;
    const set = async (worksheetStatus: string, cycleStatus: string) => {
      await t.database.db
        .update(evaluationWorksheets)
        .set({ status: worksheetStatus as typeof sheet.status, tier: 'Madya', total: 71.5 })
        .where(eq(evaluationWorksheets.id, sheet.id));
      await t.database.db
        .update(evaluationCycles)
        .set({ status: cycleStatus as typeof cycle.status })
        .where(eq(evaluationCycles.id, sheet.cycleId));
    };
    try {
      for (const [w, c] of [
        ['submitted', 'open'],
        ['final', 'open'],
        ['verification_field', 'closed'],
        ['final', 'closed'],
      ] as const) {
        await set(w, c);
        assert.equal(
          await shown(),
          isPublicEvaluationResult({ worksheetStatus: w, cycleStatus: c }) ? 1 : 0,
          `${w}/${c}`,
        );
      }
      const summary = await regionSummary(t.database.db, PALU, 'en');
      const result = summary.evaluation.find((e) => e.cycleName === cycle.name)!;
      assert.equal(result.tier, 'Madya');
      assert.equal(result.total, 71.5);
      assert.match(regionPage(summary, 'en'), /id="evaluation"[\s\S]*Madya/);
    } finally {
      await set(sheet.status, cycle.status);
    }
  });

  test('a published Profil Gender edition is linked from the region page; none before', async () => {
    const before = await regionSummary(t.database.db, PALU, 'id');
    assert.deepEqual(before.profilGender, []);
    assert.doesNotMatch(regionPage(before, 'id'), /id="profil"/);
    const admin = await t.login('demo.admin');
    const year = before.indicators
      .map((i) => Number(i.latest.period.slice(0, 4)))
      .sort()
      .at(-1)!;
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/regions/${PALU}/profil-gender/publications/${year}`,
      headers: { cookie: admin, origin: 'http://localhost:80' },
    });
    assert.equal(res.statusCode, 200, res.body);
    const summary = await regionSummary(t.database.db, PALU, 'id');
    assert.equal(summary.profilGender.length, 1);
    assert.ok(!('publishedBy' in summary.profilGender[0]), 'no account name in public');
    assert.ok(regionPage(summary, 'id').includes(`href="/api/public/regions/${PALU}/profil-gender/${year}"`));
  });
});
