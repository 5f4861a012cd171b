import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../app/api.ts';
import type { AuditEntry, Page } from '../../app/types.ts';

/** Entities and actions the server records today (server/lib/audit.ts). */
export const AUDIT_ENTITIES = [
  'opd',
  'user',
  'session',
  'region',
  'demo',
  'indicator',
  'indicator_assignment',
  'data_values',
  'data_review',
  'region_settings',
] as const;
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'deactivate',
  'reactivate',
  'login',
  'login_failed',
  'logout',
  'password_change',
  'password_reset',
  'seed',
  'remove_demo',
  'self_approval',
] as const;

export interface AuditListParams {
  userId?: string;
  entity?: string;
  action?: string;
  /** YYYY-MM-DD, both days included. */
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export function useAuditList(regionCode: string, params: AuditListParams) {
  return useQuery({
    queryKey: ['audit', regionCode, params],
    queryFn: ({ signal }) =>
      apiRequest<Page<AuditEntry>>('/audit', { query: { region: regionCode, ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}
