import type { Role } from '../../app/types.ts';

/**
 * Who sees the PPRG review queue: the reviewers and DP3A who decide, and the readers
 * (pokja, provinsi) who follow; operators see their own OPD's documents on the planning list.
 * Mirrors canReviewPlanning and the region readers of server/lib/permissions.ts.
 */
export function seesReviewQueue(role: Role): boolean {
  return role !== 'operator_opd';
}

export const gapPath = (id: string) => `/perencanaan/gap/${encodeURIComponent(id)}`;
