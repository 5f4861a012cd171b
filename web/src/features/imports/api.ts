import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, buildQuery } from '../../app/api.ts';
import type { Page } from '../../app/types.ts';

export type BatchStatus = 'uploaded' | 'checking' | 'checked' | 'committing' | 'committed' | 'failed';
export type BatchPhase = 'queued' | 'reading' | 'comparing' | 'staging' | 'merging';

export interface RowError {
  row: number | null;
  column: string | null;
  code: string;
  message: string;
}

export interface PreviewRow {
  row: number;
  regionCode: string;
  indicatorCode: string;
  period: string;
  sex: string;
  members: Record<string, string>;
  value: string;
  note: string | null;
}

/** GET /api/imports/:id (docs/import.md). */
export interface ImportBatch {
  id: number;
  regionCode: string;
  fileName: string;
  fileBytes: number;
  format: 'csv' | 'xlsx' | null;
  layout: 'long' | 'wide' | null;
  status: BatchStatus;
  phase: BatchPhase | null;
  uploadedBy: string | null;
  committedBy: string | null;
  createdAt: string;
  finishedAt: string | null;
  progress: { rowsDone: number; rowsTotal: number; estimated: boolean; percent: number | null };
  rowsTotal: number;
  rowsValid: number;
  rowsSkipped: number;
  values: number;
  errorCount: number;
  storedInScope: number | null;
  comparison: { new: number; changed: number; unchanged: number; at: 'check' | 'commit' } | null;
  preview: PreviewRow[];
  canCommit: boolean;
  errors: { items: RowError[]; total: number; stored: number; page: number; pageSize: number };
}

export const ACTIVE: BatchStatus[] = ['uploaded', 'checking', 'committing'];
const POLL_MS = 1000;
export const ERRORS_PAGE_SIZE = 20;

export const uploadUrl = (regionCode: string) => `/api/regions/${encodeURIComponent(regionCode)}/imports`;

export function templateUrl(
  regionCode: string,
  query: { period: string; opd?: string | null; indicators?: string[]; format: 'xlsx' | 'csv' },
): string {
  return `${uploadUrl(regionCode)}/template${buildQuery({
    period: query.period,
    opd: query.opd ?? undefined,
    indicators: query.indicators?.length ? query.indicators.join(',') : undefined,
    format: query.format,
  })}`;
}

/** One batch, polled while its check or commit runs (the server keeps no connection open). */
export function useImportBatch(id: number | null, errorsPage: number) {
  return useQuery({
    queryKey: ['imports', 'batch', id, errorsPage],
    queryFn: ({ signal }) =>
      apiRequest<ImportBatch>(`/imports/${id}`, {
        query: { errorsPage, errorsPageSize: ERRORS_PAGE_SIZE },
        signal,
      }),
    enabled: id !== null,
    placeholderData: keepPreviousData,
    refetchInterval: (query) =>
      query.state.data && ACTIVE.includes(query.state.data.status) ? POLL_MS : false,
  });
}

export function useImportHistory(regionCode: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['imports', regionCode, 'history', page, pageSize],
    queryFn: ({ signal }) =>
      apiRequest<Page<ImportBatch>>(`/regions/${encodeURIComponent(regionCode)}/imports`, {
        query: { page, pageSize },
        signal,
      }),
    placeholderData: keepPreviousData,
    // While one of the listed imports runs, its status column follows it.
    refetchInterval: (query) =>
      query.state.data?.items.some((b) => ACTIVE.includes(b.status)) ? POLL_MS * 3 : false,
  });
}

export function useCommitImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiRequest<ImportBatch>(`/imports/${id}/commit`, { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['imports'] }),
  });
}
