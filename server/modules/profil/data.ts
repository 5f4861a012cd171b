/**
 * Loads what a Profil Gender shows: every active yearly indicator the region sees, its P, L
 * and total for the asked year and up to five years before (read through explore's
 * loadSeries, which applies each indicator's aggregation rule), and for indicators with more
 * dimensions a breakdown of the asked year. Aggregation is never redone here.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { roundTo } from '../../../domain/aggregate.js';
import { gapPoint } from '../../../domain/gaps.js';
import { DOMAIN_GROUPS, type DomainGroup } from '../../../domain/indicators.js';
import type { Db } from '../../db/connection.js';
import { regions } from '../../db/schema.js';
import { STARTER_INDICATORS } from '../../db/seed/catalog-data.js';
import { dataValues, dimensionSets, indicators } from '../../db/schema-data.js';
import { NotFound } from '../../lib/errors.js';
import { loadBreakdown, loadSeries, type SeriesPoint } from '../explore/series.js';
import { visibleTo } from '../indicators/visibility.js';
import { CHAPTER_TITLES } from './format.js';
import { loadProfilMaps } from './map-data.js';
import {
  TREND_YEARS,
  type Profil,
  type ProfilBreakdown,
  type ProfilIndicator,
  type ProfilRow,
} from './model.js';

type Status = 'draft' | 'submitted' | 'verified';
type IndicatorRow = typeof indicators.$inferSelect;

export interface ProfilOptions {
  /** Only verified values (the official edition); otherwise drafts and submitted ones too. */
  verifiedOnly: boolean;
  now?: Date;
}

/** Publications list the starter indicators in the catalog's own order; a region's own follow. */
const CATALOG_ORDER = new Map(STARTER_INDICATORS.map((d, i) => [d.code, i]));
const orderOf = (code: string) => CATALOG_ORDER.get(code) ?? Number.MAX_SAFE_INTEGER;

/** Quotient noise (0.30000000000000004) would reach the spreadsheet's cells. */
const RATIO_KEEP = 4;

export async function loadProfil(
  db: Db,
  regionCode: string,
  year: number,
  opts: ProfilOptions,
): Promise<Profil> {
  const [region] = await db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(eq(regions.code, regionCode));
  if (!region) throw new NotFound('region_unknown');

  const fromYear = year - TREND_YEARS;
  const statuses: Status[] | undefined = opts.verifiedOnly ? ['verified'] : undefined;
  const catalog = (
    await db
      .select()
      .from(indicators)
      .where(
        and(
          visibleTo(indicators.ownerRegionCode, regionCode),
          eq(indicators.active, true),
          eq(indicators.periodicity, 'year'),
        ),
      )
      .orderBy(asc(indicators.code))
  ).sort((a, b) => orderOf(a.code) - orderOf(b.code));

  const points = await loadSeries(db, {
    regionCodes: [regionCode],
    indicatorCodes: catalog.map((i) => i.code),
    from: String(fromYear),
    to: String(year),
    statuses,
  });
  const byIndicator = groupPoints(points);
  const dimensionNames = await loadDimensionNames(db, catalog);

  const shown: { row: IndicatorRow; ind: ProfilIndicator }[] = [];
  for (const row of catalog) {
    const rows = byIndicator.get(row.code) ?? [];
    if (rows.length === 0) continue;
    const hasYear = rows.some((r) => r.year === year);
    const breakdowns = hasYear
      ? await loadBreakdowns(db, row, regionCode, year, statuses, dimensionNames)
      : [];
    shown.push({ row, ind: toIndicator(row, rows, breakdowns) });
  }

  const flags = await valueFlags(
    db,
    regionCode,
    fromYear,
    year,
    shown.map((s) => s.row),
    statuses,
  );
  const maps = await loadProfilMaps(db, regionCode, { from: fromYear, to: year }, statuses, catalog);
  let number = 0;
  return {
    region,
    year,
    fromYear,
    generatedAt: opts.now ?? new Date(),
    hasDemo: flags.demo,
    hasUnverified: flags.unverified,
    verifiedOnly: opts.verifiedOnly,
    chapters: DOMAIN_GROUPS.map((group: DomainGroup) => ({
      group,
      number: ++number,
      title: CHAPTER_TITLES[group],
      indicators: shown.filter((s) => s.row.domainGroup === group).map((s) => s.ind),
    })),
    maps,
  };
}

