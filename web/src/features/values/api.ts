import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  entryGridSchema,
  movedSchema,
  reviewBoardSchema,
  reviewBody,
  saveEntryBody,
  saveEntryResponse,
  storedValueSchema,
  violationList,
} from '../../../../api/values.ts';
import { apiRequest, regionPath } from '../../app/api.ts';

/** Shapes of the entry and review API (api/values.ts). */
export type EntryGrid = z.infer<typeof entryGridSchema>;
export type GridCell = EntryGrid['indicators'][number]['cells'][number];
export type StoredValue = z.infer<typeof storedValueSchema>;
export type ValueStatus = StoredValue['status'];
export type ValueWrite = z.input<typeof saveEntryBody>['values'][number];
export type ReviewRow = z.infer<typeof reviewBoardSchema>['items'][number];
export type ReviewStep = NonNullable<ReviewRow['lastStep']>;
export type ReviewAction = ReviewStep['action'];

export function useEntryGrid(regionCode: string, period: string | null, opdId: string | null) {
  return useQuery({
    queryKey: ['entry', regionCode, 'grid', period, opdId],
    queryFn: ({ signal }) =>
      apiRequest<EntryGrid>(`${regionPath(regionCode)}/entry`, {
        query: { period: period ?? '', opd: opdId ?? undefined },
        signal,
      }),
    enabled: period !== null,
  });
}

export function useReviewBoard(regionCode: string, period: string | null) {
  return useQuery({
    queryKey: ['entry', regionCode, 'status', period],
    queryFn: ({ signal }) =>
      apiRequest<z.infer<typeof reviewBoardSchema>>(`${regionPath(regionCode)}/entry/status`, {
        query: { period: period ?? '' },
        signal,
      }),
    select: (data) => data.items,
    placeholderData: keepPreviousData,
    enabled: period !== null,
  });
}

export function useValidationReport(regionCode: string, period: string | null, enabled = true) {
  return useQuery({
    queryKey: ['entry', regionCode, 'validation', period],
    queryFn: ({ signal }) =>
      apiRequest<z.infer<typeof violationList>>(`${regionPath(regionCode)}/validation`, {
        query: { period: period ?? '' },
        signal,
      }),
    select: (data) => data.items,
    enabled: enabled && period !== null,
  });
}

/** Every change of values or statuses touches grids, the board and the report alike. */
function useInvalidateEntry(regionCode: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['entry', regionCode] });
}

export function useSaveEntry(regionCode: string) {
  const invalidate = useInvalidateEntry(regionCode);
  return useMutation({
    mutationFn: (body: z.input<typeof saveEntryBody>) =>
      apiRequest<z.infer<typeof saveEntryResponse>>(`${regionPath(regionCode)}/entry`, {
        method: 'PUT',
        body,
      }),
    // A refused save may mean the values moved on (submitted elsewhere): show their standing.
    onSettled: invalidate,
  });
}

export function useReviewStep(regionCode: string) {
  const invalidate = useInvalidateEntry(regionCode);
  return useMutation({
    mutationFn: ({ action, ...body }: { action: ReviewAction } & z.input<typeof reviewBody>) =>
      apiRequest<z.infer<typeof movedSchema>>(`${regionPath(regionCode)}/entry/${action}`, {
        method: 'POST',
        body,
      }),
    onSuccess: invalidate,
  });
}
