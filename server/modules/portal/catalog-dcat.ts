/**
 * The catalogue as DCAT-AP 3.0 JSON-LD (https://semiceu.github.io/DCAT-AP/releases/3.0.0/),
 * in the shape CKAN's DCAT harvester (ckanext-dcat, the RDF harvester behind Satu Data
 * Indonesia's CKAN portal) reads: a dcat:Catalog with its dcat:dataset, each dataset's
 * dcat:distribution with dcat:accessURL / dcat:downloadURL, dcat:mediaType and dct:license,
 * and — when the catalogue has more than one page — a hydra:PagedCollection node whose
 * hydra:nextPage the harvester follows (ckanext-dcat's RDFParser.next_page).
 *
 * Every node of a class DCAT-AP constrains with sh:class carries its @type (dct:Location,
 * dct:PeriodOfTime, foaf:Agent, vcard:Kind, dct:LicenseDocument, dct:MediaType, …), so the
 * SHACL shapes can check ranges without inference. Texts carry a language tag (id, en).
 */
import {
  CATALOG_PAGE_SIZE,
  EU_DATA_THEME_BASE,
  EU_FILE_TYPE_BASE,
  EU_LANGUAGE_INDONESIAN,
  IANA_MEDIA_TYPE_BASE,
} from '../../../domain/portal-catalog.js';
import { DOMAIN_GROUP_TITLES } from '../../../domain/indicators.js';
import type { PublicDownloadFormat } from '../../../domain/portal.js';
import type { Bilingual, CatalogContext, CatalogDataset } from './catalog-model.js';

export const CATALOG_JSONLD_PATH = '/api/public/catalog.jsonld';

const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  hydra: 'http://www.w3.org/ns/hydra/core#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
};

/** The EU file type of each download (an SDMX-CSV file is a CSV file in SDMX's layout). */
const FILE_TYPES: Record<PublicDownloadFormat, string> = {
  csv: 'CSV',
  xlsx: 'XLSX',
  json: 'JSON',
  'sdmx-csv': 'CSV',
};

const texts = (b: Bilingual) => [
  { '@value': b.id, '@language': 'id' },
  { '@value': b.en, '@language': 'en' },
];
const date = (d: string) => ({ '@value': d, '@type': 'xsd:date' });
const dateTime = (d: string) => ({ '@value': d, '@type': 'xsd:dateTime' });

