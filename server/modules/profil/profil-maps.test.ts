import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import pdf from 'pdf-parse/lib/pdf-parse.js';
import { classColours, mapClasses } from '../../../domain/maps/classes.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { formatNumber } from './format.js';
import { MAP_INDICATORS } from './map-data.js';
import { choroplethSvg, layerDrawable } from './maps.js';
import type { ProfilMaps } from './model.js';
import { MAP_CHAPTER_TITLE } from './pdf-maps.js';

/**
 * Verified life expectancy and mean years of schooling for some kab/kota of Sulawesi Tengah
 * beside the Kota Palu demo (whose 2024 values are drafts, its earlier ones verified), and
 * one neighbour's draft that no map may show. [region, indicator, year, P, L, status]
 */
type Row = [string, string, string, string, string, 'verified' | 'draft'];
const VALUES: Row[] = [
  ['72.03', 'KES_UHH', '2024', '70.11', '66.05', 'verified'],
  ['72.02', 'KES_UHH', '2024', '71.93', '67.48', 'verified'],
  ['72.08', 'KES_UHH', '2024', '68.37', '64.92', 'verified'],
  ['72.10', 'KES_UHH', '2024', '71.02', '67.86', 'verified'],
  ['72.03', 'PDD_RLS', '2023', '8.12', '8.64', 'verified'],
  ['72.02', 'PDD_RLS', '2023', '9.01', '9.30', 'verified'],
  // A neighbour's draft: never on a map, whatever the edition.
  ['72.05', 'KES_UHH', '2024', '77.77', '55.55', 'draft'],
];
const PROVINCE = '/api/regions/72/profil-gender?year=2024';
const PALU = '/api/regions/72.71/profil-gender?year=2024';

