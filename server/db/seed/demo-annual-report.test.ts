import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import mammoth from 'mammoth';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';
import { DEMO_ANNUAL_REPORT_YEAR } from './demo-annual-report.js';
import { removeDemo, seedDemo } from './demo.js';

const DEMO_ROWS = sql`select count(*)::int as n from annual_report_versions where is_demo`;

describe('demo annual report draft (Kota Palu)', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  test('the previous full year has a CONTOH draft, labelled on the page data and in the DOCX', async () => {
    const admin = await t.login('demo.admin');
    const url = `/api/regions/72.71/annual-report?year=${DEMO_ANNUAL_REPORT_YEAR}`;
    const report = (await t.app.inject({ method: 'GET', url, headers: { cookie: admin } })).json();
    assert.equal(report.draft.version, 1);
    assert.equal(report.draft.isDemo, true);
    assert.match(report.draft.narrative.kendala, /^CONTOH — /);
    assert.equal(report.draft.createdBy.name, 'Demo Admin DP3A Kota Palu');
    const monev = report.sections.find((s: { key: string }) => s.key === 'monev');
    assert.equal(monev.empty, null, 'the demo year has monev reports');

    const docx = await t.app.inject({
      method: 'GET',
      url: `/api/regions/72.71/annual-report.docx?year=${DEMO_ANNUAL_REPORT_YEAR}`,
      headers: { cookie: admin },
    });
    assert.equal(docx.statusCode, 200);
    const text = (await mammoth.extractRawText({ buffer: docx.rawPayload })).value;
    assert.ok(text.includes('CONTOH — data demo, bukan laporan resmi daerah'));
  });

  test('seeding again adds nothing; removing the demo removes the draft', async () => {
    assert.equal(await countOf(t, DEMO_ROWS), 1);
    await seedDemo(t.database.db);
    assert.equal(await countOf(t, DEMO_ROWS), 1);
    await removeDemo(t.database.db);
    assert.equal(await countOf(t, DEMO_ROWS), 0);
  });
});
