/**
 * The portal home page's highlights (/p without a search): how many regions publish verified
 * data, BPS's published gender indices of Indonesia and of each province, the widest gaps in
 * the nation's own verified figures, and the latest publications — the regions that verified
 * data most recently and the Profil Gender editions regions published. Only what
 * domain/portal.ts makes public: verified values (PUBLIC_VALUE_STATUSES, in SQL), BPS-published
 * index values (never Setara's computation), published Profil Gender editions; dates and
 * counts, never who verified or published.
 *
 * Every query is bounded on the national dataset: the publishing regions are counted with one
 * index probe per region (EXISTS on data_values' primary key, which starts with region_code),
 * the latest verifications come from the review log (data_reviews, a row per OPD and period),
 * not from a scan of the values.
 */
import { sql } from 'drizzle-orm';
import type { PortalLang, PortalRegionResponse } from '../../../api/portal.js';
import { INDEX_NAMES, type IndexCode } from '../../../domain/indices/constants.js';
import type { Db } from '../../db/connection.js';
import { rowsOf } from '../home/queries.js';
import { AppError } from '../../lib/errors.js';
import { PUBLIC_STATUS_LIST, withPublicReads } from './queries.js';
import { regionSummary } from './service.js';

/** The code of the nation in the regions table (Kemendagri has none; Setara's own). */
export const NATION_CODE = 'ID';
/** The indices the home page shows: BPS publishes these three for the nation and each province. */
export const HOME_INDICES = ['ipg', 'idg', 'ikg'] as const satisfies readonly IndexCode[];
const LATEST_ROWS = 8;
const NATIONAL_GAPS = 5;

const INDEX_LIST = sql.raw(HOME_INDICES.map((i) => `'${i}'`).join(', '));

export interface PublishedIndex {
  index: (typeof HOME_INDICES)[number];
  name: string;
  year: number;
  value: number;
  source: string;
  demo: boolean;
}

export interface ProvinceIndices {
  code: string;
  name: string;
  indices: Partial<Record<(typeof HOME_INDICES)[number], PublishedIndex>>;
}

export interface LatestVerification {
  code: string;
  name: string;
  level: string;
  parentName: string | null;
  period: string;
  /** Indicators with a verified value for that period in the region, as of now. */
  indicators: number;
  at: Date;
  demo: boolean;
}

export interface LatestProfil {
  code: string;
  name: string;
  year: number;
  publishedAt: Date;
  sizeBytes: number;
}

export interface Highlights {
  publishing: { provinsi: number; kabkota: number; nasional: number };
  national: PublishedIndex[];
  provinces: ProvinceIndices[];
  /** The nation's own verified figures' widest gaps (its region page's ranking), with their years. */
  nationalGaps: (PortalRegionResponse['gaps'][number] & { decimals: number })[];
  latest: LatestVerification[];
  profils: LatestProfil[];
}

interface IndexRow {
  region_code: string;
  region_name: string;
  index_code: (typeof HOME_INDICES)[number];
  year: number;
  published: number;
  published_source: string;
  is_demo: boolean;
}

async function publishingCounts(tx: Db): Promise<Highlights['publishing']> {
  const rows = await rowsOf<{ level: string; n: number }>(
    tx,
    sql`select r.level, count(*)::int as n from regions r
        where exists (select 1 from data_values v where v.region_code = r.code and v.status in (${PUBLIC_STATUS_LIST}))
        group by r.level`,
  );
  const n = (level: string) => rows.find((r) => r.level === level)?.n ?? 0;
  return { provinsi: n('provinsi'), kabkota: n('kabkota'), nasional: n('nasional') };
}

/** BPS's latest published IPG, IDG and IKG of the nation and of every province that has one. */
async function publishedIndexRows(tx: Db): Promise<IndexRow[]> {
  return rowsOf<IndexRow>(
    tx,
    sql`select distinct on (v.region_code, v.index_code)
          v.region_code, r.name as region_name, v.index_code, v.year, v.published, v.published_source, v.is_demo
        from index_values v join regions r on r.code = v.region_code
        where v.published is not null and v.index_code in (${INDEX_LIST})
          and (r.level = 'provinsi' or r.code = ${NATION_CODE})
        order by v.region_code, v.index_code, v.year desc`,
  );
}

