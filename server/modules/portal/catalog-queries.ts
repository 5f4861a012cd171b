/**
 * The open-data catalogue's and the sitemap's one read: every region × indicator that holds a
 * public figure, with its first and last period, its latest verified update and whether a
 * demo value is among them. Run inside withPublicReads (read-only, a statement timeout).
 *
 * "Public figure" follows domain/portal.ts at the level of a cell (region, indicator, period,
 * sex): the cell holds a verified value of one of the figure's parts (the indicator itself,
 * and for a rate its numerator and denominator, explore's partsOf) and no part holds a value in
 * review (PUBLIC_VALUE_STATUSES). That is the rule the region page applies before it sums; the
 * catalogue lists what the page and the download can show, it never shows a number itself.
 */
import { sql } from 'drizzle-orm';
import type { DomainGroup } from '../../../domain/indicators.js';
import { PUBLIC_VALUE_STATUSES } from '../../../domain/portal.js';
import { NATIONAL_CODE } from '../../../domain/region-code.js';
import type { RegionLevel } from '../../../domain/region-code.js';
import type { Db } from '../../db/connection.js';

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

const PUBLIC = sql.raw(PUBLIC_VALUE_STATUSES.map((s) => `'${s}'`).join(', '));

/**
 * Every region × indicator with a public figure, by region code then indicator code. One pass
 * over data_values grouped by cell; the answer is one row per region × indicator (≈ 155 k on
 * the national dataset).
 */
export async function catalogCells(db: Db): Promise<CatalogCell[]> {
  const result = (await db.execute(sql`
    with cells as (
      select region_code, indicator_code, period, sex,
             bool_or(status in (${PUBLIC})) as published,
             bool_or(status not in (${PUBLIC})) as in_review,
             bool_or(is_demo and status in (${PUBLIC})) as demo,
             max(updated_at) filter (where status in (${PUBLIC})) as modified
        from data_values
       group by region_code, indicator_code, period, sex
    ),
    parts as (
      select i.code, p.part
        from indicators i
       cross join lateral unnest(
               case when i.aggregation = 'ratio'
                    then array[i.code, i.numerator_code, i.denominator_code]
                    else array[i.code] end) as p(part)
       where i.active and p.part is not null
    ),
    figures as (
      select c.region_code, pa.code as indicator_code, c.period,
             bool_or(c.demo) as demo, max(c.modified) as modified
        from parts pa
        join cells c on c.indicator_code = pa.part
       group by c.region_code, pa.code, c.period, c.sex
      having bool_or(c.published) and not bool_or(c.in_review)
    )
    select f.region_code, r.name as region_name, r.level as region_level, parent.name as parent_name,
           f.indicator_code, i.name_id, i.name_en, i.domain_group,
           min(f.period) as first_period, max(f.period) as last_period,
           max(f.modified) as modified, bool_or(f.demo) as demo,
           s.portal_license as license
      from figures f
      join regions r on r.code = f.region_code
      left join regions parent on parent.code = r.parent_code
      join indicators i on i.code = f.indicator_code
      left join region_settings s on s.region_code = f.region_code
     where i.owner_region_code in (${NATIONAL_CODE}, f.region_code, r.parent_code)
     group by f.region_code, r.name, r.level, parent.name, f.indicator_code, i.name_id, i.name_en,
              i.domain_group, s.portal_license
     order by f.region_code, f.indicator_code
  `)) as unknown as { rows: Record<string, unknown>[] };
  return result.rows.map((r) => ({
    regionCode: String(r.region_code),
    regionName: String(r.region_name),
    regionLevel: r.region_level as RegionLevel,
    parentName: r.parent_name === null ? null : String(r.parent_name),
    indicatorCode: String(r.indicator_code),
    indicatorNameId: String(r.name_id),
    indicatorNameEn: String(r.name_en),
    domainGroup: r.domain_group as DomainGroup,
    firstPeriod: String(r.first_period),
    lastPeriod: String(r.last_period),
    modified: new Date(r.modified as string | Date).toISOString(),
    demo: r.demo === true,
    license: r.license === null ? null : String(r.license),
  }));
}

/** Every region (each has a page, with or without public figures), for the sitemap. */
export async function allRegions(db: Db): Promise<{ code: string; name: string; level: RegionLevel }[]> {
  const result = (await db.execute(sql`select code, name, level from regions order by code`)) as unknown as {
    rows: { code: string; name: string; level: RegionLevel }[];
  };
  return result.rows;
}
