/**
 * One indicator across the kab/kota of a region's province in one year (the indicator page's
 * map and ranked table, its JSON, the embeddable map): every kab/kota's public figure, by the
 * same rule as the region's own (explore's loadSeries restricted to PUBLIC_VALUE_STATUSES, a
 * figure adding up a value in review withheld — service.ts publicPoints), so a neighbour's
 * draft never shows beside a verified figure.
 *
 * What the map colours by: P − L for an indicator of both sexes (the gender gap, on the
 * diverging ramp, as the Profil Gender's maps do), else its one figure (P, L or the total).
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { PortalComparison, PortalComparisonMeasure, PortalLang } from '../../../api/portal.js';
import { roundTo } from '../../../domain/aggregate.js';
import { indicatorPagePath, PUBLIC_VALUE_STATUSES } from '../../../domain/portal.js';
import type { Db } from '../../db/connection.js';
import { regions } from '../../db/schema.js';
import { dataValues } from '../../db/schema-data.js';
import { NotFound } from '../../lib/errors.js';
import { partsOf } from '../explore/combine.js';
import { loadSeries, type SeriesPoint } from '../explore/series.js';
import { keyOf } from '../explore/sums.js';
import {
  PUBLIC_STATUS_LIST,
  publicCatalog,
  publicRegion,
  withPublicReads,
  type PublicIndicatorRow,
} from './queries.js';
import { publicPoints, sourceOf, VISIBILITY } from './service.js';

const isYear = (period: string) => /^\d{4}$/.test(period);

/** Per region, the indicator × period × sex cells still holding a value in review. */
async function reviewCellsOf(db: Db, regionCodes: string[], indicatorCodes: string[]) {
  const out = new Map<string, Set<string>>(regionCodes.map((c) => [c, new Set<string>()]));
  if (regionCodes.length === 0) return out;
  const rows = await db
    .selectDistinct({
      regionCode: dataValues.regionCode,
      indicatorCode: dataValues.indicatorCode,
      period: dataValues.period,
      sex: dataValues.sex,
    })
    .from(dataValues)
    .where(
      and(
        inArray(dataValues.regionCode, regionCodes),
        inArray(dataValues.indicatorCode, indicatorCodes),
        sql`${dataValues.status} not in (${PUBLIC_STATUS_LIST})`,
      ),
    );
  for (const r of rows) out.get(r.regionCode)?.add(keyOf(r.indicatorCode, r.period, r.sex));
  return out;
}

/** Whether a public figure of the indicator in these regions is the seed's demo data. */
async function anyDemo(db: Db, regionCodes: string[], indicatorCodes: string[]): Promise<boolean> {
  if (regionCodes.length === 0) return false;
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(dataValues)
    .where(
      and(
        inArray(dataValues.regionCode, regionCodes),
        inArray(dataValues.indicatorCode, indicatorCodes),
        eq(dataValues.isDemo, true),
        inArray(dataValues.status, [...PUBLIC_VALUE_STATUSES]),
      ),
    )
    .limit(1);
  return row !== undefined;
}

export function measureOf(ind: Pick<PublicIndicatorRow, 'sexes'>): PortalComparisonMeasure {
  const p = ind.sexes.includes('P');
  const l = ind.sexes.includes('L');
  if (p && l) return 'gap';
  if (p) return 'female';
  if (l) return 'male';
  return 'total';
}

function valueOf(
  measure: PortalComparisonMeasure,
  f: { p: number | null; l: number | null; t: number | null },
  decimals: number,
): number | null {
  if (measure === 'gap') return f.p === null || f.l === null ? null : roundTo(f.p - f.l, decimals);
  if (measure === 'female') return f.p;
  if (measure === 'male') return f.l;
  return f.t;
}

