import { approvalCheck, type ApprovalCheck } from '../../../../domain/separation-of-duties.ts';
import type { Me, Role } from '../../app/types.ts';
import type { GapView } from './api.ts';

/**
 * Who sees the PPRG review queue: the reviewers and DP3A who decide, and the readers
 * (pokja, provinsi) who follow; operators see their own OPD's documents on the planning list.
 * Mirrors canReviewPlanning and the region readers of server/lib/permissions.ts.
 */
export function seesReviewQueue(role: Role): boolean {
  return role !== 'operator_opd';
}

export const gapPath = (id: string) => `/perencanaan/gap/${encodeURIComponent(id)}`;

/**
 * Whether `me` may approve the document now under review: not its last submitter, unless the
 * region waived separation of duties (the same predicate the server's decideGap asks).
 */
export function approvalFor(me: Me, view: GapView): ApprovalCheck {
  return approvalCheck({
    approverId: me.id,
    lastSubmitterId: view.lastSubmittedBy?.id ?? null,
    selfApprovalAllowed: view.selfApprovalAllowed,
  });
}
