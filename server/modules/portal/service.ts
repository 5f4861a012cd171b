/**
 * The portal's answers: a region's verified figures (its page and its JSON) and one
 * indicator's verified series. Values come through explore's loadSeries (the same sums and
 * rate rules as the app's charts) restricted to PUBLIC_VALUE_STATUSES, then every figure that
 * adds up a value still in review is withheld (domain/portal.ts isPublicFigure); the gaps
 * ranking is domain/gaps.ts rankGaps over what remains.
 */
import type {
  PortalLang,
  PortalPoint,
  PortalRegionResponse,
  PortalIndicatorResponse,
} from '../../../api/portal.js';
import { roundTo } from '../../../domain/aggregate.js';
import { gapPoint, rankGaps } from '../../../domain/gaps.js';
import { INDEX_NAMES } from '../../../domain/indices/constants.js';
import { PUBLIC_VALUE_STATUSES, regionPagePath } from '../../../domain/portal.js';
import type { Db } from '../../db/connection.js';
import { NotFound } from '../../lib/errors.js';
import { partsOf } from '../explore/combine.js';
import { tidyGap } from '../explore/service.js';
import { loadSeries, type SeriesPoint } from '../explore/series.js';
import { keyOf } from '../explore/sums.js';
import { publicProfilPublications } from '../profil/publications.js';
import { publicArgShares } from './arg-share.js';
import { publicEvaluationResults } from './evaluation-results.js';
import {
  cellsInReview,
  hasDemoFigures,
  publicCatalog,
  publicRegion,
  publishedIndices,
  withPublicReads,
  type PublicIndicatorRow,
  type PublicRegionRow,
} from './queries.js';

/** Periods a region page shows per indicator (its sparkline and table). */
const PAGE_PERIODS = 10;
/** Indicators in the page's gaps ranking. */
const RANKED_GAPS = 10;

export const VISIBILITY = {
  id: 'Hanya nilai berstatus terverifikasi oleh pemerintah daerah; angka yang menjumlahkan nilai yang masih dalam pemeriksaan tidak ditampilkan. Indeks: nilai terbitan BPS saja. ARG: hanya sub-kegiatan yang GAP-nya disetujui. Evaluasi PUG: hasil akhir siklus yang sudah ditutup. Tanpa data pribadi.',
  en: 'Only values the regional government has verified; a figure that adds up a value still in review is withheld. Indices: values published by BPS only. ARG: only budget lines whose GAP is approved. PUG evaluation: final results of closed cycles. No personal data.',
} as const;

function regionDto(r: PublicRegionRow) {
  return {
    code: r.code,
    name: r.name,
    level: r.level,
    parent: r.parent,
    pagePath: regionPagePath(r),
    directoryPath: `/direktori-layanan/${r.code}`,
  };
}

/**
 * The public points of one indicator: a sex whose figure adds up a value in review is null,
 * the total too, and a period left with nothing is dropped.
 */
export function publicPoints(
  ind: PublicIndicatorRow,
  points: SeriesPoint[],
  review: Set<string>,
): PortalPoint[] {
  const parts = partsOf({ ...ind, multiplier: null, dimensions: [], sexes: [] });
  const held = (period: string, sex: string) => parts.some((c) => review.has(keyOf(c, period, sex)));
  const out: PortalPoint[] = [];
  for (const s of points) {
    const heldP = held(s.period, 'P');
    const heldL = held(s.period, 'L');
    const p = heldP ? null : s.p;
    const l = heldL ? null : s.l;
    const t = heldP || heldL ? null : s.t;
    if (p === null && l === null && t === null) continue;
    const g = tidyGap(gapPoint({ period: s.period, p, l }));
    out.push({
      period: s.period,
      p,
      l,
      t,
      diff: g.diff,
      ratio: g.ratio === null ? null : roundTo(g.ratio, 4),
      status: 'verified',
    });
  }
  return out;
}

export const sourceOf = (ind: PublicIndicatorRow) => ({ kind: ind.source, note: ind.sourceNote });

