import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, buildQuery, regionPath } from '../../app/api.ts';
import type { ArgCategory, GapStatus } from './arg.ts';

/** GET /api/regions/:code/arg-recap?year= (docs/api-planning.md "Recap"). Money as strings, shares "12.34". */
export interface ArgRecap {
  regionCode: string;
  year: number;
  totalBudget: string;
  responsiveAmount: string;
  approvedAmount: string;
  responsiveShare: string;
  /** `budget`: the pagu of the lines in the category; `amount`: the part counted as ARG. */
  byCategory: { category: ArgCategory | 'untagged'; amount: string; budget: string; count: number }[];
  byOpd: RecapOpd[];
  byProgram: { code: string; name: string | null; budget: string; responsive: string }[];
  trend: { year: number; budget: string; responsive: string; share: string }[];
  notSubmitted: { opdId: string; opdName: string }[];
}

export interface RecapOpd {
  opdId: string;
  opdName: string;
  opdShortName: string;
  budget: string;
  responsive: string;
  share: string;
  subActivities: number;
  tagged: number;
  gaps: Record<GapStatus, number>;
  submitted: boolean;
}

export function useArgRecap(regionCode: string, year: number | null) {
  return useQuery({
    queryKey: ['planning', regionCode, 'recap', year],
    queryFn: ({ signal }) =>
      apiRequest<ArgRecap>(`${regionPath(regionCode)}/arg-recap`, {
        query: { year },
        signal,
      }),
    enabled: year !== null,
  });
}

export const recapExportUrl = (regionCode: string, year: number, format: 'xlsx' | 'pdf') =>
  `/api${regionPath(regionCode)}/arg-recap.${format}${buildQuery({ year })}`;

/** RPJMD periods and their goals/targets (the RPJMD's own, or one OPD's Renstra). */
export interface RpjmdPeriod {
  id: string;
  regionCode: string;
  startYear: number;
  endYear: number;
  vision: string;
  isDemo?: boolean;
}

export type RpjmdInput = Pick<RpjmdPeriod, 'startYear' | 'endYear' | 'vision'>;

export interface PlanTarget {
  id: string;
  periodId: string;
  opdId: string | null;
  kind: 'tujuan' | 'sasaran';
  statement: string;
  indicatorName: string;
  indicatorCode: string | null;
  isGender: boolean;
  unit: string;
  yearTargets: Record<string, string>;
  sortOrder: number;
  isDemo?: boolean;
}

export type PlanTargetInput = Omit<PlanTarget, 'id' | 'periodId' | 'opdId' | 'isDemo'>;

type ListOf<T> = T[] | { items: T[] };
const items = <T>(data: ListOf<T>): T[] => (Array.isArray(data) ? data : data.items);

export function useRpjmdPeriods(regionCode: string, enabled = true) {
  return useQuery({
    queryKey: ['planning', regionCode, 'rpjmd'],
    queryFn: ({ signal }) => apiRequest<ListOf<RpjmdPeriod>>(`${regionPath(regionCode)}/rpjmd`, { signal }),
    select: (data) =>
      items(data)
        .slice()
        .sort((a, b) => b.startYear - a.startYear),
    enabled,
  });
}

export function useSaveRpjmd(regionCode: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: RpjmdInput }) =>
      id
        ? apiRequest<RpjmdPeriod>(`/rpjmd/${encodeURIComponent(id)}`, { method: 'PATCH', body: input })
        : apiRequest<RpjmdPeriod>(`${regionPath(regionCode)}/rpjmd`, {
            method: 'POST',
            body: input,
          }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['planning', regionCode, 'rpjmd'] }),
  });
}

/** `opdId` null: the RPJMD's own goals; an id: that OPD's Renstra. */
export function usePlanTargets(periodId: string | null, opdId: string | null, enabled = true) {
  return useQuery({
    queryKey: ['plan-targets', periodId, opdId],
    queryFn: ({ signal }) =>
      apiRequest<ListOf<PlanTarget>>(`/rpjmd/${encodeURIComponent(periodId!)}/targets`, {
        query: { opdId: opdId ?? undefined },
        signal,
      }),
    select: (data) =>
      items(data)
        .slice()
        .sort((a, b) => a.sortOrder - b.sortOrder),
    enabled: periodId !== null && enabled,
  });
}

export function useSavePlanTarget(periodId: string, opdId: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: Partial<PlanTargetInput> }) =>
      id
        ? apiRequest<PlanTarget>(`/plan-targets/${encodeURIComponent(id)}`, { method: 'PATCH', body: input })
        : apiRequest<PlanTarget>(`/rpjmd/${encodeURIComponent(periodId)}/targets`, {
            method: 'POST',
            body: { ...input, ...(opdId ? { opdId } : {}) },
          }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['plan-targets', periodId, opdId] }),
  });
}

export function useDeletePlanTarget(periodId: string, opdId: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<unknown>(`/plan-targets/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['plan-targets', periodId, opdId] }),
  });
}

export type DocumentSetKind = 'gap' | 'gbs' | 'tor';

/** Every GAP/GBS/TOR of a year, of one OPD or the region, as one PDF or XLSX. */
export const documentSetUrl = (
  regionCode: string,
  filter: { year: number; opdId: string | null; doc: DocumentSetKind },
  format: 'xlsx' | 'pdf',
) =>
  `/api${regionPath(regionCode)}/pprg-set.${format}${buildQuery({ year: filter.year, opdId: filter.opdId, doc: filter.doc })}`;