/** Highest value first, ties sharing a rank (1, 2, 2, 4), regions without a value last. */
function ranked<T extends { value: number | null; code: string }>(
  items: T[],
): (T & { rank: number | null })[] {
  const sorted = [...items].sort((a, b) =>
    a.value === null || b.value === null
      ? (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) || a.code.localeCompare(b.code)
      : b.value - a.value || a.code.localeCompare(b.code),
  );
  return sorted.map((item) => ({
    ...item,
    rank:
      item.value === null ? null : 1 + sorted.filter((o) => o.value !== null && o.value > item.value!).length,
  }));
}

/**
 * The comparison for the region's page. `year` absent: the latest year in which the region
 * itself has a public figure, or else the latest in which any kab/kota has one.
 */
export async function indicatorComparison(
  db: Db,
  regionCode: string,
  indicatorCode: string,
  year?: number,
  lang: PortalLang = 'id',
): Promise<PortalComparison> {
  const loaded = await withPublicReads(db, async (tx) => {
    const region = await publicRegion(tx, regionCode);
    const [ind] = await publicCatalog(tx, regionCode, indicatorCode);
    if (!ind) throw new NotFound('portal_indicator_not_found');
    const provinceCode =
      region.level === 'provinsi' ? region.code : region.level === 'kabkota' ? region.parent?.code : null;
    const province = provinceCode ? await publicRegion(tx, provinceCode) : null;
    const kabkota = province
      ? await tx
          .select({ code: regions.code, name: regions.name })
          .from(regions)
          .where(and(eq(regions.parentCode, province.code), eq(regions.level, 'kabkota')))
          .orderBy(asc(regions.code))
      : [];
    const codes = kabkota.map((k) => k.code);
    const parts = partsOf({ ...ind, multiplier: null, dimensions: [], sexes: [] });
    const points =
      codes.length > 0
        ? await loadSeries(tx, {
            regionCodes: codes,
            indicatorCodes: [ind.code],
            statuses: [...PUBLIC_VALUE_STATUSES],
          })
        : [];
    const review = await reviewCellsOf(tx, codes, parts);
    const demo = await anyDemo(tx, codes, parts);
    return { region, ind, province, kabkota, points, review, demo };
  });
  const { region, ind, province, kabkota, review } = loaded;

  const byRegion = new Map<string, SeriesPoint[]>();
  for (const p of loaded.points) {
    if (!isYear(p.period)) continue;
    if (!byRegion.has(p.regionCode)) byRegion.set(p.regionCode, []);
    byRegion.get(p.regionCode)!.push(p);
  }
  const figures = new Map(
    kabkota.map((k) => [
      k.code,
      new Map(
        publicPoints(ind, byRegion.get(k.code) ?? [], review.get(k.code) ?? new Set()).map((pt) => [
          Number(pt.period),
          pt,
        ]),
      ),
    ]),
  );
  const years = [...new Set([...figures.values()].flatMap((m) => [...m.keys()]))].sort((a, b) => b - a);
  const ownYears = [...(figures.get(region.code)?.keys() ?? [])].sort((a, b) => b - a);
  const shown = year ?? ownYears[0] ?? years[0] ?? null;
  const measure = measureOf(ind);
  const items = ranked(
    kabkota.map((k) => {
      const f = shown === null ? undefined : figures.get(k.code)?.get(shown);
      const p = f?.p ?? null;
      const l = f?.l ?? null;
      const t = f?.t ?? null;
      return {
        code: k.code,
        name: k.name,
        pagePath: indicatorPagePath(k, ind.code),
        p,
        l,
        t,
        value: valueOf(measure, { p, l, t }, ind.decimals),
        status: 'verified' as const,
      };
    }),
  );
  return {
    region: { code: region.code, name: region.name },
    province: province ? { code: province.code, name: province.name } : null,
    indicator: {
      code: ind.code,
      name: lang === 'en' ? ind.nameEn : ind.nameId,
      unit: ind.unit,
      decimals: ind.decimals,
      source: sourceOf(ind),
    },
    year: shown,
    years,
    measure,
    layer: province ? `kabkota-${province.code}` : null,
    items,
    visibility: VISIBILITY[lang],
    demo: loaded.demo,
  };
}
