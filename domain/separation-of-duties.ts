/**
 * Separation of duties ("four eyes"): whoever last submitted a document does not approve it,
 * so one person cannot write, submit and approve the same GAP (and, later, monev reports and
 * evaluations). A very small region may waive the rule with a per-region setting
 * (`region_settings.self_approval_allowed`); every approval that relies on the waiver is
 * audited as such. Asking for revision of one's own submission stays allowed: it only returns
 * the document to editing, which grants nothing.
 */

export interface ApprovalFacts {
  /** Who is about to approve. */
  approverId: string;
  /** Who made the submission being decided; null when unknown (e.g. a removed account). */
  lastSubmitterId: string | null;
  /** The region has waived the rule. */
  selfApprovalAllowed: boolean;
}

/** `allowed`: someone else submitted; `waived`: one's own, allowed by the waiver (audit it); `own_submission`: refused. */
export type ApprovalCheck = 'allowed' | 'waived' | 'own_submission';

export function approvalCheck(facts: ApprovalFacts): ApprovalCheck {
  if (facts.lastSubmitterId === null || facts.lastSubmitterId !== facts.approverId) return 'allowed';
  return facts.selfApprovalAllowed ? 'waived' : 'own_submission';
}

export function mayApprove(facts: ApprovalFacts): boolean {
  return approvalCheck(facts) !== 'own_submission';
}
