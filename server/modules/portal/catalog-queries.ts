/**
 * The open-data catalogue's and the sitemap's one read: every region × indicator that holds a
 * public figure, with its first and last period, its latest verified update and whether a
 * demo value is among them. Run inside withPublicReads (read-only, a statement timeout).
 *
 * "Public figure" follows domain/portal.ts at the level of a cell (region, indicator, period,
 * sex): the cell holds a verified value of one of the figure's parts (the indicator itself,
 * and for a rate its numerator and denominator, explore's partsOf) and no part holds a value in
 * review there (PUBLIC_VALUE_STATUSES). That is the rule the region page applies before it
 * sums; the catalogue lists what the page and the download can show, never a number itself.
 *
 * Cost, national dataset (bench/portal-catalog.ts): one scan of the verified values grouped by
 * region × indicator (≈ 155 k groups), plus the values in review through their partial index
 * (data_values_open_idx) — small once a region's years are verified — and, only for the region
 * × indicator pairs those touch, their verified cells period by period.
 */
import { sql } from 'drizzle-orm';
import type { DomainGroup } from '../../../domain/indicators.js';
import { NATIONAL_CODE, type RegionLevel } from '../../../domain/region-code.js';
import type { Db } from '../../db/connection.js';
import { partsOf } from '../explore/combine.js';
import { PUBLIC_STATUS_LIST } from './queries.js';

export interface CatalogCell {
  regionCode: string;
  regionName: string;
  regionLevel: RegionLevel;
  parentName: string | null;
  indicatorCode: string;
  indicatorNameId: string;
  indicatorNameEn: string;
  domainGroup: DomainGroup;
  firstPeriod: string;
  lastPeriod: string;
  /** The latest update of a verified value it holds (ISO timestamp). */
  modified: string;
  demo: boolean;
  /** SPDX id from region_settings.portal_license; null when the region never chose. */
  license: string | null;
}

type Rows<T> = { rows: T[] };
const rowsOf = async <T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> =>
  ((await db.execute(query)) as unknown as Rows<T>).rows;

interface Span {
  first: string;
  last: string;
  modified: string;
  demo: boolean;
}

const iso = (v: string | Date) => new Date(v).toISOString();
const pairKey = (region: string, indicator: string) => `${region}|${indicator}`;

function widen(span: Span | undefined, next: Span): Span {
  if (!span) return { ...next };
  return {
    first: next.first < span.first ? next.first : span.first,
    last: next.last > span.last ? next.last : span.last,
    modified: next.modified > span.modified ? next.modified : span.modified,
    demo: span.demo || next.demo,
  };
}

