import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Sex } from '../../../../domain/indicators.ts';
import type { Violation } from '../../../../domain/value-rules.ts';
import { apiRequest, regionPath } from '../../app/api.ts';
import type { Indicator } from '../indicators/api.ts';

export type ValueStatus = 'draft' | 'submitted' | 'verified';

export interface GridCell {
  sex: Sex;
  comboKey: string;
  members: Record<string, string>;
}

export interface StoredValue {
  indicatorCode: string;
  sex: Sex;
  comboKey: string;
  value: string;
  status: ValueStatus;
  note: string | null;
}

/** GET /api/regions/:code/entry (docs/api-data.md). */
export interface EntryGrid {
  regionCode: string;
  period: string;
  opdId: string | null;
  editable: boolean;
  indicators: { indicator: Indicator; cells: GridCell[] }[];
  values: StoredValue[];
  violations: Violation[];
}

export interface ValueWrite {
  indicatorCode: string;
  sex: Sex;
  members: Record<string, string>;
  value: string | null;
}

export interface ReviewStep {
  action: 'submit' | 'verify' | 'return';
  comment: string | null;
  at: string;
}

export interface ReviewRow {
  opd: { id: string; name: string; shortName: string };
  draft: number;
  submitted: number;
  verified: number;
  lastStep: ReviewStep | null;
}

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
      apiRequest<{ items: ReviewRow[] }>(`${regionPath(regionCode)}/entry/status`, {
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
      apiRequest<{ items: Violation[] }>(`${regionPath(regionCode)}/validation`, {
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
    mutationFn: (body: { period: string; values: ValueWrite[] }) =>
      apiRequest<{ changed: number; violations: Violation[] }>(`${regionPath(regionCode)}/entry`, {
        method: 'PUT',
        body,
      }),
    // A refused save may mean the values moved on (submitted elsewhere): show their standing.
    onSettled: invalidate,
  });
}

export type ReviewAction = 'submit' | 'verify' | 'return';

export function useReviewStep(regionCode: string) {
  const invalidate = useInvalidateEntry(regionCode);
  return useMutation({
    mutationFn: ({
      action,
      ...body
    }: {
      action: ReviewAction;
      period: string;
      opdId: string;
      comment?: string;
    }) =>
      apiRequest<{ moved: number }>(`${regionPath(regionCode)}/entry/${action}`, { method: 'POST', body }),
    onSuccess: invalidate,
  });
}
