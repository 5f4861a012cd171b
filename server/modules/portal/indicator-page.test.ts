/**
 * The portal's indicator page, its province comparison and the public downloads, on regions
 * whose data is half in review (as portal.test.ts): Kabupaten Donggala (72.03) and a neighbour
 * in the same province (72.01); a kab/kota of another province (73.71) must never be compared.
 * Only verified figures may appear on the page, in the comparison's JSON and in every download
 * format; the CSV's numbers are the page table's; bad input is a 4xx naming the field; ETag → 304.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import {
  PUBLIC_DOWNLOAD_FORMATS,
  PUBLIC_DOWNLOAD_MEDIA_TYPES,
  publicDownloadPath,
} from '../../../domain/portal.js';
import { indicators } from '../../db/schema-data.js';
import { PUBLIC_ROUTES } from '../../test-support/public-routes.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

const REGION = '72.03';
const NEIGHBOUR = '72.01';
const ELSEWHERE = '73.71';
const PAGE = '/p/72.03-kabupaten-donggala';
const base = { nameEn: 'Test', domainGroup: 'kependudukan', source: 'bps', sexes: ['P', 'L'] };

/** [region, indicator, period, sex, combo key, value, status] */
type Row = [string, string, string, 'P' | 'L', string, string, string];

const ROWS: Row[] = [
  [REGION, 'PI_COUNT', '2021', 'P', '', '101010', 'verified'],
  [REGION, 'PI_COUNT', '2021', 'L', '', '202020', 'verified'],
  [REGION, 'PI_COUNT', '2022', 'P', '', '111111', 'verified'],
  [REGION, 'PI_COUNT', '2022', 'L', '', '222222', 'verified'],
  [REGION, 'PI_COUNT', '2023', 'P', '', '987654', 'draft'],
  [REGION, 'PI_COUNT', '2023', 'L', '', '876543', 'submitted'],
  [NEIGHBOUR, 'PI_COUNT', '2022', 'P', '', '1000', 'verified'],
  [NEIGHBOUR, 'PI_COUNT', '2022', 'L', '', '3000', 'verified'],
  [NEIGHBOUR, 'PI_COUNT', '2023', 'P', '', '5555', 'verified'],
  [NEIGHBOUR, 'PI_COUNT', '2023', 'L', '', '464646', 'draft'],
  [ELSEWHERE, 'PI_COUNT', '2022', 'P', '', '424242', 'verified'],
  [ELSEWHERE, 'PI_COUNT', '2022', 'L', '', '434343', 'verified'],
  // Age groups in 2023: P's 5-14 is a draft, so P's total and P of 5-14 are withheld.
  [REGION, 'PI_AGE', '2023', 'P', 'umur8=0-4', '4321', 'verified'],
  [REGION, 'PI_AGE', '2023', 'P', 'umur8=5-14', '733331', 'draft'],
  [REGION, 'PI_AGE', '2023', 'L', 'umur8=0-4', '4400', 'verified'],
  [REGION, 'PI_AGE', '2023', 'L', 'umur8=5-14', '8800', 'verified'],
];

const SECRET = [
  /987[.,]?654/,
  /876[.,]?543/,
  /464[.,]?646/,
  /733[.,]?331/,
  /737[.,]?652/,
  /424[.,]?242/,
  /434[.,]?343/,
];

