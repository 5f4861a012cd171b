import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { batchPage, batchSchema, commitBody, templateQuery } from '../../../../api/imports.ts';
import { ACTIVE_IMPORT_STATUSES } from '../../../../domain/import-batch.ts';
import { apiRequest, buildQuery } from '../../app/api.ts';

/** Shapes of the import API (api/imports.ts). */
export type ImportBatch = z.infer<typeof batchSchema>;
export type BatchStatus = ImportBatch['status'];
export type RowError = ImportBatch['errors']['items'][number];
export type PreviewRow = ImportBatch['preview'][number];
type TemplateFormat = z.infer<typeof templateQuery>['format'];
export type CommitChoice = NonNullable<z.input<typeof commitBody>>;
export type LandingStatus = ImportBatch['landingStatuses'][number];

/** While in these, a job works on the import and the page polls it (domain/import-batch.ts). */
export const ACTIVE = ACTIVE_IMPORT_STATUSES;
const POLL_MS = 1000;
export const ERRORS_PAGE_SIZE = 20;

export const uploadUrl = (regionCode: string) => `/api/regions/${encodeURIComponent(regionCode)}/imports`;

export function templateUrl(
  regionCode: string,
  query: { period: string; opd?: string | null; indicators?: string[]; format: TemplateFormat },
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
      apiRequest<z.infer<typeof batchPage>>(`/regions/${encodeURIComponent(regionCode)}/imports`, {
        query: { page, pageSize },
        signal,
      }),
    placeholderData: keepPreviousData,
    // While one of the listed imports runs, its status column follows it.
    refetchInterval: (query) =>
      query.state.data?.items.some((b) => ACTIVE.includes(b.status)) ? POLL_MS * 3 : false,
  });
}

/** The rows the import refused, as a file in the upload's format with a reason column. */
export const refusedUrl = (id: number) => `/api/imports/${id}/refused`;

export function useCommitImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, choice }: { id: number; choice: CommitChoice }) =>
      apiRequest<ImportBatch>(`/imports/${id}/commit`, { method: 'POST', body: choice }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['imports'] }),
  });
}
