/** The demo's Rencana Pokja PUG 2025: seeded once (idempotent), valid by the plan rules, removed with the demo. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { validateMatrixRows } from '../../../domain/pokja-plans/rules.js';
import { POKJA_SECTIONS } from '../../../domain/pokja-plans/constants.js';
import { pokjaPlanProgress, pokjaPlans } from '../schema-pokja-plans.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { removeDemo, seedDemo } from './demo.js';
import { DEMO_POKJA_PLAN_TITLE } from './demo-pokja-plans.js';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

test('the demo plan: tahunan 2025 for Kota Palu, adopted, every section, valid rows, progress', async () => {
  await seedDemo(t.database.db);
  const plans = await t.database.db
    .select()
    .from(pokjaPlans)
    .where(eq(pokjaPlans.title, DEMO_POKJA_PLAN_TITLE));
  assert.equal(plans.length, 1, 'seeding twice keeps one');
  const [plan] = plans;
  assert.deepEqual(
    [plan.regionCode, plan.kind, plan.startYear, plan.endYear, plan.status, plan.isDemo],
    ['72.71', 'tahunan', 2025, 2025, 'ditetapkan', true],
  );
  assert.deepEqual(new Set(plan.content.rows.map((r) => r.section)), new Set(POKJA_SECTIONS));
  const opdIds = new Set(plan.content.rows.map((r) => r.opdId).filter((x): x is string => !!x));
  const checked = validateMatrixRows(plan.content.rows, plan, opdIds, () => 'x');
  assert.ok(checked.ok, JSON.stringify(!checked.ok && checked.issues));
  assert.ok(
    plan.content.rows.every((r) => r.opdId),
    'every row names a demo OPD',
  );
  const progress = await t.database.db
    .select()
    .from(pokjaPlanProgress)
    .where(eq(pokjaPlanProgress.planId, plan.id));
  assert.ok(progress.length >= 4 && progress.every((p) => p.isDemo && p.year === 2025));
  await removeDemo(t.database.db);
  assert.equal((await t.database.db.select().from(pokjaPlans).where(eq(pokjaPlans.isDemo, true))).length, 0);
});
