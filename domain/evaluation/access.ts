/**
 * Who may do what with evaluation worksheets (issue 13). Pure predicates the server
 * (server/modules/evaluation) and the web's buttons both ask.
 *
 * - A region's admin daerah (DP3A) answers, assigns and submits its own worksheet (a
 *   province's own DP3A for the province's worksheet).
 * - An OPD operator, or a colleague, answers only the questions assigned to them.
 * - A kab/kota is verified by its own province (never another province's kab/kota); a
 *   province, and a kab/kota when the cycle says so, by the national level (superadmin).
 * - A verifier decides and never edits the region's answers; a region never decides.
 * - The region's readers read its worksheet; a kab/kota never reads another's.
 */
import { canReadRegion, type AccessActor } from '../access.js';
import { isWithinRegion, regionLevelOf } from '../region-code.js';
import { verifierLevelOf, type VerificationStage } from './worksheet.js';

/** The actor, with its user id (a colleague may be assigned a question by name). */
export interface EvaluationActor extends AccessActor {
  userId?: string | null;
}

/** Whom a question is assigned to; both null is DP3A itself. */
export interface Assignment {
  opdId: string | null;
  userId: string | null;
}

export function canReadWorksheet(actor: EvaluationActor, regionCode: string): boolean {
  return canReadRegion(actor, regionCode);
}

/** DP3A of the region itself: assigns, submits, replies and answers every question. */
export function canManageWorksheet(actor: EvaluationActor, regionCode: string): boolean {
  return actor.role === 'admin_daerah' && actor.regionCode === regionCode;
}

/** Answering one question: DP3A, or the OPD operator / colleague it is assigned to. */
export function canAnswerQuestion(
  actor: EvaluationActor,
  regionCode: string,
  assignment: Assignment | null,
): boolean {
  if (actor.regionCode !== regionCode) return false;
  if (canManageWorksheet(actor, regionCode)) return true;
  if (!assignment) return false;
  if (actor.role === 'operator_opd') return !!actor.opdId && actor.opdId === assignment.opdId;
  if (actor.role === 'superadmin' || actor.role === 'provinsi' || actor.role === 'lembaga_layanan')
    return false;
  return !!actor.userId && actor.userId === assignment.userId;
}

/** Whether the actor answers anything in the region at all (the worksheet page's inputs). */
export function mayAnswerSomething(actor: EvaluationActor, regionCode: string): boolean {
  if (actor.regionCode !== regionCode) return false;
  return ['admin_daerah', 'operator_opd', 'pokja', 'reviewer'].includes(actor.role);
}

/** A region's reply to a verifier's comment: DP3A, or whoever answers that question. */
export function canReplyToComment(
  actor: EvaluationActor,
  regionCode: string,
  assignment: Assignment | null,
): boolean {
  return canAnswerQuestion(actor, regionCode, assignment);
}

/** Deciding and closing a stage of a region's worksheet. */
export function canVerifyStage(
  actor: EvaluationActor,
  regionCode: string,
  stage: VerificationStage,
  nationalVerifiesKabkota: boolean,
): boolean {
  const level = verifierLevelOf(regionCode, stage, nationalVerifiesKabkota);
  if (level === 'nasional') return actor.role === 'superadmin';
  if (level === 'provinsi')
    return (
      actor.role === 'provinsi' &&
      regionLevelOf(actor.regionCode) === 'provinsi' &&
      isWithinRegion(regionCode, actor.regionCode) &&
      regionCode !== actor.regionCode
    );
  return false;
}

/** The verification queue: a provinsi user's own kab/kota, the superadmin's whole country. */
export function canReadVerificationQueue(actor: EvaluationActor): boolean {
  return actor.role === 'superadmin' || actor.role === 'provinsi';
}

/** The province's side-by-side of its kab/kota: its provinsi users and the superadmin. */
export function canReadProvinceRecap(actor: EvaluationActor, provinceCode: string): boolean {
  if (regionLevelOf(provinceCode) !== 'provinsi') return false;
  if (actor.role === 'superadmin') return true;
  return actor.role === 'provinsi' && actor.regionCode === provinceCode;
}

/** The national recap: the national level only. */
export function canReadNationalRecap(actor: EvaluationActor): boolean {
  return actor.role === 'superadmin';
}

/**
 * The evidence ZIP and the worksheet's exports: the region's readers, except an OPD operator
 * (whose work is their OPD's questions, not the region's whole file).
 */
export function canExportWorksheet(actor: EvaluationActor, regionCode: string): boolean {
  if (actor.role === 'operator_opd') return false;
  return canReadWorksheet(actor, regionCode);
}