/** Every region × indicator with a public figure, by region code then indicator code. */
export async function catalogCells(db: Db): Promise<CatalogCell[]> {
  // For this transaction only: the scan hashes ≈ 155 k groups, which fit in 64 MB without
  // spilling to disk (withPublicReads already turns JIT off).
  await db.execute(sql`select set_config('work_mem', '64MB', true)`);

  const regions = await rowsOf<{
    code: string;
    name: string;
    level: RegionLevel;
    parent_code: string | null;
    parent_name: string | null;
    license: string | null;
  }>(
    db,
    sql`select r.code, r.name, r.level, r.parent_code, p.name as parent_name, s.portal_license as license
          from regions r
          left join regions p on p.code = r.parent_code
          left join region_settings s on s.region_code = r.code
         order by r.code`,
  );
  const catalog = await rowsOf<{
    code: string;
    name_id: string;
    name_en: string;
    domain_group: DomainGroup;
    owner_region_code: string;
    aggregation: string;
    numerator_code: string | null;
    denominator_code: string | null;
  }>(
    db,
    sql`select code, name_id, name_en, domain_group, owner_region_code, aggregation, numerator_code, denominator_code
          from indicators where active order by code`,
  );
  // Verified values by region × indicator: the one scan.
  const spans = new Map<string, Span>();
  for (const r of await rowsOf<{
    region_code: string;
    indicator_code: string;
    first: string;
    last: string;
    modified: string | Date;
    demo: boolean;
  }>(
    db,
    sql`select region_code, indicator_code, min(period) as first, max(period) as last,
               max(updated_at) as modified, bool_or(is_demo) as demo
          from data_values where status in (${PUBLIC_STATUS_LIST})
         group by region_code, indicator_code`,
  )) {
    spans.set(pairKey(r.region_code, r.indicator_code), {
      first: r.first,
      last: r.last,
      modified: iso(r.modified),
      demo: r.demo,
    });
  }
  // Cells in review (few), and the verified cells of the pairs they touch, period by period.
  const review = new Set<string>();
  const touched = new Set<string>();
  for (const r of await rowsOf<{ region_code: string; indicator_code: string; period: string; sex: string }>(
    db,
    sql`select distinct region_code, indicator_code, period, sex from data_values where status not in (${PUBLIC_STATUS_LIST})`,
  )) {
    review.add(`${pairKey(r.region_code, r.indicator_code)}|${r.period}|${r.sex}`);
    touched.add(pairKey(r.region_code, r.indicator_code));
  }
  const verifiedCells = new Map<string, { period: string; sex: string; modified: string; demo: boolean }[]>();
  if (touched.size > 0) {
    for (const r of await rowsOf<{
      region_code: string;
      indicator_code: string;
      period: string;
      sex: string;
      modified: string | Date;
      demo: boolean;
    }>(
      db,
      sql`select v.region_code, v.indicator_code, v.period, v.sex, max(v.updated_at) as modified, bool_or(v.is_demo) as demo
            from data_values v
            join (select split_part(x, '|', 1) as region_code, split_part(x, '|', 2) as indicator_code
                    from unnest(string_to_array(${[...touched].join(',')}, ',')) as x) t
              on t.region_code = v.region_code and t.indicator_code = v.indicator_code
           where v.status in (${PUBLIC_STATUS_LIST})
           group by v.region_code, v.indicator_code, v.period, v.sex`,
    )) {
      const key = pairKey(r.region_code, r.indicator_code);
      const list = verifiedCells.get(key) ?? [];
      list.push({ period: r.period, sex: r.sex, modified: iso(r.modified), demo: r.demo });
      verifiedCells.set(key, list);
    }
  }

  const out: CatalogCell[] = [];
  for (const region of regions) {
    const owners = new Set([NATIONAL_CODE, region.code, region.parent_code]);
    for (const ind of catalog) {
      if (!owners.has(ind.owner_region_code)) continue;
      const parts = partsOf({
        code: ind.code,
        aggregation: ind.aggregation,
        numeratorCode: ind.numerator_code,
        denominatorCode: ind.denominator_code,
        multiplier: null,
        decimals: 0,
        dimensions: [],
        sexes: [],
      });
      const keys = parts.map((p) => pairKey(region.code, p));
      let span: Span | undefined;
      if (!keys.some((k) => touched.has(k))) {
        for (const k of keys) if (spans.has(k)) span = widen(span, spans.get(k)!);
      } else {
        // A (period, sex) is public when a part holds a verified value there and no part a value in review.
        const blocked = (period: string, sex: string) =>
          keys.some((k) => review.has(`${k}|${period}|${sex}`));
        for (const k of keys) {
          for (const c of verifiedCells.get(k) ?? []) {
            if (blocked(c.period, c.sex)) continue;
            span = widen(span, { first: c.period, last: c.period, modified: c.modified, demo: c.demo });
          }
        }
      }
      if (!span) continue;
      out.push({
        regionCode: region.code,
        regionName: region.name,
        regionLevel: region.level,
        parentName: region.parent_name,
        indicatorCode: ind.code,
        indicatorNameId: ind.name_id,
        indicatorNameEn: ind.name_en,
        domainGroup: ind.domain_group,
        firstPeriod: span.first,
        lastPeriod: span.last,
        modified: span.modified,
        demo: span.demo,
        license: region.license,
      });
    }
  }
  return out;
}

/** Every region (each has a page, with or without public figures), for the sitemap. */
export async function allRegions(db: Db): Promise<{ code: string; name: string; level: RegionLevel }[]> {
  return rowsOf(db, sql`select code, name, level from regions order by code`);
}
