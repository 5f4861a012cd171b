import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../app/api.ts';
import type { Opd, OpdKind, Page } from '../../app/types.ts';

export type OpdStatus = 'active' | 'inactive' | 'all';

export interface OpdListParams {
  q: string;
  status: OpdStatus;
  page: number;
  pageSize: number;
}

export interface OpdInput {
  name: string;
  shortName: string;
  kind: OpdKind;
  sipdCode?: string | null;
}

export function useOpdList(regionCode: string, params: OpdListParams, enabled = true) {
  return useQuery({
    queryKey: ['opd', regionCode, params],
    queryFn: ({ signal }) =>
      apiRequest<Page<Opd>>(`/regions/${encodeURIComponent(regionCode)}/opd`, {
        query: { ...params },
        signal,
      }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Active OPDs of a region, for pickers (a region has far fewer than 200 agencies). */
export function useActiveOpds(regionCode: string, enabled = true) {
  return useQuery({
    queryKey: ['opd', regionCode, { status: 'active', page: 1, pageSize: 200, q: '' }],
    queryFn: ({ signal }) =>
      apiRequest<Page<Opd>>(`/regions/${encodeURIComponent(regionCode)}/opd`, {
        query: { status: 'active', page: 1, pageSize: 200 },
        signal,
      }),
    select: (data) => data.items,
    enabled,
  });
}

export function useSaveOpd(regionCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: Partial<OpdInput> & { active?: boolean } }) =>
      id
        ? apiRequest<Opd>(`/opd/${encodeURIComponent(id)}`, { method: 'PATCH', body: input })
        : apiRequest<Opd>(`/regions/${encodeURIComponent(regionCode)}/opd`, { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['opd', regionCode] }),
  });
}
