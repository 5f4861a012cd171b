/**
 * The "gaps" view, the evidence for GAP step 2: every indicator of the region that applies to
 * both sexes, ranked by its latest relative gap |P − L| / mean(P, L) (comparable across units)
 * or by how fast that gap is widening (domain/gaps.ts rankGaps).
 */
import { and, eq, sql } from 'drizzle-orm';
import { rankGaps, type SexPair } from '../../../domain/gaps.js';
import type { DomainGroup } from '../../../domain/indicators.js';
import type { Db } from '../../db/connection.js';
import { indicators } from '../../db/schema-data.js';
import type { Actor } from '../../lib/actor.js';
import { visibleTo } from '../indicators/visibility.js';
import { valueReadScope } from './access.js';
import { loadSeries } from './series.js';
import { tidyGap } from './service.js';

export interface GapsQuery {
  region: string;
  from?: string;
  to?: string;
  group?: DomainGroup;
  sort: 'widest' | 'widening';
}

export async function gaps(db: Db, actor: Actor | null, q: GapsQuery) {
  const scope = valueReadScope(actor, [q.region]);
  const catalog = await db
    .select({
      code: indicators.code,
      nameId: indicators.nameId,
      nameEn: indicators.nameEn,
      unit: indicators.unit,
      domainGroup: indicators.domainGroup,
    })
    .from(indicators)
    .where(
      and(
        visibleTo(indicators.ownerRegionCode, q.region),
        eq(indicators.active, true),
        q.group ? eq(indicators.domainGroup, q.group) : undefined,
        sql`${indicators.sexes} @> array['P', 'L']::text[]`,
      ),
    );
  const series = await loadSeries(db, {
    regionCodes: [q.region],
    indicatorCodes: catalog.map((c) => c.code),
    from: q.from,
    to: q.to,
    statuses: scope.statuses,
  });

  const byIndicator = new Map<string, SexPair[]>();
  for (const s of series) {
    if (!byIndicator.has(s.indicatorCode)) byIndicator.set(s.indicatorCode, []);
    byIndicator.get(s.indicatorCode)!.push({ period: s.period, p: s.p, l: s.l });
  }
  const ranked = rankGaps([...byIndicator].map(([indicatorCode, points]) => ({ indicatorCode, points })));
  if (q.sort === 'widening') {
    // Fastest widening first; a single period has no trend and goes last.
    ranked.sort((a, b) => (b.trend ?? -Infinity) - (a.trend ?? -Infinity));
  }
  const info = new Map(catalog.map((c) => [c.code, c]));
  return {
    regionCode: q.region,
    items: ranked.map((r) => {
      const { code: _code, ...names } = info.get(r.indicatorCode)!;
      const periods = byIndicator.get(r.indicatorCode)!.filter((p) => p.p !== null && p.l !== null).length;
      return { indicatorCode: r.indicatorCode, ...names, latest: tidyGap(r.latest), trend: r.trend, periods };
    }),
  };
}
