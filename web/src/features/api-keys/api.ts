import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { apiKeyList, apiKeyListQuery, ApiKeyItem, revokeAnswer } from '../../../../api/api-keys.ts';
import { apiRequest } from '../../app/api.ts';

/** One key as the superadmin's list shows it (api/api-keys.ts). */
export type { ApiKeyItem };

/** The filters and page of GET /api/api-keys. */
export type ApiKeyListParams = z.infer<typeof apiKeyListQuery>;

const LIST_KEY = ['api-keys'] as const;

export function useApiKeyList(params: ApiKeyListParams) {
  return useQuery({
    queryKey: [...LIST_KEY, params],
    queryFn: ({ signal }) =>
      apiRequest<z.infer<typeof apiKeyList>>('/api-keys', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** POST /api/api-keys/:id/revoke; the list is read again so the row shows who revoked it. */
export function useRevokeApiKey() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<z.infer<typeof revokeAnswer>>(`/api-keys/${encodeURIComponent(id)}/revoke`, {
        method: 'POST',
      }),
    onSettled: () => qc.invalidateQueries({ queryKey: LIST_KEY }),
  });
}
