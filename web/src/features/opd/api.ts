import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createOpdBody, listOpdQuery, opdPage, updateOpdBody } from '../../../../api/opd.ts';
import { apiRequest } from '../../app/api.ts';
import type { Opd } from '../../app/types.ts';

/** The list filters and bodies of the OPD API (api/opd.ts). */
export type OpdListParams = z.infer<typeof listOpdQuery>;
export type OpdStatus = OpdListParams['status'];
export type OpdInput = z.input<typeof createOpdBody>;
export type OpdPatch = z.input<typeof updateOpdBody>;

export function useOpdList(regionCode: string, params: OpdListParams, enabled = true) {
  return useQuery({
    queryKey: ['opd', regionCode, params],
    queryFn: ({ signal }) =>
      apiRequest<z.infer<typeof opdPage>>(`/regions/${encodeURIComponent(regionCode)}/opd`, {
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
      apiRequest<z.infer<typeof opdPage>>(`/regions/${encodeURIComponent(regionCode)}/opd`, {
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
    mutationFn: ({ id, input }: { id?: string; input: OpdPatch }) =>
      id
        ? apiRequest<Opd>(`/opd/${encodeURIComponent(id)}`, { method: 'PATCH', body: input })
        : apiRequest<Opd>(`/regions/${encodeURIComponent(regionCode)}/opd`, { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['opd', regionCode] }),
  });
}