export function dcatDataset(d: CatalogDataset, ctx: CatalogContext) {
  const node = `${ctx.baseUrl}/p/${d.regionCode}#${d.group}`;
  const license = { '@id': d.license.uri, '@type': 'dct:LicenseDocument', 'dct:title': d.license.title };
  return {
    '@id': node,
    '@type': 'dcat:Dataset',
    'dct:identifier': d.identifier,
    'dct:title': texts(d.title),
    'dct:description': texts(d.description),
    'dcat:keyword': d.keywords.flatMap(texts),
    'dcat:theme': {
      '@id': `${EU_DATA_THEME_BASE}${d.theme}`,
      '@type': 'skos:Concept',
      'skos:prefLabel': texts(DOMAIN_GROUP_TITLES[d.group]),
    },
    'dct:language': { '@id': EU_LANGUAGE_INDONESIAN, '@type': 'dct:LinguisticSystem' },
    'dcat:landingPage': { '@id': d.landingPage, '@type': 'foaf:Document' },
    'dct:publisher': {
      '@id': `${ctx.baseUrl}/p/${d.regionCode}#publisher`,
      '@type': 'foaf:Agent',
      'foaf:name': d.publisher,
    },
    'dcat:contactPoint': {
      '@type': 'vcard:Kind',
      'vcard:fn': `${d.publisher} — pengelola data`,
      'vcard:hasEmail': { '@id': `mailto:${ctx.contactEmail}` },
      'vcard:hasURL': { '@id': d.landingPage },
    },
    'dct:spatial': {
      '@id': `${ctx.baseUrl}/p/${d.regionCode}#wilayah`,
      '@type': 'dct:Location',
      'skos:prefLabel': d.spatial.name,
      // Kemendagri's code (72.71) and BPS's (7271) name the same region.
      'dct:identifier': d.spatial.code,
      'skos:notation': d.spatial.bpsCode,
    },
    ...(d.temporal
      ? {
          'dct:temporal': {
            '@type': 'dct:PeriodOfTime',
            'dcat:startDate': date(d.temporal.start),
            'dcat:endDate': date(d.temporal.end),
          },
        }
      : {}),
    'dct:modified': dateTime(d.modified),
    'dcat:distribution': d.distributions.map((dist) => ({
      '@id': `${node}-${dist.format}`,
      '@type': 'dcat:Distribution',
      'dct:title': `${dist.formatName} — ${d.title.id}`,
      // DCAT-AP 3.0 gives both the range rdfs:Resource, which its shapes check by rdf:type.
      'dcat:accessURL': { '@id': dist.downloadUrl, '@type': 'rdfs:Resource' },
      'dcat:downloadURL': { '@id': dist.downloadUrl, '@type': 'rdfs:Resource' },
      'dcat:mediaType': { '@id': `${IANA_MEDIA_TYPE_BASE}${dist.mediaType}`, '@type': 'dct:MediaType' },
      'dct:format': {
        '@id': `${EU_FILE_TYPE_BASE}${FILE_TYPES[dist.format]}`,
        '@type': 'dct:MediaTypeOrExtent',
      },
      'dct:license': license,
    })),
  };
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / CATALOG_PAGE_SIZE));
}

/** One page (1-based) of the catalogue; `page` must lie in 1..pageCount. */
export function dcatCatalogPage(datasets: CatalogDataset[], page: number, ctx: CatalogContext) {
  const pages = pageCount(datasets.length);
  const url = (n: number) => `${ctx.baseUrl}${CATALOG_JSONLD_PATH}${n === 1 ? '' : `?page=${n}`}`;
  const slice = datasets.slice((page - 1) * CATALOG_PAGE_SIZE, page * CATALOG_PAGE_SIZE);
  const modified = datasets.reduce((a, d) => (d.modified > a ? d.modified : a), '');
  const catalog = {
    '@id': `${ctx.baseUrl}${CATALOG_JSONLD_PATH}`,
    '@type': 'dcat:Catalog',
    'dct:title': texts({ id: 'Setara — Portal Data Gender', en: 'Setara — Gender Data Portal' }),
    'dct:description': texts({
      id: 'Data terpilah menurut jenis kelamin yang telah diverifikasi pemerintah daerah di Indonesia, per wilayah dan bidang.',
      en: 'Sex-disaggregated data verified by Indonesian regional governments, by region and field.',
    }),
    'dct:publisher': { '@id': `${ctx.baseUrl}/p#setara`, '@type': 'foaf:Agent', 'foaf:name': 'Setara' },
    'foaf:homepage': { '@id': `${ctx.baseUrl}/p`, '@type': 'foaf:Document' },
    'dct:language': { '@id': EU_LANGUAGE_INDONESIAN, '@type': 'dct:LinguisticSystem' },
    ...(modified ? { 'dct:modified': dateTime(modified) } : {}),
    'dcat:dataset': slice.map((d) => dcatDataset(d, ctx)),
  };
  const graph: object[] = [catalog];
  if (pages > 1) {
    graph.push({
      '@id': url(page),
      '@type': 'hydra:PagedCollection',
      'hydra:totalItems': datasets.length,
      'hydra:itemsPerPage': CATALOG_PAGE_SIZE,
      'hydra:firstPage': url(1),
      'hydra:lastPage': url(pages),
      ...(page > 1 ? { 'hydra:previousPage': url(page - 1) } : {}),
      ...(page < pages ? { 'hydra:nextPage': url(page + 1) } : {}),
    });
  }
  return { '@context': CONTEXT, '@graph': graph };
}
