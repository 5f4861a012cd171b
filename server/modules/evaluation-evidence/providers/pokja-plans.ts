/**
 * The Rencana Pokja PUG and Rencana Aksi PUG Daerah covering the year: adopted ones first,
 * drafts too (a region shows work in progress), never the ones a revision replaced.
 */
import { and, asc, desc, eq, gte, lte, ne } from 'drizzle-orm';
import { familyOf } from '../../../../domain/pokja-plans/constants.js';
import { pokjaPlans } from '../../../db/schema-pokja-plans.js';
import { isoDay, liveCandidate, providerOf, webPath, type EvidenceContext } from './provider.js';

async function plans({ db, regionCode, year }: EvidenceContext) {
  const rows = await db
    .select({
      id: pokjaPlans.id,
      kind: pokjaPlans.kind,
      status: pokjaPlans.status,
      title: pokjaPlans.title,
      startYear: pokjaPlans.startYear,
      endYear: pokjaPlans.endYear,
      adoptedAt: pokjaPlans.adoptedAt,
      updatedAt: pokjaPlans.updatedAt,
    })
    .from(pokjaPlans)
    .where(
      and(
        eq(pokjaPlans.regionCode, regionCode),
        lte(pokjaPlans.startYear, year),
        gte(pokjaPlans.endYear, year),
        ne(pokjaPlans.status, 'diganti'),
      ),
    )
    // 'ditetapkan' sorts before 'draft': adopted plans first.
    .orderBy(asc(pokjaPlans.status), desc(pokjaPlans.startYear));
  return rows.map((r) =>
    liveCandidate({
      kind: 'rencana_pokja_pug',
      module: 'pokja-plans',
      id: r.id,
      title:
        r.startYear === r.endYear
          ? `${r.title} (${r.startYear})`
          : `${r.title} (${r.startYear}–${r.endYear})`,
      year,
      href: webPath(
        `/kelembagaan/${familyOf(r.kind) === 'aksi' ? 'rencana-aksi' : 'rencana-pokja'}/${r.id}`,
        regionCode,
      ),
      date: isoDay(r.adoptedAt ?? r.updatedAt),
      status: r.status,
    }),
  );
}

export const pokjaPlanEvidence = providerOf('pokja-plans', { rencana_pokja_pug: plans });
