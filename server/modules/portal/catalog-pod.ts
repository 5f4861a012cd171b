/**
 * The catalogue as Project Open Data Metadata Schema v1.1 (`/data.json`,
 * https://project-open-data.cio.gov/v1.1/schema/): the JSON file CKAN's ckanext-datajson
 * harvester and many national portals read. One file, every dataset. POD's federal-only
 * fields (bureauCode, programCode) are left out, as the schema's non-federal variant allows;
 * texts are Indonesian (POD has no language tags), `language` says so.
 */
import { DOMAIN_GROUP_TITLES } from '../../../domain/indicators.js';
import type { CatalogContext, CatalogDataset } from './catalog-model.js';

export const DATA_JSON_PATH = '/data.json';

export function podDataset(d: CatalogDataset, ctx: CatalogContext) {
  return {
    '@type': 'dcat:Dataset',
    title: d.title.id,
    description: d.description.id,
    keyword: d.keywords.map((k) => k.id),
    modified: d.modified,
    publisher: { '@type': 'org:Organization', name: d.publisher },
    contactPoint: {
      '@type': 'vcard:Contact',
      fn: `${d.publisher} — pengelola data`,
      hasEmail: `mailto:${ctx.contactEmail}`,
    },
    identifier: `${ctx.baseUrl}/p/${d.regionCode}#${d.group}`,
    accessLevel: 'public',
    license: d.license.uri,
    spatial: `${d.spatial.name} (kode wilayah ${d.spatial.code}, kode BPS ${d.spatial.bpsCode})`,
    ...(d.temporal ? { temporal: `${d.temporal.start}/${d.temporal.end}` } : {}),
    landingPage: d.landingPage,
    language: ['id'],
    theme: [DOMAIN_GROUP_TITLES[d.group].id],
    distribution: d.distributions.map((dist) => ({
      '@type': 'dcat:Distribution',
      title: `${dist.formatName} — ${d.title.id}`,
      downloadURL: dist.downloadUrl,
      mediaType: dist.mediaType,
      format: dist.formatName,
    })),
  };
}

export function podCatalog(datasets: CatalogDataset[], ctx: CatalogContext) {
  return {
    '@context': 'https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld',
    '@id': `${ctx.baseUrl}${DATA_JSON_PATH}`,
    '@type': 'dcat:Catalog',
    conformsTo: 'https://project-open-data.cio.gov/v1.1/schema',
    describedBy: 'https://project-open-data.cio.gov/v1.1/schema/catalog.json',
    dataset: datasets.map((d) => podDataset(d, ctx)),
  };
}
