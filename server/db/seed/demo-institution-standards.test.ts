/** The standardisation demo of Kota Palu: three dossiers at different stages, one standardised; removed with the demo. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';
import { removeDemo } from './demo.js';
import { DEMO_VERIFICATION_CODE } from './demo-institution-standards.js';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

test('the board of Kota Palu shows the demo dossiers and one organisation standardised', async () => {
  const admin = await t.login('demo.admin');
  const res = await t.app.inject({
    url: '/api/regions/72.71/institution-dossiers',
    headers: { cookie: admin },
  });
  assert.equal(res.statusCode, 200, res.body);
  const b = res.json() as {
    standardised: number;
    rows: { dossier: { stage: string; needsFix: number } | null }[];
  };
  assert.equal(b.standardised, 1);
  const stages = b.rows.flatMap((r) => (r.dossier ? [r.dossier.stage] : [])).sort();
  assert.deepEqual(stages, ['decided', 'dp3a_review', 'fixing']);
  assert.equal(b.rows.find((r) => r.dossier?.stage === 'fixing')!.dossier!.needsFix, 1);
  const pub = await t.app.inject({ url: `/api/public/institution-standards/${DEMO_VERIFICATION_CODE}` });
  assert.equal(pub.json().state, 'valid');
});

test('removing the demo removes the dossiers', async () => {
  await removeDemo(t.database.db);
  assert.equal(await countOf(t, sql`select count(*) from institution_dossiers`), 0);
});
