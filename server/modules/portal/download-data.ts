/**
 * What a public download holds (GET /api/public/regions/:code/download): exactly the figures
 * the indicator pages show — the region's verified series by sex (service.ts publicPoints: a
 * figure over a value in review withheld, so absent here) and the breakdowns of the year a page
 * shows (breakdowns.ts), one row per region × indicator × period × sex (P, L and the total T)
 * and per breakdown member; for one indicator, also its page's comparison: the province's other
 * kab/kota in the year shown. One indicator, one indicator group (a catalogue dataset) or every
 * indicator of the region.
 */
import type { PortalLang } from '../../../api/portal.js';
import type { DomainGroup } from '../../../domain/indicators.js';
import type { Db } from '../../db/connection.js';
import { NotFound } from '../../lib/errors.js';
import { publicBreakdowns } from './breakdowns.js';
import { indicatorComparison } from './comparison.js';
import { sourceText, unitLabel } from './format.js';
import {
  hasDemoFigures,
  publicCatalog,
  publicRegion,
  withPublicReads,
  type PublicIndicatorRow,
  type PublicRegionRow,
} from './queries.js';
import { seriesOf } from './service.js';

export const DOWNLOAD_SEXES = ['P', 'L', 'T'] as const;

export interface DownloadRow {
  regionCode: string;
  regionName: string;
  indicatorCode: string;
  indicatorName: string;
  period: string;
  sex: (typeof DOWNLOAD_SEXES)[number];
  /** The breakdown's dimension set and member; null for the figure over every member. */
  dimension: string | null;
  member: string | null;
  memberLabel: string | null;
  value: number;
  /** The unit as the catalogue names it (`persen`), for SDMX's UNIT_MEASURE. */
  unitCode: string;
  unit: string;
  decimals: number;
  source: string;
  status: 'verified';
}

export interface DownloadIndicator {
  code: string;
  name: string;
  definition: string;
  unit: string;
  source: string;
}

export interface DownloadData {
  region: PublicRegionRow;
  /** What was asked: `KES_UHH`, a group (`kesehatan`) or `semua` (all). */
  subject: string;
  indicators: DownloadIndicator[];
  rows: DownloadRow[];
  demo: boolean;
}

export interface DownloadWhat {
  indicator?: string;
  group?: DomainGroup;
  /** The breakdowns' year; by default each indicator's latest year (what its page shows). */
  year?: number;
}

export async function downloadData(
  db: Db,
  regionCode: string,
  what: DownloadWhat,
  lang: PortalLang,
): Promise<DownloadData> {
  const own = await withPublicReads(db, async (tx) => {
    const region = await publicRegion(tx, regionCode);
    let catalog = await publicCatalog(tx, regionCode, what.indicator);
    if (what.indicator && catalog.length === 0) throw new NotFound('portal_indicator_not_found');
    if (what.group) catalog = catalog.filter((c) => c.domainGroup === what.group);
    const seriesByCode = await seriesOf(tx, regionCode, catalog);
    const rows: DownloadRow[] = [];
    const listed: DownloadIndicator[] = [];
    let shownYear: number | undefined;
    for (const ind of catalog) {
      const series = seriesByCode.get(ind.code) ?? [];
      if (series.length === 0 && !what.indicator) continue;
      const base = baseOf(region, ind, lang);
      listed.push({
        code: ind.code,
        name: base.indicatorName,
        definition: lang === 'en' ? ind.definitionEn : ind.definitionId,
        unit: base.unit,
        source: base.source,
      });
      for (const p of series) {
        for (const sex of DOWNLOAD_SEXES) {
          const value = sex === 'P' ? p.p : sex === 'L' ? p.l : p.t;
          if (value !== null)
            rows.push({
              ...base,
              period: p.period,
              sex,
              dimension: null,
              member: null,
              memberLabel: null,
              value,
            });
        }
      }
      // The breakdowns of the year the indicator's page shows: the asked one, else its latest.
      const years = series.map((p) => p.period).filter((p) => /^\d{4}$/.test(p));
      const year = what.year !== undefined ? String(what.year) : years[years.length - 1];
      if (what.indicator) shownYear = year === undefined ? undefined : Number(year);
      if (!year) continue;
      for (const b of await publicBreakdowns(tx, regionCode, ind.code, year, lang)) {
        for (const item of b.items) {
          for (const sex of DOWNLOAD_SEXES) {
            const value = sex === 'P' ? item.p : sex === 'L' ? item.l : item.t;
            if (value === null) continue;
            rows.push({
              ...base,
              period: b.period,
              sex,
              dimension: b.dimension,
              member: item.member,
              memberLabel: item.label,
              value,
            });
          }
        }
      }
    }
    return {
      data: {
        region,
        subject: what.indicator ?? what.group ?? 'semua',
        indicators: listed,
        rows,
        demo: await hasDemoFigures(tx, regionCode),
      },
      shownYear,
      template: catalog[0] ? baseOf(region, catalog[0], lang) : null,
    };
  });
  if (!what.indicator || !own.template) return own.data;
  // One indicator: its page also shows the province's other kab/kota in one year — the same
  // comparison (comparison.ts) with the same year, so the file holds that table too.
  const comparison = await indicatorComparison(db, regionCode, what.indicator, own.shownYear, lang);
  const rows = [...own.data.rows];
  for (const item of comparison.items) {
    if (item.code === regionCode || comparison.year === null) continue;
    for (const sex of DOWNLOAD_SEXES) {
      const value = sex === 'P' ? item.p : sex === 'L' ? item.l : item.t;
      if (value === null) continue;
      rows.push({
        ...own.template,
        regionCode: item.code,
        regionName: item.name,
        period: String(comparison.year),
        sex,
        dimension: null,
        member: null,
        memberLabel: null,
        value,
      });
    }
  }
  return { ...own.data, rows, demo: own.data.demo || comparison.demo };
}

function baseOf(region: { code: string; name: string }, ind: PublicIndicatorRow, lang: PortalLang) {
  return {
    regionCode: region.code,
    regionName: region.name,
    indicatorCode: ind.code,
    indicatorName: lang === 'en' ? ind.nameEn : ind.nameId,
    unitCode: ind.unit,
    unit: unitLabel(ind.unit, lang),
    decimals: ind.decimals,
    source: sourceText({ kind: ind.source, note: ind.sourceNote }, lang),
    status: 'verified' as const,
  };
}
