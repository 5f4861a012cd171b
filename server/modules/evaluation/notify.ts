/**
 * Who hears of a worksheet: its stage's verifiers when the region submits (a province's
 * provinsi users for its kab/kota, the superadmins for the national level), the region's DP3A
 * and the question's assignees when a verifier returns comments or closes a stage. Always in
 * the transaction of the move, so a move that rolls back tells nobody.
 */
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { verifierLevelOf, type VerificationStage } from '../../../domain/evaluation/worksheet.js';
import type { NotificationKind } from '../../../domain/notifications.js';
import type { Db } from '../../db/connection.js';
import { users } from '../../db/schema.js';
import { evaluationAnswers } from '../../db/schema-evaluation.js';
import { notify } from '../notifications/notify.js';
import type { LoadedWorksheet } from './load.js';

export const worksheetLink = (id: string) => `/evaluasi/lembar-kerja/${id}`;

export async function stageVerifiers(
  db: Db,
  w: LoadedWorksheet,
  stage: VerificationStage,
): Promise<string[]> {
  const level = verifierLevelOf(w.row.regionCode, stage, w.cycle.row.nationalVerifiesKabKota);
  if (!level) return [];
  const where =
    level === 'nasional'
      ? eq(users.role, 'superadmin')
      : and(eq(users.role, 'provinsi'), eq(users.regionCode, w.row.regionCode.slice(0, 2)));
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(where, eq(users.active, true)));
  return rows.map((r) => r.id);
}

/** DP3A of the region, and the users and OPD operators given questions (`codes`, or any). */
export async function regionPeople(db: Db, w: LoadedWorksheet, codes?: string[]): Promise<string[]> {
  const region = w.row.regionCode;
  const admins = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin_daerah'), eq(users.regionCode, region), eq(users.active, true)));
  const assigned = await db
    .select({ opdId: evaluationAnswers.assigneeOpdId, userId: evaluationAnswers.assigneeUserId })
    .from(evaluationAnswers)
    .where(
      and(
        eq(evaluationAnswers.regionCode, region),
        eq(evaluationAnswers.worksheetId, w.row.id),
        codes ? inArray(evaluationAnswers.questionCode, codes.length ? codes : ['']) : undefined,
      ),
    );
  const opdIds = [...new Set(assigned.flatMap((a) => (a.opdId ? [a.opdId] : [])))];
  const operators = opdIds.length
    ? await db
        .select({ id: users.id })
        .from(users)
        .where(
          and(
            eq(users.regionCode, region),
            eq(users.role, 'operator_opd'),
            eq(users.active, true),
            isNotNull(users.opdId),
            inArray(users.opdId, opdIds),
          ),
        )
    : [];
  return [
    ...admins.map((r) => r.id),
    ...operators.map((r) => r.id),
    ...assigned.flatMap((a) => (a.userId ? [a.userId] : [])),
  ];
}

export async function notifyWorksheet(
  tx: Db,
  kind: Extract<NotificationKind, `evaluation_${string}`>,
  w: LoadedWorksheet,
  recipients: string[],
  params: Record<string, string | number | null>,
  dedupeKey?: string,
) {
  return notify(tx, {
    regionCode: w.row.regionCode,
    kind,
    userIds: recipients,
    actorUserId: w.actor.userId,
    params: { region: w.regionName, cycle: w.cycle.row.name, ...params },
    link: worksheetLink(w.row.id),
    dedupeKey,
  });
}
