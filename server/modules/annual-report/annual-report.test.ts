/**
 * The annual PUG report end to end on the real app (PGlite, or PostgreSQL with
 * TEST_DATABASE_URL): the assembled sections hold the other modules' figures, the narrative is
 * saved as versions (stale saves refused, restores recorded, every save audited), bad input is
 * refused by field, and the PDF and the DOCX (read back with mammoth) carry the region, a figure
 * and the narrative.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import mammoth from 'mammoth';
import pdf from 'pdf-parse/lib/pdf-parse.js';
import { NARRATIVE_MAX_CHARS } from '../../../domain/annual-report/constants.js';
import { countOf, createTestApp, type TestApp } from '../../test-support/test-app.js';
import { addResponsiveLine, client, YEAR } from '../monev/test-helpers.js';

const URL = '/api/regions/72.71/annual-report';
const KENDALA = 'Data terpilah puskesmas terlambat masuk karena aplikasi kesehatan belum terhubung.';
const body = (baseVersion: number | null, kendala: string, extra: object = {}) => ({
  year: YEAR,
  baseVersion,
  narrative: { kendala, rekomendasi: 'Perkuat Pokja PUG.', rencana_tindak_lanjut: '' },
  signatory: { position: 'Kepala DP3A Kota Palu', name: 'Dra. Contoh Penandatangan', rank: '', nip: '' },
  ...extra,
});

describe('annual PUG report', () => {
  let t: TestApp;
  let admin: string;
  let reviewer: string;
  let api: ReturnType<typeof client>;

  before(async () => {
    t = await createTestApp();
    api = client(t);
    admin = await t.login('demo.admin');
    reviewer = await t.login('demo.reviewer');
    await addResponsiveLine(t, 'Dinkes', { code: '1.02.02.2.02.0091', budget: '123456789.00' });
  });
  after(() => t.close());

  test('assembles data terpilah, PPRG and monev, with no draft yet', async () => {
    const res = await api.get(`${URL}?year=${YEAR}`, admin);
    assert.equal(res.statusCode, 200, res.body);
    const r = res.json();
    assert.equal(r.regionName, 'Kota Palu');
    assert.deepEqual(
      r.sections.map((s: { key: string }) => s.key),
      ['data_terpilah', 'pprg', 'monev', 'kelembagaan'],
    );
    assert.equal(r.draft, null);
    assert.equal(r.canEdit, true);
    const pprg = r.sections[1];
    assert.equal(pprg.empty, null);
    assert.equal(pprg.facts.find((f: { key: string }) => f.key === 'budget').value, 'Rp 123.456.789');
    const monev = r.sections[2];
    assert.equal(monev.facts.find((f: { key: string }) => f.key === 'lines').value, '0 / 1');
  });

  test('a year the region holds nothing for says so in every section', async () => {
    const r = (await api.get(`${URL}?year=2031`, admin)).json();
    for (const s of r.sections) assert.ok(s.empty, `${s.key} explains why it is empty`);
  });

  test('saves versions with author, refuses a stale base, restores an old text as a new version', async () => {
    const v1 = await api.post(`${URL}/versions`, admin, body(null, KENDALA));
    assert.equal(v1.statusCode, 201, v1.body);
    assert.equal(v1.json().version, 1);
    assert.equal(v1.json().createdBy.name.length > 0, true);

    const stale = await api.post(`${URL}/versions`, reviewer, body(null, 'Teks lain'));
    assert.equal(stale.statusCode, 409, stale.body);
    assert.ok(stale.json().error.fields.baseVersion, stale.body);

    const same = await api.post(`${URL}/versions`, admin, body(1, KENDALA));
    assert.equal(same.statusCode, 200, 'saving the same text adds no version');
    assert.equal(same.json().version, 1);

    const v2 = await api.post(`${URL}/versions`, reviewer, body(1, 'Kendala versi kedua'));
    assert.equal(v2.statusCode, 201, v2.body);
    assert.equal(v2.json().version, 2);

    const list = (await api.get(`${URL}/versions?year=${YEAR}`, admin)).json();
    assert.deepEqual(
      list.items.map((i: { version: number }) => i.version),
      [2, 1],
    );
    const old = (await api.get(`${URL}/versions/1?year=${YEAR}`, reviewer)).json();
    assert.equal(old.narrative.kendala, KENDALA);

    const restored = await api.post(
      `${URL}/versions`,
      admin,
      body(2, old.narrative.kendala, { restoredFrom: 1 }),
    );
    assert.equal(restored.statusCode, 201, restored.body);
    assert.equal(restored.json().version, 3);
    assert.equal(restored.json().restoredFrom, 1);
    const report = (await api.get(`${URL}?year=${YEAR}`, admin)).json();
    assert.equal(report.draft.version, 3);
    assert.equal(report.draft.narrative.kendala, KENDALA);

    const missing = await api.get(`${URL}/versions/99?year=${YEAR}`, admin);
    assert.equal(missing.statusCode, 404);
    const badRestore = await api.post(`${URL}/versions`, admin, body(3, 'x', { restoredFrom: 99 }));
    assert.equal(badRestore.statusCode, 404);

    const audited = await countOf(
      t,
      sql`select count(*)::int as n from audit_log where entity = 'annual_report' and region_code = '72.71'`,
    );
    assert.equal(audited, 3, 'every new version is audited, the no-op save is not');
  });

  test('bad input is refused naming the field, and nothing is stored', async () => {
    const before = await countOf(t, sql`select count(*)::int as n from annual_report_versions`);
    const cases: [object, string][] = [
      [body(3, 'x'.repeat(NARRATIVE_MAX_CHARS + 1)), 'narrative.kendala'],
      [body(3, 'ada\u0000nul'), 'narrative.kendala'],
      [{ ...body(3, 'x'), narrative: { kendala: 'x', lainnya: 'y' } }, 'narrative'],
      [{ ...body(3, 'x'), signatory: { name: 'Baris\nbaru' } }, 'signatory.name'],
      [{ ...body(3, 'x'), year: 1999 }, 'year'],
      [{ ...body(3, 'x'), narrative: { kendala: 42 } }, 'narrative.kendala'],
    ];
    for (const [payload, field] of cases) {
      const res = await api.post(`${URL}/versions`, admin, payload);
      assert.equal(res.statusCode, 400, `${field}: ${res.body}`);
      const fields = res.json().error.fields ?? {};
      const named = Object.keys(fields).some(
        (f) => f === field || f.startsWith(`${field}.`) || field.startsWith(f),
      );
      assert.ok(named || res.json().error.code === 'nul_refused', `${field} is named: ${res.body}`);
    }
    assert.equal(await countOf(t, sql`select count(*)::int as n from annual_report_versions`), before);
  });

  test('an operator reads no report and pokja writes none; a national code is refused', async () => {
    const operator = await t.login('demo.operator');
    const pokja = await t.login('demo.pokja');
    assert.equal((await api.get(`${URL}?year=${YEAR}`, operator)).statusCode, 403);
    assert.equal((await api.post(`${URL}/versions`, pokja, body(3, 'x'))).statusCode, 403);
    const superadmin = await t.login('demo.superadmin');
    const national = await api.get(`/api/regions/ID/annual-report?year=${YEAR}`, superadmin);
    assert.equal(national.statusCode, 422, national.body);
  });

  test('the DOCX and the PDF carry the region, a figure and the narrative', async () => {
    const docx = await api.get(`${URL}.docx?year=${YEAR}`, admin);
    assert.equal(docx.statusCode, 200, docx.body);
    assert.match(String(docx.headers['content-type']), /wordprocessingml/);
    assert.match(String(docx.headers['content-disposition']), /Laporan-PUG-Kota-Palu-2027\.docx/);
    const words = (await mammoth.extractRawText({ buffer: docx.rawPayload })).value;
    assert.ok(words.includes('Kota Palu'), 'region name');
    assert.ok(words.includes('Rp 123.456.789'), 'the pagu figure');
    assert.ok(words.includes(KENDALA), 'the narrative');
    assert.ok(words.includes('Rencana Tindak Lanjut'), 'every narrative heading');
    assert.ok(words.includes('Kepala DP3A Kota Palu'), 'the signature block');

    const file = await api.get(`${URL}.pdf?year=${YEAR}&paper=f4`, admin);
    assert.equal(file.statusCode, 200, file.body);
    assert.equal(file.headers['content-type'], 'application/pdf');
    const text = (await pdf(file.rawPayload)).text.replace(/\s+/g, ' ');
    assert.ok(text.includes('Kota Palu'));
    assert.ok(text.includes('Rp 123.456.789'));
    assert.ok(text.includes(KENDALA.slice(0, 40)));
    assert.ok(text.includes('Halaman 1 dari'));
  });
});
