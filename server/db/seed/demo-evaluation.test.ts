/**
 * The evaluation demo: Kota Palu's 2025 worksheet verified (final, an adjusted score with its
 * comment and reply) and 2026 in progress on the example instrument, marked demo; removing
 * the demo removes them and the demo cycles nothing else uses.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';
import { removeDemo } from './demo.js';

describe('evaluation demo', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  test("Palu's 2025 worksheet is final after both stages, 2026 a draft in progress", async () => {
    const admin = await t.login('demo.admin');
    const list = await t.app.inject({ url: '/api/regions/72.71/evaluation', headers: { cookie: admin } });
    assert.equal(list.statusCode, 200, list.body);
    const ws = list.json().worksheets as {
      id: string;
      cycle: { year: number; instrumentExample: boolean };
      status: string;
      isDemo: boolean;
      tier: string | null;
    }[];
    assert.deepEqual(
      ws.map((w) => [w.cycle.year, w.status, w.isDemo]),
      [
        [2026, 'draft', true],
        [2025, 'final', true],
      ],
    );
    assert.ok(ws.every((w) => w.cycle.instrumentExample));
    const last = (
      await t.app.inject({ url: `/api/evaluation-worksheets/${ws[1].id}`, headers: { cookie: admin } })
    ).json();
    assert.ok(
      last.decisions.some(
        (d: { decision: string; comment: string }) => d.decision === 'adjusted' && d.comment,
      ),
    );
    assert.equal(last.replies.length, 1);
    assert.ok(last.links.length > 0, 'the evidence repository demo documents are linked');
    assert.equal(last.stageScores.length, 2);
    const now = (
      await t.app.inject({ url: `/api/evaluation-worksheets/${ws[0].id}`, headers: { cookie: admin } })
    ).json();
    assert.equal(now.can.answer, true);
    assert.ok(now.score.answered > 0 && now.score.answered < now.score.shown);
    // Each answer keeps its points as one saved through the app does: their sum is the score
    // (the example instrument's weights are all 1).
    const points = (now.answers as { points: number }[]).reduce((sum, a) => sum + a.points, 0);
    assert.ok(points > 0);
    assert.equal(Math.round(points * 10) / 10, Math.round(now.score.total * 10) / 10);
  });

  test('removing the demo removes the worksheets and the demo cycles', async () => {
    await removeDemo(t.database.db);
    assert.equal(await countOf(t, sql`select count(*) from evaluation_worksheets`), 0);
    assert.equal(await countOf(t, sql`select count(*) from evaluation_cycles where name like '%(demo)'`), 0);
  });
});
