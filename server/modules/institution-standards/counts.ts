/** The home page's count of a region's dossiers waiting at the stages the caller reviews. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { canActAtStage, type StandardsActor } from '../../../domain/institution-standards/access.js';
import type { DossierStage } from '../../../domain/institution-standards/constants.js';
import type { Db } from '../../db/connection.js';
import { institutionDossiers } from '../../db/schema-institution-standards.js';

const REVIEW_STAGES: DossierStage[] = ['dp3a_review', 'province_review', 'national_review'];

export async function dossiersToReview(db: Db, actor: StandardsActor, regionCode: string): Promise<number> {
  const stages = REVIEW_STAGES.filter((s) => canActAtStage(actor, s, regionCode));
  if (!stages.length) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(institutionDossiers)
    .where(and(eq(institutionDossiers.regionCode, regionCode), inArray(institutionDossiers.stage, stages)));
  return Number(row?.n ?? 0);
}
