import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AnnualReportDto,
  AnnualReportVersion,
  AnnualReportVersionList,
  saveVersionBody,
} from '../../../../api/annual-report.ts';
import { apiRequest, buildQuery, regionPath } from '../../app/api.ts';

/** Shapes of the annual report API (api/annual-report.ts, docs/api-annual-report.md). */
export type AnnualReport = AnnualReportDto;
export type ReportVersion = AnnualReportVersion;
export type VersionList = AnnualReportVersionList;
export type SaveVersion = z.input<typeof saveVersionBody>;

const reportKey = (regionCode: string, year: number | null) => ['annual-report', regionCode, year] as const;
const versionsKey = (regionCode: string, year: number | null) =>
  ['annual-report-versions', regionCode, year] as const;

export function useAnnualReport(regionCode: string, year: number | null, enabled: boolean) {
  return useQuery({
    queryKey: reportKey(regionCode, year),
    queryFn: ({ signal }) =>
      apiRequest<AnnualReport>(`${regionPath(regionCode)}/annual-report`, { query: { year }, signal }),
    enabled: enabled && year !== null,
  });
}

export function useVersions(regionCode: string, year: number | null, enabled: boolean) {
  return useQuery({
    queryKey: versionsKey(regionCode, year),
    queryFn: ({ signal }) =>
      apiRequest<VersionList>(`${regionPath(regionCode)}/annual-report/versions`, {
        query: { year },
        signal,
      }),
    enabled: enabled && year !== null,
  });
}

export function fetchVersion(regionCode: string, year: number, version: number) {
  return apiRequest<ReportVersion>(`${regionPath(regionCode)}/annual-report/versions/${version}`, {
    query: { year },
  });
}

/** A save answers the new version: it becomes the report's draft, and the list is read again. */
export function useSaveVersion(regionCode: string, year: number | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveVersion) =>
      apiRequest<ReportVersion>(`${regionPath(regionCode)}/annual-report/versions`, { method: 'POST', body }),
    onSuccess: (saved) => {
      queryClient.setQueryData<AnnualReport>(reportKey(regionCode, year), (old) =>
        old ? { ...old, draft: saved } : old,
      );
      void queryClient.invalidateQueries({ queryKey: versionsKey(regionCode, year) });
    },
  });
}

export const annualReportUrl = (regionCode: string, year: number, format: 'pdf' | 'docx') =>
  `/api${regionPath(regionCode)}/annual-report.${format}${buildQuery({ year })}`;
