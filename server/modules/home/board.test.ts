/**
 * The province board on the demo: every kab/kota of Sulawesi Tengah, Kota Palu with its
 * figures (completeness from its assigned cells, statuses, ARG share equal to the ARG recap's,
 * GAPs by status), the province total saying how many kab/kota it holds, the national board
 * by province, and who may ask.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';

interface BoardRow {
  code: string;
  name: string;
  cells: number;
  filled: number;
  completeness: number | null;
  draft: number;
  submitted: number;
  verified: number;
  regions: number;
  reporting: number;
  opds: number;
  budget: string;
  responsive: string;
  argShare: string | null;
  gaps: Record<string, number>;
}

describe('region board', () => {
  let t: TestApp;
  let provinsi: string;
  let superadmin: string;
  let admin: string;
  before(async () => {
    t = await createTestApp();
    provinsi = await t.login('demo.provinsi');
    superadmin = await t.login('demo.superadmin');
    admin = await t.login('demo.admin');
  });
  after(() => t.close());

  const board = (cookie: string, url: string) => t.app.inject({ url, headers: { cookie } });

  test('lists every kab/kota of the province; Palu with its figures, the others as not reporting', async () => {
    const res = await board(provinsi, '/api/regions/72/board');
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json() as { year: number; level: string; items: BoardRow[]; total: BoardRow };
    assert.equal(body.level, 'provinsi');
    // The latest year with values in any kab/kota.
    assert.equal(body.year, 2024);
    const kabkota = await countOf(t, sql`select count(*) from regions where parent_code = '72'`);
    assert.equal(body.items.length, kabkota);
    const palu = body.items.find((r) => r.code === '72.71')!;
    assert.equal(palu.name, 'Kota Palu');
    assert.equal(palu.reporting, 1);
    assert.ok(palu.cells > 0 && palu.filled > 0 && palu.filled <= palu.cells);
    assert.equal(palu.completeness, Math.round((palu.filled * 1000) / palu.cells) / 10);
    const drafts = await countOf(
      t,
      sql`select count(*) from data_values where region_code = '72.71' and period = '2024' and status = 'draft'`,
    );
    assert.equal(palu.draft, drafts);
    assert.equal(palu.verified, 0);
    assert.ok(palu.opds >= 27);
    for (const other of body.items.filter((r) => r.code !== '72.71')) {
      assert.equal(other.reporting, 0, other.code);
      assert.equal(other.completeness, null);
      assert.equal(other.argShare, null);
    }
    // The province total is the kab/kota's sum and says it holds one of them.
    assert.equal(body.total.reporting, 1);
    assert.equal(body.total.regions, kabkota);
    assert.equal(body.total.draft, palu.draft);
  });

  test('ARG share and GAP counts of a year agree with the ARG recap', async () => {
    const res = await board(provinsi, '/api/regions/72/board?year=2026');
    const palu = (res.json().items as BoardRow[]).find((r) => r.code === '72.71')!;
    const recap = (await board(admin, '/api/regions/72.71/arg-recap?year=2026')).json();
    assert.equal(palu.budget, recap.totalBudget);
    assert.equal(palu.responsive, recap.responsiveAmount);
    assert.equal(palu.argShare, recap.responsiveShare);
    const gaps = await countOf(
      t,
      sql`select count(*) from gap_documents where region_code = '72.71' and year = 2026`,
    );
    assert.equal(
      Object.values(palu.gaps).reduce((a, b) => a + b, 0),
      gaps,
    );
    assert.equal(palu.gaps.submitted, 1);
    assert.equal(palu.gaps.approved, 1);
    // No value in 2026: Palu has not reported that year, though it planned it.
    assert.equal(palu.reporting, 0);
    assert.equal(palu.filled, 0);
  });

  test('the national board adds up each province’s kab/kota', async () => {
    const res = await board(superadmin, '/api/regions/ID/board?year=2024');
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json() as { level: string; items: BoardRow[]; total: BoardRow };
    assert.equal(body.level, 'nasional');
    assert.equal(
      body.items.length,
      await countOf(t, sql`select count(*) from regions where level = 'provinsi'`),
    );
    const sulteng = body.items.find((r) => r.code === '72')!;
    const province = (await board(superadmin, '/api/regions/72/board?year=2024')).json();
    assert.equal(sulteng.reporting, 1);
    assert.equal(sulteng.regions, province.total.regions);
    assert.equal(sulteng.filled, province.total.filled);
    assert.equal(body.total.reporting, 1);
  });

  test('who may ask, and bad input', async () => {
    assert.equal((await board(admin, '/api/regions/72/board')).statusCode, 403);
    assert.equal((await board(provinsi, '/api/regions/73/board')).statusCode, 403);
    assert.equal((await board(provinsi, '/api/regions/ID/board')).statusCode, 403);
    const kabkota = await board(provinsi, '/api/regions/72.71/board');
    assert.equal(kabkota.statusCode, 422);
    assert.ok(kabkota.json().error.fields.code);
    assert.equal((await board(superadmin, '/api/regions/99/board')).statusCode, 404);
    const year = await board(provinsi, '/api/regions/72/board?year=20x4');
    assert.equal(year.statusCode, 400);
    assert.ok(year.json().error.fields.year);
  });
});
