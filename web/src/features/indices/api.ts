import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  DataComponentPreview,
  methodList,
  newMethodBody,
  IndexImportResult,
  IndexValueRow,
  PutIndexValueBody,
  RegionIndexSeries,
} from '../../../../api/indices.ts';
import type { IndexCode } from '../../../../domain/indices/constants.ts';
import { apiRequest, regionPath } from '../../app/api.ts';

/** Shapes of the indices API (api/indices.ts, docs/api-indices.md). */
export type { DataComponentPreview, IndexImportResult, IndexValueRow, RegionIndexSeries };

const seriesKey = (regionCode: string, index: IndexCode) => ['indices', regionCode, index] as const;
const indexPath = (regionCode: string, index: IndexCode) => `${regionPath(regionCode)}/indices/${index}`;

/** The import template's address, fetched as a file (not through apiRequest). */
export const importTemplateUrl = (regionCode: string, index: IndexCode) =>
  `/api${indexPath(regionCode, index)}/import-template`;

export function useIndexSeries(regionCode: string, index: IndexCode) {
  return useQuery({
    queryKey: seriesKey(regionCode, index),
    queryFn: ({ signal }) => apiRequest<RegionIndexSeries>(indexPath(regionCode, index), { signal }),
  });
}

/**
 * What data terpilah holds for a region-year's components (GET …/data-components): read when
 * the user asks, not cached, since a figure may be verified in between.
 */
export function fetchDataComponents(regionCode: string, index: IndexCode, year: number) {
  return apiRequest<DataComponentPreview>(`${indexPath(regionCode, index)}/${year}/data-components`);
}

export function useSaveIndexValue(regionCode: string, index: IndexCode) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ year, body }: { year: number; body: PutIndexValueBody }) =>
      apiRequest<IndexValueRow>(`${indexPath(regionCode, index)}/${year}`, { method: 'PUT', body }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['indices', regionCode, index] }),
  });
}

export function useDeleteIndexValue(regionCode: string, index: IndexCode) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (year: number) =>
      apiRequest<RegionIndexSeries>(`${indexPath(regionCode, index)}/${year}`, { method: 'DELETE' }),
    onSuccess: (series) => qc.setQueryData(seriesKey(regionCode, index), series),
  });
}

/** A province's import fills its kab/kota too: every series of the index is refetched. */
export function useImportIndexTable(regionCode: string, index: IndexCode) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ file, component, source }: { file: File; component: string; source: string }) => {
      const body = new FormData();
      body.append('file', file);
      return apiRequest<IndexImportResult>(`${indexPath(regionCode, index)}/import`, {
        method: 'POST',
        query: { component, source },
        body,
      });
    },
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['indices'] }),
  });
}

export type MethodList = z.infer<typeof methodList>;
export type NewMethod = z.input<typeof newMethodBody>;

export function useMethods() {
  return useQuery({
    queryKey: ['indices', 'methods'],
    queryFn: ({ signal }) => apiRequest<MethodList>('/indices/methods', { signal }),
  });
}

/** A new method version changes what later saves compute with: every series is refetched. */
export function useCreateMethod() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: NewMethod) => apiRequest<unknown>('/indices/methods', { method: 'POST', body }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['indices'] }),
  });
}
