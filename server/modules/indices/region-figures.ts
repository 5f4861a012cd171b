/**
 * GET /api/indices/regions: one index and year for every child region of a scope, answered in
 * the shape of GET /api/explore/regions so the map page and the ranking treat an index like an
 * indicator. Indices never add up, so the scope's figure is its own stored value only.
 *
 * A region's figure is BPS's published value where one is stored, else Setara's computed one:
 * the published figure is the official one, the computed one fills the years BPS has not
 * published for that region yet. For the IPG, female and male are its IPM by sex.
 *
 * Cost: two reads — the scope's regions, and the index's values of two years through
 * `index_values_index_year_idx` (552 regions × 2 years at most).
 */
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { indexRegionFiguresQuery } from '../../../api/indices.js';
import type { regionFiguresResponse } from '../../../api/explore.js';
import { canReadIndexValues } from '../../../domain/indices/access.js';
import { INDEX_NAMES, INDEX_SCALE, type IndexCode } from '../../../domain/indices/constants.js';
import { NATIONAL_CODE } from '../../../domain/region-code.js';
import { competitionRanks, differenceOf } from '../../../domain/rollup.js';
import type { Db } from '../../db/connection.js';
import { regions } from '../../db/schema.js';
import { indexValues } from '../../db/schema-indices.js';
import type { Actor } from '../../lib/actor.js';
import { Forbidden, Invalid } from '../../lib/errors.js';
import { requireActor } from '../../lib/permissions.js';

type Query = z.output<typeof indexRegionFiguresQuery>;
type Response = z.input<typeof regionFiguresResponse>;
interface FigureRow {
  regionCode: string;
  year: number;
  total: number | null;
  female: number | null;
  male: number | null;
  /** Which figure `total` is: BPS's published value comes first. */
  source: 'published' | 'computed' | null;
}

const figureOf = (row: FigureRow | undefined) =>
  row ? { total: row.total, female: row.female, male: row.male } : { total: null, female: null, male: null };

export async function indexRegionFigures(db: Db, actor: Actor | null, q: Query): Promise<Response> {
  const a = requireActor(actor);
  const scopeCode = q.scope === 'national' ? NATIONAL_CODE : q.scope;
  if (!canReadIndexValues(a, scopeCode)) throw new Forbidden();
  const regionRows = await db
    .select({ code: regions.code, name: regions.name, level: regions.level, parentCode: regions.parentCode })
    .from(regions)
    .where(
      scopeCode === NATIONAL_CODE
        ? or(eq(regions.code, scopeCode), eq(regions.level, q.level))
        : or(eq(regions.code, scopeCode), eq(regions.parentCode, scopeCode)),
    )
    .orderBy(asc(regions.code));
  const scopeRegion = regionRows.find((r) => r.code === scopeCode);
  if (!scopeRegion) throw new Invalid({ scope: 'region_unknown' });
  const listed = regionRows.filter((r) => r.level === q.level);
  if (listed.some((r) => !canReadIndexValues(a, r.code))) throw new Forbidden();

  const year = Number(q.year);
  // Only the figures, never the components' JSON: 514 kab/kota × 2 years stay a small read.
  const sexPart = (name: string) =>
    q.index === 'ipg' ? sql<number | null>`(${indexValues.parts} ->> ${name})::float8` : sql<null>`null`;
  const values: FigureRow[] = await db
    .select({
      regionCode: indexValues.regionCode,
      year: indexValues.year,
      total: sql<number | null>`coalesce(${indexValues.published}, ${indexValues.computed})`,
      source: sql<FigureRow['source']>`case when ${indexValues.published} is not null then 'published'
        when ${indexValues.computed} is not null then 'computed' end`,
      female: sexPart('ipmF'),
      male: sexPart('ipmM'),
    })
    .from(indexValues)
    .where(and(eq(indexValues.indexCode, q.index), inArray(indexValues.year, [year, year - 1])));
  const byKey = new Map(values.map((v) => [`${v.regionCode}|${v.year}`, v]));
  const now = listed.map((r) => byKey.get(`${r.code}|${year}`));
  const ranks = competitionRanks(now.map((row) => figureOf(row).total));
  const rows = listed.map((r, i) => {
    const f = figureOf(now[i]);
    const previousTotal = figureOf(byKey.get(`${r.code}|${year - 1}`)).total;
    return {
      regionCode: r.code,
      regionName: r.name,
      parentCode: r.parentCode,
      ...f,
      gap: differenceOf(f.female, f.male),
      ratio: f.female !== null && f.male ? f.female / f.male : null,
      source: now[i]?.source ?? null,
      previousTotal,
      change: differenceOf(f.total, previousTotal),
      rank: ranks[i] ?? null,
    };
  });
  const own = figureOf(byKey.get(`${scopeCode}|${year}`));
  const index = q.index as IndexCode;
  return {
    indicator: {
      code: index.toUpperCase(),
      nameId: INDEX_NAMES[index].id,
      nameEn: INDEX_NAMES[index].en,
      unit: 'indeks',
      decimals: INDEX_SCALE[index].decimals,
      aggregation: 'none',
    },
    year,
    previousYear: year - 1,
    scope: { code: scopeCode === NATIONAL_CODE ? null : scopeCode, name: scopeRegion.name },
    level: q.level,
    rows,
    scopeFigure: {
      rolledUp: null,
      stored: own,
      difference: { total: null, female: null, male: null },
      reporting: rows.filter((r) => r.total !== null).length,
      of: rows.length,
    },
  };
}
