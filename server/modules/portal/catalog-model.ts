/**
 * The catalogue's datasets, one per region × indicator group holding a public figure, built
 * from the cells of catalog-queries.ts: titles and descriptions (Indonesian, English), keywords,
 * coverage, licence and the download links of each format. The DCAT-AP and data.json writers
 * (catalog-dcat.ts, catalog-pod.ts) only change the shape of these.
 */
import { DOMAIN_GROUPS, DOMAIN_GROUP_TITLES, type DomainGroup } from '../../../domain/indicators.js';
import {
  DEMO_NOTICE,
  DEMO_TITLE_PREFIX,
  GROUP_DATA_THEMES,
  bpsCodeOf,
  periodEnd,
  periodStart,
  publisherName,
} from '../../../domain/portal-catalog.js';
import {
  PORTAL_LICENSE_INFO,
  portalLicenseOf,
  type PortalLicenseInfo,
} from '../../../domain/portal-license.js';
import {
  PUBLIC_DOWNLOAD_FORMATS,
  PUBLIC_DOWNLOAD_MEDIA_TYPES,
  publicDownloadPath,
  regionPagePath,
  type PublicDownloadFormat,
  PUBLIC_DOWNLOAD_FORMAT_NAMES,
} from '../../../domain/portal.js';
import type { RegionLevel } from '../../../domain/region-code.js';
import type { CatalogCell } from './catalog-queries.js';

export interface Bilingual {
  id: string;
  en: string;
}

export interface CatalogDistribution {
  format: PublicDownloadFormat;
  /** What people call the format ("Excel (XLSX)"): the distribution's title, POD's `format`. */
  formatName: string;
  /** Absolute URL of the public download of exactly this dataset. */
  downloadUrl: string;
  mediaType: string;
}

export interface CatalogDataset {
  /** `72.71/kesehatan`: stable while the region and the group exist. */
  identifier: string;
  regionCode: string;
  regionName: string;
  regionLevel: RegionLevel;
  group: DomainGroup;
  title: Bilingual;
  description: Bilingual;
  keywords: Bilingual[];
  theme: string;
  /** Absolute URL of the region page. */
  landingPage: string;
  publisher: string;
  spatial: { code: string; bpsCode: string; name: string };
  temporal: { start: string; end: string } | null;
  modified: string;
  demo: boolean;
  license: PortalLicenseInfo;
  indicatorCount: number;
  distributions: CatalogDistribution[];
}

export interface CatalogContext {
  /** PUBLIC_URL without its trailing slash. */
  baseUrl: string;
  contactEmail: string;
}

const MAX_NAMED_INDICATORS = 5;

function describe(
  cells: CatalogCell[],
  group: DomainGroup,
  place: Bilingual,
  span: string,
  demo: boolean,
): Bilingual {
  const named = (lang: 'id' | 'en') => {
    const names = cells
      .slice(0, MAX_NAMED_INDICATORS)
      .map((c) => (lang === 'id' ? c.indicatorNameId : c.indicatorNameEn));
    const more = cells.length - names.length;
    return (
      names.join('; ') + (more > 0 ? (lang === 'id' ? `; dan ${more} lainnya` : `; and ${more} more`) : '')
    );
  };
  const title = DOMAIN_GROUP_TITLES[group];
  const id =
    `Data terpilah menurut jenis kelamin bidang ${title.id} di ${place.id}, periode ${span}: ` +
    `${cells.length} indikator (${named('id')}). Hanya nilai yang telah diverifikasi pemerintah daerah; ` +
    'tanpa data pribadi.';
  const en =
    `Sex-disaggregated data on ${title.en.toLowerCase()} in ${place.en}, ${span}: ` +
    `${cells.length} indicators (${named('en')}). Only values the regional government has verified; ` +
    'no personal data.';
  return demo ? { id: `${DEMO_NOTICE.id} ${id}`, en: `${DEMO_NOTICE.en} ${en}` } : { id, en };
}

function datasetOf(cells: CatalogCell[], group: DomainGroup, ctx: CatalogContext): CatalogDataset {
  const first = cells[0];
  const region = { code: first.regionCode, name: first.regionName, level: first.regionLevel };
  const where =
    first.parentName && first.regionLevel === 'kabkota' ? `${region.name}, ${first.parentName}` : region.name;
  const firstPeriod = cells.reduce((a, c) => (c.firstPeriod < a ? c.firstPeriod : a), first.firstPeriod);
  const lastPeriod = cells.reduce((a, c) => (c.lastPeriod > a ? c.lastPeriod : a), first.lastPeriod);
  const modified = cells.reduce((a, c) => (c.modified > a ? c.modified : a), first.modified);
  const demo = cells.some((c) => c.demo);
  const start = periodStart(firstPeriod);
  const end = periodEnd(lastPeriod);
  const span = firstPeriod === lastPeriod ? firstPeriod : `${firstPeriod}–${lastPeriod}`;
  const groupTitle = DOMAIN_GROUP_TITLES[group];
  const prefix = demo ? DEMO_TITLE_PREFIX : '';
  return {
    identifier: `${region.code}/${group}`,
    regionCode: region.code,
    regionName: region.name,
    regionLevel: region.level,
    group,
    title: {
      id: `${prefix}${groupTitle.id}: data terpilah gender ${region.name}`,
      en: `${prefix}${groupTitle.en}: sex-disaggregated data, ${region.name}`,
    },
    description: describe(cells, group, { id: where, en: where }, span, demo),
    keywords: [
      { id: 'gender', en: 'gender' },
      { id: 'data terpilah', en: 'sex-disaggregated data' },
      { id: 'pengarusutamaan gender', en: 'gender mainstreaming' },
      { id: groupTitle.id.toLowerCase(), en: groupTitle.en.toLowerCase() },
      { id: region.name, en: region.name },
    ],
    theme: GROUP_DATA_THEMES[group],
    landingPage: `${ctx.baseUrl}${regionPagePath(region)}`,
    publisher: publisherName(region),
    spatial: { code: region.code, bpsCode: bpsCodeOf(region.code), name: region.name },
    temporal: start && end ? { start, end } : null,
    modified,
    demo,
    license: PORTAL_LICENSE_INFO[portalLicenseOf(first.license)],
    indicatorCount: cells.length,
    distributions: PUBLIC_DOWNLOAD_FORMATS.map((format) => ({
      format,
      formatName: PUBLIC_DOWNLOAD_FORMAT_NAMES[format],
      downloadUrl: `${ctx.baseUrl}${publicDownloadPath(region.code, { group }, format)}`,
      mediaType: PUBLIC_DOWNLOAD_MEDIA_TYPES[format],
    })),
  };
}

/** The datasets in region-code order, each region's groups in DOMAIN_GROUPS order. */
export function catalogDatasets(cells: CatalogCell[], ctx: CatalogContext): CatalogDataset[] {
  const byRegionGroup = new Map<string, Map<DomainGroup, CatalogCell[]>>();
  for (const cell of cells) {
    let groups = byRegionGroup.get(cell.regionCode);
    if (!groups) byRegionGroup.set(cell.regionCode, (groups = new Map()));
    const list = groups.get(cell.domainGroup);
    if (list) list.push(cell);
    else groups.set(cell.domainGroup, [cell]);
  }
  const out: CatalogDataset[] = [];
  for (const code of [...byRegionGroup.keys()].sort()) {
    const groups = byRegionGroup.get(code)!;
    for (const group of DOMAIN_GROUPS) {
      const list = groups.get(group);
      if (list) out.push(datasetOf(list, group, ctx));
    }
  }
  return out;
}
