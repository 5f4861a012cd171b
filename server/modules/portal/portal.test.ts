/**
 * The open-data portal end to end on a region whose data is half in review, half verified
 * (Kabupaten Donggala, 72.03, which the demo leaves empty): every public route added by the
 * portal is walked and only verified figures may appear — a draft's or a submission's number,
 * a value's note, Setara's own index computation never do. Also: 404/400 and garbage codes
 * (never a 500), the canonical URL's redirect, ETag → 304, the statement timeout.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { indicators } from '../../db/schema-data.js';
import { PUBLIC_ROUTES } from '../../test-support/public-routes.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { PortalBusy, withPublicReads } from './queries.js';

const REGION = '72.03';
const base = { nameEn: 'Test', domainGroup: 'kependudukan', source: 'bps', sexes: ['P', 'L'] };

/** [indicator, period, sex, combo key, value, status, note] */
type Row = [string, string, 'P' | 'L', string, string, string, string | null];

const ROWS: Row[] = [
  // A plain count: 2022 verified, 2023 a draft (P) and a submission (L).
  ['PT_COUNT', '2022', 'P', '', '111111', 'verified', 'dicek oleh Ibu Siti Rahmawati'],
  ['PT_COUNT', '2022', 'L', '', '222222', 'verified', null],
  ['PT_COUNT', '2023', 'P', '', '987654', 'draft', null],
  ['PT_COUNT', '2023', 'L', '', '876543', 'submitted', null],
  // Age groups: for P one group is verified and one a draft, so P's total is withheld whole;
  // both of L's are verified.
  ['PT_AGE', '2023', 'P', 'umur8=0-4', '4321', 'verified', null],
  ['PT_AGE', '2023', 'P', 'umur8=5-14', '733331', 'draft', null],
  ['PT_AGE', '2023', 'L', 'umur8=0-4', '4400', 'verified', null],
  ['PT_AGE', '2023', 'L', 'umur8=5-14', '8800', 'verified', null],
  // A rate whose numerator is verified and whose denominator is still a draft.
  ['PT_N', '2023', 'P', '', '61', 'verified', null],
  ['PT_N', '2023', 'L', '', '39', 'verified', null],
  ['PT_D', '2023', 'P', '', '457', 'draft', null],
  ['PT_D', '2023', 'L', '', '300', 'draft', null],
];

/** Numbers that must never reach a public body, in any of their printed forms. */
const SECRET = [
  /987[.,]?654/,
  /876[.,]?543/,
  /733[.,]?331/,
  /737[.,]?652/,
  /95[.,]55/,
  /13[.,]3[0-9]/,
  /Rahmawati/,
];

