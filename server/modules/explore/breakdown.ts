/**
 * One indicator of one region and period, split by the members of one of its dimensions:
 * per member, P, L and T summed over the indicator's other dimensions (a rate recomputed from
 * its parts split the same way). A `none` indicator cannot be summed over anything, so it
 * splits only by its single dimension.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Sex } from '../../../domain/indicators.js';
import type { Db } from '../../db/connection.js';
import { dataValues, dimensionCombos, dimensionMembers } from '../../db/schema-data.js';
import { Invalid, NotFound } from '../../lib/errors.js';
import { membersInRegion } from '../values/indicator-info.js';
import { combineSexes, partsOf, type SexSum, type SexValues } from './combine.js';
import { keyOf, loadAggIndicators, statusCondition, type ValueStatus } from './sums.js';

export interface BreakdownQuery {
  regionCode: string;
  indicatorCode: string;
  period: string;
  /** A dimension set code of the indicator, e.g. `umur8`. */
  dimension: string;
  statuses?: ValueStatus[];
}

export interface BreakdownItem extends SexValues {
  member: string;
  labelId: string;
  labelEn: string;
}

export interface Breakdown {
  regionCode: string;
  indicatorCode: string;
  period: string;
  dimension: string;
  items: BreakdownItem[];
}

const SET_CODE = /^[a-z0-9_]{1,40}$/;

export async function loadBreakdown(db: Db, q: BreakdownQuery): Promise<Breakdown> {
  const info = await loadAggIndicators(db, [q.indicatorCode]);
  const ind = info.get(q.indicatorCode);
  if (!ind) throw new NotFound();
  if (!ind.dimensions.includes(q.dimension) || !SET_CODE.test(q.dimension)) {
    throw new Invalid({ dimension: 'dimension_unknown' });
  }
  if (ind.aggregation === 'none' && ind.dimensions.length > 1) {
    throw new Invalid({ dimension: 'not_combinable' });
  }

  // The set code is checked above and is part of the SQL text, not a parameter: GROUP BY
  // must see the very expression the SELECT uses, and `->> $1` and `->> $2` are not the same.
  const member = sql<string>`${dimensionCombos.members} ->> ${sql.raw(`'${q.dimension}'`)}`;
  const rows = await db
    .select({
      indicatorCode: dataValues.indicatorCode,
      sex: dataValues.sex,
      member,
      total: sql<string>`sum(${dataValues.value})`,
      n: sql<number>`count(*)::int`,
      one: sql<string>`max(${dataValues.value})`,
    })
    .from(dataValues)
    .innerJoin(dimensionCombos, eq(dimensionCombos.id, dataValues.comboId))
    .where(
      and(
        eq(dataValues.regionCode, q.regionCode),
        eq(dataValues.period, q.period),
        inArray(dataValues.indicatorCode, partsOf(ind)),
        statusCondition(q.statuses),
        sql`${member} is not null`,
      ),
    )
    .groupBy(dataValues.indicatorCode, dataValues.sex, member);

  const sums = new Map<string, SexSum>();
  for (const r of rows) {
    // A member's lone value stands in for "the value without other dimensions" of combine.ts.
    sums.set(keyOf(r.member, r.indicatorCode, r.sex), {
      total: Number(r.total),
      own: Number(r.n) === 1 ? Number(r.one) : null,
    });
  }
  const perMember = { ...ind, dimensions: ind.dimensions.filter((d) => d !== q.dimension) };

  // The region's own members: a breakdown of Kota Palu by kecamatan lists its 8 districts,
  // not the country's 7,285 (most of them empty, and costly to combine one by one).
  const known = await db
    .select()
    .from(dimensionMembers)
    .where(and(eq(dimensionMembers.setCode, q.dimension), membersInRegion(q.regionCode)))
    .orderBy(asc(dimensionMembers.sortOrder), asc(dimensionMembers.code));
  // Members found only in the data (e.g. a member since removed from its set) follow.
  const knownCodes = new Set(known.map((k) => k.code));
  const extra = [...new Set(rows.map((r) => r.member))].filter((m) => !knownCodes.has(m)).sort();
  const members = [
    ...known.map((k) => ({ member: k.code, labelId: k.labelId, labelEn: k.labelEn })),
    ...extra.map((m) => ({ member: m, labelId: m, labelEn: m })),
  ];

  return {
    regionCode: q.regionCode,
    indicatorCode: q.indicatorCode,
    period: q.period,
    dimension: q.dimension,
    items: members.map((m) => ({
      ...m,
      ...combineSexes(perMember, (code: string, sex: Sex) => sums.get(keyOf(m.member, code, sex))),
    })),
  };
}
