import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { deadlineBody, deadlineList, deadlineSchema } from '../../../../api/deadlines.ts';
import { apiRequest, regionPath } from '../../app/api.ts';

/** Shapes of the deadlines API (api/deadlines.ts). */
export type Deadline = z.infer<typeof deadlineSchema>;
export type DeadlineInput = z.input<typeof deadlineBody>;

const path = (regionCode: string) => `${regionPath(regionCode)}/deadlines`;

export function useDeadlines(regionCode: string) {
  return useQuery({
    queryKey: ['deadlines', regionCode],
    queryFn: ({ signal }) => apiRequest<z.infer<typeof deadlineList>>(path(regionCode), { signal }),
  });
}

export function useSaveDeadline(regionCode: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: DeadlineInput }) =>
      apiRequest<Deadline>(id ? `${path(regionCode)}/${encodeURIComponent(id)}` : path(regionCode), {
        method: id ? 'PUT' : 'POST',
        body: input,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['deadlines', regionCode] }),
  });
}

export function useRemoveDeadline(regionCode: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<{ ok: true }>(`${path(regionCode)}/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['deadlines', regionCode] }),
  });
}
