import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '../../../../domain/audit.ts';
import type { auditPage, listAuditQuery } from '../../../../api/audit.ts';
import { apiRequest } from '../../app/api.ts';

/** The actions and entities the server records (domain/audit.ts), offered as filters. */
export { AUDIT_ACTIONS, AUDIT_ENTITIES };

/** The filters of GET /api/audit (api/audit.ts); the region comes from the page. */
export type AuditListParams = Omit<z.infer<typeof listAuditQuery>, 'region'>;

export function useAuditList(regionCode: string, params: AuditListParams) {
  return useQuery({
    queryKey: ['audit', regionCode, params],
    queryFn: ({ signal }) =>
      apiRequest<z.infer<typeof auditPage>>('/audit', { query: { region: regionCode, ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}
