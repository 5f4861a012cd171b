/**
 * The figures behind the Profil Gender's kab/kota maps (maps.ts draws them, pdf-maps.ts lays
 * them out). A province's profil maps its kab/kota; a kab/kota's profil maps the kab/kota of
 * its province with itself outlined, so it reads against its neighbours.
 *
 * Which indicators: a fixed short list (MAP_INDICATORS), not "the widest gaps" of the year —
 * a book that changes its maps every year cannot be compared with last year's, and a gap
 * ranking would pick counts (heads of family, cases), whose P − L says more about population
 * size than about equality. The list holds rates that are comparable between regions of any
 * size and feed the gender indices (IPG, IKG).
 *
 * Whose values: other regions' values are their published figures — verified only, whatever
 * the edition — since a kab/kota's readers may not read its neighbours' drafts (domain/access.ts
 * canReadRegion) and a province book should not print its kab/kota's unchecked numbers. The
 * profil's own region is shown as in its tables (the edition's statuses), so the map and the
 * table agree.
 */
import { and, asc, eq } from 'drizzle-orm';
import { roundTo } from '../../../domain/aggregate.js';
import type { ValueStatus } from '../../../domain/indicators.js';
import type { Db } from '../../db/connection.js';
import { regions } from '../../db/schema.js';
import type { indicators } from '../../db/schema-data.js';
import { loadSeries, type SeriesPoint } from '../explore/series.js';
import type { ProfilMap, ProfilMapMeasure, ProfilMapOmission, ProfilMaps } from './model.js';

type IndicatorRow = typeof indicators.$inferSelect;

/**
 * Life expectancy (IPG health), mean years of schooling (IPG education), labour force
 * participation (IKG labour market) and women's share of DPRD seats (IKG and IDG
 * empowerment). Both-sex indicators are mapped as P − L, women-only ones by their value.
 */
export const MAP_INDICATORS = ['KES_UHH', 'PDD_RLS', 'EKO_TPAK', 'POL_DPRD_PEREMPUAN_PERSEN'] as const;

/** A comparison needs two regions with a figure: fewer, and the map is left out with why. */
export const MIN_MAPPED_REGIONS = 2;

export async function loadProfilMaps(
  db: Db,
  regionCode: string,
  years: { from: number; to: number },
  ownStatuses: ValueStatus[] | undefined,
  catalog: IndicatorRow[],
): Promise<ProfilMaps | null> {
  const [region] = await db
    .select({ level: regions.level, parentCode: regions.parentCode })
    .from(regions)
    .where(eq(regions.code, regionCode));
  const provinceCode =
    region?.level === 'provinsi' ? regionCode : region?.level === 'kabkota' ? region.parentCode : null;
  if (!provinceCode) return null;
  const [province] = await db
    .select({ name: regions.name })
    .from(regions)
    .where(eq(regions.code, provinceCode));
  const kabkota = await db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(and(eq(regions.parentCode, provinceCode), eq(regions.level, 'kabkota')))
    .orderBy(asc(regions.code));
  const highlight = region.level === 'kabkota' ? regionCode : null;

  const listed = MAP_INDICATORS.map((code) => catalog.find((i) => i.code === code)).filter(
    (i): i is IndicatorRow => i !== undefined,
  );
  const codes = listed.map((i) => i.code);
  const range = { indicatorCodes: codes, from: String(years.from), to: String(years.to) };
  const others = kabkota.map((k) => k.code).filter((c) => c !== highlight);
  const [otherPoints, ownPoints] = await Promise.all([
    others.length > 0 && codes.length > 0
      ? loadSeries(db, { ...range, regionCodes: others, statuses: ['verified'] })
      : [],
    highlight && codes.length > 0
      ? loadSeries(db, { ...range, regionCodes: [highlight], statuses: ownStatuses })
      : [],
  ]);
  const byKey = new Map<string, SeriesPoint>();
  for (const pt of [...otherPoints, ...ownPoints]) {
    if (/^\d{4}$/.test(pt.period)) byKey.set(`${pt.indicatorCode}|${pt.regionCode}|${pt.period}`, pt);
  }

  const maps: ProfilMap[] = [];
  const omitted: ProfilMaps['omitted'] = [];
  for (const ind of listed) {
    const measure: ProfilMapMeasure = ind.sexes.includes('L') ? 'gap' : 'female';
    const yearMap = (year: number) =>
      kabkota.map(({ code }) => {
        const pt = byKey.get(`${ind.code}|${code}|${year}`);
        const p = pt?.p ?? null;
        const l = pt?.l ?? null;
        return { code, p, l, value: valueOf(measure, p, l, ind.decimals) };
      });
    let drawn: ProfilMap | null = null;
    let reason: ProfilMapOmission = 'no_values';
    // The latest year that makes a comparison: the asked year when it has one.
    for (let year = years.to; year >= years.from && !drawn; year--) {
      const values = yearMap(year);
      const withValue = values.filter((v) => v.value !== null);
      const own = highlight ? withValue.some((v) => v.code === highlight) : true;
      if (withValue.length >= MIN_MAPPED_REGIONS && own) {
        drawn = {
          indicatorCode: ind.code,
          name: ind.nameId,
          unit: ind.unit,
          decimals: ind.decimals,
          measure,
          year,
          values,
        };
      } else if (withValue.length > 0) {
        // The most telling reason over the years: a region lacking only neighbours beats one lacking all.
        const why: ProfilMapOmission = !highlight ? 'too_few' : own ? 'no_neighbours' : 'own_missing';
        if (reason === 'no_values' || why === 'no_neighbours') reason = why;
      }
    }
    if (drawn) maps.push(drawn);
    else omitted.push({ name: ind.nameId, reason });
  }

  return {
    layer: `kabkota-${provinceCode}`,
    provinceName: province?.name ?? provinceCode,
    highlight,
    regions: kabkota,
    maps,
    omitted,
  };
}

/** P − L rounded to the indicator's decimals (float noise would reach the legend), or P. */
function valueOf(
  measure: ProfilMapMeasure,
  p: number | null,
  l: number | null,
  decimals: number,
): number | null {
  if (measure === 'female') return p;
  return p === null || l === null ? null : roundTo(p - l, decimals);
}
