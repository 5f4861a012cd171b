/**
 * The board of a province (its kab/kota) or of the nation (its provinces) for one year: per
 * row, the data terpilah completeness (cells of the assigned yearly indicators that hold a
 * value), the values by status, how many kab/kota reported, the ARG share of the budget
 * (domain/planning/arg-recap.ts's rules: khusus, kesetaraan and kelembagaan lines' ARG amount
 * over every line's pagu) and the GAP documents by status.
 *
 * Values and plans belong to kab/kota; a province row (national board) adds up its kab/kota,
 * and every total says how many of them it holds ("1 dari 13 kab/kota"), so a partial sum is
 * never shown as the whole.
 */
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { boardResponse, boardRowSchema } from '../../../api/home.js';
import { percentOf } from '../../../domain/home.js';
import { KECAMATAN_DIMENSION } from '../../../domain/indicators.js';
import { GAP_STATUSES, RESPONSIVE_CATEGORIES } from '../../../domain/planning/arg-recap.js';
import { fromSen, shareOfSen, toSen } from '../../../domain/planning/money.js';
import { regionLevelOf } from '../../../domain/region-code.js';
import type { Db } from '../../db/connection.js';
import type { Actor } from '../../lib/actor.js';
import { Invalid } from '../../lib/errors.js';
import { assertCanReadRegion } from '../../lib/permissions.js';
import { getRegion } from '../regions/service.js';
import { latestValueYear, periodsOfYear, rowsOf, textArray } from './queries.js';

type Board = z.infer<typeof boardResponse>;
type Row = z.infer<typeof boardRowSchema>;
type Sums = Omit<Row, 'code' | 'name' | 'completeness' | 'argShare' | 'budget' | 'responsive'> & {
  budget: bigint;
  responsive: bigint;
};

const RESPONSIVE_SQL = sql.raw(RESPONSIVE_CATEGORIES.map((c) => `'${c}'`).join(', '));

const emptySums = (): Sums => ({
  cells: 0,
  filled: 0,
  draft: 0,
  submitted: 0,
  verified: 0,
  regions: 0,
  reporting: 0,
  opds: 0,
  budget: 0n,
  responsive: 0n,
  gaps: { draft: 0, submitted: 0, revision: 0, approved: 0 },
});

function addInto(into: Sums, from: Sums): void {
  for (const k of [
    'cells',
    'filled',
    'draft',
    'submitted',
    'verified',
    'regions',
    'reporting',
    'opds',
  ] as const)
    into[k] += from[k];
  into.budget += from.budget;
  into.responsive += from.responsive;
  for (const s of GAP_STATUSES) into.gaps[s] += from.gaps[s];
}

function finish(s: Sums) {
  return {
    ...s,
    completeness: percentOf(s.filled, s.cells),
    budget: fromSen(s.budget),
    responsive: fromSen(s.responsive),
    argShare: s.budget > 0n ? shareOfSen(s.responsive, s.budget) : null,
  };
}

export async function getBoard(db: Db, actor: Actor | null, code: string, year?: number): Promise<Board> {
  assertCanReadRegion(actor, code);
  const region = await getRegion(db, code);
  const level = regionLevelOf(code);
  if (level !== 'provinsi' && level !== 'nasional') {
    throw new Invalid({ code: 'board_needs_province' }, 'board_needs_province');
  }

  const units = await rowsOf<{ code: string; name: string }>(
    db,
    sql`select code, name from regions where parent_code = ${code} order by code`,
  );
  // The kab/kota below: the province's own, or all of them for the nation.
  const kabkota = await rowsOf<{ code: string }>(
    db,
    level === 'nasional'
      ? sql`select code from regions where level = 'kabkota'`
      : sql`select code from regions where parent_code = ${code}`,
  );
  const codes = kabkota.map((k) => k.code);
  const chosen = year ?? (await latestValueYear(db, codes)) ?? new Date().getFullYear() - 1;
  const unitOf = (regionCode: string) => (level === 'nasional' ? regionCode.slice(0, 2) : regionCode);

  const perKabkota = await kabkotaSums(db, codes, chosen);
  const byUnit = new Map(units.map((u) => [u.code, emptySums()]));
  for (const k of codes) {
    const into = byUnit.get(unitOf(k));
    if (into) addInto(into, perKabkota.get(k) ?? { ...emptySums(), regions: 1 });
  }
  const total = emptySums();
  for (const s of byUnit.values()) addInto(total, s);
  return {
    code,
    name: region.name,
    level,
    year: chosen,
    items: units.map((u) => ({ code: u.code, name: u.name, ...finish(byUnit.get(u.code)!) })),
    total: finish(total),
  };
}

