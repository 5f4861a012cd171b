/**
 * A region's announced PUG evaluation results (domain/portal.ts isPublicEvaluationResult): the
 * tier and total of every closed cycle in which its worksheet reached the final stage, newest
 * first. Scores by area, answers, evidence and verifiers' comments stay inside the app.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { evaluationWorksheets } from '../../db/schema-evaluation.js';
import { evaluationCycles, evaluationInstruments } from '../../db/schema-evaluation-instruments.js';

export interface PublicEvaluationResult {
  year: number;
  award: string;
  cycleName: string;
  tier: string | null;
  total: number;
  /** The cycle ran on the example instrument shipped with Setara, not an official one. */
  example: boolean;
}

export async function publicEvaluationResults(db: Db, regionCode: string): Promise<PublicEvaluationResult[]> {
  return db
    .select({
      year: evaluationCycles.year,
      award: evaluationCycles.award,
      cycleName: evaluationCycles.name,
      tier: evaluationWorksheets.tier,
      total: evaluationWorksheets.total,
      example: evaluationInstruments.example,
    })
    .from(evaluationWorksheets)
    .innerJoin(evaluationCycles, eq(evaluationCycles.id, evaluationWorksheets.cycleId))
    .innerJoin(evaluationInstruments, eq(evaluationInstruments.id, evaluationCycles.instrumentId))
    .where(
      and(
        eq(evaluationWorksheets.regionCode, regionCode),
        // The SQL form of isPublicEvaluationResult (domain/portal.ts), tested against it.
        eq(evaluationWorksheets.status, 'final'),
        eq(evaluationCycles.status, 'closed'),
      ),
    )
    .orderBy(desc(evaluationCycles.year), desc(evaluationCycles.closedAt));
}
