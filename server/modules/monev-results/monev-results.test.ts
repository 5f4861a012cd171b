/**
 * The yearly monev result on a hand-made year of Kota Palu (2027, a year the demo does not
 * use): two OPDs, three gender-responsive lines, reports on time, late, returned and missing,
 * one GAP indicator. The scoring configuration's validation and versions, the exact scores
 * worked by hand, the operator's own row, and the Rakor PDF, XLSX and slides read back.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import pdf from 'pdf-parse/lib/pdf-parse.js';
import { EXAMPLE_SCORING_CONFIG } from '../../../domain/monev/scoring.js';
import type { MonevResultsDto, ScoringDto } from '../../../api/monev-results.js';
import { monevIndicatorProgress, monevReports, monevSettings } from '../../db/schema-monev.js';
import { translate, type MessageKey } from '../../lib/messages.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { addResponsiveLine, client, opdIdOf, YEAR } from '../monev/test-helpers.js';

const BASE = '/api/regions/72.71/monev';
const example = () => {
  const { label: _label, version: _version, ...rest } = structuredClone(EXAMPLE_SCORING_CONFIG);
  return { year: YEAR, baseVersion: 0, ...rest };
};

describe('monev results', () => {
  let t: TestApp;
  let api: ReturnType<typeof client>;
  let admin: string;
  let reviewer: string;
  let operator: string;
  let dinkes: string;
  let dinsos: string;

  async function report(
    line: string,
    opdId: string,
    quarter: 1 | 2,
    status: 'draft' | 'submitted' | 'returned' | 'verified',
    f: { budget: string; output: string; submittedAt?: string },
  ) {
    const [row] = await t.database.db
      .insert(monevReports)
      .values({
        regionCode: '72.71',
        year: YEAR,
        opdId,
        subActivityId: line,
        quarter,
        status,
        budgetCumulative: f.budget,
        outputCumulative: f.output,
        submittedAt: f.submittedAt ? new Date(f.submittedAt) : null,
      })
      .returning({ id: monevReports.id });
    return row.id;
  }

  before(async () => {
    t = await createTestApp();
    api = client(t);
    [admin, reviewer, operator] = await Promise.all([
      t.login('demo.admin'),
      t.login('demo.reviewer'),
      t.login('demo.operator'),
    ]);
    dinkes = await opdIdOf(t, 'Dinkes');
    dinsos = await opdIdOf(t, 'Dinsos');
    // Q1 and Q2 deadlines long past, Q3 and Q4 without one: 2 quarters due whatever today is.
    await t.database.db
      .insert(monevSettings)
      .values({ regionCode: '72.71', year: YEAR, deadlineQ1: '2026-04-15', deadlineQ2: '2026-07-15' });
    const a = await addResponsiveLine(t, 'Dinkes', { code: '1.02.02.2.02.0081', target: '200 orang' });
    const b = await addResponsiveLine(t, 'Dinkes', { code: '1.02.02.2.02.0082', target: '100 paket' });
    const c = await addResponsiveLine(t, 'Dinsos', {
      code: '1.06.04.2.02.0081',
      budget: '50000000.00',
      target: '50 orang',
    });
    // A netral line counts nowhere.
    await addResponsiveLine(t, 'Dinsos', { code: '1.06.04.2.02.0082', argCategory: 'netral' });
    await report(a, dinkes, 1, 'verified', {
      budget: '40000000.00',
      output: '100.00',
      submittedAt: '2026-04-10T03:00:00Z',
    });
    const aQ2 = await report(a, dinkes, 2, 'submitted', {
      budget: '60000000.00',
      output: '150.00',
      submittedAt: '2026-07-20T03:00:00Z',
    });
    await t.database.db.insert(monevIndicatorProgress).values({
      regionCode: '72.71',
      reportId: aQ2,
      indicatorId: 'ind-1',
      kind: 'output',
      text: 'Ibu hamil mendapat layanan',
      target: '80',
      unit: 'orang',
      achieved: '60.00',
    });
    await report(b, dinkes, 1, 'draft', { budget: '90000000.00', output: '90.00' });
    await report(c, dinsos, 1, 'verified', {
      budget: '50000000.00',
      output: '50.00',
      submittedAt: '2026-04-01T03:00:00Z',
    });
    await report(c, dinsos, 2, 'verified', {
      budget: '50000000.00',
      output: '50.00',
      submittedAt: '2026-07-01T03:00:00Z',
    });
  });
  after(() => t.close());

  test('a year without a configuration: facts per OPD, nothing scored', async () => {
    const res = await api.get(`${BASE}/results?year=${YEAR}`, admin);
    assert.equal(res.statusCode, 200);
    const body = res.json<MonevResultsDto>();
    assert.equal(body.config, null);
    assert.equal(body.hasDeadlines, true);
    assert.deepEqual(
      body.opds.map((o) => [o.opd.shortName, o.score, o.facts.lines, o.facts.reportsDue]),
      [
        ['Dinkes', null, 2, 4],
        ['Dinsos', null, 1, 2],
      ],
    );
    const scoring = await api.get(`${BASE}/scoring?year=${YEAR}`, reviewer);
    assert.deepEqual(scoring.json(), { regionCode: '72.71', year: YEAR, config: null, versions: [] });
    const pdfRes = await api.get(`${BASE}/results.pdf?year=${YEAR}`, admin);
    assert.equal(pdfRes.statusCode, 422);
    assert.equal(pdfRes.json().error.fields.year, translate('monev_results_no_config', 'id'));
  });

  test('a configuration that breaks a rule is refused, naming the field; malformed input is a 400', async () => {
    const put = (body: unknown, who = admin) => api.put(`${BASE}/scoring`, who, body);
    const cases: [(b: ReturnType<typeof example>) => void, string, string][] = [
      [(b) => (b.criteria[0].weight = 5), 'criteria', 'monev_scoring_weights_sum'],
      [
        (b) => ((b.criteria[1] as { key: string }).key = 'staff_happiness'),
        'criteria.1.key',
        'monev_scoring_criterion_unknown',
      ],
      [(b) => (b.criteria[1].key = b.criteria[0].key), 'criteria.1.key', 'monev_scoring_criterion_duplicate'],
      [(b) => (b.criteria[2].label = '  '), 'criteria.2.label', 'monev_scoring_label_missing'],
      [(b) => (b.grades[0].min = 10), 'grades.0.min', 'monev_scoring_grade_lowest_not_zero'],
      [(b) => (b.grades[2].min = 50), 'grades.2.min', 'monev_scoring_grades_order'],
      [(b) => (b.grades[1].name = 'kurang'), 'grades.1.name', 'monev_scoring_grade_name_duplicate'],
      [(b) => (b.sourceNote = ''), 'sourceNote', 'monev_scoring_source_missing'],
    ];
    for (const [change, field, code] of cases) {
      const body = example();
      change(body);
      const res = await put(body);
      assert.equal(res.statusCode, 422, `${field}: ${res.body}`);
      assert.equal(res.json().error.fields[field], translate(code as MessageKey, 'id'), res.body);
    }
    const malformed: [(b: Record<string, unknown>) => void, string][] = [
      [(b) => (b.sourceNote = 'Sumber\u0000'), 'NUL'],
      [(b) => (b.sourceNote = 'x'.repeat(1001)), 'huge source note'],
      [(b) => ((b.criteria as { weight: unknown }[])[0].weight = '15'), 'weight as text'],
      [(b) => (b.extra = true), 'unknown field'],
      [
        (b) => (b.criteria = Array.from({ length: 50 }, () => (b.criteria as unknown[])[0])),
        'too many criteria',
      ],
    ];
    for (const [change, what] of malformed) {
      const body = example() as unknown as Record<string, unknown>;
      change(body);
      assert.equal((await put(body)).statusCode, 400, what);
    }
    assert.equal((await put(example(), reviewer)).statusCode, 403);
    assert.equal((await put(example(), operator)).statusCode, 403);
    const none = await api.get(`${BASE}/scoring?year=${YEAR}`, admin);
    assert.deepEqual(none.json<ScoringDto>().versions, [], 'nothing was saved');
  });

  test('the example, loaded by choice, scores each OPD as worked by hand', async () => {
    const saved = await api.put(`${BASE}/scoring`, admin, example());
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(saved.json<ScoringDto>().config?.version, 1);
    assert.equal(saved.json<ScoringDto>().config?.isExample, true);

    const body = (await api.get(`${BASE}/results?year=${YEAR}`, reviewer)).json<MonevResultsDto>();
    assert.equal(body.config?.version, 1);
    assert.equal(body.ranked, 2);
    const [first, second] = body.opds;
    // Dinsos: everything on time and realised, no indicator (left out), its one GAP not approved.
    // (100 × 65 + 0 × 10) / 75 = 86.67.
    assert.deepEqual(
      [first.opd.shortName, first.score, first.grade, first.rank],
      ['Dinsos', 86.67, 'Sangat baik', 1],
    );
    assert.deepEqual(first.excluded, ['gender_indicator_achievement', 'pprg_training_share']);
    // Dinkes: completeness 2/4, timeliness 1/4, budget 60/200 M, physical (75 + 0) / 2,
    // indicator 60/80, GAP 0/2: (750 + 250 + 600 + 750 + 1125 + 0) / 90 = 38.61.
    assert.deepEqual(
      [second.opd.shortName, second.score, second.grade, second.rank],
      ['Dinkes', 38.61, 'Kurang', 2],
    );
    assert.deepEqual(
      second.criteria.filter((c) => !c.excluded).map((c) => [c.key, c.value]),
      [
        ['reporting_completeness', 50],
        ['timeliness', 25],
        ['budget_realisation', 30],
        ['physical_realisation', 37.5],
        ['gender_indicator_achievement', 75],
        ['gap_gbs_status', 0],
      ],
    );
    assert.equal(second.lowered[0].key, 'budget_realisation');
    assert.deepEqual(second.facts, {
      lines: 2,
      reportsDue: 4,
      reportsSubmitted: 2,
      reportsOnTime: 1,
      pagu: '200000000.00',
      budgetRealised: '60000000.00',
      physicalMeasured: 2,
      indicatorsMeasured: 1,
      approvedGaps: 0,
    });
  });

  test('every change is a new version; the old one stays readable; a stale editor gets a 409', async () => {
    const next = example();
    next.baseVersion = 1;
    next.sourceNote = 'SK Pokja PUG Kota Palu Nomor 1 Tahun 2027 (uji)';
    next.criteria = next.criteria.filter((c) => c.key !== 'pprg_training_share');
    next.criteria[0].weight = 25;
    const res = await api.put(`${BASE}/scoring`, admin, next);
    assert.equal(res.statusCode, 200, res.body);
    const scoring = res.json<ScoringDto>();
    assert.equal(scoring.config?.version, 2);
    assert.equal(scoring.config?.isExample, false);
    assert.deepEqual(
      scoring.versions.map((v) => [v.version, v.isExample]),
      [
        [2, false],
        [1, true],
      ],
    );
    const stale = await api.put(`${BASE}/scoring`, admin, { ...next, baseVersion: 1 });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().error.fields.baseVersion, translate('monev_scoring_stale', 'id'));
    const old = await api.get(`${BASE}/scoring?year=${YEAR}&version=1`, operator);
    assert.equal(old.json<ScoringDto>().config?.version, 1);
    assert.equal((await api.get(`${BASE}/scoring?year=${YEAR}&version=9`, admin)).statusCode, 404);
    const results = (await api.get(`${BASE}/results?year=${YEAR}`, admin)).json<MonevResultsDto>();
    assert.equal(results.config?.version, 2);
    // Back to the example for the documents below.
    const back = await api.put(`${BASE}/scoring`, admin, { ...example(), baseVersion: 2 });
    assert.equal(back.json<ScoringDto>().config?.version, 3);
  });

  test('an operator sees their own OPD’s row with its rank, and no Rakor document', async () => {
    const body = (await api.get(`${BASE}/results?year=${YEAR}`, operator)).json<MonevResultsDto>();
    assert.deepEqual(
      body.opds.map((o) => [o.opd.shortName, o.rank]),
      [['Dinkes', 2]],
    );
    assert.equal(body.ranked, 2);
    assert.equal((await api.get(`${BASE}/results.pdf?year=${YEAR}`, operator)).statusCode, 403);
    assert.equal((await api.get(`${BASE}/results-slides.pdf?year=${YEAR}`, operator)).statusCode, 403);
  });

  test('the Rakor PDF, the XLSX and the slides name each OPD with its score and the rules used', async () => {
    const res = await api.get(`${BASE}/results.pdf?year=${YEAR}&signatoryOpdId=${dinsos}`, admin);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.equal(res.headers['content-disposition'], `attachment; filename="Hasil-Monev-72.71-${YEAR}.pdf"`);
    const text = (await pdf(res.rawPayload)).text.replace(/\s+/g, ' ');
    for (const expected of [
      'HASIL PENGENDALIAN DAN EVALUASI',
      'Dinas Kesehatan',
      '38,61',
      'Dinas Sosial',
      '86,67',
      'Sangat baik',
      'Penilaian versi 3',
      'CONTOH — bukan ketentuan resmi',
      'Kepala Dinas Sosial',
    ]) {
      assert.ok(text.includes(expected), `the PDF shows "${expected}"`);
    }

    const xlsx = await api.get(`${BASE}/results.xlsx?year=${YEAR}`, reviewer);
    assert.equal(xlsx.statusCode, 200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
    const rows: unknown[][] = [];
    book.getWorksheet('Hasil')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const dinkesRow = rows.find((r) => r[1] === 'Dinas Kesehatan')!;
    assert.equal(dinkesRow[0], 2);
    assert.ok(dinkesRow.includes(38.61) && dinkesRow.includes('Kurang'));
    assert.ok(book.getWorksheet('Rincian') && book.getWorksheet('Pengaturan'));

    const slides = await api.get(`${BASE}/results-slides.pdf?year=${YEAR}`, admin);
    assert.equal(slides.statusCode, 200);
    const parsed = await pdf(slides.rawPayload);
    const slideText = parsed.text.replace(/\s+/g, ' ');
    assert.equal(parsed.numpages, 4, 'title, scores, grades, criteria');
    for (const expected of [
      'Nilai per OPD',
      'Dinkes',
      '38,61',
      'Sebaran predikat',
      'Rata-rata capaian per kriteria',
    ]) {
      assert.ok(slideText.includes(expected), `the slides show "${expected}"`);
    }
    const other = await api.get(
      `${BASE}/results.pdf?year=${YEAR}&signatoryOpdId=${crypto.randomUUID()}`,
      admin,
    );
    assert.equal(other.statusCode, 404);
  });
});