/** The public points of each indicator of `catalog` in the region (withheld figures dropped). */
export async function seriesOf(
  tx: Db,
  regionCode: string,
  catalog: PublicIndicatorRow[],
): Promise<Map<string, PortalPoint[]>> {
  if (catalog.length === 0) return new Map();
  const points = await loadSeries(tx, {
    regionCodes: [regionCode],
    indicatorCodes: catalog.map((c) => c.code),
    statuses: [...PUBLIC_VALUE_STATUSES],
  });
  const review = await cellsInReview(tx, regionCode);
  const byCode = new Map<string, SeriesPoint[]>();
  for (const p of points) {
    if (!byCode.has(p.indicatorCode)) byCode.set(p.indicatorCode, []);
    byCode.get(p.indicatorCode)!.push(p);
  }
  return new Map(catalog.map((ind) => [ind.code, publicPoints(ind, byCode.get(ind.code) ?? [], review)]));
}

export async function regionSummary(db: Db, code: string, lang: PortalLang): Promise<PortalRegionResponse> {
  const { region, catalog, series, indices, demo, arg, evaluation, profilGender } = await withPublicReads(
    db,
    async (tx) => {
      const region = await publicRegion(tx, code);
      const catalog = await publicCatalog(tx, code);
      const series = await seriesOf(tx, code, catalog);
      const indices = await publishedIndices(tx, code);
      const demo = await hasDemoFigures(tx, code);
      const arg = await publicArgShares(tx, code);
      const evaluation = await publicEvaluationResults(tx, code);
      const profilGender = await publicProfilPublications(tx, code);
      return { region, catalog, series, indices, demo, arg, evaluation, profilGender };
    },
  );
  const nameOf = (ind: PublicIndicatorRow) => (lang === 'en' ? ind.nameEn : ind.nameId);
  const withData = catalog.filter((ind) => (series.get(ind.code) ?? []).length > 0);
  const ranked = rankGaps(
    withData
      .filter((ind) => ind.sexes.includes('P') && ind.sexes.includes('L'))
      .map((ind) => ({ indicatorCode: ind.code, points: series.get(ind.code)! })),
  ).slice(0, RANKED_GAPS);
  const info = new Map(catalog.map((c) => [c.code, c]));
  return {
    region: regionDto(region),
    indicators: withData.map((ind) => {
      const points = series.get(ind.code)!;
      return {
        code: ind.code,
        name: nameOf(ind),
        unit: ind.unit,
        domainGroup: ind.domainGroup,
        decimals: ind.decimals,
        source: sourceOf(ind),
        latest: points[points.length - 1],
        series: points.slice(-PAGE_PERIODS),
      };
    }),
    gaps: ranked.map((r) => {
      const ind = info.get(r.indicatorCode)!;
      const g = tidyGap(r.latest);
      return {
        indicatorCode: r.indicatorCode,
        name: nameOf(ind),
        unit: ind.unit,
        period: g.period,
        p: g.p!,
        l: g.l!,
        diff: g.diff,
        ratio: g.ratio === null ? null : roundTo(g.ratio, 4),
        relative: roundTo(g.relative!, 4),
        trend: r.trend === null ? null : roundTo(r.trend, 4),
        status: 'verified' as const,
      };
    }),
    indices: indices.map((i) => ({
      index: i.index,
      name: INDEX_NAMES[i.index][lang],
      year: i.year,
      value: i.published,
      source: i.publishedSource,
    })),
    arg,
    evaluation,
    profilGender: profilGender.map(({ year, publishedAt, sizeBytes, sha256, publicPath }) => ({
      year,
      publishedAt,
      sizeBytes,
      sha256,
      publicPath,
    })),
    visibility: VISIBILITY[lang],
    demo,
  };
}

export async function indicatorDetail(
  db: Db,
  code: string,
  indicatorCode: string,
  lang: PortalLang,
): Promise<PortalIndicatorResponse> {
  const { region, ind, points, demo } = await withPublicReads(db, async (tx) => {
    const region = await publicRegion(tx, code);
    const [ind] = await publicCatalog(tx, code, indicatorCode);
    if (!ind) throw new NotFound('portal_indicator_not_found');
    const points = (await seriesOf(tx, code, [ind])).get(ind.code)!;
    return { region, ind, points, demo: await hasDemoFigures(tx, code) };
  });
  return {
    region: regionDto(region),
    indicator: {
      code: ind.code,
      name: lang === 'en' ? ind.nameEn : ind.nameId,
      definition: lang === 'en' ? ind.definitionEn : ind.definitionId,
      unit: ind.unit,
      domainGroup: ind.domainGroup,
      decimals: ind.decimals,
      source: sourceOf(ind),
    },
    series: points,
    visibility: VISIBILITY[lang],
    demo,
  };
}
