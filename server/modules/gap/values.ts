/**
 * Step 2's data references resolved live from the data terpilah store: the worksheet keeps
 * only indicator and year, and every read shows the values as they are now (P, L and total
 * by the indicator's aggregation rule, through the same read as Explore and the Profil
 * Gender), with the indicator's name, unit and source and how far the values got in their
 * review. A reference with no stored value is reported as missing, not as an error.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { GapDataRef } from '../../../domain/planning/gap-content.js';
import type { GapDataFigure } from '../../../domain/planning/gbs-draft.js';
import type { Db } from '../../db/connection.js';
import { dataValues, indicators } from '../../db/schema-data.js';
import { loadSeries } from '../explore/series.js';

export type ResolvedFigure = GapDataFigure & {
  indicatorNameEn: string;
  status: 'draft' | 'submitted' | 'verified' | null;
};

const STATUS_RANK = { draft: 0, submitted: 1, verified: 2 } as const;
type Status = keyof typeof STATUS_RANK;

export async function resolveFigures(
  db: Db,
  regionCode: string,
  refs: GapDataRef[],
): Promise<ResolvedFigure[]> {
  if (refs.length === 0) return [];
  const codes = [...new Set(refs.map((r) => r.indicatorCode))];
  const years = refs.map((r) => r.year);
  const periods = [...new Set(years.map(String))];
  const [info, points, statuses] = await Promise.all([
    db
      .select({
        code: indicators.code,
        nameId: indicators.nameId,
        nameEn: indicators.nameEn,
        unit: indicators.unit,
        source: indicators.source,
      })
      .from(indicators)
      .where(inArray(indicators.code, codes)),
    loadSeries(db, {
      regionCodes: [regionCode],
      indicatorCodes: codes,
      from: String(Math.min(...years)),
      to: String(Math.max(...years)),
    }),
    // The weakest status among the values behind each figure (a rate's parts included would
    // need the parts' codes; the indicator's own rows are what an operator reviews).
    db
      .select({
        code: dataValues.indicatorCode,
        period: dataValues.period,
        statuses: sql<string[]>`array_agg(distinct ${dataValues.status})`,
      })
      .from(dataValues)
      .where(
        and(
          eq(dataValues.regionCode, regionCode),
          inArray(dataValues.indicatorCode, codes),
          inArray(dataValues.period, periods),
        ),
      )
      .groupBy(dataValues.indicatorCode, dataValues.period),
  ]);
  const byCode = new Map(info.map((i) => [i.code, i]));
  const byPoint = new Map(points.map((p) => [`${p.indicatorCode}|${p.period}`, p]));
  const byStatus = new Map(
    statuses.map((s) => [
      `${s.code}|${s.period}`,
      (s.statuses as Status[]).reduce<Status>(
        (w, x) => (STATUS_RANK[x] < STATUS_RANK[w] ? x : w),
        'verified',
      ),
    ]),
  );

  return refs.map((ref) => {
    const ind = byCode.get(ref.indicatorCode);
    const key = `${ref.indicatorCode}|${ref.year}`;
    const point = byPoint.get(key);
    const female = point?.p ?? null;
    const male = point?.l ?? null;
    const total = point?.t ?? null;
    return {
      refId: ref.id,
      indicatorCode: ref.indicatorCode,
      indicatorName: ind?.nameId ?? ref.indicatorCode,
      indicatorNameEn: ind?.nameEn ?? ref.indicatorCode,
      unit: ind?.unit ?? '',
      year: ref.year,
      female,
      male,
      total,
      source: ind?.source ?? '',
      status: byStatus.get(key) ?? null,
      missing: female === null && male === null && total === null,
    };
  });
}
