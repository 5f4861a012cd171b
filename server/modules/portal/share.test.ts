/**
 * Sharing the portal: Open Graph tags with absolute URLs on the front door and the region page,
 * the preview images (valid PNG, 1200×630, read from the IHDR; cached with ETag), the
 * embeddable widgets (framable from any site, while /p and the app are not), the home page's
 * highlights — and on a region whose data is half verified, half in review (Kabupaten
 * Donggala, 72.03, which the demo leaves empty), no draft's number in any of them. Bad input
 * answers 400/404, never 500.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { embedPath, previewImagePath } from '../../../domain/portal.js';
import { indicators } from '../../db/schema-data.js';
import { pngSize } from '../../lib/svg-png.js';
import { PUBLIC_ROUTES } from '../../test-support/public-routes.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { embedSnippetHtml } from './embed-page.js';
import { homeHighlights } from './highlights.js';
import { highlightsHtml } from './highlights-page.js';
import { openGraphTags } from './open-graph.js';
import { indicatorPreviewSvg, regionPreviewSvg } from './preview-image.js';
import { indicatorDetail, regionSummary } from './service.js';

const REGION = '72.03';
/** The draft's and the submission's numbers, in every printed form, and Setara's own IPG. */
const SECRET = [/987[.,]?654/, /876[.,]?543/, /95[.,]55/, /Rahmawati/];

