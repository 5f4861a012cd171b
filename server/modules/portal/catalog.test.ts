/**
 * The open-data catalogue (DCAT-AP JSON-LD, data.json), the sitemap and robots.txt, end to end
 * on the demo database plus a region whose data is half in review (Kabupaten Donggala, 72.03):
 * - the JSON-LD conforms to DCAT-AP 3.0.0's shapes (fixtures/dcat-ap-3.0.0-shapes.ttl) through
 *   jsonld → RDF → rdf-validate-shacl, and data.json to Project Open Data v1.1 (ajv); a broken
 *   copy of each fails, so the validation can fail;
 * - only region × group datasets holding a verified figure are listed, with the verified
 *   periods only; demo data is marked; the licence follows the region's setting;
 * - paging (hydra), the sitemap's URLs, robots.txt, caching headers, a forged Host ignored.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import datasetFactory from '@rdfjs/dataset';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { sql } from 'drizzle-orm';
import jsonld from 'jsonld';
import { Parser } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { CATALOG_PAGE_SIZE, periodEnd, periodStart } from '../../../domain/portal-catalog.js';
import { indicators } from '../../db/schema-data.js';
import { PUBLIC_ROUTES } from '../../test-support/public-routes.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { dcatCatalogPage } from './catalog-dcat.js';
import type { CatalogDataset } from './catalog-model.js';
import { sitemapIndexXml, sitemapPageCount } from './sitemap.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const BASE = 'https://setara.example.go.id';
const REGION = '72.03';

type Json = Record<string, unknown>;

async function shaclReport(doc: object) {
  const nquads = (await jsonld.toRDF(doc as jsonld.JsonLdDocument, {
    format: 'application/n-quads',
  })) as string;
  const data = datasetFactory.dataset(new Parser({ format: 'N-Quads' }).parse(nquads));
  const shapes = datasetFactory.dataset(
    new Parser({ format: 'Turtle' }).parse(
      fs.readFileSync(path.join(FIXTURES, 'dcat-ap-3.0.0-shapes.ttl'), 'utf8'),
    ),
  );
  const report = await new SHACLValidator(shapes).validate(data);
  return {
    conforms: report.conforms,
    messages: report.results.map(
      (r) => `${r.path?.value} on ${r.focusNode?.value}: ${r.message.map((m) => m.value).join(' ')}`,
    ),
  };
}

function podValidator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  // ajv-formats is CommonJS: its default export arrives as the module object under tsx.
  const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
    a: Ajv,
  ) => void;
  addFormats(ajv);
  return ajv.compile(
    JSON.parse(fs.readFileSync(path.join(FIXTURES, 'pod-v1.1-non-federal.schema.json'), 'utf8')),
  );
}

const graphOf = (doc: Json) => doc['@graph'] as Json[];
const datasetsOf = (doc: Json) => graphOf(doc)[0]['dcat:dataset'] as Json[];
const textOf = (values: unknown, lang = 'id') =>
  (values as { '@value': string; '@language': string }[]).find((v) => v['@language'] === lang)!['@value'];

describe('portal catalogue: DCAT-AP, data.json, sitemap, robots.txt', () => {
  let t: TestApp;
  let catalog: Json;
  let dataJson: Json;
  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });

  before(async () => {
    t = await createTestApp({ env: { PUBLIC_URL: BASE, PORTAL_CONTACT_EMAIL: 'data@dp3a.example.go.id' } });
    const db = t.database.db;
    const base = {
      nameEn: 'Catalogue test',
      source: 'bps',
      sexes: ['P', 'L'],
      unit: 'orang',
      aggregation: 'sum',
    };
    await db.insert(indicators).values([
      { ...base, code: 'CT_HEALTH', nameId: 'Uji katalog: kesehatan', domainGroup: 'kesehatan' },
      { ...base, code: 'CT_EDU', nameId: 'Uji katalog: pendidikan', domainGroup: 'pendidikan' },
      { ...base, code: 'CT_N', nameId: 'Uji katalog: pembilang', domainGroup: 'kebencanaan' },
      { ...base, code: 'CT_D', nameId: 'Uji katalog: penyebut', domainGroup: 'kebencanaan' },
      {
        ...base,
        code: 'CT_RATE',
        nameId: 'Uji katalog: rasio',
        domainGroup: 'kebencanaan',
        unit: 'persen',
        aggregation: 'ratio',
        numeratorCode: 'CT_N',
        denominatorCode: 'CT_D',
        multiplier: '100',
      },
    ]);
    // Kesehatan: 2021 verified, 2022 verified for P only (L in review), 2023 a draft: the
    // dataset covers 2021–2022. Pendidikan: only a submission, so no dataset at all.
    const rows: [string, string, string, string][] = [
      ['CT_HEALTH', '2021', 'P', 'verified'],
      ['CT_HEALTH', '2021', 'L', 'verified'],
      ['CT_HEALTH', '2022', 'P', 'verified'],
      ['CT_HEALTH', '2022', 'L', 'submitted'],
      ['CT_HEALTH', '2023', 'P', 'draft'],
      ['CT_EDU', '2023', 'P', 'submitted'],
      // A rate whose numerator is verified and whose denominator is a draft: the rate has no
      // public figure, its numerator has.
      ['CT_N', '2023', 'P', 'verified'],
      ['CT_N', '2023', 'L', 'verified'],
      ['CT_D', '2023', 'P', 'draft'],
      ['CT_D', '2023', 'L', 'draft'],
    ];
    for (const [code, period, sex, status] of rows) {
      await db.execute(sql`
        insert into data_values (region_code, indicator_code, period, sex, combo_id, value, status)
        values (${REGION}, ${code}, ${period}, ${sex}, (select id from dimension_combos where key = ''), 10, ${status})`);
    }
    // Donggala chose CC0 before the catalogue was first read (the catalogue is cached 10 min).
    await db.execute(
      sql`insert into region_settings (region_code, portal_license) values (${REGION}, 'CC0-1.0')`,
    );
    const jsonldRes = await get('/api/public/catalog.jsonld');
    assert.equal(jsonldRes.statusCode, 200, jsonldRes.body);
    catalog = jsonldRes.json();
    const pod = await get('/data.json');
    assert.equal(pod.statusCode, 200, pod.body);
    dataJson = pod.json();
  });
  after(() => t.close());

  test('every catalogue route is public with a reason', () => {
    for (const route of [
      'GET /api/public/catalog.jsonld',
      'GET /data.json',
      'GET /sitemap.xml',
      'GET /sitemap-:page.xml',
      'GET /robots.txt',
    ]) {
      const entry = PUBLIC_ROUTES.find((r) => r.route === route);
      assert.ok(entry && entry.reason.length > 20, route);
    }
  });

  test('the JSON-LD conforms to the DCAT-AP 3.0.0 shapes', async () => {
    const report = await shaclReport(catalog);
    assert.ok(report.conforms, report.messages.join('\n'));
    assert.ok(datasetsOf(catalog).length > 0);
  });

  test('a broken catalogue fails the shapes: no title, no access URL, a publisher that is not an agent', async () => {
    const broken = structuredClone(catalog);
    const [first, second, third] = datasetsOf(broken);
    delete first['dct:title'];
    delete ((second['dcat:distribution'] as Json[])[0] as Json)['dcat:accessURL'];
    // A node of its own: the region's publisher node is shared by its other datasets.
    third['dct:publisher'] = { '@id': `${BASE}/not-an-agent`, '@type': 'foaf:Document', 'foaf:name': 'x' };
    const report = await shaclReport(broken);
    assert.equal(report.conforms, false);
    const text = report.messages.join('\n');
    assert.match(text, /purl\.org\/dc\/terms\/title/);
    assert.match(text, /dcat#accessURL/);
    assert.match(text, /purl\.org\/dc\/terms\/publisher/);
  });

  test('data.json conforms to Project Open Data v1.1; a broken copy does not', () => {
    const validate = podValidator();
    assert.ok(validate(dataJson), JSON.stringify(validate.errors, null, 1));
    const broken = structuredClone(dataJson) as { dataset: Json[] };
    delete (broken.dataset[0].contactPoint as Json).hasEmail;
    ((broken.dataset[1].distribution as Json[])[0] as Json).mediaType = 'not a media type';
    delete broken.dataset[2].title;
    assert.equal(validate(broken), false);
    const paths = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('\n');
    assert.match(paths, /\/dataset\/0\/contactPoint/);
    assert.match(paths, /\/dataset\/1\/distribution\/0\/mediaType/);
    assert.match(paths, /\/dataset\/2/);
  });

  test('one dataset per region × group with a verified figure; its verified periods only', () => {
    const ids = datasetsOf(catalog).map((d) => d['dct:identifier']);
    assert.ok(ids.includes(`${REGION}/kesehatan`), ids.join(', '));
    assert.ok(!ids.includes(`${REGION}/pendidikan`), 'a group holding only a submission is listed');
    const health = datasetsOf(catalog).find((d) => d['dct:identifier'] === `${REGION}/kesehatan`)!;
    const temporal = health['dct:temporal'] as Json;
    assert.deepEqual(
      [(temporal['dcat:startDate'] as Json)['@value'], (temporal['dcat:endDate'] as Json)['@value']],
      ['2021-01-01', '2022-12-31'],
    );
    assert.equal((health['dct:publisher'] as Json)['foaf:name'], 'Pemerintah Kabupaten Donggala');
    assert.equal((health['dcat:landingPage'] as Json)['@id'], `${BASE}/p/72.03-kabupaten-donggala`);
    assert.equal((health['dct:spatial'] as Json)['skos:notation'], '7203');
    assert.match(textOf(health['dct:title']), /^Kesehatan: data terpilah gender Kabupaten Donggala$/);
    assert.match(textOf(health['dct:title'], 'en'), /^Health: /);
    assert.equal(
      ((health['dcat:contactPoint'] as Json)['vcard:hasEmail'] as Json)['@id'],
      'mailto:data@dp3a.example.go.id',
    );
    // The region's licence setting, on every distribution; one distribution per download format.
    const distributions = health['dcat:distribution'] as Json[];
    assert.deepEqual(
      distributions.map((d) => (d['dcat:downloadURL'] as Json)['@id']),
      ['csv', 'xlsx', 'json', 'sdmx-csv'].map(
        (f) => `${BASE}/api/public/regions/${REGION}/download?group=kesehatan&format=${f}`,
      ),
    );
    for (const d of distributions) {
      assert.equal((d['dct:license'] as Json)['@id'], 'https://creativecommons.org/publicdomain/zero/1.0/');
    }
    assert.equal(((distributions[0]['dcat:mediaType'] as Json)['@id'] as string).endsWith('/text/csv'), true);
  });

  test('demo data is marked in the title and the description; the default licence is CC BY 4.0', () => {
    const palu = datasetsOf(catalog).filter((d) => String(d['dct:identifier']).startsWith('72.71/'));
    assert.ok(palu.length > 0);
    for (const d of palu) {
      assert.match(textOf(d['dct:title']), /^DATA DEMO — /);
      assert.match(textOf(d['dct:description']), /bukan statistik resmi/);
      assert.match(textOf(d['dct:description'], 'en'), /not official statistics/);
      const license = ((d['dcat:distribution'] as Json[])[0]['dct:license'] as Json)['@id'];
      assert.equal(license, 'https://creativecommons.org/licenses/by/4.0/');
    }
    const donggala = (dataJson.dataset as Json[]).find(
      (d) => d.identifier === `${BASE}/p/${REGION}#kesehatan`,
    )!;
    assert.doesNotMatch(String(donggala.title), /DATA DEMO/);
    assert.equal(donggala.license, 'https://creativecommons.org/publicdomain/zero/1.0/');
    assert.equal(donggala.temporal, '2021-01-01/2022-12-31');
    const paluPod = (dataJson.dataset as Json[]).find((d) => String(d.identifier).includes('/p/72.71#'))!;
    assert.match(String(paluPod.title), /^DATA DEMO — /);
  });

  test('paging: a hydra:PagedCollection past one page; bad or missing pages are 400/404', async () => {
    const one = (catalog['@graph'] as Json[]).find((n) => n['@type'] === 'hydra:PagedCollection');
    assert.equal(one, undefined, 'a one-page catalogue has no paging node');
    const many = Array.from({ length: CATALOG_PAGE_SIZE * 2 + 1 }, (_, i) => ({
      ...sampleDataset,
      identifier: `x/${i}`,
    }));
    const ctx = { baseUrl: BASE, contactEmail: 'data@dp3a.example.go.id' };
    const page2 = dcatCatalogPage(many, 2, ctx) as unknown as Json;
    const node = graphOf(page2).find((n) => n['@type'] === 'hydra:PagedCollection')!;
    assert.equal(node['hydra:totalItems'], CATALOG_PAGE_SIZE * 2 + 1);
    assert.equal(node['hydra:nextPage'], `${BASE}/api/public/catalog.jsonld?page=3`);
    assert.equal(node['hydra:previousPage'], `${BASE}/api/public/catalog.jsonld`);
    assert.equal(node['hydra:lastPage'], `${BASE}/api/public/catalog.jsonld?page=3`);
    assert.equal(datasetsOf(page2).length, CATALOG_PAGE_SIZE);
    // What ckanext-dcat's RDFParser.next_page looks for: a hydra:PagedCollection's hydra:nextPage.
    const nquads = (await jsonld.toRDF(page2 as jsonld.JsonLdDocument, {
      format: 'application/n-quads',
    })) as string;
    const page2Id = `<${BASE}/api/public/catalog.jsonld?page=2>`;
    assert.ok(
      nquads.includes(
        `${page2Id} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/hydra/core#PagedCollection>`,
      ),
    );
    assert.ok(
      nquads.includes(
        `${page2Id} <http://www.w3.org/ns/hydra/core#nextPage> "${BASE}/api/public/catalog.jsonld?page=3"`,
      ),
    );
    const last = dcatCatalogPage(many, 3, ctx) as unknown as Json;
    assert.equal(
      graphOf(last).find((n) => n['@type'] === 'hydra:PagedCollection')!['hydra:nextPage'],
      undefined,
    );
    assert.equal(datasetsOf(last).length, 1);

    assert.equal((await get('/api/public/catalog.jsonld?page=2')).statusCode, 404);
    for (const bad of ['0', '-1', 'x', '1e9', '1.5']) {
      const res = await get(`/api/public/catalog.jsonld?page=${bad}`);
      assert.equal(res.statusCode, 400, bad);
      assert.ok(res.json().error.fields.page, bad);
    }
    assert.equal((await get('/api/public/catalog.jsonld?other=1')).statusCode, 400);
  });

  test('the sitemap: the front door, every region page, indicator pages with a verified figure only', async () => {
    const res = await get('/sitemap.xml');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^application\/xml/);
    const body = res.body;
    assert.match(
      body,
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
    );
    assert.ok(body.includes(`<loc>${BASE}/p</loc>`));
    assert.ok(body.includes(`<loc>${BASE}/p/72.71-kota-palu</loc>`));
    assert.ok(body.includes(`<loc>${BASE}/p/11-aceh</loc>`), 'a region without figures still has its page');
    assert.ok(body.includes(`<loc>${BASE}/p/72.03-kabupaten-donggala/CT_HEALTH</loc><lastmod>`));
    assert.ok(!body.includes('CT_EDU'), 'an indicator with no verified figure is listed');
    assert.ok(body.includes('/p/72.03-kabupaten-donggala/CT_N<'));
    assert.ok(!body.includes('CT_RATE'), 'a rate over a draft denominator is listed');
    assert.ok(!body.includes('CT_D<'), 'a draft is listed');
    const urls = body.match(/<loc>/g)!.length;
    assert.ok(urls < 50_000);
    assert.equal((await get('/sitemap-1.xml')).body, body);
    assert.equal((await get('/sitemap-2.xml')).statusCode, 404);
    assert.equal((await get('/sitemap-x.xml')).statusCode, 400);
    // Past 50,000 URLs, an index of child sitemaps.
    assert.equal(sitemapPageCount(50_000), 1);
    assert.equal(sitemapPageCount(50_001), 2);
    assert.equal(
      sitemapIndexXml(2, BASE)
        .match(/<loc>[^<]+<\/loc>/g)!
        .join(' '),
      `<loc>${BASE}/sitemap-1.xml</loc> <loc>${BASE}/sitemap-2.xml</loc>`,
    );
  });

  test('robots.txt: the portal and the open API allowed, the rest disallowed, the sitemap named', async () => {
    const res = await get('/robots.txt');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/plain/);
    const lines = res.body.split('\n');
    for (const line of [
      'User-agent: *',
      'Allow: /p/',
      'Allow: /direktori-layanan/',
      'Allow: /api/public/',
      'Allow: /api/docs',
      'Disallow: /',
      `Sitemap: ${BASE}/sitemap.xml`,
    ]) {
      assert.ok(lines.includes(line), line);
    }
  });

  test('cached like the other portal answers: ETag → 304, public cache-control, CORS on the catalogue', async () => {
    for (const url of ['/api/public/catalog.jsonld', '/data.json', '/sitemap.xml', '/robots.txt']) {
      const res = await get(url);
      assert.match(String(res.headers['cache-control']), /^public, max-age=\d+/, url);
      const etag = String(res.headers.etag);
      assert.equal((await get(url, { 'if-none-match': etag })).statusCode, 304, url);
    }
    assert.equal((await get('/data.json')).headers['access-control-allow-origin'], '*');
    assert.match(
      String((await get('/api/public/catalog.jsonld')).headers['content-type']),
      /^application\/ld\+json/,
    );
  });

  test("the portal's front door names the catalogue (link rel=alternate)", async () => {
    const home = await get('/p');
    assert.equal(home.statusCode, 200);
    assert.match(
      home.body,
      /<link rel="alternate" type="application\/ld\+json"[^>]+href="\/api\/public\/catalog.jsonld">/,
    );
    assert.match(home.body, /<link rel="alternate" type="application\/json"[^>]+href="\/data.json">/);
  });

  test('absolute URLs come from PUBLIC_URL, never from a forged Host header', async () => {
    for (const url of ['/api/public/catalog.jsonld', '/data.json', '/sitemap.xml', '/robots.txt']) {
      const res = await get(url, { host: 'evil.example' });
      assert.ok(!res.body.includes('evil.example'), url);
    }
  });

  test('periods to dates', () => {
    assert.deepEqual(
      ['2023', '2023-S1', '2023-S2', '2024-Q1', '2023-Q4'].map((p) => [periodStart(p), periodEnd(p)]),
      [
        ['2023-01-01', '2023-12-31'],
        ['2023-01-01', '2023-06-30'],
        ['2023-07-01', '2023-12-31'],
        ['2024-01-01', '2024-03-31'],
        ['2023-10-01', '2023-12-31'],
      ],
    );
    assert.equal(periodStart('kemarin'), null);
  });

  test("the region's licence setting: read, changed alone, refused when unknown", async () => {
    const cookie = await t.login('demo.admin');
    const headers = { cookie };
    const read = await t.app.inject({ url: '/api/regions/72.71/settings', headers });
    assert.equal(read.json().portalLicense, 'CC-BY-4.0');
    const put = (payload: unknown) =>
      t.app.inject({
        method: 'PUT',
        url: '/api/regions/72.71/settings',
        headers,
        payload: payload as object,
      });
    const changed = await put({ portalLicense: 'CC-BY-SA-4.0' });
    assert.equal(changed.statusCode, 200, changed.body);
    assert.deepEqual(
      [changed.json().portalLicense, changed.json().selfApprovalAllowed],
      ['CC-BY-SA-4.0', false],
    );
    const waiver = await put({ selfApprovalAllowed: true });
    assert.deepEqual(
      [waiver.json().portalLicense, waiver.json().selfApprovalAllowed],
      ['CC-BY-SA-4.0', true],
    );
    const bad = await put({ portalLicense: 'All rights reserved' });
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.json().error.fields.portalLicense);
    assert.equal((await put({})).statusCode, 400);
  });
});

const sampleDataset: CatalogDataset = {
  identifier: 'x/0',
  regionCode: '72.71',
  regionName: 'Kota Palu',
  regionLevel: 'kabkota',
  group: 'kesehatan',
  title: { id: 'Judul', en: 'Title' },
  description: { id: 'Uraian', en: 'Description' },
  keywords: [{ id: 'gender', en: 'gender' }],
  theme: 'HEAL',
  landingPage: `${BASE}/p/72.71-kota-palu`,
  publisher: 'Pemerintah Kota Palu',
  spatial: { code: '72.71', bpsCode: '7271', name: 'Kota Palu' },
  temporal: { start: '2019-01-01', end: '2023-12-31' },
  modified: '2024-01-01T00:00:00.000Z',
  demo: false,
  license: { title: 'CC BY 4.0', uri: 'https://creativecommons.org/licenses/by/4.0/' },
  indicatorCount: 1,
  distributions: [],
};
