import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  breakdownResponse,
  compareResponse,
  ExportFormat,
  gapsQuery,
  gapsResponse,
  indicatorSummary,
  regionFiguresResponse,
  trendResponse,
  valuesPage,
} from '../../../../api/explore.ts';
import type { periodsResponse } from '../../../../api/values.ts';
import { apiRequest } from '../../app/api.ts';

/** Shapes of the explore answers (api/explore.ts). */
export type IndicatorSummary = z.infer<typeof indicatorSummary>;
export type Trend = z.infer<typeof trendResponse>;
export type TrendPoint = Trend['points'][number];
export type BreakdownItem = z.infer<typeof breakdownResponse>['items'][number];
export type Comparison = z.infer<typeof compareResponse>;
export type CompareRow = Comparison['items'][number];
/** Female, male and total of one row, whatever the row is about. */
export type SexRow = Pick<CompareRow, 'p' | 'l' | 't'>;
export type RegionFigures = z.infer<typeof regionFiguresResponse>;
export type RegionFigureRow = RegionFigures['rows'][number];
/** Which regions GET /api/explore/regions lists: a province's kab/kota, or the nation's. */
export interface RegionFiguresScope {
  scope: string;
  level: 'provinsi' | 'kabkota';
}
export type GapItem = z.infer<typeof gapsResponse>['items'][number];
export type GapSort = z.infer<typeof gapsQuery>['sort'];
export type { ExportFormat };

/** A period holding values, from GET /api/regions/:code/periods (api/values.ts). */
export type RegionPeriod = z.infer<typeof periodsResponse>['items'][number];

// Aggregates change only when values are saved; a minute keeps tab switches instant.
const STALE = 60_000;

export function useTrend(region: string, indicator: string | null, from?: string, to?: string) {
  return useQuery({
    queryKey: ['explore', region, 'trend', indicator, from ?? '', to ?? ''],
    queryFn: ({ signal }) =>
      apiRequest<Trend>('/explore/trend', { query: { region, indicator, from, to }, signal }),
    enabled: indicator !== null,
    placeholderData: keepPreviousData,
    staleTime: STALE,
  });
}

export function useBreakdown(
  region: string,
  indicator: string,
  period: string | null,
  dimension: string | null,
) {
  return useQuery({
    queryKey: ['explore', region, 'breakdown', indicator, period, dimension],
    queryFn: ({ signal }) =>
      apiRequest<z.infer<typeof breakdownResponse>>('/explore/breakdown', {
        query: { region, indicator, period, dimension },
        signal,
      }),
    select: (data) => data.items,
    enabled: period !== null && dimension !== null,
    staleTime: STALE,
  });
}

export function useComparison(province: string, indicator: string, period: string | null) {
  return useQuery({
    queryKey: ['explore', province, 'compare', indicator, period],
    queryFn: ({ signal }) =>
      apiRequest<Comparison>('/explore/compare', { query: { province, indicator, period }, signal }),
    enabled: period !== null,
    placeholderData: keepPreviousData,
    staleTime: STALE,
  });
}

export function useGaps(region: string, group: string, sort: GapSort, enabled: boolean) {
  return useQuery({
    queryKey: ['explore', region, 'gaps', group, sort],
    queryFn: ({ signal }) =>
      apiRequest<z.infer<typeof gapsResponse>>('/explore/gaps', {
        query: { region, group, sort },
        signal,
      }),
    select: (data) => data.items,
    placeholderData: keepPreviousData,
    enabled,
    staleTime: STALE,
  });
}

export function useRegionPeriods(region: string, enabled: boolean) {
  return useQuery({
    queryKey: ['explore', region, 'periods'],
    queryFn: ({ signal }) =>
      apiRequest<z.infer<typeof periodsResponse>>(`/regions/${encodeURIComponent(region)}/periods`, {
        signal,
      }),
    select: (data) => data.items,
    enabled,
    staleTime: STALE,
  });
}

/**
 * The years (newest first) in which any kab/kota of the province has a value of the indicator.
 * The API has no such list, so each of the candidate years is asked for one row of the values
 * API (its `total` says whether there is any); answers null while still asking.
 */
export function useProvinceYears(province: string, indicator: string, years: number[]): number[] | null {
  const results = useQueries({
    queries: years.map((year) => ({
      queryKey: ['explore', province, 'has-values', indicator, year],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        apiRequest<z.infer<typeof valuesPage>>('/values', {
          query: {
            region: province,
            descendants: true,
            indicator,
            from: String(year),
            to: String(year),
            pageSize: 1,
          },
          signal,
        }),
      staleTime: STALE,
    })),
  });
  if (results.some((r) => r.isPending)) return null;
  return years.filter((_, i) => (results[i].data?.total ?? 0) > 0);
}

/** The address of a download of the values API's export, with the same filters as the view. */
export function exportHref(filters: Record<string, string | undefined>, format: ExportFormat): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  params.set('format', format);
  return `/api/values/export?${params.toString()}`;
}

export function useRegionFigures(
  indicator: string,
  year: number,
  { scope, level }: RegionFiguresScope,
  enabled = true,
) {
  return useQuery({
    queryKey: ['explore', scope, 'regions', indicator, year, level],
    queryFn: ({ signal }) =>
      apiRequest<RegionFigures>('/explore/regions', {
        query: { indicator, year: String(year), scope, level },
        signal,
      }),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: STALE,
  });
}