describe('portal: only verified figures leave the app', () => {
  let t: TestApp;
  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });
  const assertClean = (body: string, url: string) => {
    for (const secret of SECRET) assert.ok(!secret.test(body), `${url} shows ${secret}`);
  };

  before(async () => {
    t = await createTestApp();
    const db = t.database.db;
    await db.insert(indicators).values([
      { ...base, code: 'PT_COUNT', nameId: 'Uji portal: jumlah', unit: 'orang', aggregation: 'sum' },
      {
        ...base,
        code: 'PT_AGE',
        nameId: 'Uji portal: menurut umur',
        unit: 'orang',
        aggregation: 'sum',
        dimensions: ['umur8'],
      },
      { ...base, code: 'PT_N', nameId: 'Uji portal: pembilang', unit: 'orang', aggregation: 'sum' },
      { ...base, code: 'PT_D', nameId: 'Uji portal: penyebut', unit: 'orang', aggregation: 'sum' },
      {
        ...base,
        code: 'PT_RATE',
        nameId: 'Uji portal: rasio',
        unit: 'persen',
        aggregation: 'ratio',
        numeratorCode: 'PT_N',
        denominatorCode: 'PT_D',
        multiplier: '100',
        decimals: 2,
      },
    ]);
    for (const [indicator, period, sex, key, value, status, note] of ROWS) {
      if (key !== '') {
        const members = Object.fromEntries(key.split(';').map((p) => p.split('=')));
        await db.execute(
          sql`insert into dimension_combos (key, members) values (${key}, ${JSON.stringify(members)}::jsonb) on conflict do nothing`,
        );
      }
      await db.execute(sql`
        insert into data_values (region_code, indicator_code, period, sex, combo_id, value, status, note)
        values (${REGION}, ${indicator}, ${period}, ${sex},
                (select id from dimension_combos where key = ${key}), ${value}, ${status}, ${note})`);
    }
    // BPS's published IPG beside Setara's own computation (which stays inside the app).
    await db.execute(sql`
      insert into index_values (region_code, year, index_code, computed, published, published_source)
      values (${REGION}, 2023, 'ipg', 95.55, 91.23, 'BPS, IPG menurut kabupaten/kota 2023'),
             (${REGION}, 2022, 'idg', 60.5, null, '')`);
  });
  after(() => t.close());

  test('every portal route is in PUBLIC_ROUTES with a reason', () => {
    for (const route of [
      'GET /api/public/regions/:code',
      'GET /api/public/regions/:code/indicators/:indicatorCode',
      'GET /p',
      'GET /p/:ref',
      'GET /p/*',
    ]) {
      const entry = PUBLIC_ROUTES.find((r) => r.route === route);
      assert.ok(entry && entry.reason.length > 20, route);
    }
  });

  test('every public GET route is walked on this region, or is said to hold none of its figures', async () => {
    const page = '/p/72.03-kabupaten-donggala';
    const codes = ['PT_COUNT', 'PT_AGE', 'PT_RATE'];
    const langs = (url: string) => [url, `${url}${url.includes('?') ? '&' : '?'}lang=en`];
    const api = `/api/public/regions/${REGION}`;
    const walked: Record<string, string[]> = {
      'GET /api/public/regions/:code': langs(api),
      'GET /api/public/regions/:code/indicators/:indicatorCode': codes.map((c) => `${api}/indicators/${c}`),
      'GET /api/public/regions/:code/indicators/:indicatorCode/comparison': codes.map(
        (c) => `${api}/indicators/${c}/comparison`,
      ),
      'GET /api/public/regions/:code/download': ['csv', 'json', 'sdmx-csv'].flatMap((f) => [
        `${api}/download?format=${f}`,
        `${api}/download?group=kependudukan&format=${f}`,
        ...codes.map((c) => `${api}/download?indicator=${c}&format=${f}`),
      ]),
      'GET /api/public/regions/:code/profil-gender/:year': [`${api}/profil-gender/2023`],
      'GET /p': ['/p', '/p?q=donggala'],
      'GET /p/:ref': langs(page),
      'GET /p/:ref/:indicator': codes.flatMap((c) => langs(`${page}/${c}`)),
      'GET /embed/:code/:indicatorCode/:kind': codes.flatMap((c) =>
        ['chart', 'map'].map((k) => `/embed/${REGION}/${c}/${k}`),
      ),
      'GET /api/public/catalog.jsonld': ['/api/public/catalog.jsonld'],
      'GET /data.json': ['/data.json'],
      'GET /sitemap.xml': ['/sitemap.xml'],
      'GET /api/public/directory/:code': [`/api/public/directory/${REGION}`],
      'GET /direktori-layanan/:code': [`/direktori-layanan/${REGION}`],
    };
    // Binary answers drawn from the same figures; their content is read back in share.test.ts
    // (the previews' data) and indicator-page.test.ts (the XLSX).
    const binary = [
      'GET /api/public/regions/:code/preview.png',
      'GET /api/public/regions/:code/indicators/:indicatorCode/preview.png',
    ];
    // Routes that hold no region's figures at all: reference data, documentation, sign-in,
    // one certificate or invitation by its unguessable code, and the catch-alls.
    const noFigures = new Set([
      'GET /api/health',
      'GET /api/health/live',
      'GET /api/health/ready',
      'GET /api/regions',
      'GET /api/regions/:code',
      'GET /api/indicators',
      'GET /api/indicators/:code',
      'GET /api/dimension-sets',
      'GET /api/maps/geometry/:layer',
      'GET /api/docs',
      'GET /api/docs/static/index.html',
      'GET /api/docs/static/swagger-initializer.js',
      'GET /api/docs/static/*',
      'GET /api/docs/json',
      'GET /api/docs/yaml',
      'GET /api/public/certificates/:code',
      'GET /sertifikat/:code',
      'GET /api/public/institution-standards/:code',
      'GET /verifikasi-standar/:code',
      'GET /kunci-api/:token',
      'GET /hadir/:token',
      'GET /hadir/sign-in.js',
      'GET /api/public/account-invites/:token',
      'GET /robots.txt',
      'GET /sitemap-:page.xml',
      'GET /p/*',
      'GET /embed/*',
      'GET /*',
    ]);
    const unclassified = PUBLIC_ROUTES.map((r) => r.route).filter(
      (r) => r.startsWith('GET ') && !(r in walked) && !binary.includes(r) && !noFigures.has(r),
    );
    assert.deepEqual(unclassified, [], 'a new public route: walk it here, or say why it holds no figures');
    for (const urls of Object.values(walked)) {
      for (const url of urls) {
        const res = await get(url);
        assert.ok(res.statusCode < 500, `${url} → ${res.statusCode}`);
        assertClean(res.body, url);
      }
    }
  });

  test("the region's JSON: verified figures with period, source and status; nothing in review", async () => {
    for (const lang of ['', '?lang=en']) {
      const url = `/api/public/regions/${REGION}${lang}`;
      const res = await get(url);
      assert.equal(res.statusCode, 200, res.body);
      assert.match(String(res.headers['cache-control']), /^public, max-age=\d+/);
      assert.equal(res.headers['access-control-allow-origin'], '*');
      assertClean(res.body, url);
      const body = res.json();
      assert.equal(body.region.name, 'Kabupaten Donggala');
      assert.equal(body.region.pagePath, '/p/72.03-kabupaten-donggala');
      assert.equal(body.region.directoryPath, '/direktori-layanan/72.03');
      const byCode = new Map(body.indicators.map((i: { code: string }) => [i.code, i]));
      const count = byCode.get('PT_COUNT') as { latest: { period: string; p: number }; series: unknown[] };
      assert.deepEqual(count.latest, {
        period: '2022',
        p: 111111,
        l: 222222,
        t: 333333,
        diff: -111111,
        ratio: 0.5,
        status: 'verified',
      });
      assert.equal(count.series.length, 1, 'the draft year is not a point');
      const age = byCode.get('PT_AGE') as { latest: { p: number | null; l: number; t: number | null } };
      assert.deepEqual(
        [age.latest.p, age.latest.l, age.latest.t],
        [null, 13200, null],
        'P half in review: withheld',
      );
      assert.ok(!byCode.has('PT_RATE'), 'a rate over a draft denominator is withheld');
      assert.ok(!byCode.has('PT_D'));
      assert.deepEqual(
        body.indices.map((i: { index: string; year: number; value: number }) => [i.index, i.year, i.value]),
        [['ipg', 2023, 91.23]],
        "BPS's published value only; no published IDG means no IDG",
      );
      assert.ok(body.gaps.every((g: { status: string }) => g.status === 'verified'));
      assert.deepEqual(
        body.gaps.map((g: { indicatorCode: string }) => g.indicatorCode),
        ['PT_COUNT', 'PT_N'],
        'widest first (0.67 before 0.44); P of PT_AGE is withheld, so it has no gap',
      );
      assert.ok(body.visibility.length > 20);
      assert.equal(body.demo, false);
    }
  });

  test("the demo region's invented figures say so on top of the page and in the JSON", async () => {
    const json = (await get('/api/public/regions/72.71')).json();
    assert.equal(json.demo, true);
    const page = await get('/p/72.71-kota-palu');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /DATA DEMO/);
    assert.doesNotMatch((await get('/p/72.03-kabupaten-donggala')).body, /DATA DEMO/);
  });

  test("one indicator's JSON: definition, unit, source and the verified series only", async () => {
    const res = await get(`/api/public/regions/${REGION}/indicators/PT_COUNT`);
    assert.equal(res.statusCode, 200, res.body);
    assertClean(res.body, 'indicator');
    const body = res.json();
    assert.equal(body.indicator.unit, 'orang');
    assert.deepEqual(body.indicator.source, { kind: 'bps', note: '' });
    assert.deepEqual(
      body.series.map((p: { period: string; status: string }) => [p.period, p.status]),
      [['2022', 'verified']],
    );
    for (const code of ['PT_AGE', 'PT_RATE', 'PT_D', 'PT_N']) {
      const url = `/api/public/regions/${REGION}/indicators/${code}?lang=en`;
      const one = await get(url);
      assert.equal(one.statusCode, 200, `${url}: ${one.body}`);
      assertClean(one.body, url);
    }
    const rate = (await get(`/api/public/regions/${REGION}/indicators/PT_RATE`)).json();
    assert.deepEqual(rate.series, [], 'an indicator with nothing public has an empty series');
  });

  test('the region page: the same verified figures as HTML, each with year, source, terverifikasi', async () => {
    const moved = await get(`/p/${REGION}`);
    assert.equal(moved.statusCode, 301);
    assert.equal(moved.headers.location, '/p/72.03-kabupaten-donggala');
    const dotless = await get('/p/7203-donggala?lang=en');
    assert.equal(dotless.statusCode, 301);
    assert.equal(dotless.headers.location, '/p/72.03-kabupaten-donggala?lang=en');

    const res = await get('/p/72.03-kabupaten-donggala');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/html/);
    assert.match(res.body, /<html lang="id">/);
    assert.match(res.body, /<h1>Kabupaten Donggala<\/h1>/, 'answered by the portal, not the web app');
    assert.match(res.body, /111\.111/);
    assert.match(res.body, /terverifikasi/);
    assert.match(res.body, /91,23/, "BPS's IPG");
    assert.match(res.body, /href="\/direktori-layanan\/72\.03"/);
    assert.match(res.body, /<main>/);
    assert.match(res.body, /<th scope="col">/);
    assert.doesNotMatch(res.body, /<script/i);
    assertClean(res.body, 'page');
    assert.ok(Buffer.byteLength(res.body) < 300 * 1024);

    const en = await get('/p/72.03-kabupaten-donggala?lang=en');
    assert.equal(en.statusCode, 200);
    assert.match(en.body, /<html lang="en">/);
    assert.match(en.body, /111,111/);
    assert.match(en.body, /verified/);
    assertClean(en.body, 'page en');
  });

  test('the front door finds a region by name, without JavaScript', async () => {
    const all = await get('/p');
    assert.equal(all.statusCode, 200);
    assert.match(all.body, /<form method="get" action="\/p" role="search">/);
    assert.match(all.body, /href="\/p\/72-sulawesi-tengah">Sulawesi Tengah<\/a>/);
    assert.doesNotMatch(all.body, /Kota Palu/, 'provinces only without a search');
    const palu = await get('/p?q=%20kota%20%20PALU%20');
    assert.equal(palu.statusCode, 200);
    assert.match(palu.body, /href="\/p\/72\.71-kota-palu">Kota Palu<\/a>/);
    assert.match(palu.body, /value="kota PALU"/);
    const en = await get('/p?lang=en&q=donggala');
    assert.match(en.body, /<html lang="en">/);
    assert.match(en.body, /href="\/p\/72\.03-kabupaten-donggala\?lang=en"/);
    const wild = await get('/p?q=%25');
    assert.equal(wild.statusCode, 200);
    assert.match(wild.body, /Tidak ada wilayah/, '% is a character, not a wildcard');
    const xss = await get('/p?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    assert.equal(xss.statusCode, 200);
    assert.doesNotMatch(xss.body, /<script>/);
    for (const bad of [`q=${'a'.repeat(101)}`, 'q=a&q=b', 'q=%00']) {
      const res = await get(`/p?${bad}`);
      assert.equal(res.statusCode, 400, bad);
    }
  });

  test('unknown codes are 404 with a message; malformed ones 400 naming the parameter; never 500', async () => {
    const unknown = await get('/api/public/regions/99.99');
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().error.message, 'Wilayah dengan kode ini tidak ada.');
    const noIndicator = await get(`/api/public/regions/${REGION}/indicators/NOPE_X`);
    assert.equal(noIndicator.statusCode, 404);
    assert.match(noIndicator.json().error.message, /Indikator/);
    const malformed = await get('/api/public/regions/abc');
    assert.equal(malformed.statusCode, 400);
    assert.ok(malformed.json().error.fields.code, malformed.body);
    const badIndicator = await get(`/api/public/regions/${REGION}/indicators/x;drop`);
    assert.equal(badIndicator.statusCode, 400);
    assert.ok(badIndicator.json().error.fields.indicatorCode, badIndicator.body);

    const garbage = [
      '%00',
      '72.71%00',
      'x'.repeat(5000),
      '%27%20or%201%3D1',
      '..%2F..%2Fetc%2Fpasswd',
      '%F0%9F%98%80',
      '%E0%A4%A',
      '72.71-%3Cscript%3E',
    ];
    for (const g of garbage) {
      for (const url of [
        `/api/public/regions/${g}`,
        `/api/public/regions/${REGION}/indicators/${g}`,
        `/p/${g}`,
      ]) {
        const res = await get(url);
        assert.ok(res.statusCode >= 400 && res.statusCode < 500, `${url}: ${res.statusCode}`);
      }
    }
    const page404 = await get('/p/99.99-nowhere');
    assert.equal(page404.statusCode, 404);
    assert.match(page404.body, /Wilayah tidak ditemukan/);
    const deeper = await get('/p/72.03/anything');
    assert.equal(deeper.statusCode, 400);
    assert.match(deeper.body, /Alamat tidak dikenal/);
    const page400 = await get('/p/not-a-code?lang=en');
    assert.equal(page400.statusCode, 400);
    assert.match(page400.body, /Unknown address/);
  });

  test('a reader holding the ETag gets 304; gzip when asked', async () => {
    for (const url of [`/api/public/regions/${REGION}`, '/p/72.03-kabupaten-donggala']) {
      const first = await get(url);
      const etag = String(first.headers.etag);
      assert.match(etag, /^"[\w-]+"$/);
      const again = await get(url, { 'if-none-match': etag });
      assert.equal(again.statusCode, 304, url);
      assert.equal(again.body, '');
      const zipped = await get(url, { 'accept-encoding': 'gzip' });
      assert.equal(zipped.headers['content-encoding'], 'gzip');
    }
  });

  test('the routes are in the OpenAPI document', async () => {
    const doc = (await get('/api/docs/json')).json();
    assert.ok(doc.paths['/api/public/regions/{code}']);
    assert.ok(doc.paths['/api/public/regions/{code}/indicators/{indicatorCode}']);
    // Anonymous, or with an API key (X-API-Key or bearer) for the higher limit.
    assert.deepEqual(doc.components.securitySchemes.apiKey, {
      type: 'apiKey',
      in: 'header',
      name: 'X-API-Key',
    });
    assert.deepEqual(doc.paths['/api/public/regions/{code}'].get.security, [
      {},
      { apiKey: [] },
      { apiKeyBearer: [] },
    ]);
  });

  test('public reads run read-only under a statement timeout', async () => {
    const db = t.database.readDb;
    const shown = (await withPublicReads(db, (tx) => tx.execute(sql`show statement_timeout`))) as unknown as {
      rows: { statement_timeout: string }[];
    };
    const row = shown.rows[0];
    assert.equal(row.statement_timeout, '3s');
    await assert.rejects(
      withPublicReads(db, (tx) => tx.execute(sql`update regions set name = name where code = ${REGION}`)),
      'a public read cannot write',
    );
    if (t.database.kind === 'postgres') {
      await assert.rejects(
        withPublicReads(db, (tx) => tx.execute(sql`select pg_sleep(1)`), 50),
        (e) => e instanceof PortalBusy,
      );
    }
  });
});