describe('portal sharing: previews, Open Graph, embeds, highlights', () => {
  let t: TestApp;
  let origin: string;
  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });
  const assertClean = (body: string, what: string) => {
    for (const secret of SECRET) assert.ok(!secret.test(body), `${what} shows ${secret}`);
  };
  const metaOf = (html: string, key: string) =>
    new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)">`).exec(
      html,
    )?.[1];

  before(async () => {
    t = await createTestApp();
    origin = t.config.publicUrl;
    const db = t.database.db;
    await db.insert(indicators).values({
      code: 'PT_SHARE',
      nameId: 'Uji berbagi: jumlah',
      nameEn: 'Share test: count',
      domainGroup: 'kependudukan',
      source: 'bps',
      sexes: ['P', 'L'],
      unit: 'orang',
      aggregation: 'sum',
    });
    // 2022 verified; 2023 a draft (P) and a submission (L), with a note naming a person.
    for (const [period, sex, value, status, note] of [
      ['2021', 'P', '101000', 'verified', null],
      ['2021', 'L', '202000', 'verified', null],
      ['2022', 'P', '111111', 'verified', 'dicek oleh Ibu Siti Rahmawati'],
      ['2022', 'L', '222222', 'verified', null],
      ['2023', 'P', '987654', 'draft', null],
      ['2023', 'L', '876543', 'submitted', null],
    ] as const) {
      await db.execute(sql`
        insert into data_values (region_code, indicator_code, period, sex, combo_id, value, status, note)
        values (${REGION}, 'PT_SHARE', ${period}, ${sex}, 0, ${value}, ${status}, ${note})`);
    }
    await db.execute(sql`
      insert into index_values (region_code, year, index_code, computed, published, published_source)
      values (${REGION}, 2023, 'ipg', 95.55, 91.23, 'BPS, IPG menurut kabupaten/kota 2023'),
             ('ID', 2024, 'ipg', 96.12, 91.85, 'BPS, Indeks Pembangunan Gender 2024'),
             ('72', 2024, 'ikg', 0.5, 0.412, 'BPS, IKG menurut provinsi 2024')`);
  });
  after(() => t.close());

  test('every sharing route is in PUBLIC_ROUTES with a reason', () => {
    for (const route of [
      'GET /api/public/regions/:code/preview.png',
      'GET /api/public/regions/:code/indicators/:indicatorCode/preview.png',
      'GET /embed/:code/:indicatorCode/:kind',
      'GET /embed/*',
    ]) {
      const entry = PUBLIC_ROUTES.find((r) => r.route === route);
      assert.ok(entry && entry.reason.length > 20, route);
    }
  });

  test('openGraphTags escapes its text and refuses a relative URL', () => {
    const tags = openGraphTags({
      title: 'A "quoted" <b>title</b>',
      description: 'd',
      url: 'https://setara.example/p',
      image: 'https://setara.example/x.png',
      lang: 'id',
      imageAlt: 'alt',
    });
    assert.match(tags, /content="A &quot;quoted&quot; &lt;b&gt;title&lt;\/b&gt;"/);
    assert.throws(() =>
      openGraphTags({ title: '', description: '', url: '/p', image: '/x.png', lang: 'id', imageAlt: '' }),
    );
  });

  test('the home page: highlights from public figures, the latest verifications and Profil Gender editions', async () => {
    const db = t.database.db;
    // Nothing verified through the review log yet, no edition published: the empty states say why.
    const empty = highlightsHtml(await homeHighlights(db, 'id'), 'id');
    assert.match(empty, /Belum ada verifikasi data yang tercatat/);
    assert.match(empty, /Belum ada Profil Gender yang diterbitkan/);
    assert.match(empty, /Belum ada angka nasional terverifikasi/);

    const [opd] = (
      (await db.execute(sql`
        insert into opd (region_code, name, short_name, kind) values (${REGION}, 'Dinas Uji', 'DU', 'dinas')
        returning id`)) as unknown as { rows: { id: string }[] }
    ).rows;
    await db.execute(sql`
      insert into data_reviews (region_code, opd_id, period, action, at)
      values (${REGION}, ${opd.id}, '2022', 'verify', '2026-11-20T03:00:00Z'),
             (${REGION}, ${opd.id}, '2023', 'submit', '2026-11-21T03:00:00Z')`);
    await db.execute(sql`
      insert into profil_publications (region_code, year, file_key, size_bytes, sha256)
      values (${REGION}, 2025, 'profil-publications/72.03/2025.pdf', 1572864, ${'a'.repeat(64)})`);

    const h = await homeHighlights(db, 'id');
    assert.ok(h.publishing.kabkota >= 2, 'Kota Palu (demo) and Donggala publish verified data');
    assert.deepEqual(
      h.national.map((i) => [i.index, i.year, i.value]),
      [['ipg', 2024, 91.85]],
    );
    assert.equal(h.provinces.find((p) => p.code === '72')?.indices.ikg?.value, 0.412);
    assert.deepEqual(
      h.latest.map((l) => [l.code, l.period, l.indicators]),
      [[REGION, '2022', 1]],
    );
    const res = await get('/p');
    assert.equal(res.statusCode, 200);
    assertClean(res.body, '/p');
    assert.doesNotMatch(res.body, /96[.,]12/, "Setara's own national IPG stays inside");
    assert.match(res.body, /91,85/);
    assert.match(res.body, /0,412/);
    assert.match(
      res.body,
      /Donggala<\/a>[^<]*<span class="src">· Sulawesi Tengah<\/span>: 1 indikator periode 2022, diverifikasi 20 November 2026/,
    );
    assert.match(res.body, /Profil Gender 2025 \(PDF, 1,5 MB\), diterbitkan/);
    assert.ok(res.body.includes('href="/api/public/regions/72.03/profil-gender/2025"'));
    assert.doesNotMatch(res.body, /<script/);
    const en = await get('/p?lang=en');
    assert.match(en.body, /Latest publications/);
    assert.match(en.body, /1 indicator for 2022, verified 20 November 2026/);
    // A search answers its hits only.
    const search = await get('/p?q=palu');
    assert.doesNotMatch(search.body, /Sorotan nasional/);
  });

  test('the region page and the front door carry Open Graph and Twitter tags with absolute URLs', async () => {
    for (const lang of ['id', 'en'] as const) {
      const q = lang === 'en' ? '?lang=en' : '';
      const page = await get(`/p/72.71-kota-palu${q}`);
      assert.equal(page.statusCode, 200);
      assert.equal(metaOf(page.body, 'og:url'), `${origin}/p/72.71-kota-palu${q}`);
      assert.equal(metaOf(page.body, 'og:image'), `${origin}${previewImagePath('72.71')}${q}`);
      assert.equal(metaOf(page.body, 'twitter:image'), metaOf(page.body, 'og:image'));
      assert.equal(metaOf(page.body, 'twitter:card'), 'summary_large_image');
      assert.equal(metaOf(page.body, 'og:image:width'), '1200');
      assert.equal(metaOf(page.body, 'og:image:height'), '630');
      assert.equal(metaOf(page.body, 'og:locale'), lang === 'en' ? 'en_GB' : 'id_ID');
      assert.match(metaOf(page.body, 'og:title')!, /Kota Palu/);
      // The demo's figures are invented: the shared card's description says so first.
      assert.match(metaOf(page.body, 'og:description')!, lang === 'en' ? /^DEMO DATA/ : /^DATA DEMO/);
      for (const key of ['og:url', 'og:image']) assert.match(metaOf(page.body, key)!, /^https?:\/\//);

      const indicator = await get(`/p/72.71-kota-palu/KES_UHH${q}`);
      assert.equal(indicator.statusCode, 200);
      assert.equal(metaOf(indicator.body, 'og:url'), `${origin}/p/72.71-kota-palu/KES_UHH${q}`);
      assert.equal(
        metaOf(indicator.body, 'og:image'),
        `${origin}${previewImagePath('72.71', 'KES_UHH')}${q}`,
      );
      assert.equal(metaOf(indicator.body, 'twitter:card'), 'summary_large_image');
      // The "Sematkan" section: both widgets' iframe snippets, in the page's language.
      assert.match(indicator.body, /<h2 id="embed">(Sematkan|Embed)<\/h2>/);
      assert.ok(indicator.body.includes(`&lt;iframe src=&quot;${origin}/embed/72.71/KES_UHH/map${q}&quot;`));

      const home = await get(`/p${q}`);
      assert.equal(metaOf(home.body, 'og:url'), `${origin}/p${q}`);
      assert.equal(metaOf(home.body, 'og:image'), `${origin}${previewImagePath('ID')}${q}`);
      assert.ok(metaOf(home.body, 'og:image:alt'));
    }
    const moved = await get(`/p/${REGION}`);
    assert.equal(moved.statusCode, 301);
    const draftRegion = await get(String(moved.headers.location));
    assert.equal(draftRegion.statusCode, 200);
    assertClean(draftRegion.body, '/p/72.03');
  });

  test('the preview images are PNGs of 1200×630, cached with an ETag, never gzipped again', async () => {
    for (const url of [
      previewImagePath('72.71'),
      `${previewImagePath('72.71')}?lang=en`,
      previewImagePath('72.71', 'KES_UHH'),
      previewImagePath(REGION),
      previewImagePath(REGION, 'PT_SHARE'),
      previewImagePath('ID'),
    ]) {
      const res = await get(url, { 'accept-encoding': 'gzip' });
      assert.equal(res.statusCode, 200, `${url}: ${res.body.slice(0, 200)}`);
      assert.equal(res.headers['content-type'], 'image/png');
      assert.equal(res.headers['content-encoding'], undefined);
      assert.match(String(res.headers['cache-control']), /public, max-age=\d+/);
      assert.deepEqual(pngSize(res.rawPayload), { width: 1200, height: 630 }, url);
      const again = await get(url, { 'if-none-match': String(res.headers.etag) });
      assert.equal(again.statusCode, 304, url);
    }
  });

  test("a preview never draws a draft's figure; the demo's says DATA DEMO", async () => {
    const db = t.database.db;
    for (const lang of ['id', 'en'] as const) {
      const region = regionPreviewSvg(await regionSummary(db, REGION, lang), lang);
      assertClean(region, `region preview ${lang}`);
      assert.match(region, /91[.,]23/, 'the BPS-published IPG is the headline');
      const indicator = indicatorPreviewSvg(await indicatorDetail(db, REGION, 'PT_SHARE', lang), lang);
      assertClean(indicator, `indicator preview ${lang}`);
      assert.match(indicator, lang === 'en' ? /111,111/ : /111\.111/, 'the latest verified year');
      assert.doesNotMatch(indicator, /DATA DEMO|DEMO DATA/);
      const demo = regionPreviewSvg(await regionSummary(db, '72.71', lang), lang);
      assert.match(demo, lang === 'en' ? /DEMO DATA/ : /DATA DEMO/);
    }
  });

  test('the widgets are framable from any site; the pages and the app are not', async () => {
    for (const kind of ['chart', 'map'] as const) {
      const url = embedPath('72.71', 'KES_UHH', kind);
      const res = await get(url);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.headers['x-frame-options'], undefined, url);
      assert.match(String(res.headers['content-security-policy']), /frame-ancestors \*/);
      assert.equal(res.headers['cross-origin-resource-policy'], 'cross-origin');
      assert.doesNotMatch(String(res.headers['content-security-policy']), /script-src 'unsafe/);
      assert.match(res.body, /<table>/, 'the data table alternative');
      assert.match(res.body, /<svg[^>]+role="img"/);
      assert.ok(res.body.includes(`href="${origin}/p/72.71-kota-palu/KES_UHH"`), 'the link back');
      assert.match(res.body, /BPS/);
      assert.match(res.body, /DATA DEMO/);
      assert.doesNotMatch(res.body, /<script/);
    }
    const draft = await get(embedPath(REGION, 'PT_SHARE', 'chart'));
    assert.equal(draft.statusCode, 200);
    assertClean(draft.body, 'the chart widget');
    assert.match(draft.body, /111\.111/);
    const draftMap = await get(embedPath(REGION, 'PT_SHARE', 'map'));
    assert.equal(draftMap.statusCode, 200);
    assertClean(draftMap.body, 'the map widget');

    for (const url of ['/p', '/p/72.71-kota-palu', '/api/health', '/', previewImagePath('72.71')]) {
      const res = await get(url);
      const csp = String(res.headers['content-security-policy']);
      assert.ok(
        res.headers['x-frame-options'] === 'SAMEORIGIN' || /frame-ancestors 'self'/.test(csp),
        `${url} may be framed`,
      );
      assert.doesNotMatch(csp, /frame-ancestors \*/, url);
    }
  });

  test('bad widget and preview addresses answer 400 or 404, never 500', async () => {
    const cases: [string, number[]][] = [
      ['/embed/72.71/KES_UHH/pie', [400]],
      ['/embed/72.71/KES_UHH', [400]],
      ['/embed/72.71/KES_UHH/chart/more', [400]],
      ['/embed/99.99/KES_UHH/chart', [404]],
      ['/embed/72.71/NO_SUCH/chart', [404]],
      ['/embed/72.71/NO_SUCH/map', [404]],
      ['/embed/7%00/KES_UHH/chart', [400]],
      [`/embed/72.71/${'A'.repeat(5000)}/chart`, [400, 404]],
      ['/embed/72.71/KES_UHH/chart?lang=xx', [400]],
      ["/embed/72.71/' or 1=1--/chart", [400]],
      ['/embed/%E0%A4%A/KES_UHH/chart', [400]],
      ['/api/public/regions/99.99/preview.png', [404]],
      ['/api/public/regions/72.71/indicators/NO_SUCH/preview.png', [404]],
      ['/api/public/regions/7%00/preview.png', [400]],
      [`/api/public/regions/${'7'.repeat(5000)}/preview.png`, [400, 404, 414]],
      ['/api/public/regions/72.71/preview.png?lang=xx', [400]],
    ];
    for (const [url, statuses] of cases) {
      const res = await get(url);
      assert.ok(statuses.includes(res.statusCode), `${url.slice(0, 80)} → ${res.statusCode}`);
      // NUL and broken UTF-8 are refused before routing, app-wide, with the JSON error.
      if (url.startsWith('/embed/') && !url.includes('%')) {
        assert.match(String(res.headers['content-type']), /text\/html/, url.slice(0, 80));
      }
    }
  });

  test("the indicator page's embed section holds both iframe snippets, escaped", () => {
    const html = embedSnippetHtml({
      origin,
      regionCode: '72.71',
      indicatorCode: 'KES_UHH',
      indicatorName: 'Umur "harapan" hidup',
      regionName: 'Kota Palu',
      lang: 'id',
    });
    assert.match(html, /<h2 id="embed">Sematkan<\/h2>/);
    assert.ok(html.includes(`&lt;iframe src=&quot;${origin}/embed/72.71/KES_UHH/chart&quot;`));
    assert.ok(html.includes(`&lt;iframe src=&quot;${origin}/embed/72.71/KES_UHH/map&quot;`));
    assert.ok(
      html.includes('&amp;quot;harapan&amp;quot;'),
      'the title escaped inside the snippet, then for the page',
    );
  });
});
