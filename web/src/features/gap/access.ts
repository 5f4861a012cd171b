import { approvalCheck, type ApprovalCheck } from '../../../../domain/separation-of-duties.ts';
import type { Me } from '../../app/types.ts';
import type { GapView } from './api.ts';

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