describe('portal: the indicator page, its comparison and the downloads', () => {
  let t: TestApp;
  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });
  const assertClean = (body: string, url: string) => {
    for (const secret of SECRET) assert.ok(!secret.test(body), `${url} shows ${secret}`);
  };

  before(async () => {
    t = await createTestApp();
    const db = t.database.db;
    await db.insert(indicators).values([
      { ...base, code: 'PI_COUNT', nameId: 'Uji halaman: jumlah', unit: 'orang', aggregation: 'sum' },
      {
        ...base,
        code: 'PI_AGE',
        nameId: '=1+1 uji umur',
        unit: 'orang',
        aggregation: 'sum',
        dimensions: ['umur8'],
      },
    ]);
    for (const [region, indicator, period, sex, key, value, status] of ROWS) {
      if (key !== '') {
        const members = Object.fromEntries(key.split(';').map((p) => p.split('=')));
        await db.execute(
          sql`insert into dimension_combos (key, members) values (${key}, ${JSON.stringify(members)}::jsonb) on conflict do nothing`,
        );
      }
      await db.execute(sql`
        insert into data_values (region_code, indicator_code, period, sex, combo_id, value, status)
        values (${region}, ${indicator}, ${period}, ${sex},
                (select id from dimension_combos where key = ${key}), ${value}, ${status})`);
    }
  });
  after(() => t.close());

  test('the new routes are in PUBLIC_ROUTES with a reason', () => {
    for (const route of [
      'GET /p/:ref/:indicator',
      'GET /api/public/regions/:code/indicators/:indicatorCode/comparison',
      'GET /api/public/regions/:code/download',
    ]) {
      const entry = PUBLIC_ROUTES.find((r) => r.route === route);
      assert.ok(entry && entry.reason.length > 20, route);
    }
  });

  test('the region page links each indicator to its page', async () => {
    const res = await get(PAGE);
    assert.match(res.body, /href="\/p\/72\.03-kabupaten-donggala\/PI_COUNT">Uji halaman: jumlah<\/a>/);
    const en = await get(`${PAGE}?lang=en`);
    assert.match(en.body, /href="\/p\/72\.03-kabupaten-donggala\/PI_COUNT\?lang=en"/);
  });

  test('the page: definition, series with year, source and badge, comparison, downloads, citation; nothing in review', async () => {
    const res = await get(`${PAGE}/PI_COUNT`);
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers['content-type']), /^text\/html/);
    assert.match(res.body, /<h1>Uji halaman: jumlah<\/h1>/);
    assert.doesNotMatch(res.body, /<script/i);
    assertClean(res.body, 'page');
    // The series: 2021 and 2022 verified; 2023 (draft and submitted) is not a row.
    const series = tableOf(res.body, 'series-table');
    assert.deepEqual(
      series.map((r) => r.slice(0, 3)),
      [
        ['2021', '101.010', '202.020'],
        ['2022', '111.111', '222.222'],
      ],
    );
    assert.ok(series.every((r) => r.includes('terverifikasi')));
    // The comparison defaults to the region's latest year, 2022: the neighbour's verified figures.
    const comparison = tableOf(res.body, 'comparison-table');
    const own = comparison.find((r) => r[1].includes('Kabupaten Donggala'))!;
    assert.deepEqual(own.slice(2, 5), ['111.111', '222.222', '-111.111']);
    assert.ok(own[1].includes('wilayah ini'));
    assert.ok(comparison.some((r) => r[2] === '1.000' && r[3] === '3.000' && r[5].includes('terverifikasi')));
    assert.match(res.body, /<svg[^>]*role="img" aria-label="Peta Uji halaman: jumlah/);
    assert.match(res.body, /<svg[^>]*role="img" aria-label="Tren Uji halaman: jumlah/);
    for (const format of PUBLIC_DOWNLOAD_FORMATS) {
      const href = publicDownloadPath(REGION, { indicator: 'PI_COUNT' }, format).replace(/&/g, '&amp;');
      assert.ok(res.body.includes(`href="${href}"`), `${format} link`);
    }
    assert.match(
      res.body,
      /Sumber: BPS; Kabupaten Donggala, data terverifikasi di Setara, http:\/\/[^,]+\/p\/72\.03-kabupaten-donggala\/PI_COUNT, diakses \d{1,2} [A-Z][a-z]+ \d{4}\./,
    );
    assert.ok(Buffer.byteLength(res.body) < 300 * 1024);

    const en = await get(`${PAGE}/PI_COUNT?lang=en`);
    assert.equal(en.statusCode, 200);
    assert.match(en.body, /<html lang="en">/);
    assert.match(en.body, /111,111/);
    assert.match(
      en.body,
      /Source: BPS \(Statistics Indonesia\); Kabupaten Donggala, verified data in Setara, .*, accessed \d/,
    );
    assertClean(en.body, 'page en');
  });

  test('?tahun= picks the year compared; a neighbour’s draft sex is withheld', async () => {
    const res = await get(`${PAGE}/PI_COUNT?tahun=2023`);
    assert.equal(res.statusCode, 200);
    assertClean(res.body, 'page 2023');
    const rows = tableOf(res.body, 'comparison-table');
    const neighbour = rows.find((r) => r[2] === '5.555');
    assert.ok(neighbour, 'the neighbour’s verified P');
    assert.equal(neighbour[3], '—', 'its L is a draft');
    assert.match(res.body, /aria-current="page"><strong>2023<\/strong>/);
    // The download links keep the chosen year.
    assert.ok(res.body.includes('format=csv&amp;tahun=2023'));
  });

  test('breakdowns: per age group, a member’s sex over a draft withheld', async () => {
    const res = await get(`${PAGE}/PI_AGE`);
    assert.equal(res.statusCode, 200);
    assertClean(res.body, 'age page');
    assert.match(res.body, /Rincian tahun 2023/);
    assert.match(res.body, /4\.321/);
    assert.match(res.body, /8\.721/, "0-4's total");
    assert.match(res.body, /8\.800/);
  });

  test('the comparison JSON: only kab/kota of the same province, verified, ranked', async () => {
    const res = await get(`/api/public/regions/${REGION}/indicators/PI_COUNT/comparison`);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['access-control-allow-origin'], '*');
    assertClean(res.body, 'comparison');
    const body = res.json();
    assert.equal(body.province.code, '72');
    assert.equal(body.year, 2022);
    assert.deepEqual(body.years, [2023, 2022, 2021]);
    assert.equal(body.measure, 'gap');
    assert.equal(body.layer, 'kabkota-72');
    const kabkota = (await t.database.db.execute(
      sql`select code from regions where parent_code = '72' and level = 'kabkota'`,
    )) as unknown as { rows: { code: string }[] };
    assert.deepEqual(
      body.items.map((i: { code: string }) => i.code).sort(),
      kabkota.rows.map((r) => r.code).sort(),
    );
    assert.ok(body.items.every((i: { code: string }) => i.code.startsWith('72.')));
    const neighbour = body.items.find((i: { code: string }) => i.code === NEIGHBOUR);
    assert.deepEqual([neighbour.p, neighbour.l, neighbour.value, neighbour.rank], [1000, 3000, -2000, 1]);
    const own = body.items.find((i: { code: string }) => i.code === REGION);
    assert.deepEqual(
      [own.value, own.rank, own.pagePath],
      [-111111, 2, '/p/72.03-kabupaten-donggala/PI_COUNT'],
    );
    const later = (
      await get(`/api/public/regions/${REGION}/indicators/PI_COUNT/comparison?tahun=2023`)
    ).json();
    const n2023 = later.items.find((i: { code: string }) => i.code === NEIGHBOUR);
    assert.deepEqual([n2023.p, n2023.l, n2023.value], [5555, null, null]);
    const bad = await get(`/api/public/regions/${REGION}/indicators/PI_COUNT/comparison?tahun=20x3`);
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.json().error.fields.tahun, bad.body);
    const missing = await get(`/api/public/regions/${REGION}/indicators/NOPE_X/comparison`);
    assert.equal(missing.statusCode, 404);
  });

  test('every download: verified figures only, the page table’s numbers, named by region, indicator and date', async () => {
    const page = await get(`${PAGE}/PI_COUNT`);
    const table = tableOf(page.body, 'series-table');
    for (const format of PUBLIC_DOWNLOAD_FORMATS) {
      const url = publicDownloadPath(REGION, { indicator: 'PI_COUNT' }, format);
      const res = await get(url);
      assert.equal(res.statusCode, 200, `${url}: ${res.body}`);
      assert.ok(String(res.headers['content-type']).startsWith(PUBLIC_DOWNLOAD_MEDIA_TYPES[format]), format);
      assert.match(
        String(res.headers['content-disposition']),
        /^attachment; filename="setara-72\.03-kabupaten-donggala-PI_COUNT-\d{4}-\d{2}-\d{2}\.(csv|xlsx|json|sdmx\.csv)"/,
      );
      const text = format === 'xlsx' ? await xlsxText(res.rawPayload) : res.body;
      assertClean(text, url);
    }
    const csv = (await get(publicDownloadPath(REGION, { indicator: 'PI_COUNT' }, 'csv'))).body;
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((l) => l.split(';'));
    assert.deepEqual(lines[0].slice(0, 6), [
      'region_code',
      'region_name',
      'indicator_code',
      'indicator_name',
      'period',
      'sex',
    ]);
    const value = (period: string, sex: string, region = REGION) =>
      lines.find((l) => l[0] === region && l[4] === period && l[5] === sex && l[6] === '')?.[9];
    // The page's 111.111 is the CSV's 111111: the same figures, in each one's number format.
    for (const [period, p, l] of table.map((r) => r.slice(0, 3))) {
      assert.equal(value(period, 'P'), p.replace(/\./g, ''), `${period} P`);
      assert.equal(value(period, 'L'), l.replace(/\./g, ''), `${period} L`);
    }
    assert.equal(value('2022', 'T'), '333333');
    assert.ok(lines.slice(1).every((l) => l[12] === 'verified'));
    // The page's comparison too: the neighbour in the year shown (2022), nobody of another province.
    assert.deepEqual(
      ['P', 'L', 'T'].map((sex) => value('2022', sex, NEIGHBOUR)),
      ['1000', '3000', '4000'],
    );
    assert.ok(lines.slice(1).every((l) => l[0].startsWith('72.')));
    assert.equal(lines.length, 1 + 6 + 3, 'two years × P, L, T, and the neighbour’s 2022');
    const later = (await get(`${publicDownloadPath(REGION, { indicator: 'PI_COUNT' }, 'csv')}&tahun=2023`))
      .body;
    assertClean(later, 'csv 2023');
    assert.match(later, /\r\n72\.01;[^;]*;PI_COUNT;[^;]*;2023;P;;;;5555;/);
    assert.doesNotMatch(later, /\r\n72\.01;[^;]*;PI_COUNT;[^;]*;2023;L;/, 'its L is a draft');

    const sdmx = (await get(publicDownloadPath(REGION, { indicator: 'PI_COUNT' }, 'sdmx-csv'))).body;
    const sdmxLines = sdmx.trim().split('\r\n');
    assert.equal(
      sdmxLines[0],
      'DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,SEX,OBS_VALUE,UNIT_MEASURE,OBS_STATUS',
    );
    assert.ok(sdmxLines.includes('SETARA:DATA_TERPILAH(1.0),72.03,PI_COUNT,2022,F,111111,orang,A'));
    assert.ok(sdmxLines.includes('SETARA:DATA_TERPILAH(1.0),72.03,PI_COUNT,2022,_T,333333,orang,A'));

    const json = (await get(publicDownloadPath(REGION, { indicator: 'PI_COUNT' }, 'json'))).json();
    assert.equal(json.rows.length, 9);
    assert.match(json.licence, /CC BY 4\.0/);
    assert.match(json.citation, /^Sumber: BPS; Kabupaten Donggala/);
    assert.match(json.accessed, /^\d{4}-\d{2}-\d{2}$/);

    const xlsx = await get(publicDownloadPath(REGION, { indicator: 'PI_COUNT' }, 'xlsx'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    assert.deepEqual(
      book.worksheets.map((s) => s.name),
      ['data', 'metadata'],
    );
    assert.equal(book.getWorksheet('data')!.getRow(2).getCell(10).value, 101010, 'a number cell');
    const meta = await xlsxText(xlsx.rawPayload);
    assert.match(meta, /CC BY 4\.0/);
    assert.match(meta, /diakses/);
  });

  test('breakdown rows in the download; formula-like names neutralised in the CSV', async () => {
    const csv = (await get(publicDownloadPath(REGION, { indicator: 'PI_AGE' }, 'csv'))).body;
    assertClean(csv, 'age csv');
    assert.match(csv, /;'=1\+1 uji umur;/, 'a name starting with = is written as text');
    assert.match(csv, /;2023;P;umur8;0-4;[^;]*;4321;/);
    assert.match(csv, /;2023;T;umur8;0-4;[^;]*;8721;/);
    assert.match(csv, /;2023;L;umur8;5-14;[^;]*;8800;/);
    assert.doesNotMatch(csv, /;2023;P;umur8;5-14;/);
    assert.doesNotMatch(csv, /;2023;P;;;;/, "P's total over a draft is absent");
    const group = await get(publicDownloadPath(REGION, { group: 'kependudukan' }, 'sdmx-csv'));
    assert.equal(group.statusCode, 200);
    assertClean(group.body, 'group sdmx');
    assert.match(group.body.split('\r\n')[0], /,SEX,UMUR8,OBS_VALUE,/);
    assert.match(group.body, /,PI_COUNT,2022,F,_Z,111111,orang,A/);
  });

  test('bad input: 400/404 naming the field, never 500', async () => {
    const dl = `/api/public/regions/${REGION}/download`;
    const cases: [string, number, string | null][] = [
      [`${dl}?format=pdf&indicator=PI_COUNT`, 400, 'format'],
      [`${dl}?indicator=PI_COUNT`, 400, 'format'],
      [`${dl}?format=csv&group=nope`, 400, 'group'],
      [`${dl}?format=csv&indicator=PI_COUNT&group=kependudukan`, 400, 'group'],
      [`${dl}?format=csv&indicator=${'X'.repeat(5000)}`, 400, 'indicator'],
      [`${dl}?format=csv&indicator=PI%00COUNT`, 400, null],
      [`${dl}?format=csv&indicator=PI_COUNT&tahun=abc`, 400, 'tahun'],
      [`${dl}?format=csv&indicator=NOPE_X`, 404, null],
      [`/api/public/regions/99.99/download?format=csv`, 404, null],
      [`/api/public/regions/abc/download?format=csv`, 400, 'code'],
    ];
    for (const [url, status, field] of cases) {
      const res = await get(url);
      assert.equal(res.statusCode, status, `${url.slice(0, 120)}: ${res.body.slice(0, 200)}`);
      if (field)
        assert.ok(res.json().error.fields?.[field], `${url.slice(0, 80)} names ${field}: ${res.body}`);
    }
    const pages: [string, number, RegExp][] = [
      [`${PAGE}/NOPE_X`, 404, /Indikator tidak ditemukan/],
      [`/p/99.99-x/PI_COUNT`, 404, /Wilayah tidak ditemukan/],
      [`${PAGE}/PI_COUNT?tahun=abc`, 400, /Tahun tidak valid/],
      [`${PAGE}/PI_COUNT?tahun=0000`, 400, /Tahun tidak valid/],
      [`${PAGE}/PI_COUNT?tahun=2022&tahun=2023`, 400, /Tahun tidak valid/],
      [`${PAGE}/PI_COUNT?tahun=${'9'.repeat(5000)}`, 400, /Tahun tidak valid/],
      [`${PAGE}/pi;count`, 400, /Alamat tidak dikenal/],
      [`${PAGE}/PI_COUNT/more`, 400, /Alamat tidak dikenal/],
      [`/p/${'x'.repeat(5000)}/PI_COUNT`, 400, /Alamat tidak dikenal/],
      [`${PAGE}/PI%00COUNT`, 400, /./],
    ];
    for (const [url, status, text] of pages) {
      const res = await get(url);
      assert.equal(res.statusCode, status, url.slice(0, 120));
      assert.match(res.body, text, url.slice(0, 120));
    }
  });

  test('a bare code or an old slug answers 301 to the canonical indicator page, filters kept', async () => {
    const moved = await get(`/p/${REGION}/PI_COUNT?tahun=2022&lang=en`);
    assert.equal(moved.statusCode, 301);
    assert.equal(moved.headers.location, '/p/72.03-kabupaten-donggala/PI_COUNT?tahun=2022&lang=en');
    const old = await get('/p/7203-donggala/PI_COUNT');
    assert.equal(old.statusCode, 301);
    assert.equal(old.headers.location, '/p/72.03-kabupaten-donggala/PI_COUNT');
  });

  test('ETag → 304 for the page, the comparison and the downloads', async () => {
    for (const url of [
      `${PAGE}/PI_COUNT`,
      `/api/public/regions/${REGION}/indicators/PI_COUNT/comparison`,
      publicDownloadPath(REGION, { indicator: 'PI_COUNT' }, 'csv'),
      publicDownloadPath(REGION, { indicator: 'PI_COUNT' }, 'xlsx'),
    ]) {
      const first = await get(url);
      const etag = String(first.headers.etag);
      assert.match(etag, /^"[\w-]+"$/, url);
      const again = await get(url, { 'if-none-match': etag });
      assert.equal(again.statusCode, 304, url);
      assert.match(String(again.headers['cache-control']), /^public, max-age=\d+/);
    }
  });

  test('the routes are in the OpenAPI document', async () => {
    const doc = (await get('/api/docs/json')).json();
    assert.ok(doc.paths['/api/public/regions/{code}/indicators/{indicatorCode}/comparison']);
    assert.ok(doc.paths['/api/public/regions/{code}/download']);
  });
});

/** The cells' text of each body row of the table with this id (tags stripped). */
function tableOf(html: string, id: string): string[][] {
  const at = html.indexOf(`<table id="${id}"`);
  assert.ok(at >= 0, `table ${id}`);
  const body = html.slice(at, html.indexOf('</table>', at)).split('<tbody>')[1];
  return body
    .split('</tr>')
    .filter((r) => r.includes('<t'))
    .map((r) =>
      r
        .split(/<\/t[hd]>/)
        .filter((c) => c.includes('<t'))
        .map((c) => c.replace(/<[^>]+>/g, '').trim()),
    );
}

async function xlsxText(payload: Buffer): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(payload as unknown as ArrayBuffer);
  const out: string[] = [];
  book.eachSheet((sheet) =>
    sheet.eachRow((row) => out.push((row.values as unknown[]).map((v) => String(v ?? '')).join('\t'))),
  );
  return out.join('\n');
}
