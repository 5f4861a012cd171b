/**
 * The region's public ARG share by year (domain/portal.ts): the gender-responsive amount of the
 * budget lines whose GAP is approved, over the year's whole budget. The same sums as the app's
 * ARG recap (server/modules/planning/recap.ts) with the approval condition of its "approved"
 * column; the region's full recap (every tag, per OPD) stays inside the app.
 */
import { sql } from 'drizzle-orm';
import { shareOfSen, toSen } from '../../../domain/planning/money.js';
import { RESPONSIVE_CATEGORIES } from '../../../domain/planning/arg-recap.js';
import { PUBLIC_GAP_STATUSES } from '../../../domain/portal.js';
import type { Db } from '../../db/connection.js';

export interface PublicArgYear {
  year: number;
  /** The year's whole budget (pagu), Rupiah with two decimals as text. */
  budget: string;
  /** The responsive amount of the lines with an approved GAP. */
  approved: string;
  /** approved / budget in percent, two decimals, as text ("6.16"). */
  share: string;
}

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

export async function publicArgShares(db: Db, regionCode: string): Promise<PublicArgYear[]> {
  const result = (await db.execute(sql`
    select s.year,
           coalesce(sum(s.budget), 0)::numeric(18,2)::text as budget,
           coalesce(sum(s.arg_amount) filter (
             where s.arg_category in (${list(RESPONSIVE_CATEGORIES)})
               and g.status in (${list(PUBLIC_GAP_STATUSES)})
           ), 0)::numeric(18,2)::text as approved
      from sub_activities s
      left join gap_documents g on g.region_code = s.region_code and g.sub_activity_id = s.id
     where s.region_code = ${regionCode}
     group by s.year
     order by s.year
  `)) as unknown as { rows: { year: number; budget: string; approved: string }[] };
  return result.rows
    .map((r) => ({ year: Number(r.year), budget: r.budget, approved: r.approved }))
    .filter((r) => toSen(r.budget) > 0n)
    .map((r) => ({ ...r, share: shareOfSen(toSen(r.approved), toSen(r.budget)) }));
}
