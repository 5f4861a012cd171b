/**
 * Each kab/kota's dashboard figures of a year per OPD (and its trend across years, stored as
 * year 0), kept for its own dashboard and its province's side by side: a province of 38 kab/kota
 * holds ~180 000 reports a year, which no index lets one request add up within a quarter of a
 * second, and even one kab/kota's 4 800 reports take most of the 100 ms a dashboard may take on
 * a shared 2-core machine (docs/performance.md).
 *
 * An entry is valid while its kab/kota's generation (monev_dashboard_stamps) is the one it was
 * computed at and, for a year's figures, while the same of its four report deadlines have passed:
 * the day decides "late" only by which deadlines are behind it (dashboard-queries.ts), so an
 * entry lasts across days until the next deadline goes by.
 * Migration 0011's triggers bump the generation in the transaction of every statement that
 * changes reports, their beneficiaries or indicators, plan lines, GAP documents or the monev
 * settings, so no writer can leave an entry standing. The generation is read before the
 * figures are computed: a change committed in between leaves the entry labelled with the older
 * generation, so it is recomputed next time, never trusted stale.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { rowsOf, textArray } from '../home/queries.js';

/** The trend's entry (every year of the kab/kota); a year's figures use the year itself. */
export const TREND = 0;

export interface CacheState {
  /** Each kab/kota's current generation (0 when nothing was ever written for it). */
  generation: Map<string, string>;
  /** Each kab/kota's deadlines of the year passed by `today`, a bit per quarter. */
  passed: Map<string, number>;
  /** Valid year figures and trends, by kab/kota (absent: to compute). */
  figures: Map<string, unknown>;
  trend: Map<string, unknown>;
}

export async function readCache(db: Db, codes: string[], year: number, today: string): Promise<CacheState> {
  const passed = sql.join(
    [1, 2, 3, 4].map(
      (q) =>
        sql`(case when ${today}::date > st.${sql.raw(`deadline_q${q}`)} then ${1 << (q - 1)} else 0 end)`,
    ),
    sql` + `,
  );
  const rows = await rowsOf<{
    code: string;
    generation: string;
    passed: number;
    figures: unknown;
    trend: unknown;
  }>(
    db,
    sql`select c.code, g.generation::text as generation, g.passed,
        (select d.figures from monev_dashboard_cache d where d.region_code = c.code and d.year = ${year}
          and d.generation = g.generation and d.deadlines_passed = g.passed) as figures,
        (select d.figures from monev_dashboard_cache d where d.region_code = c.code and d.year = ${TREND}
          and d.generation = g.generation) as trend
      from unnest(${textArray(codes)}) c(code)
      cross join lateral (select
        coalesce((select s.generation from monev_dashboard_stamps s where s.region_code = c.code), 0) as generation,
        coalesce((select ${passed} from monev_settings st where st.region_code = c.code and st.year = ${year}), 0)::int
          as passed) g`,
  );
  const out: CacheState = { generation: new Map(), passed: new Map(), figures: new Map(), trend: new Map() };
  const parse = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
  for (const r of rows) {
    out.generation.set(r.code, r.generation);
    out.passed.set(r.code, r.passed);
    if (r.figures != null) out.figures.set(r.code, parse(r.figures));
    if (r.trend != null) out.trend.set(r.code, parse(r.trend));
  }
  return out;
}

export interface CacheEntry {
  code: string;
  year: number;
  /** As read (CacheState) before the value was computed. */
  generation: string;
  passed: number;
  value: unknown;
}

export async function storeCache(db: Db, entries: CacheEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.execute(
    sql`insert into monev_dashboard_cache (region_code, year, deadlines_passed, generation, figures)
      values ${sql.join(
        entries.map(
          (e) =>
            sql`(${e.code}, ${e.year}, ${e.passed}, ${e.generation}::bigint, ${JSON.stringify(e.value)}::jsonb)`,
        ),
        sql`, `,
      )}
      on conflict (region_code, year) do update
        set deadlines_passed = excluded.deadlines_passed, generation = excluded.generation,
          figures = excluded.figures`,
  );
}
