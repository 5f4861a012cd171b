/**
 * DP3A's progress board: every active institution of the region with its latest dossier —
 * the stage, and what it still lacks (criteria unanswered, asked to fix, without the evidence
 * they expect) — the count by stage, and the share of the region's institutions standardised
 * by field of service (seed 001's target: "28 organisations standardised"). Standardised means
 * a terstandar decision in force today (the registry's standing, domain/institutions/standing.ts).
 *
 * One query per answer, over the region only (institutions_region_name_idx, the dossiers'
 * institution index); bench/institution-dossiers.ts measures it at national scale.
 */
import { sql } from 'drizzle-orm';
import { canReadRegionDossiers } from '../../../domain/institution-standards/access.js';
import type { DossierOutcome, DossierStage } from '../../../domain/institution-standards/constants.js';
import { certificateState } from '../../../domain/institution-standards/validity.js';
import { SERVICE_FIELDS, type ServiceField } from '../../../domain/institutions/constants.js';
import { todayInRegion } from '../../../domain/follow-ups/dates.js';
import type { Db } from '../../db/connection.js';
import type { Actor } from '../../lib/actor.js';
import { Forbidden } from '../../lib/errors.js';
import { standardsActorOf } from './load.js';

/** A region holds a few hundred institutions; the board lists this many at most. */
export const BOARD_LIMIT = 1000;

interface BoardSqlRow {
  id: string;
  name: string;
  type: string;
  fields: string[] | string;
  standard_status: string;
  standard_valid_until: string | null;
  dossier_id: string | null;
  stage: DossierStage | null;
  outcome: DossierOutcome | null;
  valid_until: string | null;
  revoked_at: string | Date | null;
  standard_name: string | null;
  example: boolean | null;
  total: number | null;
  answered: number | null;
  needs_fix: number | null;
  missing_evidence: number | null;
}

const rowsOf = <T>(r: unknown): T[] => (r as { rows?: T[] }).rows ?? (r as T[]);

/** Postgres arrays come back as arrays from node-postgres and as arrays from PGlite; text as a fallback. */
const fieldsOf = (v: string[] | string): string[] =>
  Array.isArray(v)
    ? v
    : v
        .replace(/^\{|\}$/g, '')
        .split(',')
        .filter(Boolean);

export async function dossierBoard(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  q: { stage?: DossierStage | 'none'; field?: ServiceField },
) {
  const a = await standardsActorOf(db, actor);
  if (!canReadRegionDossiers(a, regionCode)) throw new Forbidden();
  const today = todayInRegion(regionCode);
  const result = await db.execute(sql`
    select i.id, i.name, t.code as type, i.fields, i.standard_status,
           i.standard_valid_until::text as standard_valid_until,
           d.id as dossier_id, d.stage, d.outcome, d.valid_until::text as valid_until, d.revoked_at,
           s.name as standard_name, s.example,
           (select count(*)::int from institution_standard_criteria c where c.standard_id = d.standard_id) as total,
           (select count(*)::int from institution_dossier_answers x
             where x.region_code = d.region_code and x.dossier_id = d.id
               and x.value is not null and jsonb_typeof(x.value) <> 'null') as answered,
           (select count(*)::int from institution_dossier_answers x
             where x.region_code = d.region_code and x.dossier_id = d.id and x.review = 'needs_fix') as needs_fix,
           (select count(*)::int from institution_standard_criteria c
             where c.standard_id = d.standard_id and c.evidence_expected <> ''
               and not exists (select 1 from institution_dossier_evidence e
                 where e.region_code = d.region_code and e.dossier_id = d.id and e.criterion_id = c.id)) as missing_evidence
    from institutions i
    join institution_types t on t.id = i.type_id
    left join lateral (
      select * from institution_dossiers d
      where d.region_code = i.region_code and d.institution_id = i.id
      order by d.created_at desc limit 1
    ) d on true
    left join institution_standards s on s.id = d.standard_id
    where i.region_code = ${regionCode} and i.status = 'aktif'
    order by i.name_key
    limit ${BOARD_LIMIT + 1}`);
  const all = rowsOf<BoardSqlRow>(result);
  const truncated = all.length > BOARD_LIMIT;
  const rows = all.slice(0, BOARD_LIMIT).map((r) => {
    const fields = fieldsOf(r.fields);
    const standardised =
      r.standard_status === 'terstandar' &&
      (r.standard_valid_until === null || r.standard_valid_until >= today);
    return {
      standardised,
      row: {
        institution: { id: r.id, name: r.name, type: r.type, fields },
        dossier:
          r.dossier_id && r.stage
            ? {
                id: r.dossier_id,
                standardName: r.standard_name ?? '',
                example: !!r.example,
                stage: r.stage,
                outcome: r.outcome,
                validUntil: r.valid_until,
                standing:
                  r.stage === 'decided' && r.outcome === 'terstandar'
                    ? certificateState({ validUntil: r.valid_until, revokedAt: r.revoked_at }, today)
                    : null,
                unanswered: Math.max(0, Number(r.total ?? 0) - Number(r.answered ?? 0)),
                needsFix: Number(r.needs_fix ?? 0),
                missingEvidence: Number(r.missing_evidence ?? 0),
              }
            : null,
      },
    };
  });
  const stageOf = (x: (typeof rows)[number]) => x.row.dossier?.stage ?? 'none';
  const byStage = new Map<DossierStage | 'none', number>();
  for (const x of rows) byStage.set(stageOf(x), (byStage.get(stageOf(x)) ?? 0) + 1);
  const byField = SERVICE_FIELDS.map((field) => {
    const having = rows.filter((x) => x.row.institution.fields.includes(field));
    return { field, institutions: having.length, standardised: having.filter((x) => x.standardised).length };
  }).filter((f) => f.institutions > 0);
  const shown = rows.filter(
    (x) => (!q.stage || stageOf(x) === q.stage) && (!q.field || x.row.institution.fields.includes(q.field)),
  );
  return {
    today,
    rows: shown.map((x) => x.row),
    byStage: [...byStage.entries()].map(([stage, count]) => ({ stage, count })),
    byField,
    institutions: rows.length,
    standardised: rows.filter((x) => x.standardised).length,
    truncated,
  };
}
