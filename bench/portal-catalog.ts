/**
 * The open-data catalogue and the sitemap on the national dataset (bench/load-national.ts:
 * 514 kab/kota × 300 indicators × 10 years, ≈ 24.7 M verified values): the one read behind
 * them (catalogCells, inside withPublicReads with the catalogue's timeout), then the DCAT-AP
 * JSON-LD pages, data.json and the sitemap files, with their sizes raw and gzipped.
 *   npx tsx bench/portal-catalog.ts [--sample] [--url postgres://…/setara_bench | --pglite DIR] [--runs 3]
 */
import { gzipSync } from 'node:zlib';
import { SITEMAP_MAX_URLS } from '../domain/portal-catalog.js';
import { openAndMigrate } from '../server/start.js';
import { dcatCatalogPage, pageCount } from '../server/modules/portal/catalog-dcat.js';
import { catalogDatasets } from '../server/modules/portal/catalog-model.js';
import { podCatalog } from '../server/modules/portal/catalog-pod.js';
import { allRegions, catalogCells } from '../server/modules/portal/catalog-queries.js';
import { withPublicReads } from '../server/modules/portal/queries.js';
import {
  sitemapIndexXml,
  sitemapPageCount,
  sitemapUrls,
  sitemapXml,
} from '../server/modules/portal/sitemap.js';
import { benchValueCount } from './lib/bench-db.js';
import { benchTarget } from './lib/bench-target.js';

const target = await benchTarget({ runs: { type: 'string' } });
const runs = Number(target.args.runs ?? 3);
const database = await openAndMigrate(target.config);
const ctx = { baseUrl: 'https://setara.example.go.id', contactEmail: 'data@setara.example.go.id' };
const kb = (s: string) =>
  `${(Buffer.byteLength(s) / 1024).toFixed(0)} KB (${(gzipSync(s).length / 1024).toFixed(0)} KB gzipped)`;
const time = async <T>(work: () => Promise<T> | T): Promise<[T, number]> => {
  const started = performance.now();
  const value = await work();
  return [value, performance.now() - started];
};

try {
  console.log(`${target.label}: ${(await benchValueCount(database)).toLocaleString('en')} bench values`);
  for (let run = 1; run <= runs; run++) {
    const [snapshot, readMs] = await time(() =>
      withPublicReads(
        database.readDb,
        async (tx) => ({ cells: await catalogCells(tx), regions: await allRegions(tx) }),
        600_000,
      ),
    );
    const [datasets, modelMs] = await time(() => catalogDatasets(snapshot.cells, ctx));
    const pages = pageCount(datasets.length);
    const [jsonldPages, jsonldMs] = await time(() =>
      Array.from({ length: pages }, (_, i) => JSON.stringify(dcatCatalogPage(datasets, i + 1, ctx))),
    );
    const [dataJson, podMs] = await time(() => JSON.stringify(podCatalog(datasets, ctx)));
    const [sitemap, sitemapMs] = await time(() => {
      const urls = sitemapUrls(snapshot.regions, snapshot.cells);
      const n = sitemapPageCount(urls.length);
      const files = Array.from({ length: n }, (_, i) =>
        sitemapXml(urls.slice(i * SITEMAP_MAX_URLS, (i + 1) * SITEMAP_MAX_URLS), ctx.baseUrl),
      );
      return { urls: urls.length, index: n > 1 ? sitemapIndexXml(n, ctx.baseUrl) : null, files };
    });
    console.log(
      `run ${run}: read ${readMs.toFixed(0)} ms (${snapshot.cells.length.toLocaleString('en')} region × indicator cells, ` +
        `${snapshot.regions.length} regions); ${datasets.length.toLocaleString('en')} datasets in ${modelMs.toFixed(0)} ms`,
    );
    console.log(
      `  DCAT-AP JSON-LD: ${pages} page(s) in ${jsonldMs.toFixed(0)} ms, page 1 ${kb(jsonldPages[0])}` +
        (pages > 1 ? `, last ${kb(jsonldPages[pages - 1])}` : ''),
    );
    console.log(`  data.json: ${podMs.toFixed(0)} ms, ${kb(dataJson)}`);
    console.log(
      `  sitemap: ${sitemap.urls.toLocaleString('en')} URLs in ${sitemap.files.length} file(s)` +
        `${sitemap.index ? ' + an index' : ''}, ${sitemapMs.toFixed(0)} ms, largest ${kb(sitemap.files.reduce((a, f) => (f.length > a.length ? f : a)))}`,
    );
  }
} finally {
  await database.close();
}
