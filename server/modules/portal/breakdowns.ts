/**
 * An indicator's public breakdowns in one year: per member of each of its dimensions (age
 * group, type of violence, …), P, L and T through explore's loadBreakdown restricted to
 * PUBLIC_VALUE_STATUSES. A member's figure of one sex that would add up a value still in review
 * (in that member, for the indicator or a rate's parts) is withheld, as the region page withholds
 * a total over half-verified age groups (domain/portal.ts isPublicFigure); a member left with
 * nothing is dropped, and so is a breakdown left with no member.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { PortalBreakdown, PortalLang } from '../../../api/portal.js';
import { PUBLIC_VALUE_STATUSES } from '../../../domain/portal.js';
import type { Db } from '../../db/connection.js';
import { dataValues, dimensionCombos, dimensionSets } from '../../db/schema-data.js';
import { partsOf } from '../explore/combine.js';
import { loadBreakdown } from '../explore/series.js';
import { keyOf, loadAggIndicators } from '../explore/sums.js';
import { PUBLIC_STATUS_LIST } from './queries.js';

const SET_CODE = /^[a-z0-9_]{1,40}$/;

/** Member × indicator × sex cells of one dimension that hold a value in review. */
async function membersInReview(
  db: Db,
  q: { regionCode: string; period: string; dimension: string; indicatorCodes: string[] },
): Promise<Set<string>> {
  // The set code is checked by the caller (SET_CODE) and is SQL text, as in loadBreakdown.
  const member = sql<string>`${dimensionCombos.members} ->> ${sql.raw(`'${q.dimension}'`)}`;
  const rows = await db
    .selectDistinct({ member, indicatorCode: dataValues.indicatorCode, sex: dataValues.sex })
    .from(dataValues)
    .innerJoin(dimensionCombos, eq(dimensionCombos.id, dataValues.comboId))
    .where(
      and(
        eq(dataValues.regionCode, q.regionCode),
        eq(dataValues.period, q.period),
        inArray(dataValues.indicatorCode, q.indicatorCodes),
        sql`${dataValues.status} not in (${PUBLIC_STATUS_LIST})`,
        sql`${member} is not null`,
      ),
    );
  return new Set(rows.map((r) => keyOf(r.member, r.indicatorCode, r.sex)));
}

export async function publicBreakdowns(
  db: Db,
  regionCode: string,
  indicatorCode: string,
  period: string,
  lang: PortalLang,
): Promise<PortalBreakdown[]> {
  const ind = (await loadAggIndicators(db, [indicatorCode])).get(indicatorCode);
  if (!ind || ind.dimensions.length === 0) return [];
  // A `none` indicator with two dimensions cannot be summed over either (explore refuses it).
  if (ind.aggregation === 'none' && ind.dimensions.length > 1) return [];
  const dimensions = ind.dimensions.filter((d) => SET_CODE.test(d));
  const names = new Map(
    (
      await db
        .select({ code: dimensionSets.code, nameId: dimensionSets.nameId, nameEn: dimensionSets.nameEn })
        .from(dimensionSets)
        .where(inArray(dimensionSets.code, dimensions))
        .orderBy(asc(dimensionSets.code))
    ).map((d) => [d.code, lang === 'en' ? d.nameEn : d.nameId]),
  );
  const parts = partsOf(ind);
  const out: PortalBreakdown[] = [];
  for (const dimension of dimensions) {
    const b = await loadBreakdown(db, {
      regionCode,
      indicatorCode,
      period,
      dimension,
      statuses: [...PUBLIC_VALUE_STATUSES],
    });
    const review = await membersInReview(db, { regionCode, period, dimension, indicatorCodes: parts });
    const held = (member: string, sex: string) => parts.some((c) => review.has(keyOf(member, c, sex)));
    const items = b.items
      .map((item) => {
        const heldP = held(item.member, 'P');
        const heldL = held(item.member, 'L');
        return {
          member: item.member,
          label: lang === 'en' ? item.labelEn : item.labelId,
          p: heldP ? null : item.p,
          l: heldL ? null : item.l,
          t: heldP || heldL ? null : item.t,
          status: 'verified' as const,
        };
      })
      .filter((i) => i.p !== null || i.l !== null || i.t !== null);
    if (items.length > 0) out.push({ dimension, name: names.get(dimension) ?? dimension, period, items });
  }
  return out;
}
