import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  MappingDto,
  PullPreviewDto,
  ServiceRecordDto,
  ServiceRecordListDto,
  ServiceSummaryDto,
  serviceRecordBody,
} from '../../../../api/institution-services.ts';
import { apiRequest, regionPath } from '../../app/api.ts';

/** Shapes of the institution-services API (api/institution-services.ts, docs/api-institution-services.md). */
export type ServiceRecord = ServiceRecordDto;
export type ServiceSummary = ServiceSummaryDto;
export type ServiceRecordInput = z.input<typeof serviceRecordBody>;
export type Mapping = MappingDto;
export type PullPreview = PullPreviewDto;

const enc = encodeURIComponent;

export function useServiceRecords(regionCode: string, year: number, institutionId: string | null) {
  return useQuery({
    queryKey: ['service-records', regionCode, year, institutionId],
    queryFn: ({ signal }) =>
      apiRequest<ServiceRecordListDto>(`${regionPath(regionCode)}/service-records`, {
        query: { year, institutionId },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useServiceSummary(regionCode: string, year: number) {
  return useQuery({
    queryKey: ['service-summary', regionCode, year],
    queryFn: ({ signal }) =>
      apiRequest<ServiceSummary>(`${regionPath(regionCode)}/service-summary`, { query: { year }, signal }),
    placeholderData: keepPreviousData,
  });
}

function useReload(regionCode: string) {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['service-records', regionCode] });
    void qc.invalidateQueries({ queryKey: ['service-summary', regionCode] });
  };
}

export function useSaveRecord(regionCode: string) {
  const reload = useReload(regionCode);
  return useMutation({
    mutationFn: ({ id, version, body }: { id?: string; version?: number; body: ServiceRecordInput }) =>
      id
        ? apiRequest<ServiceRecord>(`/service-records/${enc(id)}`, {
            method: 'PUT',
            body: { ...body, version },
          })
        : apiRequest<ServiceRecord>(`${regionPath(regionCode)}/service-records`, { method: 'POST', body }),
    onSuccess: reload,
  });
}

export function useDeleteRecord(regionCode: string) {
  const reload = useReload(regionCode);
  return useMutation({
    mutationFn: (id: string) => apiRequest(`/service-records/${enc(id)}`, { method: 'DELETE' }),
    onSuccess: reload,
  });
}

export function useMappings(regionCode: string, enabled: boolean) {
  return useQuery({
    queryKey: ['service-mappings', regionCode],
    queryFn: ({ signal }) =>
      apiRequest<{ items: Mapping[] }>(`${regionPath(regionCode)}/service-mappings`, { signal }),
    enabled,
  });
}

export function useMappingActions(regionCode: string) {
  const qc = useQueryClient();
  const reload = () => qc.invalidateQueries({ queryKey: ['service-mappings', regionCode] });
  return {
    create: useMutation({
      mutationFn: (body: { indicatorCode: string; kinds: string[] }) =>
        apiRequest<Mapping>(`${regionPath(regionCode)}/service-mappings`, { method: 'POST', body }),
      onSuccess: () => void reload(),
    }),
    remove: useMutation({
      mutationFn: (id: string) => apiRequest(`/service-mappings/${enc(id)}`, { method: 'DELETE' }),
      onSuccess: () => void reload(),
    }),
    preview: useMutation({
      mutationFn: ({ id, period }: { id: string; period: string }) =>
        apiRequest<PullPreview>(`/service-mappings/${enc(id)}/pull`, { query: { period } }),
    }),
    apply: useMutation({
      mutationFn: ({ id, period, token }: { id: string; period: string; token: string }) =>
        apiRequest<{ written: number; locked: number }>(`/service-mappings/${enc(id)}/pull`, {
          method: 'POST',
          body: { period, token },
        }),
    }),
  };
}
