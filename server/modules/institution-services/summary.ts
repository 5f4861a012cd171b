/**
 * A region's services of a year, added up by kind, by field of service and by region (a
 * province's kab/kota each; a kab/kota itself) in one grouped query (GROUPING SETS) over the
 * region-year index, plus how often family-quality records name each Permen PPPA 6/2013
 * dimension. An institution account sees its own institution's figures only.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { ServiceSummaryDto } from '../../../api/institution-services.js';
import { canReadRegion } from '../../../domain/access.js';
import { canReadServices, ownInstitutionIn } from '../../../domain/institution-services/access.js';
import {
  AGE_GROUPS,
  FAMILY_DIMENSIONS,
  SERVICE_KIND_DEFS,
  TARGET_GROUPS,
  type ServiceKind,
} from '../../../domain/institution-services/constants.js';
import type { Db } from '../../db/connection.js';
import type { Actor } from '../../lib/actor.js';
import { Forbidden } from '../../lib/errors.js';
import { requireActor } from '../../lib/permissions.js';
import { inRegionOrItsKabKota } from '../../lib/region-scope.js';
import { getRegion } from '../regions/service.js';

type Totals = ServiceSummaryDto['total'];

interface Row extends Record<string, unknown> {
  g_kind: number;
  g_field: number;
  g_region: number;
  kind: string | null;
  field: string | null;
  region_code: string | null;
  region_name: string | null;
  records: string | number;
  institutions: string | number;
}

/** The field of each kind, as SQL (the kinds are constants, never user input). */
const FIELD_OF_KIND = sql.raw(
  `case r.kind ${SERVICE_KIND_DEFS.map((k) => `when '${k.code}' then '${k.field}'`).join(' ')} else 'lainnya' end`,
);

const SUMS = [
  'services_count',
  'female',
  'male',
  ...AGE_GROUPS.map((g) => `age_${g}`),
  ...TARGET_GROUPS.map((g) => `tg_${g}`),
];

function totalsOf(r: Row): Totals {
  const n = (k: string) => Number(r[k] ?? 0);
  return {
    records: n('records'),
    institutions: n('institutions'),
    servicesCount: n('services_count'),
    female: n('female'),
    male: n('male'),
    ageGroups: Object.fromEntries(AGE_GROUPS.map((g) => [g, n(`age_${g}`)])),
    targetGroups: Object.fromEntries(TARGET_GROUPS.map((g) => [g, n(`tg_${g}`)])),
  };
}

const EMPTY: Row = {
  g_kind: 1,
  g_field: 1,
  g_region: 1,
  kind: null,
  field: null,
  region_code: null,
  region_name: null,
  records: 0,
  institutions: 0,
};

/** Rows of `execute` from either driver. */
async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export async function serviceSummary(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  year: number,
): Promise<ServiceSummaryDto> {
  const a = requireActor(actor);
  if (!canReadServices(a, regionCode)) throw new Forbidden();
  await getRegion(db, regionCode);
  const own = canReadRegion(a, regionCode) ? null : ownInstitutionIn(a, regionCode);
  const where = sql`${inRegionOrItsKabKota(sql.raw('r.region_code'), regionCode)} and r.year = ${year}${own ? sql` and r.institution_id = ${own}` : sql``}`;
  const sums = sql.raw(SUMS.map((c) => `coalesce(sum(r.${c}), 0)::bigint as ${c}`).join(', '));
  const rows = await rowsOf<Row>(
    db,
    sql`select grouping(r.kind)::int as g_kind, grouping(${FIELD_OF_KIND})::int as g_field,
          grouping(r.region_code)::int as g_region,
          r.kind, ${FIELD_OF_KIND} as field, r.region_code, min(g.name) as region_name,
          count(*)::bigint as records, count(distinct r.institution_id)::bigint as institutions, ${sums}
        from service_records r join regions g on g.code = r.region_code
        where ${where}
        group by grouping sets ((r.kind), (${FIELD_OF_KIND}), (r.region_code), ())`,
  );
  const dims = await rowsOf<{ d: string; n: string | number }>(
    db,
    sql`select d, count(*)::bigint as n from service_records r, unnest(r.family_dimensions) d
        where ${where} group by d`,
  );
  const byKind = rows.filter((r) => r.g_kind === 0);
  const byField = rows.filter((r) => r.g_field === 0 && r.g_kind === 1);
  const byRegion = rows.filter((r) => r.g_region === 0);
  const total = rows.find((r) => r.g_kind === 1 && r.g_field === 1 && r.g_region === 1) ?? EMPTY;
  const dimCounts = new Map(dims.map((d) => [d.d, Number(d.n)]));
  return {
    regionCode,
    year,
    total: totalsOf(total),
    byKind: byKind
      .map((r) => ({ kind: r.kind as ServiceKind, ...totalsOf(r) }))
      .sort((x, y) => x.kind.localeCompare(y.kind)),
    byField: byField
      .map((r) => ({ field: r.field!, ...totalsOf(r) }))
      .sort((x, y) => x.field.localeCompare(y.field)),
    byRegion: byRegion
      .map((r) => ({ regionCode: r.region_code!, regionName: r.region_name ?? '', ...totalsOf(r) }))
      .sort((x, y) => x.regionCode.localeCompare(y.regionCode)),
    familyDimensions: Object.fromEntries(FAMILY_DIMENSIONS.map((d) => [d, dimCounts.get(d) ?? 0])),
  };
}