/** The yearly points of each indicator, oldest first, with the gap of each year. */
function groupPoints(points: SeriesPoint[]): Map<string, ProfilRow[]> {
  const out = new Map<string, ProfilRow[]>();
  for (const pt of points) {
    if (!/^\d{4}$/.test(pt.period)) continue;
    if (pt.p === null && pt.l === null && pt.t === null) continue;
    const gap = gapPoint({ period: pt.period, p: pt.p, l: pt.l });
    const list = out.get(pt.indicatorCode) ?? [];
    list.push({
      year: Number(pt.period),
      p: pt.p,
      l: pt.l,
      t: pt.t,
      diff: gap.diff,
      ratio: gap.ratio === null ? null : roundTo(gap.ratio, RATIO_KEEP),
      ...(pt.setAside ? { setAside: pt.setAside } : {}),
    });
    out.set(pt.indicatorCode, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.year - b.year);
  return out;
}

function toIndicator(row: IndicatorRow, rows: ProfilRow[], breakdowns: ProfilBreakdown[]): ProfilIndicator {
  return {
    code: row.code,
    name: row.nameId,
    unit: row.unit,
    decimals: row.decimals,
    sexes: row.sexes,
    definition: row.definitionId,
    source: row.source,
    sourceNote: row.sourceNote,
    // P − L of rounded inputs still carries float noise (0.1 + 0.2); round it to the unit's decimals.
    rows: rows.map((r) => ({ ...r, diff: r.diff === null ? null : roundTo(r.diff, row.decimals) })),
    breakdowns,
  };
}

async function loadDimensionNames(db: Db, catalog: IndicatorRow[]): Promise<Map<string, string>> {
  const codes = [...new Set(catalog.flatMap((i) => i.dimensions))];
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ code: dimensionSets.code, name: dimensionSets.nameId })
    .from(dimensionSets)
    .where(inArray(dimensionSets.code, codes));
  return new Map(rows.map((r) => [r.code, r.name]));
}

/**
 * One table per dimension of the indicator for the asked year. A `none` indicator with two
 * dimensions cannot be summed over either, so it gets none.
 */
async function loadBreakdowns(
  db: Db,
  row: IndicatorRow,
  regionCode: string,
  year: number,
  statuses: Status[] | undefined,
  names: Map<string, string>,
): Promise<ProfilBreakdown[]> {
  if (row.aggregation === 'none' && row.dimensions.length > 1) return [];
  const out: ProfilBreakdown[] = [];
  for (const dimension of row.dimensions) {
    const b = await loadBreakdown(db, {
      regionCode,
      indicatorCode: row.code,
      period: String(year),
      dimension,
      statuses,
    });
    const items = b.items.filter((i) => i.p !== null || i.l !== null || i.t !== null);
    if (items.length === 0) continue;
    out.push({
      dimensionName: names.get(dimension) ?? dimension,
      rows: items.map((i) => ({ label: i.labelId, p: i.p, l: i.l, t: i.t })),
    });
  }
  return out;
}

/**
 * Whether any stored value behind the publication is demo data or not yet verified, so the
 * cover can say so. Rates count their numerator's and denominator's values too.
 */
async function valueFlags(
  db: Db,
  regionCode: string,
  fromYear: number,
  year: number,
  shown: IndicatorRow[],
  statuses: Status[] | undefined,
): Promise<{ demo: boolean; unverified: boolean }> {
  const codes = [...new Set(shown.flatMap((r) => [r.code, r.numeratorCode, r.denominatorCode]))].filter(
    (c): c is string => c !== null,
  );
  if (codes.length === 0) return { demo: false, unverified: false };
  const years = Array.from({ length: year - fromYear + 1 }, (_, i) => String(fromYear + i));
  const [flags] = await db
    .select({
      demo: sql<boolean>`coalesce(bool_or(${dataValues.isDemo}), false)`,
      unverified: sql<boolean>`coalesce(bool_or(${dataValues.status} <> 'verified'), false)`,
    })
    .from(dataValues)
    .where(
      and(
        eq(dataValues.regionCode, regionCode),
        inArray(dataValues.indicatorCode, codes),
        inArray(dataValues.period, years),
        statuses ? inArray(dataValues.status, statuses) : undefined,
      ),
    );
  return { demo: Boolean(flags?.demo), unverified: Boolean(flags?.unverified) };
}
