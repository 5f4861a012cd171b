/**
 * The one read the annual report adds to what other modules already answer: per OPD, how many
 * of its assigned indicators hold a value of the year at all, and how many a verified one
 * (values by status come from home's dataYearCounts). One primary-key probe per assignment,
 * as dataYearCounts reads, so only the year's rows are touched.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { periodsOfYear, rowsOf, textArray } from '../home/queries.js';

export interface IndicatorCoverage {
  opdId: string;
  assigned: number;
  entered: number;
  verified: number;
}

export function indicatorCoverage(db: Db, regionCode: string, year: number) {
  const periods = textArray(periodsOfYear(year));
  return rowsOf<IndicatorCoverage>(
    db,
    sql`
      select a.opd_id::text as "opdId", count(*)::int as assigned,
        (count(*) filter (where x.entered))::int as entered,
        (count(*) filter (where x.verified))::int as verified
      from indicator_assignments a
      join indicators i on i.code = a.indicator_code and i.active
      cross join lateral (
        select
          exists (select 1 from data_values v where v.region_code = a.region_code
            and v.indicator_code = a.indicator_code and v.period = any(${periods})) as entered,
          exists (select 1 from data_values v where v.region_code = a.region_code
            and v.indicator_code = a.indicator_code and v.period = any(${periods})
            and v.status = 'verified') as verified
      ) x
      where a.region_code = ${regionCode}
      group by a.opd_id`,
  );
}
