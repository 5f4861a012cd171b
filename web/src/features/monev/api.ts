import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  EvidenceDto,
  MonevFlagDto,
  MonevListDto,
  MonevReportDto,
  decisionBody,
  monevComment,
  saveMonevBody,
} from '../../../../api/monev.ts';
import { apiRequest, regionPath } from '../../app/api.ts';

/** Shapes of the monev API (api/monev.ts, docs/api-monev.md). */
export type MonevReport = MonevReportDto;
export type MonevList = MonevListDto;
export type MonevListItem = MonevListDto['items'][number];
export type MonevQuarterCell = MonevListItem['quarters'][number];
export type MonevFlag = MonevFlagDto;
export type MonevComment = z.infer<typeof monevComment>;
export type Evidence = EvidenceDto;
export type MonevSave = z.input<typeof saveMonevBody>;
export type MonevDecision = z.input<typeof decisionBody>;

const enc = encodeURIComponent;

export const monevReportKey = (subActivityId: string, period: string) =>
  ['monev-report', subActivityId, period] as const;

export function useMonevList(
  regionCode: string,
  year: number | null,
  opdId: string | null,
  enabled: boolean,
) {
  return useQuery({
    queryKey: ['monev-list', regionCode, year, opdId],
    queryFn: ({ signal }) =>
      apiRequest<MonevList>(`${regionPath(regionCode)}/monev`, { query: { year, opdId }, signal }),
    enabled: enabled && year !== null,
    placeholderData: keepPreviousData,
  });
}

export function useMonevReport(subActivityId: string, period: string) {
  return useQuery({
    queryKey: monevReportKey(subActivityId, period),
    queryFn: ({ signal }) =>
      apiRequest<MonevReport>(`/sub-activities/${enc(subActivityId)}/monev/${enc(period)}`, { signal }),
    // A 404 or 422 (not this OPD's, a period outside the year) is an answer, not a hiccup.
    retry: (count, err) => count < 2 && !(err as { status?: number }).status,
  });
}

/** Every write answers with the whole report: it goes straight into the cache, the list is read again. */
function useReportWrite<B>(subActivityId: string, period: string, send: (body: B) => Promise<MonevReport>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (report) => {
      queryClient.setQueryData(monevReportKey(subActivityId, period), report);
      void queryClient.invalidateQueries({ queryKey: ['monev-list'] });
    },
  });
}

export function useSaveMonev(subActivityId: string, period: string) {
  return useReportWrite<MonevSave>(subActivityId, period, (body) =>
    apiRequest<MonevReport>(`/sub-activities/${enc(subActivityId)}/monev/${enc(period)}`, {
      method: 'PUT',
      body,
    }),
  );
}

export function useSubmitMonev(subActivityId: string, period: string) {
  return useReportWrite<{ id: string; version: number }>(subActivityId, period, ({ id, version }) =>
    apiRequest<MonevReport>(`/monev/${enc(id)}/submit`, { method: 'POST', body: { version } }),
  );
}

export function useDecideMonev(subActivityId: string, period: string) {
  return useReportWrite<{ id: string; body: MonevDecision }>(subActivityId, period, ({ id, body }) =>
    apiRequest<MonevReport>(`/monev/${enc(id)}/decision`, { method: 'POST', body }),
  );
}

export function useReopenMonev(subActivityId: string, period: string) {
  return useReportWrite<{ id: string; reason: string }>(subActivityId, period, ({ id, reason }) =>
    apiRequest<MonevReport>(`/monev/${enc(id)}/reopen`, { method: 'POST', body: { reason } }),
  );
}

export function useDeleteEvidence(subActivityId: string, period: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ reportId, evidenceId }: { reportId: string; evidenceId: string }) =>
      apiRequest<{ ok: true }>(`/monev/${enc(reportId)}/evidence/${enc(evidenceId)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: monevReportKey(subActivityId, period) }),
  });
}

export const evidenceUploadUrl = (reportId: string) => `/api/monev/${enc(reportId)}/evidence`;
export const evidenceDownloadUrl = (reportId: string, evidenceId: string) =>
  `/api/monev/${enc(reportId)}/evidence/${enc(evidenceId)}`;

/** The report page of a sub-kegiatan's quarter. */
export const reportPath = (subActivityId: string, year: number, quarter: number) =>
  `/monev/${enc(subActivityId)}/${year}-Q${quarter}`;
