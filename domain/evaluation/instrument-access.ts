/**
 * Who may do what with evaluation instruments and cycles: national data, the superadmin's
 * (KemenPPPA's role in Setara). Every signed-in user reads frozen instruments and cycles that
 * are not drafts (a region must see the instrument it answers); drafts are the superadmin's.
 */
import type { AccessActor } from '../access.js';

export function canManageEvaluationInstruments(actor: AccessActor): boolean {
  return actor.role === 'superadmin';
}

export function canReadEvaluationInstruments(actor: AccessActor): boolean {
  return !!actor.role;
}