describe('Profil Gender maps', () => {
  let t: TestApp;
  let superadmin: string;
  let admin: string;
  before(async () => {
    t = await createTestApp();
    superadmin = await t.login('demo.superadmin');
    admin = await t.login('demo.admin');
    for (const [region, indicator, period, p, l, status] of VALUES) {
      for (const [sex, value] of [
        ['P', p],
        ['L', l],
      ]) {
        await t.database.db.execute(sql`
          insert into data_values (region_code, indicator_code, period, sex, combo_id, value, status)
          values (${region}, ${indicator}, ${period}, ${sex}, 0, ${value}, ${status})`);
      }
    }
  });
  after(() => t.close());

  const get = (url: string, cookie: string) => t.app.inject({ url, headers: { cookie } });
  /** PROFIL_PDF_DIR=/tmp/x keeps the PDFs, to look at a page (pdftoppm) or weigh them. */
  const keep = (name: string, body: Buffer) => {
    const dir = process.env.PROFIL_PDF_DIR;
    if (dir) fs.writeFileSync(`${dir}/profil-${name}.pdf`, body);
  };
  const textOf = async (body: Buffer) => (await pdf(body)).text.replace(/\s+/g, ' ');
  /** The map chapter's text: from its title after the contents to "Sumber dan Definisi". */
  const chapterOf = (text: string) => {
    const from = text.indexOf(
      MAP_CHAPTER_TITLE,
      text.indexOf('Pendahuluan', text.indexOf('Daftar Isi') + 20),
    );
    assert.ok(from > 0, 'the map chapter is there');
    return text.slice(from, text.indexOf('Sumber dan Definisi', from));
  };

  test("a province's profil maps its kab/kota with a legend, the figures and who has no data", async () => {
    const res = await get(PROVINCE, superadmin);
    assert.equal(res.statusCode, 200, res.body);
    keep('province', res.rawPayload);
    const text = await textOf(res.rawPayload);
    assert.ok(text.includes(`Bab 9. ${MAP_CHAPTER_TITLE}`), 'in the contents and as a chapter');
    const chapter = chapterOf(text);
    assert.ok(chapter.includes('Umur harapan hidup saat lahir (UHH)'));
    assert.ok(chapter.includes('Tahun 2024 · selisih P−L'));
    for (const name of ['Kab. Donggala', 'Kab. Poso', 'Kab. Parigi Moutong', 'Kab. Sigi']) {
      assert.ok(chapter.includes(name), `${name} in the figures beside the map`);
    }
    // The legend: the classes of the four gaps (4.06, 4.45, 3.45, 3.16) and "no data".
    const classes = mapClasses([4.06, 4.45, 3.45, 3.16]);
    assert.equal(classes.length, 4);
    assert.ok(chapter.includes(`${formatNumber(classes[0].from, 2)} – ${formatNumber(classes[0].to, 2)}`));
    assert.ok(chapter.includes('Tidak ada data'));
    assert.match(chapter, /Tanpa angka terverifikasi tahun 2024: Kabupaten Banggai, .*Kabupaten Buol/);
    // Palu's 2024 figures are drafts: a province's map shows its kab/kota's verified ones only.
    assert.match(chapter, /Tanpa angka terverifikasi tahun 2024: [^.]*Kota Palu\./);
    assert.ok(!chapter.includes('77,77'), "a neighbour's draft is not mapped");
    // Mean years of schooling has two kab/kota in 2023 only: mapped for that year.
    assert.ok(chapter.includes('Tahun 2023 · selisih P−L'));
    assert.ok(chapter.includes(formatNumber(-0.52, 2)), 'Donggala RLS gap');
  });

  test("a kab/kota's profil outlines itself among its neighbours; its own drafts as its tables show them", async () => {
    const res = await get(PALU, admin);
    assert.equal(res.statusCode, 200, res.body);
    keep('kabkota', res.rawPayload);
    const chapter = chapterOf(await textOf(res.rawPayload));
    assert.ok(
      chapter.includes('Kota Palu (bergaris tebal dan bernama) dibandingkan dengan kabupaten/kota lain di'),
    );
    assert.ok(chapter.includes('Umur harapan hidup saat lahir (UHH)'));
    assert.ok(chapter.includes('Kab. Donggala'));
    assert.ok(!chapter.includes('77,77'), "a neighbour's draft is not mapped");
    // Indicators with Palu's figures alone are left out, each with why.
    assert.match(chapter, /Tidak dipetakan: .*belum ada angka terverifikasi kabupaten\/kota lain/);
  });

  test('a region without enough data gets a line saying why, not an empty map', async () => {
    // Banggai has no figure of its own: there is nothing to compare.
    const own = chapterOf(
      await textOf((await get('/api/regions/72.01/profil-gender?year=2024', superadmin)).rawPayload),
    );
    assert.match(
      own,
      /Peta perbandingan tidak disajikan karena datanya belum cukup \(.*wilayah ini belum memiliki angka/,
    );
    assert.ok(!own.includes('Tidak ada data'), 'no legend');
    assert.ok(!own.includes('Tanpa angka terverifikasi'));
    // A province with one kab/kota's figures at most (Gorontalo: none at all).
    const none = chapterOf(
      await textOf((await get('/api/regions/75/profil-gender?year=2024', superadmin)).rawPayload),
    );
    assert.match(none, /Peta perbandingan tidak disajikan karena datanya belum cukup/);
    assert.ok(!none.includes('Tidak ada data'));
  });

  test('the SVG has a path for every kab/kota, each valued one in its class colour, and answers the legend', () => {
    const values = [
      { code: '72.01', value: 1.5 },
      { code: '72.02', value: -2 },
      { code: '72.03', value: 0.25 },
      { code: '72.71', value: 3.75 },
      { code: '72.04', value: null },
    ].map((v) => ({ ...v, p: null, l: null }));
    const section: ProfilMaps = {
      layer: 'kabkota-72',
      provinceName: 'Sulawesi Tengah',
      highlight: '72.71',
      regions: [{ code: '72.71', name: 'Kota Palu' }],
      maps: [],
      omitted: [],
    };
    const map = {
      indicatorCode: 'X',
      name: 'X',
      unit: 'tahun',
      decimals: 2,
      measure: 'gap' as const,
      year: 2024,
      values,
    };
    const drawn = choroplethSvg(section, map, 340, 300);
    assert.match(drawn.svg, /^<svg /);
    // Sulawesi Tengah has 13 kab/kota shapes; the highlighted one carries its label.
    assert.ok((drawn.svg.match(/<path /g) ?? []).length >= 13, 'a path per kab/kota');
    assert.ok(drawn.svg.includes('Kota Palu'));
    const classes = mapClasses(values.map((v) => v.value));
    assert.deepEqual(drawn.classes, classes);
    assert.deepEqual(drawn.colours, classColours(classes, 'gap'));
    assert.deepEqual(drawn.coloured.sort(), ['72.01', '72.02', '72.03', '72.71']);
    for (const colour of drawn.colours) assert.ok(drawn.svg.includes(colour), `fill ${colour} drawn`);
    assert.ok(drawn.svg.length < 20_000, `small SVG (${drawn.svg.length} bytes)`);
    assert.deepEqual(drawn.unshaped, []);
    // A province without shapes would get a line, not a failed PDF.
    assert.equal(layerDrawable('kabkota-72'), true);
    assert.equal(layerDrawable('kabkota-99'), false);
  });

  test('the short list is documented and in the starter catalog', async () => {
    const docs = fs.readFileSync(new URL('../../../docs/api-data.md', import.meta.url), 'utf8');
    for (const code of MAP_INDICATORS) assert.ok(docs.includes(code), `${code} in docs/api-data.md`);
  });
});
