/**
 * What the indicator page (/p/72.71-kota-palu/KES_UHH) shows, gathered once: the indicator and
 * the region's verified series (service.ts indicatorDetail), the province's kab/kota in one year
 * (comparison.ts) and the region's breakdowns in that year (breakdowns.ts). The year is the
 * visitor's `?tahun=`, else the latest with a figure of the region's own (comparison.ts).
 */
import type {
  PortalBreakdown,
  PortalComparison,
  PortalIndicatorResponse,
  PortalLang,
} from '../../../api/portal.js';
import type { Db } from '../../db/connection.js';
import { publicBreakdowns } from './breakdowns.js';
import { indicatorComparison } from './comparison.js';
import { withPublicReads } from './queries.js';
import { indicatorDetail } from './service.js';

export interface IndicatorView {
  detail: PortalIndicatorResponse;
  comparison: PortalComparison;
  breakdowns: PortalBreakdown[];
  /** The year the comparison and the breakdowns show; null without any figure. */
  year: number | null;
  /** Whether the visitor chose the year (`?tahun=`): links keep it then. */
  chosenYear: boolean;
}

export async function indicatorView(
  db: Db,
  regionCode: string,
  indicatorCode: string,
  year: number | undefined,
  lang: PortalLang,
): Promise<IndicatorView> {
  const detail = await indicatorDetail(db, regionCode, indicatorCode, lang);
  // The region's own latest year first (a province is not among the kab/kota compared), so
  // the breakdowns shown are those the download holds by default (download-data.ts).
  const ownYears = detail.series.map((p) => p.period).filter((p) => /^\d{4}$/.test(p));
  const latest = ownYears.length > 0 ? Number(ownYears[ownYears.length - 1]) : undefined;
  const comparison = await indicatorComparison(db, regionCode, indicatorCode, year ?? latest, lang);
  const shown = comparison.year;
  const breakdowns =
    shown === null
      ? []
      : await withPublicReads(db, (tx) =>
          publicBreakdowns(tx, regionCode, detail.indicator.code, String(shown), lang),
        );
  return { detail, comparison, breakdowns, year: shown, chosenYear: year !== undefined };
}