/** Every figure of the board per kab/kota, from five grouped reads. */
async function kabkotaSums(db: Db, codes: string[], year: number): Promise<Map<string, Sums>> {
  const out = new Map<string, Sums>(codes.map((c) => [c, { ...emptySums(), regions: 1 }]));
  if (codes.length === 0) return out;
  const list = textArray(codes);
  const [cells, values, plans, gaps, opds] = await Promise.all([
    expectedCells(db, codes),
    rowsOf<{ region: string; filled: number; draft: number; submitted: number; verified: number }>(
      db,
      sql`
        select v.region_code as region,
          (count(*) filter (where a.indicator_code is not null and i.active and i.periodicity = 'year'))::int as filled,
          (count(*) filter (where v.status = 'draft'))::int as draft,
          (count(*) filter (where v.status = 'submitted'))::int as submitted,
          (count(*) filter (where v.status = 'verified'))::int as verified
        from indicators i
        join data_values v on v.indicator_code = i.code
        left join indicator_assignments a on a.region_code = v.region_code and a.indicator_code = v.indicator_code
        -- By indicator, then period and region: data_values_indicator_period_idx's order.
        where v.period = any(${textArray(periodsOfYear(year))}) and v.region_code = any(${list})
        group by v.region_code`,
    ),
    rowsOf<{ region: string; budget: string; responsive: string }>(
      db,
      sql`
        select region_code as region,
          coalesce(sum(budget), 0)::numeric(18,2)::text as budget,
          coalesce(sum(arg_amount) filter (where arg_category in (${RESPONSIVE_SQL})), 0)::numeric(18,2)::text as responsive
        from sub_activities
        where region_code = any(${list}) and year = ${year}
        group by region_code`,
    ),
    rowsOf<{ region: string; status: (typeof GAP_STATUSES)[number]; n: number }>(
      db,
      sql`
        select region_code as region, status, count(*)::int as n
        from gap_documents
        where region_code = any(${list}) and year = ${year}
        group by region_code, status`,
    ),
    rowsOf<{ region: string; n: number }>(
      db,
      sql`select region_code as region, count(*)::int as n from opd where region_code = any(${list}) and active group by region_code`,
    ),
  ]);
  for (const [region, n] of cells) out.get(region)!.cells = n;
  for (const v of values) {
    const s = out.get(v.region)!;
    // A value of a combination no longer offered (a member removed) counts no further than the cells.
    s.filled = Math.min(v.filled, s.cells);
    s.draft = v.draft;
    s.submitted = v.submitted;
    s.verified = v.verified;
    s.reporting = v.draft + v.submitted + v.verified > 0 ? 1 : 0;
  }
  for (const p of plans) {
    const s = out.get(p.region)!;
    s.budget = toSen(p.budget);
    s.responsive = toSen(p.responsive);
  }
  for (const g of gaps) out.get(g.region)!.gaps[g.status] = g.n;
  for (const o of opds) out.get(o.region)!.opds = o.n;
  return out;
}

/**
 * Cells of each kab/kota's assigned yearly indicators: sexes × the members of each of its
 * dimensions, with the kecamatan of that kab/kota only (as the entry grid lays them out).
 */
async function expectedCells(db: Db, codes: string[]): Promise<Map<string, number>> {
  const [assigned, fixed, kecamatan] = await Promise.all([
    rowsOf<{ region: string; sexes: number; dimensions: string[] }>(
      db,
      sql`
        select a.region_code as region, cardinality(i.sexes)::int as sexes, i.dimensions
        from indicator_assignments a
        join indicators i on i.code = a.indicator_code
        where a.region_code = any(${textArray(codes)}) and i.active and i.periodicity = 'year'`,
    ),
    rowsOf<{ set: string; n: number }>(
      db,
      sql`select set_code as set, count(*)::int as n from dimension_members where set_code <> ${KECAMATAN_DIMENSION} group by set_code`,
    ),
    rowsOf<{ region: string; n: number }>(
      db,
      sql`
        select left(code, 5) as region, count(*)::int as n
        from dimension_members
        where set_code = ${KECAMATAN_DIMENSION} and left(code, 5) = any(${textArray(codes)})
        group by left(code, 5)`,
    ),
  ]);
  const setSize = new Map(fixed.map((f) => [f.set, f.n]));
  const districts = new Map(kecamatan.map((k) => [k.region, k.n]));
  const out = new Map<string, number>();
  for (const a of assigned) {
    let n = a.sexes;
    for (const d of a.dimensions) {
      n *= d === KECAMATAN_DIMENSION ? (districts.get(a.region) ?? 0) : (setSize.get(d) ?? 0);
    }
    out.set(a.region, (out.get(a.region) ?? 0) + n);
  }
  return out;
}