async function latestVerifications(tx: Db): Promise<LatestVerification[]> {
  const rows = await rowsOf<{
    code: string;
    name: string;
    level: string;
    parent_name: string | null;
    period: string;
    at: Date | string;
    indicators: number;
    demo: boolean;
  }>(
    tx,
    sql`with last as (
          select distinct on (region_code) region_code, period, at
          from data_reviews where action = 'verify'
          order by region_code, at desc
        ), recent as (select * from last order by at desc limit ${LATEST_ROWS * 2})
        select r.code, r.name, r.level, p.name as parent_name, x.period, x.at,
          (select count(distinct v.indicator_code)::int from data_values v
            where v.region_code = x.region_code and v.period = x.period
              and v.status in (${PUBLIC_STATUS_LIST})) as indicators,
          exists (select 1 from data_values v where v.region_code = x.region_code
            and v.period = x.period and v.is_demo) as demo
        from recent x join regions r on r.code = x.region_code
        left join regions p on p.code = r.parent_code
        order by x.at desc`,
  );
  // A verification later returned for correction leaves nothing public: not a publication.
  return rows
    .filter((r) => r.indicators > 0)
    .slice(0, LATEST_ROWS)
    .map((r) => ({
      code: r.code,
      name: r.name,
      level: r.level,
      parentName: r.parent_name,
      period: r.period,
      indicators: r.indicators,
      at: new Date(r.at),
      demo: r.demo,
    }));
}

async function latestProfils(tx: Db): Promise<LatestProfil[]> {
  const rows = await rowsOf<{
    code: string;
    name: string;
    year: number;
    published_at: Date | string;
    size_bytes: number;
  }>(
    tx,
    sql`select p.region_code as code, r.name, p.year, p.published_at, p.size_bytes
        from profil_publications p join regions r on r.code = p.region_code
        order by p.published_at desc limit ${LATEST_ROWS}`,
  );
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    year: r.year,
    publishedAt: new Date(r.published_at),
    sizeBytes: r.size_bytes,
  }));
}

/** The nation's gaps ranking, as its region page has it; none when the nation has no figure. */
async function nationalGaps(db: Db, lang: PortalLang): Promise<Highlights['nationalGaps']> {
  try {
    const summary = await regionSummary(db, NATION_CODE, lang);
    const decimalsOf = new Map(summary.indicators.map((i) => [i.code, i.decimals]));
    return summary.gaps
      .slice(0, NATIONAL_GAPS)
      .map((g) => ({ ...g, decimals: decimalsOf.get(g.indicatorCode) ?? 2 }));
  } catch (error) {
    if (error instanceof AppError && error.status === 404) return [];
    throw error;
  }
}

export async function homeHighlights(db: Db, lang: PortalLang): Promise<Highlights> {
  const { publishing, indexRows, latest, profils } = await withPublicReads(db, async (tx) => ({
    publishing: await publishingCounts(tx),
    indexRows: await publishedIndexRows(tx),
    latest: await latestVerifications(tx),
    profils: await latestProfils(tx),
  }));
  const toIndex = (r: IndexRow): PublishedIndex => ({
    index: r.index_code,
    name: INDEX_NAMES[r.index_code][lang],
    year: r.year,
    value: Number(r.published),
    source: r.published_source,
    demo: r.is_demo,
  });
  const byIndex = (a: PublishedIndex, b: PublishedIndex) =>
    HOME_INDICES.indexOf(a.index) - HOME_INDICES.indexOf(b.index);
  const provinces = new Map<string, ProvinceIndices>();
  for (const r of indexRows) {
    if (r.region_code === NATION_CODE) continue;
    const entry = provinces.get(r.region_code) ?? { code: r.region_code, name: r.region_name, indices: {} };
    entry.indices[r.index_code] = toIndex(r);
    provinces.set(r.region_code, entry);
  }
  return {
    publishing,
    national: indexRows
      .filter((r) => r.region_code === NATION_CODE)
      .map(toIndex)
      .sort(byIndex),
    provinces: [...provinces.values()].sort((a, b) => a.code.localeCompare(b.code)),
    nationalGaps: await nationalGaps(db, lang),
    latest,
    profils,
  };
}
